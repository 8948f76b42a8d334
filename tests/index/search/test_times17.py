"""Times (issue 10, round 17, TIMES17): the date an act asked of a document or a rule (sent out,
taking effect) is the date the item marks with that act's word. Real sample index, no mocks.
Questions here are none of tests/data/times17-facts.jsonl's."""

from __future__ import annotations

import pytest

from index.search.date_kinds import asked_date_kind
from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize(
    "question, kind",
    [
        ("When was the agenda circulated?", "sent"),
        ("When did the minutes go out? Were they sent out on time?", "sent"),
        ("Hvornår blev dagsordenen udsendt?", "sent"),
        ("Hvornår gik referatet fra mødet i juni ud?", "sent"),
        ("When did the rule kick in?", "start"),
        ("Fra hvornår gælder aftalen?", "start"),
        ("What is the effective date of the law?", "start"),
        ("When does the agreement lapse?", "end"),
        # a date asked of a meeting itself is of no act
        ("When is the next meeting?", None),
    ],
)
def test_the_act_a_date_question_asks(question: str, kind: str | None) -> None:
    assert asked_date_kind(question) == kind


@pytest.mark.parametrize(
    "question, item, value",
    [
        # the agenda's own meeting date (3 September) was the answer line
        ("When was the agenda circulated for KKR Nordjylland's meeting on 3 September 2021?", ("002", "1.1"), "26. august 2021"),
        # the minutes' meeting (8 June) was the answer line
        ("When were the minutes of KKR Midtjylland's 8 June 2021 meeting sent out?", ("000", "1.1"), "15. juni 2021"),
        # the date the law was passed (12 December 2023), not the date it took effect, was the answer line
        ("When did L53 kick in for the municipal nurses?", ("004", "3.4"), "1. januar 2024"),
    ],
)
def test_the_date_of_the_act_asked_is_the_answer_line(sample_engine, question: str, item: tuple[str, str], value: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == item
    assert answer.hits[0].answer is not None and value in answer.hits[0].answer.text


def test_a_date_of_the_kind_asked_weighs_the_item_that_states_it() -> None:
    # the rerank's kind (kind_near.kind_asked) carries the date's kind when the question names one
    from datetime import date as _date

    from index.question.parse import parse_question
    from index.search.kind_near import kind_asked

    def kind(text: str) -> str:
        return kind_asked(parse_question(text, today=_date(2026, 11, 29)))

    assert kind("When does the reform take effect?") == "date:start"
    assert kind("Hvornår er fristen for ansøgning?") == "date:deadline"
    assert kind("When is the next meeting?") == "date"


@pytest.mark.parametrize(
    "question",
    [
        # 001 3.1 (the reform's status, no date of taking effect) came first; "kick" an unknown word refused it
        "when does the new health reform kick in for the municipalities?",
        # "formelt" was read as a topic word the item lacks: refused with the right item first
        "Jeg skriver om sundhedsreformen. Hvornår træder den formelt i kraft?",
    ],
)
def test_the_item_stating_when_a_reform_takes_effect_answers(sample_engine, question: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("003", "3.6")
    assert answer.hits[0].answer is not None and "1. januar 2027" in answer.hits[0].answer.text


@pytest.mark.parametrize(
    "question, month",
    [
        ("Midt's oktober-møde '21: which items?", (2021, 10)),  # was October of the year nearest today
        ("Hvad skete på augustmødet '21?", (2021, 8)),
        ("What was decided at the June meeting 26?", (2026, 6)),
    ],
)
def test_a_two_digit_year_after_a_months_meeting_is_its_year(question: str, month: tuple[int, int]) -> None:
    from index.question.parse import parse_question

    parsed = parse_question(question, today=TODAY)
    assert parsed.meeting_from is not None and (parsed.meeting_from.year, parsed.meeting_from.month) == month


def test_a_plan_asked_after_its_meeting_is_named_answers_with_that_plan(sample_engine) -> None:
    # "scheduled" ending the question was a topic word no plan item holds: refused
    answer = sample_engine.ask("KKR Nordjylland's oktober-møde '21: which items were scheduled?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "6.1")
