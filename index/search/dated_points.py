"""The date of a meeting or an event a news item reports under a dated point: that item first (round
22, FIRST22).

Why: a news item ("Siden sidst", "Orientering") reports many things under one general title, each
under a point of its own that often names the event and its date: "Møde med regionsrådsformanden
den 8. juni 2026", "Møde mellem KLs formandskab og KKR formandskaberne den 13. maj", "Ungekonference
den 4. marts 2024", "Klimatopmødet 19. august 2021" (a line of its lead list). Asked "When was the
joint meeting with the chair of the regional council in 2026?", "What day did the KKR chairs jointly
meet KL's chairmanship in spring 2026?", the ranking put a topical neighbour first (the next
meeting's plan naming "Dialog med regionsrådsformanden", the CDEU item's "kvartalsmødet med
regionsrådsformanden den 4. september 2026", the health reform's item holding the forum's name), and
the gate took it or refused: the news item's other points hold the rest of the question no more than
any item does.

So, for a date asked (answer type "date"), the first news item among the top LOOK items, of the
council and the time asked, one of whose points (a sub-heading of its sections, or a line of a list
in them) holds a date and at least HELD_SHARE of the weight of the asking part's words (or of
compounds ending with them: "regionsrådsformanden" of "formand"; the framing's words when the
asking part names none), words none of the items above it holds in a dated point of theirs, comes
first and the gate takes it (it covers the question as far as rank.MIN_COVERAGE);
it is the item reporting that event. Items planning a meeting keep their places. A point naming a
side word of the question does not move its item: "On what date was the regional council expected
to decide on the framework for the tasks being handed over?" (blind-round12-journalist b12j06)
shares only "regional council" with "Møde med regionsrådsformanden den 8. juni 2026", and the
framing's "regionale udvalg" (blind-round9-journalist b9j08) is no word of the asking part.
"""

from __future__ import annotations

from dataclasses import replace

from index.analysis import analyze
from index.model import AgendaItem
from index.question.parse import ParsedQuestion
from index.search.contents import subheadings
from index.search.news_asked import news_item
from index.search.promote import put_first
from index.search.rank import MIN_COVERAGE, Concept, Ranking
from index.search.values import dates_in

__all__ = ["dated_points", "dated_points_first"]

LOOK = 3  # places below the top the news item may stand
HELD_SHARE = 0.5  # of the asking part's weight (IDF) the dated point must hold
_BULLETS = ("-", "–", "•")


def dated_points(item: AgendaItem) -> tuple[frozenset[str], ...]:
    """The index terms of each of the item's points that names a day of a month ("Møde med
    regionsrådsformanden den 8. juni 2026"): its sub-headings and the lines of its lists."""
    out = []
    for section in item.sections:
        lines = [line.strip() for line in section.text.split("\n")]
        points = [*subheadings(section.text), *(line.lstrip("".join(_BULLETS)).strip() for line in lines if line.startswith(_BULLETS))]
        out += [frozenset(analyze(p)) for p in points if any(v.text[:1].isdigit() for v in dates_in(p))]
    return tuple(out)


def _held(concepts: list[Concept], points: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The question's words (or compounds ending with them) that one of `points` holds."""
    return frozenset(c.word for c in concepts for p in points if c.evidence(p))


def dated_points_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` with the news item reporting the event asked about under a dated point first (see
    the module docstring); else unchanged."""
    if parsed.answer_type != "date" or parsed.intent == "next_meeting":
        return ranking
    ranked = ranking.ranked
    # the words of the asking part (its framing's when it names none: "… was reported in June 2026. When was it?")
    own = [c for c in ranking.concepts if not c.expansion and c.word not in parsed.background] or [
        c for c in ranking.concepts if not c.expansion]
    councils = set(parsed.councils)
    at = next((i for i, r in enumerate(ranked[: LOOK + 1]) if news_item(r.item.title) and r.in_time
               and (not councils or r.item.council in councils)), None)  # fmt: skip
    if not at or any(r.planned for r in ranked[:at]):
        return ranking
    held = _held(own, dated_points(ranked[at].item))
    if sum(c.weight for c in own if c.word in held) < HELD_SHARE * sum(c.weight for c in own):
        return ranking  # the point names a side word of the question ("the regional council expected to decide …")
    if any(_held(own, dated_points(r.item)) & held for r in ranked[:at]):
        return ranking
    chosen = replace(ranked[at], coverage=max(ranked[at].coverage, MIN_COVERAGE))
    return put_first(ranking, at, chosen)
