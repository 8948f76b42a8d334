"""A decision asked in general words (index/question/decision_words.py, round 15, REASONS): "what
became of it", "any remarks", "how did they respond", "hvad sagde KKR til …" ask what came of an item,
and are read as decision questions, so a refused item's decision line is quoted first
(index/search/ruling.py). The questions are new phrasings, not those of any set."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from index.model import BESLUTNING
from index.question.answer_type import answer_type, asks_decided
from tests.support.sample import TODAY


@pytest.mark.parametrize("question", [
    "The advice for the new council - what became of it?",
    "KKR talked about the education committee; what came of that?",
    "Any remarks from KKR Midtjylland on the EU office's annual report?",
    "How did the council respond to the proposal from the job centres?",
    "hvordan reagerede KKR Nordjylland på evalueringen?",
    "hvad blev der af anbefalingerne til det nye KKR?",
    "hvad sagde kkr nord til forslaget om et nyt navn?",
    "Var der bemærkninger fra KKR til orienteringen om sundhedsreformen?",
    "what did KKR Nordjylland do with the budget for 2022?",
])  # fmt: skip
def test_a_decision_asked_in_general_words_is_a_decision_question(question: str) -> None:
    assert answer_type(question) == "decision" and asks_decided(question), question


@pytest.mark.parametrize("question", [
    "What was the response rate of KL's survey on public transport?",  # a figure
    "What did the schools say about the intake?",  # an opinion (opinion_asked), not an outcome
    "Why did KKR Midtjylland react so late?",  # a reason asked first
    "Who is responsible for the inspiration forum?",
])  # fmt: skip
def test_other_questions_keep_their_type(question: str) -> None:
    assert answer_type(question) != "decision", question


def test_a_refused_item_asked_what_became_of_it_shows_its_decision_line_first(sample_engine) -> None:
    # Refused (read as naming a council's advice no item gives as an answer); the outgoing KKR
    # Nordjylland's advice item is kept first, and its decision, postponed, is quoted first.
    answer = sample_engine.ask("The advice the outgoing North Jutland council wanted to hand over to the new KKR in 2021 "
                               "- what became of it?", today=TODAY)  # fmt: skip
    first = answer.hits[0]
    assert (PurePath(first.item.source).name[:3], first.item.item_number) == ("002", "5.1")
    assert not answer.answered and first.answer is None
    assert first.passages[0].section == BESLUTNING
    assert " ".join(first.passages[0].text.split()) == "Sagen udsættes til næste møde."
