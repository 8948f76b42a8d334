"""The gate, round 13: in a figure question, the words between the asking words and a possessive
are the possessive's owner only when they name a thing ("what was <Erhvervshus Midtjylland>'s total
budget": one word, or every word capitalised), not when they are what is counted and its verb ("hvor
mange <kommuner besvarede> KL's rundspørge", "how many <municipalities answered> KL's survey": the thing
counted is "kommuner", not the survey). Read as the owner, the survey became what was counted, and
the item giving "82 kommuner har svaret" was refused (figure.py `_named_owner`)."""

from __future__ import annotations

from index.search.figure import _phrase
from tests.support.sample import TODAY, source_items


def test_a_count_before_another_owners_thing_is_answered(sample_engine) -> None:
    for question in ("How many municipalities answered KL's survey on public transport in autumn 2023?",
                     "hvor mange kommuner besvarede KL's rundspørge om kollektiv trafik?"):  # fmt: skip
        got = sample_engine.ask(question, today=TODAY)
        assert got.answered and source_items(got)[0] == ("004", "3.2"), question


def test_a_named_owner_is_still_read_as_the_owner() -> None:
    assert "budget" in _phrase("what was Erhvervshus Midtjylland's total budget in 2025?")
    assert "budget" in _phrase("what was cdeu's total budget in 2026?")
    assert _phrase("how many municipalities answered KL's survey?")[0] == "municipalities"
