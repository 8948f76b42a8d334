"""One list of the month names a question may use (index/question/months.py), read alike by every
question reading of a month: dates.py, relative_month.py ("okt-mødet sidste år") and month_plan.py
("planen for okt 25"). Before it, relative_month wrote its own list without "febr" and "mart", and
month_plan its own without "mart": "mart-mødet sidste år" was placed in this year's March, guessed."""

from __future__ import annotations

import re
from datetime import date

import pytest

from index.dates import MONTHS as DOCUMENT_MONTHS
from index.question.dates import dates_asked
from index.question.month_plan import MONTH_PLAN
from index.question.months import MONTHS
from index.question.relative_month import relative_month_year
from tests.support.sample import TODAY


def test_every_name_the_documents_use_is_a_questions_month() -> None:
    assert DOCUMENT_MONTHS.items() <= MONTHS.items()
    assert {MONTHS[name] for name in ("febr", "mart", "sept", "oct", "may", "march")} == {2, 3, 9, 10, 5}


@pytest.mark.parametrize("name", sorted(MONTHS))
def test_every_name_is_read_by_every_reading_of_a_month(name: str) -> None:
    text = f"hvad var på {name}-mødet sidste år"
    assert relative_month_year(text, TODAY) == (2025, (len(text) - len("sidste år"), len(text)))
    assert re.search(MONTH_PLAN, f"planen for {name} 2025", re.IGNORECASE)
    found = dates_asked(f"hvad var på {name}-mødet sidste år?", today=TODAY)
    assert found.meeting_from and found.meeting_from.month == MONTHS[name]


@pytest.mark.parametrize(
    "question, month",
    [
        ("Hvad var på mart-mødet sidste år?", 3),
        ("hvilke sager tog KKR Midt op på febr. mødet i fjor?", 2),
        ("what did they discuss at the mart meeting last year?", 3),
    ],
)
def test_an_abbreviated_month_with_a_relative_year_is_that_months_meeting_not_a_guess(question: str, month: int) -> None:
    found = dates_asked(question.lower(), today=TODAY)
    first = date(2025, month, 1)
    assert found.meeting_from == first and not found.guessed and found.years == ()


def test_a_months_plan_asked_by_its_abbreviation() -> None:
    assert re.search(MONTH_PLAN, "programmet for mart 2025", re.IGNORECASE)
    assert re.search(MONTH_PLAN, "mart 25 planen for midt?", re.IGNORECASE)
