"""A year's fact asked, stated in a sentence of that year by one item and only tabled by another's
(round 20, OTHERDOC20).

Why: two documents' SOSU items both give the trainee contracts signed in 2024: the autumn 2025
minutes in a sentence of that year ("I 2024 indgik kommunerne 9.958 lærepladsaftaler på
SOSU-området, svarende til 10 pct. over den samlede dimensionering"), the June 2026 minutes as one
row of a five-year table ("2024 5.274 4.315 9.589", under "Indgåede uddannelsesaftaler … 2021-2025",
whose line the answer gives is the five years' average). Asked "how many SOSU contracts did the
municipalities sign in 2024", "nåede kommunerne op på de 9.000 lærepladser i 2024?", "did they reach
the target in 2024", the June 2026 item came first (it names 2024 as the other does, and its words,
"uddannelsesaftaler", are the glossary's for "contracts"). The same the other way for 2025: the
autumn 2025 item (its table of 2025's planned places) came before the June 2026 item's "I 2025 ses et
fald og et samlet antal under dimensioneringen på 9.000".

What tells the asked item is the year's own statement: a sentence saying what happened in the year
asked ("I 2024 …", "i 2025 …") with a figure and a word of the question beside it; a row of a series
of years, or a span ("i 2025-28"), states no one year. So, for a question naming one year of a fact
(not a meeting's time, "the council's February 2024 papers"; not a meeting's plan, a date, a person,
a list or a reason; not a year set against the average, which asks the series), when the first item
names the year but has no such sentence, and an item of
another document within the next two has one and every word of the question the first item holds
(not a neighbouring theme's item: "dimensionering af pædagoguddannelsen 2025" is not answered by the
SOSU item's "I 2025 ses et fald …"), that item comes first. A decision asked of a year ("what was
decided about the places last year") names its meeting's time, not a fact's year: not read. Nothing else moves. It runs before year_column: an item
giving the council's figure under the asked year's column still comes before both.
"""

from __future__ import annotations

import re

from index.analysis import analyze
from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.question.answer_type import asks_decided
from index.question.parse import ParsedQuestion
from index.search.averages import asks_average
from index.search.promote import put_first
from index.search.rank import Concept, Ranking

__all__ = ["states_year", "year_statements_first"]

LOOK = 2  # how many items after the first may state the year
WINDOW = 160  # characters after "i <year>" read as its statement
_FIGURE = lazy(r"\b\d{1,3}(?:\.\d{3})+\b|\b\d+(?:,\d+)?\s*(?:pct|%|mio|mia|kr)|\b\d{2,}\b")
_END = lazy(r"\n\s*[-–•]|(?<=[\wæøå)])\.\s+(?=[A-ZÆØÅ])")  # a list member's or a sentence's end
_NOT_ASKED = frozenset({"date", "person", "list", "plan", "reason"})
_YEAR = lazy(r"(?:19|20)\d\d")


def states_year(item: AgendaItem, year: int, own: list[Concept], *, strict: bool = False) -> bool:
    """Does a sentence of `item` state what happened in `year`: "i <year>" (not a span "i 2025-28") with a
    figure after it, and a word of the question (the year aside) in the same stretch? `strict` (round 22,
    year_kinds.py): nor the year joined with another ("i 2021 og 2022 … garanterer minimum 9.000
    lærepladser … i 2022 - 2026" states no figure of 2021), and the figure no year ("i 2021 og i 2022").
    This module's own order keeps the looser reading, which the sets it was measured on hold to."""
    joined = r"(?:[-–/]|og\b|and\b|eller\b|or\b)\s*(?:i\s+|in\s+)?" if strict else r"[-–/]\s*"
    said = re.compile(rf"\b[Ii]\s+{year}\b(?!\s*{joined}\d)")
    for passage in item.passages:
        for m in said.finditer(passage.text):
            after = passage.text[m.end() : m.end() + WINDOW]
            stretch = _END.split(after, maxsplit=1)[0]
            figures = [f.group() for f in _FIGURE.finditer(stretch)]
            if any(not _YEAR.fullmatch(f) for f in figures) if strict else figures and figures[0] != str(year):
                stems = frozenset(analyze(stretch))
                if any(c.credit(stems) for c in own):
                    return True
    return False


def year_statements_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` with an item stating the asked year's fact in a sentence of that year before a first
    item of another document that does not (see the module docstring); else unchanged."""
    years = tuple(sorted(set(parsed.years)))
    ranked = ranking.ranked
    if len(years) != 1 or len(ranked) < 2 or parsed.answer_type in _NOT_ASKED or parsed.intent == "next_meeting" or parsed.meeting_from:
        return ranking
    if asks_decided(parsed.text):  # "what was decided … last year": the year is the meeting's time, not a fact's
        return ranking
    if asks_average(parsed.text):  # a year set against the average asks the series, which the table gives (averages.py)
        return ranking
    first = ranked[0]
    own = [c for c in ranking.concepts if not c.expansion and c.whole != str(years[0])]  # the question's words, the year aside
    if any(r.planned for r in ranked[: LOOK + 1]) or str(years[0]) not in first.stems or states_year(first.item, years[0], own):
        return ranking
    titled = frozenset(first.title_stems)  # the first item's theme: a word of the question in its title
    held = [c for c in own if c.credit(titled)]
    at = next((i for i, r in enumerate(ranked[1 : LOOK + 1], 1)
               if r.item.source != first.item.source and all(c.credit(r.stems) for c in held)
               and states_year(r.item, years[0], own)), None)  # fmt: skip
    if at is None:
        return ranking
    return put_first(ranking, at)
