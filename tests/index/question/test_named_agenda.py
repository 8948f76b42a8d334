"""The next meeting asked of an agenda or minutes named by its date, whatever the question's case
(index/question/named_agenda.py). parse passes plan_time.framing_names_meeting its text with its
case kept; next_of_document read only lowercase, so "Referatet fra 30. august 2021: hvornår er
næste møde?" (a capital R) lost the named meeting as the bound (its time became a fact's time) while
"referatet fra …" kept it. Real sample index, no mocks."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.named_agenda import next_of_document
from index.question.parse import parse_question
from tests.support.sample import TODAY, ask_checked


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Referatet fra 30. august 2021: hvornår er næste møde?", True),
        ("referatet fra 30. august 2021: hvornår er næste møde?", True),
        ("The agenda for 3 September 2021: When is the next meeting?", True),
        ("DAGSORDENEN TIL MØDET 30. AUGUST 2021: HVORNÅR ER NÆSTE MØDE?", True),
        ("Referatet fra 30. august 2021: Hvad blev besluttet om klima?", False),  # no next meeting asked
    ],
)
def test_the_next_meeting_of_a_named_document_is_read_in_any_case(text: str, asked: bool) -> None:
    assert next_of_document(text) is asked


@pytest.mark.parametrize(
    "question, window",
    [
        ("Referatet fra 30. august 2021: hvornår er næste møde?", (date(2021, 8, 31), date(2021, 12, 1))),
        ("The agenda for 3 September 2021: When is the next meeting?", (date(2021, 9, 4), date(2021, 12, 5))),
    ],
)
def test_the_named_documents_date_bounds_the_meeting_asked_not_a_facts_time(question: str, window: tuple[date, date]) -> None:
    parsed = parse_question(question, today=TODAY)
    assert (parsed.meeting_from, parsed.meeting_to) == window
    assert (parsed.fact_from, parsed.fact_to) == (None, None)
    lower = parse_question(question.lower(), today=TODAY)
    assert (lower.meeting_from, lower.meeting_to) == window


def test_the_next_meeting_after_the_named_minutes_answers(sample_engine) -> None:
    answer = ask_checked(sample_engine, "Referatet fra 30. august 2021: hvornår er næste møde?", True, ("000", "6.1"))
    assert answer.hits[0].answer is not None and answer.hits[0].answer.text == "11. oktober 2021"
