"""What a hit shows: one to three of the item's passages, best first, and above them the
answer line, the shortest span of the item that answers the question's type.

Passages (made at ingest: index.read.passages) are scored by the question's concepts they
hold (IDF-weighted, a concept once by its best rendering), the years and councils asked
about, and a bonus when they hold a value of the type asked (index.search.values: a number
for "how many", a date for "when", a name for "who", a list for "which"). The best comes
first; a neighbour that holds question words or the asked value follows, then another
passage that adds a concept the first lacks. The section shown in full above the passages
(the decision; an agenda's recommendation) is not quoted again; a refused question's nearest
item shows none above, so there they are passages, and the one that says what was decided or
recommended comes first when that is asked (index.search.ruling).

The answer line is taken only from a passage that holds question words (or the neighbour
of one): a table cell picked by row label and column header (index.search.cells), else
the value of the type nearest the matched words, else nothing (never a guess).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from index.analysis import WORD
from index.model import BESLUTNING, INDSTILLING, AgendaItem, AnswerLine, ShownPassage
from index.read.passages import item_parts
from index.search.acts_asked import acting, asked_act
from index.search.amounts_asked import holds_amount
from index.search.assessments import asks_opinion, judging
from index.search.answer_line import answer_line
from index.search.cells import best_cell
from index.search.changes import asks_figure_change, change_lines, states_change
from index.search.cut import CUT, cut, verbatim_pieces
from index.search.date_kinds import KIND_SHARE
from index.search.speakers import more_speakers
from index.search.two_dates import beside_first, dated_first
from index.search.decided import refers_back
from index.search.stances import statement_beside
from index.search.meeting_plans import plans_a_meeting
from index.search.month_tied import asked_month, tied_to_month
from index.search.pairs import PAIR_SHARE, holds_pair
from index.search.parties import parties_window, speakers_window
from index.search.spread_lists import spread_list
from index.search.table_groups import grouped_rows
from index.search.two_parts import answers_both, asks_two_values, each_part_shown, grown_beside, summed
from index.search.unnamed_lists import unnamed_list
from index.search.figure import counts, names
from index.search.lead_ins import enumerations_led_in, leads_into, list_after, lists_led_in, window_names_listed as _window_names_listed
from index.search.proposals_shown import proposals_shown
from index.search.prose_lists import sentences_listing
from index.search.naming_asked import naming_shown
from index.search.list_reasons import list_reasons
from index.search.responses import responding
from index.search.better_reason import better_reason, states_reason_in as _states_reason
from index.search.tied_reason import reason_beside, tied_reason
from index.search.ruling import ruling
from index.search.rows_asked import names_a_council, rows_of_acronyms, rows_of_councils, rows_of_years
from index.search.sentence_links import CARRIES_ON, with_antecedent
from index.search.subheadings import headed_lead_in, headings_shown
from index.search.values import dates_in, values_in
from index.search.year_figures import figure_years, naming_years, year_values
from index.search.units import (ANSWER_TYPES_WITH_VALUES, MAX_CHARS, WINDOW_CHARS, Asked, Unit, Window, WordCredits, compares,
                                is_row, score_unit, window_of, windows_of)
from index.search.place_asked import place_shown

__all__ = ["ASKED_LIST_CHARS", "CUT", "FULL_SECTION_CHARS", "LIST_CHARS", "MAX_CHARS", "Asked", "show", "verbatim_pieces"]

LIST_CHARS = 600  # a list may be this long ...
ASKED_LIST_CHARS = 900  # ... and one asked for as a list (or a meeting's plan) this long
MAX_SHOWN = 3
SHOWN_CHARS = 1100  # the passages of one hit together (the first always shown)
FULL_SECTION_CHARS = 700  # a decision (or an agenda's recommendation) this short is shown whole
CELL_BONUS = 1.0  # × the question's weight: the table row named by what was asked
SECOND_SHARE = 0.5  # a passage elsewhere is shown when it scores this share of the best ...
TWO_ASKS_SHARE = 0.3  # ... or this share when the question asks two things
TYPED_SHARE = 0.4  # the best passage holding the asked kind of value wins at this share of the best
NAMED_SHARE = 0.25  # a list whose lead-in names what is asked to be listed ("… fokus på følgende områder") wins at this share
CAUSE_SHARE = 0.8  # a passage giving only a purpose or a consequence is of the kind asked at this share of the best


def _hidden_section(item: AgendaItem) -> str | None:
    """The sub-section a hit shows whole above its passages, when it is short enough to."""
    text, heading = (item.decision, BESLUTNING) if item.decision else (item.recommendation, INDSTILLING)
    return heading if text and len(text) <= FULL_SECTION_CHARS else None


def show(item: AgendaItem, weights: Mapping[str, tuple[str, float]], *, bonus_terms: frozenset[str] = frozenset(),
         asked: Asked = Asked(""), brief: bool = False, names_meeting: frozenset[str] = frozenset(),
         above: bool = True) -> tuple[AnswerLine | None, tuple[ShownPassage, ...]]:  # fmt: skip
    """The answer line and the passages a hit of `item` shows (see the module docstring).
    `weights`: index term → (its concept, the concept's weight) of the question's words;
    `brief`: a hit after the first, whose passages (lists too) stay within MAX_CHARS;
    `names_meeting`: the month of a later meeting asked about, which this item speaks of ahead
    (its stems, also among `bonus_terms`): the sentence naming it is shown, second at the latest;
    `above`: the hit shows its decision (or recommendation) whole above its passages, so they are
    not quoted again; a refused question's nearest item shows none (index.search.nearest), so its
    decision and recommendation are passages like the others."""
    passages = item.passages or item_parts(item.sections)[1]
    if not passages:
        return None, ()
    if asked.answer_type == "plan" and not plans_a_meeting(item.title, item.section):
        # A plan is the planned items of a plan item; elsewhere the list of what was asked about, if anything was.
        asked = replace(asked, answer_type="list" if asked.terms else "none")
    if asked.answer_type == "decision" and item.decision and refers_back(item.decision, item.council, weights):
        asked = replace(asked, proposal=True)  # "KKR Nordjylland godkendte forslaget": what was proposed?
    memo = WordCredits(weights)
    units = [score_unit(item, i, p, weights, bonus_terms, asked, memo) for i, p in enumerate(passages)]
    cell, row_at = (None, None)
    if asked.answer_type == "number" and item.tables:
        cell, row_at = best_cell(item, asked.text, asked.terms, asked.councils)
    if asked.answer_type == "list":
        sentences_listing(units, asked.listed)  # the item's list that holds question words answers; a sentence naming and enumerating, only beside a weaker one
        enumerations_led_in(units)
        lists_led_in(units)
    hidden = _hidden_section(item) if above else None
    total = sum(dict(weights.values()).values()) or 1.0

    def rank(w: Window) -> float:
        value = w.score
        if row_at and any((u.passage.table, u.passage.row) == row_at for u in w.units):
            value += CELL_BONUS * total  # the row of the council (year, place) asked about
        if asked.prefer_decision and w.first.passage.section == BESLUTNING:
            value *= 1.2
        return value

    parted = asked.answer_type == "list"  # no window of a list question reaches over a sub-heading (units.windows_of)
    windows = [w for w in windows_of([u for u in units if u.passage.section != hidden], parted=parted)] or windows_of(units, parted=parted)
    if asked.answer_type == "compare":
        for w in windows:
            w.typed = compares(w)
    order = sorted(windows, key=lambda w: (-rank(w), not w.typed, len(w.units), w.first.index))  # a tie goes to the asked kind
    if asked.meeting and plans_a_meeting(item.title, item.section):
        planned = [u for u in units if u.passage.kind == "list"]
        if planned:
            return _plan(item, planned, order, units, windows, asked, brief)
    best = order[0]
    typed = [w for w in order if w.typed and w.score > 0]
    if asked.answer_type == "reason":  # a purpose or a consequence only (index.search.causes): near the best, as the asked statement's own
        typed = [w for w in typed if _states_reason(w) or rank(w) >= CAUSE_SHARE * rank(best)]
    if typed and not best.typed and rank(typed[0]) >= TYPED_SHARE * rank(best) and not leads_into(best, typed[0], units, asked):
        best = typed[0]  # the asked kind of value near the question's words
    best, dated = dated_first(typed, order, best, asked.text, asked.answer_type, rank)  # "the application deadline": "… ansøgningsfrist primo maj 2024"; two kinds, a period: two_dates.py
    month = asked_month(asked.text) if asked.answer_type == "number" else None
    tied = next((w for w in typed if tied_to_month(w, month)), None) if month else None
    if tied is not None and not tied_to_month(best, month) and rank(tied) >= KIND_SHARE * rank(best):
        best = tied  # "i brug i august 2021": "… 10 ud af de 12 pladser pr. 10. august er taget i brug"
    else:
        tied = None
    if (asked.two and asked.answer_type in ANSWER_TYPES_WITH_VALUES and asks_two_values(asked.text)
            and best.first.passage.kind != "row" and not answers_both(best, memo)):
        # "how much into CDEU, and how much into the climate secretariat": the list giving both amounts
        both = next((w for w in typed if answers_both(w, memo)), None)
        if both is not None and rank(both) >= TYPED_SHARE * rank(best):
            best = both
    each = summed(typed, best, asked.text, memo, lambda w: rank(w) >= TYPED_SHARE * rank(best)) if asked.answer_type == "number" else None
    best = each or best  # "hvor meget i alt til CDEU, kultur og klima": the list giving each (two_parts.summed)
    named = next((w for w in order if w.score > 0 and _window_names_listed(w, asked)), None) if asked.listed else None
    if named is not None and not _window_names_listed(best, asked) and rank(named) >= NAMED_SHARE * rank(best):
        best = named  # "which target groups": the list led in by "… til følgende målgrupper:"
    unnamed = unnamed_list(order, best, asked, rank) if named is None and list_after(best, units, asked) is None else None
    if unnamed is not None:
        best = unnamed  # "what does the contract ask them to keep concentrating on": "… fokus på følgende områder – …"
    party = parties_window(order, best, asked.text, rank) if asked.answer_type == "list" else speakers_window(order, best, asked.text, asked.answer_type, rank)  # "who gave the talk": speakers.py
    best = party or better_reason(order, best, asked.text, asked.answer_type, rank) or tied_reason(order, best, asked.answer_type, rank) or best  # "which parties were behind the deal": "… indgik regeringen, FOA, Danske Regioner og KL en ny …"; "why did they do better": better_reason.py; a reason beside the question's words: tied_reason.py
    best = (grouped_rows(item, units, memo, asked.answer_type, asked.listed) if cell is None else None) or best  # "hvilke udvalg på sundhedsområdet": the rows under that heading row
    denied = next((w for w in order if w.score > 0 and any(u.denied for u in w.units)), None)
    if denied is not None and not any(u.denied for u in best.units) and rank(denied) >= TYPED_SHARE * rank(best):
        best = denied  # "Følger der penge med …?": "Der følger med loven ikke midler …" answers no
    amounted = next((w for w in order if w.score > 0 and _holds_amount(w)), None) if asked.amount else None
    if amounted is not None and not _holds_amount(best) and rank(amounted) >= TYPED_SHARE * rank(best):
        best = amounted  # "Skulle forummet mødes hver måned?": "Der planlægges med 2-4 møder om året"
    acted = acting(order, best, asked_act(asked.text), rank) if asked.answer_type == "person" else responding(order, best, units, asked.text, asked.answer_type, rank)
    if acted is not None:
        best = acted  # "who praised …": "De centrale aktører (staten, parter og skolerne) har … rost KKR …"; "how many replied": "82 kommuner har svaret." (responses.py)
    judged = judging(order, best, rank) if (asked.answer_type in ("reason", "none") or asked.yes_no) and asks_opinion(asked.text) else None
    if judged is not None:
        best = judged  # "why do / do the schools think …": "Samlet set vurderer skolerne, at …"
    ruled = ruling(item, units, order, best, asked, rank) if not above else None
    if ruled is not None:
        best = ruled  # refused: "were the minutes approved?": "Referatet blev godkendt.", quoted, no answer line
    if rank(best) <= 0 and ruled is None:
        fallback = next((u for u in units if u.passage.section == INDSTILLING and u.passage.section != hidden), None)
        fallback = fallback or next((u for u in units if u.passage.section != hidden), units[0])
        line, _ = answer_line(item, [], units, windows, cell, asked)
        return line, (_shown(item, window_of([fallback]), asked, brief),)
    best, beside = spread_list(*_grown(best, units, asked), units, asked.answer_type)  # "… to fokusområder." + "Det ene er …" + "Det andet er …"
    chosen = [best, *beside][:MAX_SHOWN]
    chosen = more_speakers(beside_first(chosen, dated, _overlap), order, asked.text, asked.answer_type, _overlap)[:MAX_SHOWN]  # the other date or period asked; every speaker (speakers.py)
    chosen = reason_beside(chosen, typed, best, units, rank, _overlap, MAX_SHOWN) if asked.answer_type == "reason" else chosen  # "why …": beside the statement asked about, the best passage giving a reason, one beside the question's words first (tied_reason.py)
    chosen = proposals_shown(units, chosen, asked, any(u.passage.section == INDSTILLING and u.score > 0 for u in units), _overlap, MAX_SHOWN)  # "why keep the places unchanged?": "Set i lyset af … foreslås det at fastholde …"; "godkendte forslaget": each proposal (proposals_shown.py)
    chosen = naming_shown(units, chosen, asked.text, asked.answer_type, _overlap, MAX_SHOWN)  # "what should it be called": "… omdøbt til ”Flere skal med”" (naming_asked.py)
    denial = statement_beside(best, units, asked) if not brief else None  # a denial, a keeping or a stance (stances.py)
    if denial is not None and not any(_overlap(denial, c) for c in chosen):
        chosen = [best, denial, *chosen[1:]][:MAX_SHOWN]  # "Did they send anyone …?": "… ikke udpeges repræsentanter …"
    headed = headed_lead_in(units, asked, TYPED_SHARE * rank(best)) if asked.answer_type == "list" else None
    seen = set(best.first.concepts).union(*(u.concepts for u in best.units))
    for w in order:
        if len(chosen) >= MAX_SHOWN:
            break
        if any(_overlap(w, c) for c in chosen) or rank(w) < (TWO_ASKS_SHARE if asked.two else SECOND_SHARE) * rank(best):
            continue
        new = set().union(*(u.concepts for u in w.units)) - seen
        if new or (w.typed and not any(c.typed for c in chosen)):
            chosen.append(w)
            seen |= new
            if asked.answer_type == "list" and not w.typed:  # "Flere opgaver vil … kunne løses …" + "Det kunne fx være inden for nødstrøm, …"
                grown, extra = _grown(w, units, asked)
                chosen[-1:] = [grown, *[x for x in extra if x.first.passage.kind == "sentence" and not any(_overlap(x, c) for c in chosen)]]
    line, source = answer_line(item, chosen, units, windows, cell, asked)
    if tied is not None and {u.index for u in tied.units} <= {u.index for u in best.units} and cell is None and source is not None and source not in best.units:
        # the figure of the month asked, or none: not another figure of the item ("75 pladser")
        line, source = answer_line(item, [best], units, [best], None, asked)
        line, source = (line, source) if source is not None and source in best.units else (None, None)
    if acted is not None and source is not None and source not in best.units and (asked.answer_type == "person" or not asked.two):
        line, source = None, None  # "who takes part": those the sentence saying so names, not another name of the item; a response rate asked alone, not another share
    counting = next((w for w in order if w.score > 0 and any(u.counts for u in w.units)), None) if asked.counted else None
    if counting is not None and line is not None and cell is None and _counts_other(line.values[0], asked.counted):
        line, source = None, None  # "21 akuthospitaler" counts other things than the clusters asked about: no guess
    if source is not None and source.passage.section != hidden and not any(source in w.units for w in chosen):
        # the passage the answer comes from is shown too, in the best window that holds it
        home = max((w for w in windows if source in w.units), key=rank, default=window_of([source]))
        chosen = [c for c in chosen if not _overlap(c, home)][: MAX_SHOWN - 1]
        chosen.insert(1 if chosen else 0, home)
    if counting is not None and not any(u.counts for w in chosen for u in w.units):
        # "how many citizens …": the sentence with the number counting them, whatever its other words
        chosen = chosen[:1] + [counting] + [c for c in chosen[1:] if not _overlap(c, counting)][: MAX_SHOWN - 2]
    change = asks_figure_change(asked.text, asked.answer_type, asked.yes_no)
    if (asked.answer_type == "compare" or asked.against or change) and not any(holds_pair(c) or change and _changes(c) for c in chosen):
        # "how did 2023 compare with the year before": the sentence setting the two figures against each other;
        # "did occupancy go up?": the one saying how the figure changed (index.search.changes)
        least = PAIR_SHARE * best.score
        pair = next((w for w in order if (holds_pair(w, least) or change and _changes(w, least)) and not any(_overlap(w, c) for c in chosen)), None)
        if pair is not None:
            chosen = [chosen[0], pair, *chosen[1:]][:MAX_SHOWN]
    years = figure_years(asked)
    if years and not any(naming_years(c, years) for c in chosen):
        # "lånepuljerne for 2025 og 2026", "… i 2025?": the sentence (or list line) naming the years beside a figure (year_figures.py)
        named = next((w for w in order if naming_years(w, years) and not any(_overlap(w, c) for c in chosen)), None)
        if named is not None:
            chosen = [chosen[0], named, *chosen[1:]][:MAX_SHOWN]
    rows = rows_of_years(item, units, asked) or rows_of_councils(item, units, asked) or rows_of_acronyms(item, units, asked)
    if len(rows) == 1 and asked.against and not names_a_council(item, rows[0], asked):  # "i 2025 i forhold til gennemsnittet": the year's row beside the other side
        if not any(_overlap(rows[0], c) for c in chosen):
            chosen = chosen[:1] + rows + chosen[1 : MAX_SHOWN - 1]
    elif rows:  # "fra 2021 til 2025": the table's row of each year asked, then the best of the rest
        chosen = rows + [w for w in chosen if not any(_overlap(w, r) for r in rows)][: max(MAX_SHOWN - len(rows), 1)]
        if source is None or not any(source in r.units for r in rows):
            line = None  # one figure of elsewhere does not answer for the years asked
    naming = [w for w in order if any(u.bonus & names_meeting for u in w.units)] if names_meeting else []
    if naming and not any(any(u.bonus & names_meeting for u in c.units) for c in chosen):
        # "VIAs formand og rektor deltager på KKR Midtjyllands møde i november": what the item says of that meeting
        chosen = chosen[:1] + [naming[0]] + [c for c in chosen[1:] if not _overlap(c, naming[0])][: MAX_SHOWN - 2]
    if asked.two and asked.answer_type in (*ANSWER_TYPES_WITH_VALUES, "compare", "none", "decision"):  # each asked part's best passage, grown: "82 kommuner har svaret." + "Det giver …"
        chosen = each_part_shown(chosen, order, asked.text, memo, _overlap)[:MAX_SHOWN]
        chosen = grown_beside(chosen, units, _overlap) if asked.answer_type in ANSWER_TYPES_WITH_VALUES else chosen
    chosen = place_shown(chosen, order, asked.text, _overlap)[:MAX_SHOWN]  # "hvornår og hvor": "… klimakonference i Skive …" beside the date (place_asked.py)
    shown: list[ShownPassage] = []
    if headed is not None:  # "hvilke spor …": the lead-in "… følgende spor:" with its sub-headings, first
        shown.append(headings_shown(item, headed, [units[u.index + 1] if u.index + 1 < len(units) else None for u in headed[1:]]))
        chosen = [c for c in chosen if not any(u in c.units for u in headed)]
    for w in chosen:  # a reply short enough to read without scrolling: at most SHOWN_CHARS of passages
        p = _shown(item, w, asked, brief)
        if shown and sum(len(x.text) for x in shown) + len(p.text) > SHOWN_CHARS:
            continue
        shown.append(p)
    return line, tuple(shown)


def _plan(item: AgendaItem, planned: list[Unit], order: list[Window], units: list[Unit], windows: list[Window],
          asked: Asked, brief: bool) -> tuple[AnswerLine | None, tuple[ShownPassage, ...]]:  # fmt: skip
    """A question about a meeting, and the item that plans it: its planned items (the list, in
    whichever sub-section it stands) are the answer, beside the sentence that names the meeting
    (its date); a "when" question is answered by that date, the list shown with it."""
    lists = [window_of([u]) for u in planned]
    dated = next((w for w in order if w.first.passage.kind == "sentence" and dates_in(_text(item, w))), None)
    if asked.answer_type in ANSWER_TYPES_WITH_VALUES:
        line, _ = answer_line(item, lists, units, windows, None, asked)
        chosen = ([dated] if dated else []) + lists
    else:
        asked = replace(asked, answer_type="plan")
        line, _ = answer_line(item, lists, units, windows, None, asked)
        chosen = lists + ([dated] if dated and not any(_overlap(dated, w) for w in lists) else [])
    shown: list[ShownPassage] = []
    for w in chosen[:MAX_SHOWN]:
        p = _shown(item, w, asked, brief)
        if shown and sum(len(x.text) for x in shown) + len(p.text) > SHOWN_CHARS:
            continue
        shown.append(p)
    return line, tuple(shown)


def _counts_other(value: str, counted: tuple[str, ...]) -> bool:
    """Does a number count things, other ones than those asked ("21 akuthospitaler"; not a bare "7")?"""
    return any(w[0].isalpha() for w in WORD.findall(value)[1:]) and not counts(value, counted)


def _text(item: AgendaItem, w: Window) -> str:
    """A window's text, verbatim: from its first unit's start to its last's end."""
    first, last = w.units[0].passage, w.units[-1].passage
    return item.sections[first.section_index].text[first.start : last.end]


def _grown(w: Window, units: list[Unit], asked: Asked) -> tuple[Window, list[Window]]:
    """The window with its next or previous sentence when that holds question words and a
    value of the asked kind ("... 4.107 kr. pr. anvendt plads." + "Dertil skal kommunerne
    betale ... (3.080 kr.)"): inside it while it stays within WINDOW_CHARS, else beside it;
    and beside it the list its sentences lead into, when a list is asked for."""
    extra: list[Window] = []
    if asked.answer_type == "reason":
        return with_antecedent(w, units)
    if asked.answer_type not in (*ANSWER_TYPES_WITH_VALUES, "list", "plan") or w.first.passage.kind != "sentence":
        return w, extra
    section = w.first.passage.section_index
    listed = list_after(w, units, asked)
    if listed is not None and not w.typed:
        extra.append(window_of([listed]))
    for step in (1, -1):
        at = (w.units[-1].index + 1) if step == 1 else (w.first.index - 1)
        if not 0 <= at < len(units):
            continue
        u = units[at]
        p = u.passage
        carries_on = step == 1 and bool(CARRIES_ON.match(p.text))  # "82 kommuner har svaret." + "Det giver en svarprocent på knap 84."
        if not (p.kind == "sentence" and p.section_index == section and (u.score > 0 or carries_on) and u.typed):
            continue
        span = window_of(sorted(w.units + [u], key=lambda x: x.index))
        if span.units[-1].passage.end - span.units[0].passage.start <= WINDOW_CHARS:
            w = span
        else:
            extra.append(window_of([u]))
    return w, extra


def _changes(w: Window, least: float = 0.0) -> bool:
    """Does a sentence of the window holding question words (more than `least`), or a list's line, state a change of a figure?"""
    return any(u.score > least and (states_change(u.passage.text) if u.passage.kind == "sentence" else
                                    u.passage.kind == "list" and bool(change_lines(u.passage.text))) for u in w.units)  # fmt: skip


def _holds_amount(w: Window) -> bool:
    return any(u.passage.kind == "sentence" and holds_amount(u.passage.text) for u in w.units)


def _overlap(a: Window, b: Window) -> bool:
    (sa, a0, a1), (sb, b0, b1) = a.span, b.span
    return sa == sb and a0 < b1 and b0 < a1


def _shown(item: AgendaItem, w: Window, asked: Asked, brief: bool = False) -> ShownPassage:
    """A window as one shown passage: its text from the first unit's start to the last's end
    (verbatim), cut around what matched when longer than the limit."""
    first = w.units[0].passage
    text = _text(item, w)

    def within(u: Unit, a: int, b: int) -> tuple[int, int]:
        """A span of unit `u`'s passage as offsets in the shown text, which starts at the first unit."""
        return a + u.passage.start - first.start, b + u.passage.start - first.start

    matched = [within(u, a, b) for u in w.units for a, b in u.matched]
    if asked.counted and first.kind == "sentence":
        # A cut centres on the numbers counting what was asked ("godt gang i fire politiske klynger").
        heads = [within(u, v.start, v.end) for u in w.units
                 if u.counts for v in values_in(u.passage.text, "number") if counts(v.text, asked.counted)]  # fmt: skip
        if heads:
            matched = sorted({*heads, *((a, b) for a, b in matched if heads[0][0] <= a and b <= heads[-1][1])})
    elif (asked.answer_type == "compare" or asked.against) and first.kind == "sentence":
        # "how does the agreement's number compare with those running": the cut spans the figures set against each other ("… fire … tre …")
        heads = sorted(within(u, v.start, v.end) for u in w.units for v in values_in(u.passage.text, "number"))
        if len(heads) >= 2 and heads[-1][1] - heads[0][0] <= MAX_CHARS:
            matched = sorted({*heads, *((a, b) for a, b in matched if heads[0][0] <= a and b <= heads[-1][1])})
    if (first.kind == "list" or first.kind == "row" and len(w.units) > 1) and not brief:  # a list, or a table group's rows
        limit = ASKED_LIST_CHARS if asked.answer_type in ("list", "plan") else LIST_CHARS
    else:
        limit = MAX_CHARS
    # a list cut: its lines naming the year of a figure asked (year_figures.py), else, for a number, date or person, its members holding a value of that kind, stay first
    valued = year_values(w.units, figure_years(asked), within) or (tuple(within(u, v.start, v.end) for u in w.units if u.passage.kind == "list" for v in u.values) if asked.answer_type in ANSWER_TYPES_WITH_VALUES else ())  # fmt: skip
    if asks_figure_change(asked.text, asked.answer_type, asked.yes_no):  # "should the places be cut?": the lines saying how a figure changed stay first
        valued = tuple(within(u, a, b) for u in w.units if u.passage.kind == "list" for a, b in change_lines(u.passage.text)) or valued
    # "why …": a long line of a list giving a reason ("…, fordi det indebærer, at …") is cut around it to fit, not left out
    reasons = list_reasons(w.units, within) if asked.answer_type == "reason" else ()  # a ground pointed back to, too: list_reasons.py
    weights = tuple(x for u in w.units for x in u.weighed) if reasons and len(matched) == sum(len(u.weighed) for u in w.units) else ()
    text, spans = cut(text, matched, limit, valued, fit=reasons, weights=weights)
    labels: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()
    if is_row(item, first) and len(w.units) == 1:  # several rows of a group (table_groups): their text
        table = item.tables[first.table]  # type: ignore[index]
        labels = tuple(table.column_label(c) for c in range(len(table.header)))
        cells = table.rows[first.row] if first.row < len(table.rows) else ()  # type: ignore[operator]
    kind = "list" if first.kind == "row" and len(w.units) > 1 else first.kind  # a table group's rows are a list of them
    return ShownPassage(text, first.section, first.page, kind, spans, labels, cells)
