"""One year's figures of two kinds asked, given side by side by one item's table: that item first
(round 22, FIRST22).

Why: three documents lay out the SOSU trainees of two kinds (helpers and assistants), each for its
own years: the August and September 2021 items on the 2022 places (their tables are attachments;
their text names 2021 and 2022 throughout), the autumn 2025 item with "Dimensionering 2025 / 2026"
columns of each kind, the June 2026 item with 2026 / 2027 columns and a table of the contracts signed
per year, one row a year ("2021 5.751 3.492 9.243"). "Comparing 2021: how many assistant trainees and
how many helper trainees did municipalities take on?" and "For 2022, how many helper and how many
assistant trainees were taken on nationally?" put the 2021 items first: their words match the
question's as well, and they name the year (as the time of the agreement), but they give no figure
of either kind for it. The year asked decides which document holds the figures, and where: a row
labelled with that year whose columns are the kinds, or columns labelled with that year (the
council's row, when a council is asked) under each kind's group.

So, for a count asked (answer type "number": "how many", "antal"; not a comparison of how two
programmes fared, "klarede hjælperuddannelsen og assistentuddannelsen sig lige godt i sommeren 2021",
nor the agreement of a year, "sosu-aftalen fra 2021: minimumsdimensionering assistentelever vs
hjælperelever", whose year is the agreement's, not the figures') of one year and at least two of a table's kinds (two of its columns at that
year are each named by a word of the question the other's label lacks: "assistent" of "Social- og
sundhedsassistent", "hjælper" of "Social- og sundhedshjælper"; a word both labels hold, such as
"Dimensionering", tells no kinds apart), the item read whole whose table gives the year's cells
of both kinds (the one whose labels hold most of the question's words: "Dimensionering 2025" for
"Dimensionering 2025: hjælpere vs assistenter", over the contracts signed in 2025) comes first, before the items above it that give no such cells, when it covers the
question (rank.MIN_COVERAGE) and stands within LOOK places of the top. Items planning a meeting keep
their places (a meeting's plan asked is not a figure). It runs after year_stated, and an item above
it giving no such cells but stating the year's figures in a sentence of that year ("I 2024 indgik kommunerne … 5.490
assistentelever og 4.468 hjælperelever") keeps its place before another document's table row of the
same year; "i 2021 og 2022 … garanterer minimum 9.000 lærepladser … i 2022 - 2026" states no figure of
2021 (year_stated.states_year, strict: a year joined with another, or a "figure" that is a year,
states none; year_stated's own order keeps its looser reading, which the sets it was measured on
hold to).
"""

from __future__ import annotations

from dataclasses import replace

from index.analysis import analyze
from index.model import AgendaItem, Table
from index.question.parse import ParsedQuestion
from index.search.cells import asked_stems, col_score, names_council, spans_of, years_of
from index.search.promote import put_first
from index.search.rank import MIN_COVERAGE, Ranking
from index.search.year_stated import states_year

__all__ = ["gives_kinds", "year_kinds_first"]

LOOK = 3  # places below the top the item giving the year's cells may stand


def _named_by(table: Table, col: int, asked: frozenset[str]) -> frozenset[str]:
    """The question's terms that name column `col` of `table` (its group and header, the year aside)."""
    return frozenset(q for q in asked if col_score(table, col, frozenset({q}), frozenset()) > 0)


def _kinds(table: Table, cols: list[int], asked: frozenset[str]) -> int:
    """0 unless two of `cols` are each named by a term of the question the other's label lacks; then
    how many of the question's terms the columns' labels and the table's caption hold."""
    named = [_named_by(table, c, asked) for c in cols]
    if not any(named[i] - named[j] and named[j] - named[i] for i in range(len(cols)) for j in range(i + 1, len(cols))):
        return 0
    return len(frozenset().union(*named) | (asked & frozenset(analyze(table.caption))))


def _year_only(label: str, year: str) -> bool:
    """Does `label` name `year` and no other year, nor a period ("Gennemsnit 2021-25")?"""
    return years_of(label) == {year} and not spans_of(label)


def gives_kinds(item: AgendaItem, year: int, asked: frozenset[str], councils: tuple[str, ...] = ()) -> int:
    """How well a table of `item` gives `year`'s cells of two kinds the question names (0: none): a
    row of that year whose columns are the kinds, or columns of that year under the kinds (in the row
    of a council asked, when one is); the more of the question's words their labels hold, the better
    ("Dimensionering 2025" for "dimensionering 2025: hjælpere vs assistenter", not the contracts
    signed in 2025)."""
    y = str(year)
    best = 0
    for table in item.tables:
        cols = range(1, len(table.header))
        for row in table.rows:
            if row and _year_only(row[0], y):
                best = max(best, _kinds(table, [c for c in cols if c < len(row) and row[c].strip()], asked))
        of_year = [c for c in cols if _year_only(table.column_label(c), y)]
        if not councils or any(row and names_council(row[0], councils) for row in table.rows):
            best = max(best, _kinds(table, of_year, asked))
    return best


def year_kinds_first(ranking: Ranking, parsed: ParsedQuestion) -> Ranking:
    """`ranking` with the first item whose table gives the asked year's figures of the kinds asked
    before the items above it that give none (see the module docstring); else unchanged."""
    years = set(parsed.years)
    if len(years) != 1 or parsed.answer_type != "number" or parsed.intent == "next_meeting":
        return ranking
    year = years.pop()
    ranked = ranking.ranked
    asked = asked_stems(parsed.text, tuple(s for c in ranking.concepts if not c.expansion for s in c.stems))
    scores = [gives_kinds(r.item, year, asked, tuple(parsed.councils)) for r in ranked[: LOOK + 1]]
    at = max(range(len(scores)), key=lambda i: (scores[i], -i), default=0)  # the best, the higher ranked of a tie
    if not at or not scores[at] or ranked[at].coverage < MIN_COVERAGE or any(r.planned for r in ranked[:at]):
        return ranking
    own = [c for c in ranking.concepts if not c.expansion and c.whole != str(year)]
    if any(not scores[i] and states_year(r.item, year, own, strict=True) for i, r in enumerate(ranked[:at])):
        return ranking  # a sentence of that year above it gives the figures (year_stated.py)
    # the item giving the year's figures is of that year, whatever its title names (as table_years.gives_years)
    return put_first(ranking, at, replace(ranked[at], in_time=True))
