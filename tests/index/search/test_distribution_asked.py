"""The gate, round 12: a figure shared out per municipality or region ("fordelt pr. kommune", "per
municipality") asks a number, so the gate reads its year as a figure's (answer.py `_year_apart`):
an item giving another year's distribution is the nearest, not the answer."""

from __future__ import annotations

from index.question.answer_type import answer_type
from tests.support.sample import TODAY, source_items


def test_a_figure_shared_out_per_municipality_or_region_asks_a_number() -> None:
    assert answer_type("sosu lærepladser KKR Midt 2029 fordelt pr kommune?") == "number"
    assert answer_type("SOSU places per municipality in 2027?") == "number"
    assert answer_type("fordelingen af flygtninge pr. region") == "number"
    assert answer_type("hvad skal hver kommune gøre?") != "number"


def test_another_years_distribution_is_the_nearest_not_the_answer(sample_engine) -> None:
    got = sample_engine.ask("sosu lærepladser KKR Midt 2029 fordelt pr kommune?", today=TODAY)
    assert not got.answered and source_items(got)[0] == ("003", "3.4")  # 2027's places, kept as the nearest
    assert any(n.key == "note_nothing_for" and "2029" in n.values["what"] for n in got.notes)
    # the year the item gives still answers
    kept = sample_engine.ask("sosu lærepladser KKR Midt 2027 fordelt pr kommune?", today=TODAY)
    assert kept.answered and source_items(kept)[0] == ("003", "3.4")
