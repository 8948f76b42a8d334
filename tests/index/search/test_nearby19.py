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


@pytest.mark.parametrize(
    "text, start, end",
    [
        # a season's early or late part as a bound is its first or last month: "after the early-autumn 2025 one"
        # is after September's meeting (it was after November: the October 2025 meeting was missed)
        ("what is planned for the meeting after the early-autumn 2025 one?", date(2025, 10, 1), date(2026, 1, 1)),
        ("what will kkr take up at the meeting after its late-summer 2021 meeting?", date(2021, 9, 1), date(2021, 12, 2)),
        # ... a whole season, or summer alone, as before (summer as a bound is the summer break, July)
        ("what is planned for the meeting after autumn 2025?", date(2025, 12, 1), date(2026, 3, 3)),
        ("hvad skal kkr drøfte på mødet efter sommeren 2026?", date(2026, 8, 1), date(2026, 11, 1)),
        # a council's month meeting after its genitive bounds too (Danish without the apostrophe; was the month itself)
        ("hvad skal kkr midtjylland behandle på mødet efter kkr midtjyllands augustmøde i 2021?", date(2021, 9, 1), date(2021, 12, 2)),
        ("what is on the agenda at the meeting after kkr midtjylland's september meeting in 2025?", date(2025, 10, 1), date(2026, 1, 1)),
        # ... a Danish season's part after its article ("mødet i det tidlige efterår 2021") bounds as the English one
        ("hvad skal kkr nordjylland behandle på mødet efter mødet i det tidlige efterår 2021?", date(2021, 10, 1), date(2022, 1, 1)),
        # ... a possessive before a time with no meeting word stays that time ("its june 2026 discussion")
        ("what did it conclude after its june 2026 discussion?", date(2026, 6, 1), date(2026, 6, 30)),
    ],
)
def test_a_seasons_part_or_a_councils_month_meeting_bounds(text: str, start: date, end: date) -> None:
    facts = parse_question(text, today=date(2026, 11, 29))
    assert (facts.meeting_from, facts.meeting_to) == (start, end)


@pytest.mark.parametrize(
    "question, first",
    [
        # the September 2025 meeting is KKR Midtjylland's early-autumn one; its 6.1 plans 20 October
        ("When does KKR Midtjylland meet after its early-autumn 2025 meeting, and what is on the agenda?", ("001", "6.1")),
        # the 30 August 2021 meeting is the late-summer one; its 6.1 plans 11 October (its 1.1 came first)
        ("What will KKR Midtjylland take up at the meeting after its late-summer 2021 meeting?", ("000", "6.1")),
        # ... the meeting after a council's month meeting named with its genitive (its own items came first)
        ("What is on the agenda at the meeting after KKR Midtjylland's September meeting in 2025?", ("001", "6.1")),
        ("Hvad skal KKR Midtjylland behandle efter KKR Midtjyllands augustmøde i 2021?", ("000", "6.1")),
        ("Hvad skal KKR Nordjylland behandle på mødet efter mødet i det tidlige efterår 2021?", ("002", "6.1")),
    ],
)
def test_the_meeting_after_a_named_meeting_is_answered_by_its_plan(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first
