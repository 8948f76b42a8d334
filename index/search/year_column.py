"""A figure of one year asked, given by one item's table under that year's column: that item before
another document's item whose title names other years only (round 19, OTHERDOC19).

Why: the SOSU places are laid out in four documents, each for its own year ("… i 2026", "… for
2027", "… 2022"), and each item's text names the years around it. "Hvor mange SOSU-hjælperelever var
KKR Midtjylland dimensioneret til i 2025?" put the 2027 item first (June 2026: its words match the
question's best, and it names 2025 as the year its contracts fell), while the item on 2026's places
lays out the council's row under "Dimensionering 2025" beside 2026. rank reads a year asked of a
figure from the title only when the question says "for 2025" (rank._figure_years: "i 2025" alone may
be when a thing was decided), so both items were of the year asked.

What the asked item holds and the other lacks is the year's figure itself: a table whose column
names the year asked and whose rows hold the council asked (table_years.gives_years, which already
makes such an item of the time asked), under a column whose label counts what is asked (a word of the
question beside the year: "Dimensionering 2025" for "dimensioneret", not for "how many did they
actually take on in 2025", which a planned figure does not answer). So, for a number asked of one
year and a council, when an item read whole gives that cell and covers the question
(rank.MIN_COVERAGE), every item ranked above
it whose title names years, none of them the year asked, is about those other years and goes after
it. Nothing else moves: an item above it whose title names no year, or the year asked, keeps its
place, and planned items (a meeting's plan) keep theirs.
"""

from __future__ import annotations

from dataclasses import replace

from index.analysis import analyze
from index.model import AgendaItem
from index.question.parse import ParsedQuestion
from index.question.years_asked import years_of
from index.search.rank import MIN_COVERAGE, Concept, Ranked, Ranking, names_year
from index.search.table_years import gives_years

__all__ = ["year_columns_first"]


def _of_other_years(r: Ranked, years: tuple[int, ...]) -> bool:
    """Does the item's title name years, none of them (nor a span holding one) of `years`?"""
    return bool(years_of(r.item.title)) and not names_year(frozenset(r.title_stems), years)


def _column_asked(item: AgendaItem, year: str, concepts: tuple[Concept, ...]) -> bool:
    """Does a column of `year` in one of the item's tables count what is asked: its label, the year
    aside, holds a word of the question ("Dimensionering 2025" for "dimensioneret til i 2025"; not for
    "how many did they actually take on in 2025", which a planned figure does not answer)?"""
    own = [c for c in concepts if not c.expansion]
    for table in item.tables:
        for col in range(1, len(table.header)):
            label = table.column_label(col)
            if year in years_of(label):
                stems = frozenset(analyze(label.replace(year, " ")))
                if any(c.credit(stems) for c in own):
                    return True
    return False


def year_columns_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` with the first item giving the asked year's figure in a table column before the items
    above it that are about other years (see the module docstring); else unchanged."""
    years = tuple(sorted(set(parsed.years)))
    if parsed.answer_type != "number" or len(years) != 1 or not parsed.councils:
        return ranking
    ranked = ranking.ranked
    at = next((i for i, r in enumerate(ranked) if r.coverage >= MIN_COVERAGE and gives_years(r.item, parsed)
               and _column_asked(r.item, str(years[0]), ranking.concepts)), None)  # fmt: skip
    if not at or any(r.planned for r in ranked[:at]):
        return ranking
    later = [r for r in ranked[:at] if _of_other_years(r, years)]
    if not later:
        return ranking
    kept = [r for r in ranked[:at] if r not in later]
    return replace(ranking, ranked=(*kept, ranked[at], *later, *ranked[at + 1:]))
