"""The right item among its neighbours, and meetings named loosely (issue 10, round 19, NEARBY19).
Real sample index, no mocks. Questions here are none of tests/data/nearby19-facts.jsonl's."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.parse import parse_question
from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's order word with the council between it and the meeting word qualifies the asking
        "hvilke sager er sat på til første kkr midt møde efter sommerferien 2026?",
        "what is lined up for the first kkr midtjylland meeting after the summer break 2026?",
        "hvad skal drøftes på første kkr møde efter sommerferien 2026?",
    ],
)
def test_an_order_word_before_a_council_and_meeting_is_no_term(text: str) -> None:
    parsed = parse_question(text, today=date(2026, 11, 29))
    assert not {"første", "first"} & set(parsed.terms)


@pytest.mark.parametrize(
    "question, first",
    [
        # "første"/"first" was a search term: the loan pool's or the appointments' item came first, or nothing
        ("Hvilke sager skal behandles på første KKR Midt møde efter sommerferien 2026?", ("003", "6.1")),
        ("What is lined up for the first KKR Midtjylland meeting after the summer break 2026?", ("003", "6.1")),
    ],
)
def test_a_loosely_named_meeting_is_answered_by_its_plan(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first


@pytest.mark.parametrize(
    "question, first",
    [
        # the EU office's item (3.3) recalls the June 2025 meeting's request to KD-Net; the briefing item's
        # Beslutning (2.1) records the September meeting's own: 3.3 came first
        ("What did KKR Midtjylland ask KD-Net for at the September 2025 meeting?", ("001", "2.1")),
        ("Hvad anmodede KKR Midtjylland KD-Net om på mødet i september 2025?", ("001", "2.1")),
        # ... asked of the June 2025 meeting, the item recording its request still answers (recorded_meeting.py)
        ("What did KKR Midtjylland ask KD-Net for at the June 2025 meeting?", ("001", "3.3")),
        # ... and an item whose own Beslutning decides ("Sagen udsættes til næste møde") stays first though its
        # background recalls an earlier meeting's decision and a neighbour's Beslutning holds the word
        ("Hvad skete der med KKR-evalueringen på KKR Nordjyllands møde i september 2021?", ("002", "5.1")),
    ],
)
def test_a_meetings_own_decision_comes_before_an_earlier_one_recalled(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert source_items(answer)[0] == first
