"""Round 21 (OFFTOPIC21): a figure asked for a year the item writes only inside a day's date
("inden den 10. september 2026"), or for a school year it does not write as a pair ("2021/22"),
is refused with the item kept (index/search/year_written.py, read by absent.missing_named). The
wordings are none of any set's: written for the kind."""

from __future__ import annotations

import pytest

from index.search.year_written import _pairs, _plain_years
from tests.support.sample import TODAY, source_items


def test_a_year_inside_a_days_date_is_no_figures_year() -> None:
    assert _plain_years("Det skal ske inden den 10. september 2026.") == set()
    assert _plain_years("ved optaget 1.9.2023") == set()
    assert _plain_years("Landstallet for 2027 er fastsat til 600 personer") == {2027}
    assert _plain_years("Fordelingen af ansatte pædagoger (august 2023) er 43 pct.") == {2023}  # a month's count is the year's
    assert _pairs("optaget 2024/2025 og for 23/24") == {(2024, 2025), (2023, 2024)}
    assert _pairs("den 1/9 2023") == set()


@pytest.mark.parametrize("question, item", [
    ("Hvor mange flygtninge skulle Region Midtjylland modtage i 2026?", ("003", "3.5")),
    ("regionskvote midtjylland 2026", ("003", "3.5")),
    ("How many study places at VIA Randers for the 2025/26 intake?", ("004", "3.7")),
    ("For a story on the pedagogue programme: how many places were set for the 22/23 intake?", ("004", "3.7")),
    ("Hvad var landstallet for flygtninge i 2026?", ("003", "3.5")),  # a "-tal" word asks a figure
])
def test_a_figure_of_a_year_the_item_only_dates_by_is_refused(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert not got.answered and source_items(got)[0] == item
    assert any(n.key == "note_nothing_for" for n in got.notes)


@pytest.mark.parametrize("question, item", [
    ("Hvor mange studiepladser fik Holstebro i 2024/25?", ("004", "3.7")),  # the pair written "2024/2025"
    ("Hvad er landstallet for flygtninge i 2027?", ("003", "3.5")),
    ("Hvor mange lærepladsaftaler indgik kommunerne i 2024?", ("001", "3.2")),
])
def test_a_figure_of_a_year_written_still_answers(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert got.answered and source_items(got)[0] == item
