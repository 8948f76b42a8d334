"""A yes/no question answered by a condition (index/search/conditions.py): "may they …", "must they
…" is answered by the sentence that makes it depend on something ("…, hvis de vurderer, at der er
behov"), but a question whether something was approved or happened is not."""

from __future__ import annotations

import pytest

from index.search.conditions import asks_if, sets_condition
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("question", "answer_type", "expected"),
    [
        ("Kan kommunerne oprette flere lærepladser end minimum?", "decision", True),
        # a yes/no after a background is read by its last sentence
        ("The region cuts its grant to the EU office. Do the municipalities have to pay more?", "decision", True),
        # whether something was approved or happened: the decision answers, not a condition
        ("Blev fordelingen af lærepladser godkendt?", "decision", False),
        ("Godkendte KKR hvor mange elever hver kommune skal have i 2027?", "decision", False),
        ("Did the municipalities reach the national target in 2024?", "decision", False),
        # not a yes/no
        ("Hvor mange lærepladser kan kommunerne oprette?", "number", False),
    ],
)
def test_what_may_or_must_be_done_is_asked(question: str, answer_type: str, expected: bool) -> None:
    assert asks_if(question, answer_type) is expected


def test_a_sentence_sets_a_condition() -> None:
    assert sets_condition("Der er tale om et minimum, og kommunerne kan oprette yderligere lærepladser, hvis de vurderer, at der er behov.")
    assert sets_condition("Såfremt kommunerne ønsker, at CDEU skal levere samme ydelser som hidtil, er der behov for at øge bidraget.")
    assert not sets_condition("Med den nye aftale øges antallet af lærepladser fra 9.000 til 11.000.")


def test_the_condition_is_shown_for_a_may_question(sample_engine) -> None:
    question = "Fra 2027 skal kommunerne stille 11.000 SOSU-lærepladser til rådighed om året. Kan de oprette flere end det?"
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "3.4"
    shown = " ".join(" ".join(p.text.split()) for p in hit.passages)
    assert "kan oprette yderligere lærepladser, hvis de vurderer, at der er behov" in shown
