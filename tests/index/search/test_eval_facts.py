"""The facts-shaped sets scored as the hidden sets are (index/evaluate.py): dev-facts (public) and
the blind sets written from the documents alone (tests/data/blind-*; round2-a and round2-b
are the second round's; shorthand-facts, staff shorthand, and gate-contextual, long questions
framed by the asker's work, round 4's; the two blind-round5 sets and the engineers' own sets of
round 5; the two blind-round6 sets and round 6's short officials' questions; the two blind-round7 sets and round 7's framed questions; the two blind-round8 sets, round 8's plans and gate set and round 8's officials' shorthand; the two blind-round9 sets and round 9's framed, journalists' facts, shorthand and gate sets; the two blind-round10 sets, round 10's gate set, journalists' facts and officials' real words and shorthand, and round 10's framed set; the two blind-round11 sets, round 11's gate set, journalists' facts, framed set and officials' English words; round 12's journalists' facts and officials' shorthand; the two blind-round13 sets; the two blind-round14 sets and round 14's engineers' sets; the two blind-round15 sets and round 15's engineers' sets; the two blind-round16 sets and round 16's engineers' sets; the two blind-round17 sets and round 17's engineers' sets; the two blind-round18 sets and round 18's engineers' sets; the two blind-round19 sets; the two blind-round20 sets and round 20's engineers' sets; the two blind-round21 sets). Bars sit a little under today's figures (docs/search.md,
"Issue 10"; at rounds 10's, 11's, 13's and 14's ends raised, where a set moved, to one question under each set's hit@1 and facts shown (at rounds 15's, 16's, 17's and 18's ends, on the sets that gained, to the figures themselves), and to its
off-topic refusals); dev-facts is held to issue 10's acceptance: hit@1 0.90, facts shown 0.85 and 6/6
off-topic refused. On no set may the engine put the right item first less often than plain BM25
over the same items."""

from __future__ import annotations

import json

import pytest

from index.baseline import ANALYZERS, PlainBM25
from index.evaluate import evaluate, format_report
from tests.support.sample import DATA, TODAY, per_set, set_group


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


# name, answerable, off-topic, hit@1 bar, facts shown bar (questions), off-topic refused bar
SETS = [
    ("dev-facts.jsonl", 30, 6, 0.9, 26, 6),  # issue 10's acceptance: hit@1 0.90, facts 0.85 (26 of 30), 6/6
    ("blind-official-facts.jsonl", 38, 6, 1, 37, 6),
    ("blind-journalist-facts.jsonl", 38, 6, 0.97, 34, 6),
    ("blind-official-items.jsonl", 26, 4, 0.92, 13, 4),
    ("blind-round2-a-facts.jsonl", 37, 7, 0.97, 35, 7),  # facts 34 again since round 17 (TOPIC17 step 3: r2a32, lost in round 16) [facts 34 -> 35 at round 20's end]
    ("blind-round2-b-facts.jsonl", 37, 7, 0.97, 34, 7),
    ("shorthand-facts.jsonl", 24, 4, 0.91, 20, 4),  # staff shorthand (round 4)
    ("figure-kinds-facts.jsonl", 12, 10, 0.9, 10, 9),  # figures the item does not give (round 4)
    ("gate-contextual-facts.jsonl", 16, 5, 0.93, 15, 5),  # long questions framed by the asker (round 4; facts bar 13 -> 15 in round 19: SHOWN19 step 3 gained g02)
    ("plans-kinds-facts.jsonl", 12, 2, 0.91, 11, 2),  # what a named meeting will take up (round 5)
    ("decision-kinds-facts.jsonl", 15, 4, 0.93, 15, 4),  # what was decided, was it approved (round 5) [facts 13 -> 15 at round 20's end]
    ("askedfor-kinds-facts.jsonl", 13, 12, 0.92, 11, 10),  # dates, deadlines, persons, prices the item does not give (round 5)
    ("blind-round5-official-facts.jsonl", 30, 6, 0.96, 29, 6),  # officials in Slack (round 5, written from the documents)
    ("blind-round5-journalist-facts.jsonl", 30, 6, 1.0, 27, 6),  # journalists' framed questions (round 5, same writer)
    ("passage-kinds-facts.jsonl", 12, 2, 0.91, 10, 2),  # one point of a long item, lists in other words (round 5)
    ("gate5-framed-facts.jsonl", 9, 4, 0.88, 7, 4),  # framed questions the gate refused (round 5)
    ("blind-round6-official-facts.jsonl", 30, 6, 0.9, 27, 6),  # officials in Slack (round 6, written from the documents)
    ("blind-round6-journalist-facts.jsonl", 30, 6, 0.96, 27, 6),  # journalists' framed questions (round 6, same writer)
    ("shorthand6-official-facts.jsonl", 20, 5, 0.95, 18, 5),  # regions' short names, clipped compounds, the agenda as a list (round 6)
    ("framed6-journalist-facts.jsonl", 20, 5, 0.95, 19, 5),  # long framed questions, half English (round 6) [facts 17 -> 19 at round 20's end]
    ("blind-round7-official-facts.jsonl", 30, 6, 0.93, 28, 6),  # officials in Slack (round 7, written from the documents)
    ("blind-round7-journalist-facts.jsonl", 30, 6, 0.93, 26, 6),  # journalists' framed questions (round 7, same writer)
    ("blind-round8-official-facts.jsonl", 30, 6, 1.0, 29, 6),  # officials in Slack (round 8, written from the documents)
    ("blind-round8-journalist-facts.jsonl", 30, 6, 1.0, 27, 6),  # journalists' framed questions (round 8, same writer)
    ("framed7-journalist-facts.jsonl", 20, 5, 0.95, 17, 5),  # long framed questions in paraphrase (round 7)
    ("jfacts8-journalist-facts.jsonl", 20, 5, 0.85, 17, 5),  # why, compare, per-resident, two parts, sub-lists (round 8)
    ("gate8-facts.jsonl", 15, 10, 0.93, 15, 9),  # meeting plans by date, things of a kind the item lacks (round 8)
    ("short8-officials-facts.jsonl", 20, 5, 0.9, 19, 5),  # acronyms written out, words cut without a period (round 8)
    ("blind-round9-official-facts.jsonl", 30, 6, 1, 29, 6),  # officials in Slack (round 9, written from the documents)
    ("blind-round9-journalist-facts.jsonl", 30, 6, 0.93, 28, 6),  # journalists' framed questions (round 9, same writer)
    ("framed9-journalist-facts.jsonl", 20, 5, 0.9, 18, 5),  # long framed questions, two in one, half English (round 9) [facts 17 -> 18 at round 20's end]
    ("jfacts9-journalist-facts.jsonl", 20, 5, 0.95, 19, 5),  # dates of the kind asked, compared pairs, two values, a body's members (round 9)
    ("short9-officials-facts.jsonl", 20, 5, 0.9, 18, 5),  # acronyms across documents, words without æøå, clippings (round 9)
    ("gate9-facts.jsonl", 15, 10, 0.93, 14, 10),  # durations, other years, bodies no item names (round 9; facts 14 since round 18, SHOWN18 step 2c: g9a01, a period asked)
    ("blind-round10-official-facts.jsonl", 30, 6, 0.96, 27, 6),  # officials in Slack (round 10, written from the documents)
    ("blind-round10-journalist-facts.jsonl", 30, 6, 0.93, 24, 6),  # journalists' framed questions (round 10, same writer; hit@1 bar 0.86 -> 0.93 in round 20: REFUSED20 step 2, b10j21)
    ("gate10-facts.jsonl", 15, 10, 0.93, 13, 10),  # long framed, paraphrased questions, half English (round 10's gate)
    ("jfacts10-journalist-facts.jsonl", 20, 5, 1.0, 19, 5),  # reasons over several sentences, per-unit figures, denials, tables (round 10; facts bar 16 -> 18 in round 19: SHOWN19 step 2 gained jf10-09)
    ("framed10-journalist-facts.jsonl", 20, 5, 0.85, 13, 5),  # short news items, lists and two in one, in paraphrase (round 10)
    ("short10-officials-facts.jsonl", 20, 5, 0.95, 18, 5),  # real words of paraphrase, typos, "X vs Y", "i år" (round 10)
    ("blind-round11-official-facts.jsonl", 30, 6, 0.96, 30, 6),  # officials in Slack (round 11, written from the documents) [facts 28 -> 30 at round 20's end]
    ("blind-round11-journalist-facts.jsonl", 30, 6, 0.93, 28, 6),  # journalists' framed questions (round 11, same writer)
    ("framed11-journalist-facts.jsonl", 20, 5, 0.9, 17, 5),  # meetings' plans in shorthand or after a named one, whys, drafts' advice (round 11; round 17 WHOLIST17 step 4: facts 16)
    ("gate11-facts.jsonl", 15, 10, 1.0, 15, 10),  # membership changes, appointments, who asks, in paraphrase (round 11's gate; round 17 WHOLIST17 step 2: 1.00 / 15)
    ("jfacts11-journalist-facts.jsonl", 20, 5, 0.95, 19, 5),  # appointments tables, reasons in clauses, who praised or took part, conditions (round 11)
    ("short11-officials-facts.jsonl", 20, 5, 0.9, 17, 4),  # English words the documents do not use, relative clauses, "X vs Y", typos (round 11)
    ("blind-round12-official-facts.jsonl", 30, 6, 1, 30, 6),  # officials in Slack (round 12, written from the documents)
    ("blind-round12-journalist-facts.jsonl", 30, 6, 0.86, 27, 6),  # journalists' framed questions (round 12, same writer)
    ("jfacts12-journalist-facts.jsonl", 20, 5, 0.95, 18, 4),  # whys given by a clause or a consequence, yes/nos by a range or agreement, fields of work, the 2018-22 table (round 12)
    ("short12-officials-facts.jsonl", 20, 5, 0.95, 17, 4),  # yes/no opening with a modal, clipped staff words, "who else" (round 12)
    ("gate12-facts.jsonl", 15, 10, 0.86, 11, 10),  # advice to successors, English paraphrase, figures of a year or council not given (round 12's gate)
    ("framed12-journalist-facts.jsonl", 20, 5, 0.95, 17, 5),  # a meeting's news by its heading or "updates", compares over years, framed paraphrase (round 12)
    ("plans12-facts.jsonl", 20, 5, 0.95, 19, 5),  # a coming meeting's plan asked in people's own words: month/year shorthand, seasons, councils in shorthand, framed (round 12)
    ("para13-facts.jsonl", 20, 5, 0.85, 15, 5),  # paraphrase in the asker's own words: a thing by what it does, groups of people, money, deadlines, English everyday words for Danish terms (round 13; first run 0.60 / 11, end 0.85 / 13) [facts 14 -> 15 at round 20's end]
    ("gate13-facts.jsonl", 10, 15, 1.0, 10, 15),  # off-topic questions near a topic: a figure of a year or body the item lacks, an attachment only mentioned, an opinion not recorded (round 13's gate, first-run bar)
    ("blind-round13-official-facts.jsonl", 30, 6, 1, 29, 6),  # officials in Slack, own words (round 13, written from the documents)
    ("blind-round13-journalist-facts.jsonl", 30, 6, 0.86, 24, 6),  # journalists' framed questions, own words (round 13, same writer); round 20: 0.87 / 24, NEARBY20 step 3
    ("blind-round14-official-facts.jsonl", 30, 6, 0.93, 28, 5),  # officials in Slack, own words (round 14, written from the documents; first run 0.90 / 23 / 5) [facts 27 -> 28 at round 20's end]
    ("blind-round14-journalist-facts.jsonl", 30, 6, 0.9, 26, 5),  # journalists' framed questions, own words (round 14, same writer; first run 0.87 / 24 / 5)
    ("blind-round15-official-facts.jsonl", 30, 6, 0.9, 26, 4),  # officials in Slack, own words (round 15, written from the documents; first run 0.87 / 24 / 4)
    ("blind-round15-journalist-facts.jsonl", 30, 6, 0.96, 27, 5),  # journalists' framed questions, own words (round 15, same writer; first run 0.93 / 23 / 5)
    ("blind-round16-official-facts.jsonl", 30, 6, 0.86, 25, 6),  # officials in Slack, own words (round 16, written from the documents; first run 0.87 / 22 / 6)
    ("blind-round16-journalist-facts.jsonl", 30, 6, 0.86, 26, 6),  # journalists' framed questions, own words (round 16, same writer; first run 0.80 / 24 / 6); round 20: 0.83 / 25, NEARBY20 step 3; 0.87 / 26, NEARBY20 step 5
    ("blind-round17-official-facts.jsonl", 30, 6, 0.96, 28, 6),  # officials in Slack, own words (round 17, written from the documents; first run 0.97 / 28 / 6)
    ("blind-round17-journalist-facts.jsonl", 30, 6, 0.83, 23, 6),  # journalists' framed questions, own words (round 17, same writer; first run 0.77 / 21 / 6); round 20: 0.83 / 23, NEARBY20 step 5
    ("blind-round18-official-facts.jsonl", 30, 6, 0.9, 26, 6),  # officials in Slack, own words (round 18, written from the documents; first run 0.87 / 26 / 6)
    ("blind-round18-journalist-facts.jsonl", 30, 6, 0.93, 26, 6),  # journalists' framed questions, own words (round 18, same writer; first run 0.93 / 25 / 6; facts 26 since SHOWN18 step 3: b18j11, every speaker shown)
    ("blind-round19-official-facts.jsonl", 30, 6, 0.86, 24, 6),  # officials in Slack, own words (round 19, written from the documents; first run 0.83 / 22 / 6)
    ("blind-round19-journalist-facts.jsonl", 30, 6, 0.86, 23, 6),  # journalists' framed questions, own words (round 19, same writer; first run 0.77 / 19 / 6; SHOWN19 step 3 facts 20, b19j04; REFUSED20 step 2 0.80 / 21, b19j17; NEARBY20 step 3 0.83 / 22, b19j19; OTHERDOC20 step 2 0.87 / 23, b19j22)
    ("blind-round20-official-facts.jsonl", 30, 6, 0.9, 25, 6),  # officials in Slack, own words (round 20, written from the documents; first run 0.87 / 24 / 6); 0.90 / 25, NEARBY20 step 3
    ("blind-round20-journalist-facts.jsonl", 30, 6, 0.96, 27, 6),  # journalists' framed questions, own words (round 20, same writer; first run 0.97 / 27 / 6)
    ("blind-round21-official-facts.jsonl", 30, 6, 1, 29, 5),  # officials in Slack, own words (round 21, written from the documents; first run 1.00 / 29 / 5)
    ("blind-round21-journalist-facts.jsonl", 30, 6, 1, 28, 5),  # journalists' framed questions, own words (round 21, same writer; first run 1.00 / 28 / 5)
    ("nearest13-facts.jsonl", 15, 10, 0.8, 10, 9),  # answerable questions worded far from their item (refused, nearest items kept), off-topic near a covered topic (round 13, NEAREST; first run 0.53 / 6 / 9)
    ("tables13-facts.jsonl", 20, 5, 0.9, 17, 5),  # a figure, count or compare read from a table or a list of label: value, everyday words; years, campuses, bodies no table gives (round 13)
    ("meetings13-facts.jsonl", 20, 5, 1.0, 19, 4),  # a meeting named in other words: season, early/mid/late month, after summer, before Christmas, order, clipped (round 13; end 0.95/17/4)
    ("facts13-facts.jsonl", 20, 5, 1, 20, 4),  # lists of focus areas/themes, yes/no answered by a negative statement, dates of cancelled or moved meetings, decisions asked in general words, one council's item among same-text items (round 13); round 20: facts 20, NEARBY20 step 3
    ("meetrel14-facts.jsonl", 20, 5, 0.9, 18, 5),  # a meeting named relative to another meeting or an event (the meeting after/before a named one, first after summer, last before the holidays), a month's plan, in next/date/decision/who kinds, Danish and English, shorthand and framed (round 14, MEETREL; first run 0.75/15/4; 0.75/15/5 after step 1, 0.85/17/5 after steps 3-4, 0.90/18/5 after step 5)
    ("order14-facts.jsonl", 20, 5, 0.85, 12, 5),  # a topic named in other words (a body, a themed meeting, a structure), who left a body, a deadline or count whose subject is the region, what a council asked its officials for, a count against the year before; the right item first (round 14, ORDER; first run 0.85 / 11 / 5)
    ("shows14-facts.jsonl", 20, 5, 0.9, 16, 4),  # what a refused or uncertain item shows: lists asked which/hvilke, decisions in general words, how often, yes/no by a judgement or a negative, reasons as a figure's change; everyday words, half English (round 14; first run 0.80/12/4, after SHOWS's steps 0.80/14/4); round 20: hit@1 0.90, NEARBY20 step 3
    ("tables14-facts.jsonl", 20, 5, 0.9, 18, 5),  # a national row against a council's, a council over two years, a council's figure in another council's document, shares and differences; years, councils, categories no table gives (round 14, TABLES14; first run 0.85 / 13 / 3, step 1 0.95 / 19 / 4, steps 1-3 0.95 / 19 / 5)
    ("mentioned14-facts.jsonl", 10, 15, 1.0, 10, 12),  # what a document the item only mentions says (an attachment, a reply letter, a report, a draft, a survey, a note): off-topic; the content an item does give: answerable (round 14, MENTIONED; first run 1.00 / 10 / 4; step 1: 13, step 2: 12, no answerable question refused)
    ("reasons15-facts.jsonl", 20, 5, 1.0, 19, 2),  # why questions answered by a reason clause (Set i lyset af, da, idet, for at, med henblik på, Baggrunden er), a body's or a region's standing, two reasons in one item; decisions asked in general words (what came of it, hvad blev udfaldet, any remarks, hvordan reagerede); reasons or views no item records (round 15, REASONS; first run 1.00 / 18 / 2; step 2 1.00 / 19 / 2)
    ("times15-facts.jsonl", 20, 5, 0.95, 18, 4),  # times named in other ways: a year before an event's name ("the 2026 summer break", "2026-sommerferien"), dates in shorthand ("20/10", "d. 17.4", "20-10-2025", "Oct 20"), the meeting after a named (late-month) meeting, the date a regional or national body decided, a named agenda's next meeting; off-topic: meetings and years no document gives (round 15, TIMES15; first run 0.75 / 14 / 2; step 1 0.95 / 18 / 4)
    ("twofigs15-facts.jsonl", 20, 5, 1.0, 20, 5),  # two figures asked at once (a council and the country, two years, a count and a share, before and after), compares, a yes/no answered by a figure's change, a table count with its note; years, councils, categories no item gives (round 15, TWOFIGS; first run 0.85 / 14 / 5; steps 1-6 0.95 / 19 / 5)
    ("lists15-facts.jsonl", 20, 5, 0.85, 14, 4),  # list questions asked in other words: groups of people in everyday words, a new term's policy areas, what makes a good meeting, planned analyses, themes and focus areas, the parties of an agreement, a list written inside one sentence; officials' and journalists' styles, half English; off-topic near the lists' topics (round 15, LISTS15; first run 0.85 / 9 / 4, steps 2-4 0.85 / 13 / 4); round 20: facts 14, NEARBY20 step 3
    ("times16-facts.jsonl", 20, 5, 1.0, 20, 5),  # times and refusals: a two-digit year after an event's name or a month ("sommerferien 26", "okt. 25", "Q2 24", "autumn '25"), a year only in a journalist's framing sentence, the date a rule, agreement or change takes effect ("fra hvornår gælder", "take effect"), a rate per day or per citizen for a year beside a neighbouring item on the same money; off-topic: years, rates and meetings no document gives (round 16, TIMES16; first run 0.85 / 15 / 4; step 1 0.95 / 17 / 4; step 2 0.95 / 19 / 5; TIMES17 step 4 1.00 / 20 / 5)
    ("negwhy16-facts.jsonl", 20, 5, 0.95, 17, 5),  # yes/no answered by a plain or negative statement ("there are no models yet", "Der er endnu ikke enighed", a meeting cancelled, no objections to a level or a referat), and whys whose reason is a noun phrase or an opening clause ("grundet ...", "Efter ...", "Som følge af ...", "Baggrunden for ... er"); officials' and journalists' styles, half English; off-topic: bodies, years and topics no item covers (round 16, NEGWHY; first run 0.90 / 13 / 5; steps 1-3 0.90 / 16 / 5, steps 1-4 0.95 / 17 / 5)
    ("tables16-facts.jsonl", 20, 5, 1.0, 18, 5),  # figures of a year or two years asked in many ways ("2025 and the year before", "sidste år", "2024/25", "in '23", "fra 2023 til 2025") where several items hold tables of years and one counts what is asked; compares across years; officials' and journalists' styles, half English; off-topic: a year, programme or council no table or sentence gives (round 16, TABLES16; first run 0.90 / 15 / 5; step 2 0.95 / 17 / 5; step 3 1.00 / 18 / 5)
    ("lists16-facts.jsonl", 20, 5, 0.9, 17, 4),  # lists in sentences and tables, from the right item: tasks moving between bodies, a reform's law package and funds, focus areas and themes of a deal or plan, committees and counts of members in an appointments table, a forum's members, planned analyses and options, a list inside one sentence; officials' and journalists' styles, half English; off-topic: lists of a body, year or plan no item gives (round 16, LISTS16; first run 0.90 / 15 / 3; steps 2-3 0.90 / 17 / 3)
    ("pairs16-facts.jsonl", 20, 5, 1.0, 20, 5),  # two different values asked at once of one item: a decision and the total it concerns, a share and a count, two counts of one year, a sum of figures given separately, a figure and its deadline or who pays; officials' and journalists' styles, half English; off-topic: one value of the pair another year's, council's or body's (round 16, PAIRS16; first run 1.00 / 20 / 5)
    ("wholist17-facts.jsonl", 20, 5, 0.95, 18, 4),  # people and lists: members who withdrew from, left or were replaced in a body, speakers and guests lined up for a debate, a theme or a meeting (framed "later in the year"), the groups a plan or housing is for, a follow-up list agreed after an event, who is to do a task; officials' and journalists' styles, half English; off-topic: persons, bodies and lists no document gives (round 17, WHOLIST17; first run 0.95 / 17 / 4; step 3 0.95 / 18 / 4)
    ("topic17-facts.jsonl", 20, 5, 0.9, 16, 4),  # a topic named only by an abbreviation or in the other language ("SSA", "SSH", "SOSU", care helpers, the EU office), compares against "the year before" / "året før" / "end året før" in both languages, yes/no answered by a count or share ("10 ud af de 12"), why some bodies or regions did better than others; officials' and journalists' styles, half English; off-topic: a year, body or programme no document counts (round 17, TOPIC17; first run 0.85 / 14 / 4; step 3 0.85 / 15 / 4)
    ("times17-facts.jsonl", 20, 5, 0.9, 18, 4),  # meetings named by month (a year only in the framing, a two-digit year after a month-meeting compound "oktobermødet 21", "oktober-møde '21"), a framed next question naming month and year, an event's date asked by a named season, the date a law, reform or agreement takes effect asked in shorthand, the date an agenda or minutes were sent out; officials' and journalists' styles, half English; off-topic: months, meetings and dates no document gives (round 17, TIMES17; first run 0.85 / 15 / 4; step 2 0.85 / 17 / 4; step 4 0.90 / 18 / 4)
    ("gate17-facts.jsonl", 20, 10, 1.0, 20, 10),  # a year, body or document no document gives, asked in the shapes of answerable questions and paired with them: a results contract's targets for another year, rates or figures of each of several bodies for a year not given, an annual account or budget only attached, a region's quota where only another's is given, a municipality's share of a total not split; officials' and journalists' styles, half English (round 17, GATE17; first run 1.00 / 20 / 8; step 2 1.00 / 20 / 10)
    ("decided17-facts.jsonl", 20, 5, 1.0, 19, 5),  # what a named past meeting decided where the next meeting's plan names the same matter, what happened to a draft or proposal at a named meeting (approved, postponed, cancelled), what members added on top of the recommendation or another body's advice, a decision asked for its own wording, a why of a body no longer taking part; officials' and journalists' styles, half English; off-topic: decisions no document records (round 17, DECIDED17; first run 0.95 / 17 / 4; steps 1-2 1.00 / 19 / 4, 5/5 refused since GATE17)
    ("refused18-facts.jsonl", 20, 5, 0.9, 13, 5),  # answerable questions of the kinds a gate step refused with the right item first: a quota or count of one body for one year a table or sentence gives, how many of a national total lie in one region, the main elements of a deal as presented to a council, what a council pointed out or asked for beyond approving, two rates or prices set against each other, the date new bodies were to be in place; officials' and journalists' styles, half English; off-topic: the same shapes the documents do not answer (round 18, REFUSED18; first run 0.90 / 13 / 5)
    ("gate18-facts.jsonl", 20, 10, 1.0, 20, 7),  # figures the documents do not hold, asked of a thing they do cover, paired with answerable questions of the same shapes: a survey's results in percentages or for another year, a region's share where only the country's is given, rates of a kind of service for a year not given, a results contract's attainment, a dropout share no item counts, a council's part of a national pool; officials' and journalists' styles, half English (round 18, GATE18; first run 1.00 / 20 / 6; step 1 1.00 / 20 / 7)
    ("shown18-facts.jsonl", 20, 5, 1.0, 19, 5),  # the right item first, the asked fact shown: two dates of one agreement or arrangement (takes effect, lapses; struck, runs for), who appoints, decides or does a task (the actor of a verb), speakers and guests with their titles, a count against a table's average, a count beside a share or a rate, subject areas and themes proposed, a reason given as a consequence phrase ("som følge af", "grundet"); officials' and journalists' styles, half English; off-topic: agreements, bodies, meetings and quotas no document gives (round 18, SHOWN18; first run 1.00 / 17 / 5; steps 2a-2b 1.00 / 18 / 5; step 2c 1.00 / 19 / 5; step 3 unchanged)
    ("first18-facts.jsonl", 20, 5, 1.0, 18, 5),  # the right item first: a why whose reason sits in one document's item while another document has an item on the same subject, a survey's or a count's figures where two documents treat the same theme, a meeting named by a numeric day and month ("d. 1/9", "on 3/9", "the 15th of October", "17.4.") asked what it takes up or decided, journalists' questions whose framing sentence names other topics; officials' and journalists' styles, half English; off-topic: the same shapes of what no document gives (round 18, FIRST18; first run 0.95 / 17 / 5; steps 2-4 1.00 / 17 / 5)
    ("shown19-facts.jsonl", 20, 5, 0.95, 19, 3),  # the right item first, the asked fact away from the asked words: a yes/no answered by the sentence stating it (a negative included: "Der følger med loven ikke midler", "ikke indgår i"), a rate against a legal or agreed minimum, people asked by rank or role words (chief executives, mayors, mediators, an ambassador), a reason given as a body's limited lifetime or a circumstance, a count for a year and its distance above or below a target, a guest expected at a later meeting and the subject, shares by specialisation, target groups, a response rate; officials' and journalists' styles, half English; off-topic: the same shapes of what no document gives (round 19, SHOWN19; first run 0.95 / 18 / 3; step 2 0.95 / 19 / 3)
    ("nearby19-facts.jsonl", 20, 5, 1.0, 20, 5),  # the right item among neighbouring items of one document (a reform's or law's date of taking effect, a date by which new bodies must exist, a decision asked of a meeting named by month, what a council asked a network at a briefing) and meetings named loosely ("midt i april 2024", "in the middle of October 2021", a month and a two-digit year "okt 21", "sep. 25", "the meeting after the June 2026 meeting", "efter sommerferien"); officials' and journalists' styles, half English; off-topic: meetings the documents do not name or plan, a law's date no item gives (round 19, NEARBY19; first run 0.90 / 17 / 5; steps 2-3 0.95 / 18 / 5; step 4 1.00 / 19 / 5) [facts 19 -> 20 at round 20's end]
    ("otherdoc19-facts.jsonl", 20, 5, 1.0, 18, 4),  # the right item first when another document's item treats the same theme: a council's decision or count of SOSU places for a year, a speaker invited before an election, why a council sent no politicians to a forum, whether schools found enough students start, a payment to an office asked in millions, analyses under way, a results contract's focus areas for a year, a yearly contribution per inhabitant of a year or council, conference and health-reform briefings; officials' and journalists' styles, half English; off-topic: the same themes for a year or council no document gives (round 19, OTHERDOC19; first run 0.90 / 18 / 4; steps 2-3 1.00 / 18 / 4)
    ("refused19-facts.jsonl", 20, 10, 1.0, 17, 9),  # answerable questions asked with a framing verb or idiom, a noun form or a wording the documents do not use for the thing: a proposal asked with "foreslår" / "lægger op til", "oppe at køre" / "up and running", target groups asked as "grupper", an appointment as "udnævnelse", a year written "'27", "27", "'25", "23/24", an amount "pr. borger" / "per citizen" of an item saying "pr. indbygger"; each paired where possible with an off-topic twin of the same shape (another council, year, programme or body no document gives); officials' and journalists' styles, half English (round 19, REFUSED19; first run 0.95 / 16 / 9, 6 answerable not answered; steps 2-4 1.00 / 17 / 9, 1 not answered)
    ("nearby20-facts.jsonl", 20, 5, 1.0, 19, 4),  # the right item among its neighbours in one document (a why of renaming a target group, a yes/no on re-labelling places, the outgoing council's advice on meetings and its fields, a news item's figure, speaker or date) and meetings named by an event ("valgåret", "the 2021 election year", "det nyvalgte KKR", "efter sommerferien", "the meeting after the one on 3 September 2021"); half English; off-topic: the same shapes for a council, year or meeting no document gives (round 20, NEARBY20; first run 0.80 / 15 / 3); steps 2-4 1.00 / 19 / 4
    ("refused20-facts.jsonl", 20, 5, 0.95, 13, 5),  # answerable questions asked with a verb of change or opinion ("skrumper", "forsvinder", "synes", "mente" of a stance), English words no glossary renders ("kicked off", "zero in on", "take over", "drop the label"), a noun held only as a compound's short part ("gruppen" of "målgruppen", "låne" of "lånepuljen"), the first steps of a work, seats compared on two boards; off-topic: a supervisory body, council, board or year no document gives (round 20, REFUSED20; first run 0.95 / 12 / 5, 2 answerable not answered; steps 2-3 0.95 / 12 / 5, 1 not answered; with SHOWN20 steps 2-4 0.95 / 13 / 5, rf20-05)
    ("shown20-facts.jsonl", 20, 5, 0.95, 16, 4),  # the right item first, the asked fact not shown: a law's or reform's date of taking effect, a general assembly's date and who represents the municipalities, a decision's second part asked beside it (what else was discussed, what a target group is renamed), a meeting's outcome asked in general words (postponed, cancelled), a yes/no answered by a stating sentence ("endnu ikke", "uden bemærkninger", "et minimum", "ikke til hensigt"), the tracks or headings of a work, a reason given in a phrase, a criterion's or price's figure, a split of a total; officials' and journalists' styles, half English; off-topic: the same shapes of what no document gives (round 20, SHOWN20; first run 0.90 / 14 / 4; steps 2-4 0.95 / 16 / 4)
    ("otherdoc20-facts.jsonl", 20, 5, 1.0, 18, 5),  # the right item first when another document's item treats the same theme, told by the year, council, meeting, document or state of the work asked: analyses under way against an earlier analysis's update, a count for a year two documents give, two youth events' dates, dates of taking effect, why a split is kept, the newly elected council's first meeting, a contribution agreed by one council, two councils' October 2021 plans, the outgoing councils' advice, a council's places for 2027, an office's payment and general assembly, a reform's briefing; officials' and journalists' styles, half English; off-topic: the same themes for a year or council no document gives (round 20, OTHERDOC20; first run 0.95 / 17 / 5; 1.00 / 18 / 5 since NEARBY20's step 3, od20-10)
]


@pytest.mark.parametrize("name, answerable, off_topic, hit1, facts, refused", per_set(SETS))
def test_each_facts_set_keeps_its_bar(sample_answers, name, answerable, off_topic, hit1, facts, refused) -> None:
    report = evaluate(sample_answers, rows(name), today=TODAY)
    assert (report.answerable, report.off_topic) == (answerable, off_topic)
    assert report.hit_at_1 >= hit1 and report.facts_shown >= facts, format_report(report)
    assert report.refused >= refused, format_report(report)


@set_group("blind-official-facts.jsonl")
def test_the_facts_sets_report_every_kind(sample_answers) -> None:
    kinds = {"number", "date", "who", "list", "decision", "yesno", "next", "why", "compare", "offtopic"}
    assert set(evaluate(sample_answers, rows("blind-official-facts.jsonl"), today=TODAY).by_kind) == kinds


@pytest.fixture(scope="session")
def plain_bm25(sample_answers) -> list[PlainBM25]:
    """Plain BM25 over the sample items, each analyzer once per test process."""
    return [PlainBM25(sample_answers.items(), name) for name in ANALYZERS]


@pytest.mark.parametrize("name", per_set(name for name, *_ in SETS))
def test_no_set_finds_its_items_less_often_than_plain_bm25(sample_answers, plain_bm25, name: str) -> None:
    ours = evaluate(sample_answers, rows(name), today=TODAY).hit_at_1
    for plain in plain_bm25:
        assert ours >= evaluate(plain, rows(name), today=TODAY).hit_at_1, (name, plain.name)
