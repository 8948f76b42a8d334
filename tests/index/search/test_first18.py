"""The right item first (issue 10, round 18, FIRST18): a meeting named by a numeric day and month,
another council's items that only mention its month, and a plan item of the meeting asked about.
Real sample index, no mocks. Questions here are none of tests/data/first18-facts.jsonl's."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.dates import dates_asked
from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize(
    "text, day",
    [
        # a slash day and month names a meeting after the council, before the meeting word, after what is done there
        ("kkr nord 3/9: hvad blev besluttet om evalueringen?", date(2026, 9, 3)),
        ("20/10-mødet: hvad skal vi drøfte?", date(2026, 10, 20)),
        ("what did kkr decide 3/9 about the contract?", date(2026, 9, 3)),
        ("hvilke sager er planlagt til 15/10?", date(2026, 10, 15)),
        ("what will kkr take up 1/9?", date(2026, 9, 1)),
        # ... a council's name in any form index.councils reads (round 21: day_month reads it there)
        ("central jutland 20/10: what is on the agenda?", date(2026, 10, 20)),
        ("midtjyllands 20/10 dagsorden", date(2026, 10, 20)),
        ("KKR Syddanmark's 3/9 agenda", date(2026, 9, 3)),
        ("referat fra nordjylland 15/10", date(2026, 10, 15)),
        ("kkr's 1/9 plan", date(2026, 9, 1)),
        # ... a fraction is no day
        ("ca. 2/3 af kommunerne har svaret", None),
        ("did 2/3 of the municipalities agree?", None),
        ("hvor mange kommuner, 2/3?", None),
    ],
)
def test_a_slash_day_and_month_names_a_meeting(text: str, day: date | None) -> None:
    assert dates_asked(text, today=date(2026, 11, 29)).meeting_from == day


@pytest.mark.parametrize(
    "question, first",
    [
        # no council named: Nordjylland's plan (15 October, its 3 September items mention October) came first
        ("What is on the agenda for the meeting on 11 October?", ("000", "6.1")),
        ("Hvad er på dagsordenen til mødet d. 11/10?", ("000", "6.1")),
        # the numbers were read as words: June 2026's plan (of 1 September) came first
        ("What items are planned for 20/10?", ("001", "6.1")),
        ("Hvilke sager er planlagt til 15/10?", ("002", "6.1")),
        # a framed list question of a held meeting's month: that meeting's plan item (of the next one) came first
        ("Writing about the green transition and climate plans: which areas of joint municipal work on "
         "preparedness did the June 2026 meeting point to?", ("003", "3.2")),
        # ... but that plan item is still the held meeting's own item when its decision records what is asked
        ("For a story on KKR's autumn: which extra talk was suggested for a coming meeting at the June 2026 meeting?",
         ("003", "6.1")),
        ("Jeg skriver om trivsel. Hvilket oplæg blev der foreslået på mødet i juni 2026 til et kommende møde?", ("003", "6.1")),
    ],
)
def test_the_meeting_asked_is_answered_by_its_own_items_or_plan(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first


@pytest.mark.parametrize(
    "text, councils",
    [
        # two regions sharing their last word are two councils, in English as in Danish
        ("Why are North and Central Jutland said to do best?", {"KKR Nordjylland", "KKR Midtjylland"}),
        ("Hvorfor klarer Nord- og Midtjylland sig bedst?", {"KKR Nordjylland", "KKR Midtjylland"}),
        ("What did Central Jutland decide?", {"KKR Midtjylland"}),
    ],
)
def test_two_regions_sharing_their_last_word_are_two_councils(text: str, councils: set[str]) -> None:
    from index.question.parse import parse_question

    assert set(parse_question(text, today=date(2026, 11, 29)).councils) == councils


@pytest.mark.parametrize(
    "text, kind",
    [
        # a why of a payment going up: the window giving a reason and stating the change
        ("Why would the municipalities have to pay more into their Brussels office?", "reason+change"),
        ("Hvorfor skal kommunerne betale mere til klimasekretariatet?", "reason+change"),
        ("Why is the contribution going up?", "reason+change"),
        # any other why: a window giving a reason
        ("Why was the meeting cancelled?", "reason"),
    ],
)
def test_a_why_weighs_the_item_giving_a_reason_beside_its_words(text: str, kind: str) -> None:
    from index.question.parse import parse_question
    from index.search.kind_near import kind_asked

    assert kind_asked(parse_question(text, today=date(2026, 11, 29))) == kind


@pytest.mark.parametrize(
    "question, first",
    [
        # "North" was a word and Central Jutland the only council: the IT units' item (Midtjylland) came first
        ("Why are the special psychiatric places in North and Central Jutland said to work best?", ("002", "3.3")),
        # the EU office's annual report (another document's item on the same office) came first
        ("Why must municipalities pay more for the EU office in Brussels?", ("001", "3.3")),
    ],
)
def test_a_why_finds_the_item_giving_the_reason(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert source_items(answer)[0] == first
