"""OTHERDOC20 (round 20): the right item first when another document's item treats the same theme,
told by what the question names: a year's fact stated in a sentence of that year by one item and only
tabled by another document's (index/search/year_stated.py, one of reorder's steps). The questions are
worded apart from tests/data/otherdoc20-facts.jsonl."""

from __future__ import annotations

import pytest

from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize(
    "question, first",
    [
        # the June 2026 item (2024 one row of its five-year table, "uddannelsesaftaler" the glossary's
        # word for contracts) came before the autumn 2025 item's "I 2024 indgik kommunerne 9.958 …"
        ("Ramte kommunerne de 9.000 SOSU-lærepladser i 2024?", ("001", "3.2")),
        # a year only one item states keeps its item first
        ("Hvor mange SOSU-uddannelsesaftaler blev der indgået i 2023?", ("003", "3.4")),
        # a council's figure under the asked year's column still comes first (year_column, after)
        ("Hvor mange SOSU-hjælperelever skulle KKR Midtjylland være dimensioneret til i 2025?", ("001", "3.2")),
        # another theme's item stating the year does not move before the item on the theme asked
        # (the SOSU item's "I 2025 ses et fald …" is not the pedagogue education's dimensioning)
        ("pædagog uddannelsens dimensionering i 2025", ("004", "3.7")),
        # a decision asked of a year names the meeting's time, not a fact's year
        ("what was decided about lærepladser in 2025", ("001", "3.2")),
    ],
)
def test_a_years_fact_stated_in_a_sentence_of_that_year_comes_first(sample_engine, question: str, first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[0] == first
