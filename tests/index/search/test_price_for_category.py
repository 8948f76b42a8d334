"""The gate, round 13: a price or rate asked for a category ("takst for plejefamilier", "the rate
for foster families") is a price per that unit (figure.py `_PRICED_FOR`, read as "pr. plejefamilie"
was): the item on a body's budget and rates, naming the category only in another compound
("Plejefamilieområdet") and giving amounts of other things, is the nearest, not the answer."""

from __future__ import annotations

from tests.support.sample import TODAY, source_items


def test_a_rate_for_a_category_the_item_gives_no_amount_of_is_refused(sample_engine) -> None:
    got = sample_engine.ask("hvad var socialtilsyn nords takst for plejefamilier i 2022?", today=TODAY)
    assert not got.answered and source_items(got)[0] == ("002", "3.4")  # kept as the nearest
    assert any(n.key == "note_no_figure" and "plejefamilier" in n.values["what"] for n in got.notes)
    english = sample_engine.ask("What was Socialtilsyn Nord's rate for foster families in 2022?", today=TODAY)
    assert not english.answered and source_items(english)[0] == ("002", "3.4")


def test_the_budget_and_rates_asked_whole_still_answer(sample_engine) -> None:
    rates = sample_engine.ask("hvad er taksterne for socialtilsyn nord i 2022?", today=TODAY)
    assert rates.answered and source_items(rates)[0] == ("002", "3.4")
    budget = sample_engine.ask("hvad var budgettet for socialtilsyn nord i 2022?", today=TODAY)
    assert budget.answered and source_items(budget)[0] == ("002", "3.4")
