"""A meeting named by its month and a year relative to today ("okt-mødet sidste år", "last year's
October meeting"), and a plan asked of the meeting a framing sentence names (issue 10, round 22,
lead). Real sample index, no mocks; the sets are asked on 2026-11-22, so "sidste år" is 2025. The
wordings here are none of tests/data/relyear22-facts.jsonl's."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.dates import dates_asked
from index.question.relative_month import relative_month_year
from tests.support.sample import TODAY, ask_checked


@pytest.mark.parametrize(
    "text, year",
    [
        ("hvad var på okt-mødet sidste år", 2025),
        ("mødet i oktober i fjor", 2025),
        ("the october meeting last year", 2025),
        ("last year's october meeting", 2025),
        ("sidste års oktobermøde", 2025),
        ("årets junimøde", 2026),
        ("the june meeting next year", 2027),
        ("junimødet om pladserne næste år", None),  # the places' year, not the meeting's
        ("hvad blev besluttet sidste år om sosu", None),  # no month
        ("okt-mødet sidste år og decembermødet i år", None),  # two: neither is read
    ],
)
def test_a_relative_year_glued_to_a_month_is_that_months_year(text: str, year: int | None) -> None:
    found = relative_month_year(text, TODAY)
    assert (found[0] if found else None) == year


def test_the_month_is_placed_in_that_year_not_guessed_and_the_year_is_no_facts() -> None:
    found = dates_asked("hvilke punkter var lagt op til på okt-mødet sidste år?", today=TODAY)
    assert (found.meeting_from, found.meeting_to) == (date(2025, 10, 1), date(2025, 10, 31))
    assert not found.guessed and found.years == ()


@pytest.mark.parametrize(
    "question, first",
    [
        ("hvilke punkter havde kkr midt på programmet til okt-mødet i fjor?", ("001", "6.1")),
        ("What was KKR Midtjylland going to discuss at its September meeting this year?", ("003", "6.1")),
        ("Jeg ser tilbage på KKR Midtjyllands oktobermøde 2025. Hvilke punkter var der foreløbig lagt op til?", ("001", "6.1")),
        ("Til en artikel om KKR Nordjyllands møde i oktober 2021. Hvilke sager var der foreløbig lagt op til?", ("002", "6.1")),
    ],
)
def test_the_plan_of_the_meeting_named(sample_engine, question: str, first: tuple[str, str]) -> None:
    ask_checked(sample_engine, question, True, first)
