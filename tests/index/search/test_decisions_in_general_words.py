"""A decision asked in general words ("what did they end up saying about", "what was the upshot",
"hvad endte KKR med", "hvad kom der ud af") asks what was decided, as "besluttede" and "landede"
do: the item whose minutes record the decision comes before another meeting's agenda item on the
same topic, which records none."""

from __future__ import annotations

import pytest

from index.question.parse import parse_question
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    "question",
    [
        "What did Central Jutland end up saying about its education committee?",
        "What was the upshot of the education committee discussion?",
        "Hvad endte KKR Midtjylland med at sige om uddannelsesudvalget?",
        "Hvad kom der ud af drøftelsen om uddannelsesudvalget?",
    ],
)
def test_general_words_of_an_outcome_ask_the_decision(question: str) -> None:
    parsed = parse_question(question)
    assert (parsed.intent, parsed.answer_type) == ("decision", "decision")


@pytest.mark.parametrize(
    "question",
    [
        "what did the intake end up at in 2023",  # a figure where it ended: a number, not a decision
        "How will the municipalities end their cooperation with the region?",
        "How much EU money ends up in Central Jutland?",  # where money goes, not what was decided
    ],
)
def test_other_endings_are_not_decisions(question: str) -> None:
    assert parse_question(question).intent != "decision"


def test_the_minutes_recording_the_decision_come_first(sample_engine) -> None:
    # read as a general question, the 2021 agenda's list of committees (5.2, no decision) came first
    hit = sample_engine.ask("What did Central Jutland end up saying about its education committee for the next term?",
                            today=TODAY).hits[0]  # fmt: skip
    assert hit.item.item_number == "5.1" and "37866b4be7b1cc74" in hit.item.source  # the 2025 minutes
    assert "muligheden for at nedlægge udvalget" in " ".join(hit.item.decision.split())
