"""The right item first where a neighbouring or another document's item won (issue 10, round 22,
FIRST22). Real sample index, no mocks. The questions asked here are none of
tests/data/first22-facts.jsonl's: wordings written while probing the kinds, unseen in any set."""

from __future__ import annotations

import pytest

from index.search.cells import asked_stems
from index.search.year_kinds import gives_kinds
from tests.support.sample import TODAY, source_items


def _item(engine, source: str, number: str):
    return next(i for i in engine.items() if i.source.startswith(source) and i.item_number == number)


def _asked(question: str) -> frozenset[str]:
    return asked_stems(question, ())  # (the question's own Danish words: English ones come through the glossary's terms)


# -- step 1: one year's figures of two kinds, given side by side by one item's table (year_kinds.py)


def test_a_row_of_the_year_gives_both_kinds(sample_engine) -> None:
    # "2021 5.751 3.492 9.243" under "Social- og sundhedsassistent", "Social- og sundhedshjælper"
    item = _item(sample_engine, "003", "3.4")
    asked = _asked("hvor mange assistentelever og hjælperelever i 2021")
    assert gives_kinds(item, 2021, asked)
    assert not gives_kinds(item, 2020, asked)  # no row of 2020
    # "Gennemsnit 2021-25" is no row of one year; one kind asked tells no kinds apart
    assert not gives_kinds(item, 2021, _asked("hvor mange assistentelever i 2021"))


def test_columns_of_the_year_give_both_kinds_in_the_council_row(sample_engine) -> None:
    item = _item(sample_engine, "001", "3.2")  # "Social- og sundhedshjælpere · Dimensionering 2025" …
    asked = _asked("Dimensionering 2025: hjælpere vs assistenter")
    assert gives_kinds(item, 2025, asked, ("KKR Midtjylland",))
    assert not gives_kinds(item, 2027, asked)
    # a word both columns hold ("Dimensionering") tells no kinds apart
    assert not gives_kinds(item, 2025, _asked("Dimensionering 2025 i KKR Midtjylland"))
    # the agreements of 2021 and 2022: their tables are attachments, none in the item
    assert not gives_kinds(_item(sample_engine, "000", "3.1"), 2021, _asked("assistentelever og hjælperelever i 2021"))


def test_the_year_cells_whose_labels_hold_more_of_the_question_give_more(sample_engine) -> None:
    # 2025: the planned places ("Dimensionering 2025") against the contracts signed in 2025 (a row)
    asked = _asked("Dimensionering 2025 for KKR Midtjylland: hjælpere vs assistenter?")
    planned = gives_kinds(_item(sample_engine, "001", "3.2"), 2025, asked, ("KKR Midtjylland",))
    signed = gives_kinds(_item(sample_engine, "003", "3.4"), 2025, asked, ("KKR Midtjylland",))
    assert planned > signed > 0


@pytest.mark.parametrize(
    "question, first",
    [
        # the 2021 items on the 2022 places (their text names 2021 as the agreement's year) came first
        ("Comparing 2021: how many assistant trainees and how many helper trainees did municipalities take on?", ("003", "3.4")),
        ("Compare helper and assistant trainee numbers in 2021.", ("003", "3.4")),
        ("For 2022, how many helper and how many assistant trainees were taken on nationally?", ("003", "3.4")),
        # the pedagogue programme's "Dimensionering … 2024 og 2025" came first
        ("Dimensionering 2025 for KKR Midtjylland: hjælpere vs assistenter?", ("001", "3.2")),
    ],
)
def test_the_item_giving_the_years_figures_of_both_kinds_comes_first(sample_engine, question: str, first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] == [first]


@pytest.mark.parametrize(
    "question, first",
    [
        # not a count of one year: how two programmes fared in summer 2021, the agreement of 2021's minimum
        ("Hvordan så søgningen til de to social- og sundhedsuddannelser ud i Midtjylland i sommeren 2021 – klarede hjælperuddannelsen og assistentuddannelsen sig lige godt?", ("000", "3.1")),
        ("sosu-aftalen fra 2021: minimumsdimensionering assistentelever vs hjælperelever?", ("000", "3.1")),
    ],
)
def test_a_year_that_is_not_the_figures_moves_nothing(sample_engine, question: str, first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] == [first]
