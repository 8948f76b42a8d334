"""dates_asked: the date forms of Danish and English questions, and what each means."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.dates import dates_asked

TODAY = date(2026, 11, 22)
JUNE_17 = (date(2026, 6, 17), date(2026, 6, 17))


@pytest.mark.parametrize(
    "text",
    ["2026-06-17", "17-06-2026", "17/6/2026", "17.06.2026", "17. juni 2026", "den 17. juni 2026",
     "d. 17. jun. 2026", "17 june 2026", "17th of june 2026", "june 17, 2026", "june 17th 2026"],
)
def test_a_day_is_a_meeting_date(text):
    found = dates_asked(text, today=TODAY)
    assert (found.meeting_from, found.meeting_to) == JUNE_17
    assert found.years == ()
    assert found.spans and found.spans[0][1] == len(text)


def test_month_and_year_is_a_meeting_month():
    found = dates_asked("referat for sept. 2021", today=TODAY)
    assert (found.meeting_from, found.meeting_to) == (date(2021, 9, 1), date(2021, 9, 30))


@pytest.mark.parametrize(
    "text, years",
    [("budget 2022-2023", (2022, 2023)), ("optaget 2024/25", (2024, 2025)),
     ("2027–2031", (2027, 2028, 2029, 2030, 2031)), ("2020-2040", (2020, 2040)), ("i år", (2026,)),
     ("næste år", (2027,)), ("last year", (2025,)), ("this year", (2026,))],
)
def test_years(text, years):
    assert dates_asked(text, today=TODAY).years == years


def test_a_relative_year_counts_from_the_month_or_day_the_question_names():
    found = dates_asked("what did they decide in september 2021 about next year's contract?", today=TODAY)
    assert 2022 in found.years and 2027 not in found.years
    assert 2024 in dates_asked("hvad skete der på mødet i juni 2025 om sidste år", today=TODAY).years
    # a whole year named is what is asked about, not when: "last year" is still today's last year
    assert 2025 in dates_asked("lærepladser 2027 sammenlignet med sidste år", today=TODAY).years


def test_relative_years_need_today():
    found = dates_asked("i år", today=None)
    assert found.years == () and found.spans  # the words are still used up


def test_numbers_that_are_not_years():
    for text in ["4.107 kr", "9.000 lærepladser", "1309 studiepladser", "sag-2026-00837", "dk2020"]:
        assert dates_asked(text, today=TODAY) == dates_asked("", today=TODAY), text


def test_month_without_year_is_placed_by_today():
    assert dates_asked("mødet i december", today=TODAY).meeting_from == date(2025, 12, 1)
    future = dates_asked("mødet i december", today=TODAY, future=True)
    assert future.meeting_from == date(2026, 12, 1)
    assert dates_asked("mødet i juni", today=None).meeting_from is None


def test_may_alone_is_not_a_month():
    assert dates_asked("may i ask about 2027", today=TODAY).meeting_from is None


def test_before_and_after_a_day():
    after = dates_asked("after 17 june 2026", today=TODAY)
    assert (after.meeting_from, after.meeting_to) == (date(2026, 6, 18), None)
    before = dates_asked("før den 17. juni 2026", today=TODAY)
    assert (before.meeting_from, before.meeting_to) == (None, date(2026, 6, 16))


def test_after_and_before_a_year_are_meeting_bounds():
    found = dates_asked("møder efter 2024 og før 2026", today=TODAY)
    assert (found.meeting_from, found.meeting_to) == (date(2025, 1, 1), date(2025, 12, 31))


def test_after_a_possessive_a_time_bounds_only_a_meeting():
    """'after its August 2021 meeting' bounds the next meeting (asked with a verb of meeting, "meet
    again after", one meeting: the three months after, round 14); 'after its June 2026 review' is the
    review's time, the June 2026 meeting, not a bound after it."""
    bound = dates_asked("when does kkr meet again after its end-of-august 2021 meeting?")
    assert (bound.meeting_from, bound.meeting_to) == (date(2021, 9, 1), date(2021, 12, 2))
    own = dates_asked("what did the council agree after its june 2026 review of the budget?")
    assert (own.meeting_from, own.meeting_to) == (date(2026, 6, 1), date(2026, 6, 30))


def test_a_month_without_its_year_is_of_the_year_the_question_names_with_its_other_times():
    found = dates_asked("jeg skriver om foråret 2024. hvad skete der på mødet i april?", today=TODAY)
    assert (found.meeting_from, found.meeting_to) == (date(2024, 4, 1), date(2024, 4, 30)) and not found.guessed
    # two years named: the month is placed by today, a guess
    two = dates_asked("efter juni 2021 og juli 2023, hvad skete der på mødet i april?", today=TODAY)
    assert two.guessed and two.meeting_from is not None
    assert dates_asked("hvad skete der på mødet i april?", today=TODAY).meeting_from == date(2026, 4, 1)


def test_a_day_in_english_order_without_its_year():
    """"Oct. 15", "October 15th": the month first, as English writes it; a year after it is read above."""
    for text in ("agenda for oct. 15", "what's on the agenda on october 15th?"):
        found = dates_asked(text, today=TODAY)
        assert (found.meeting_from, found.meeting_to) == (date(2026, 10, 15), date(2026, 10, 15)) and found.guessed, text
    assert dates_asked("the meeting on oct 15, 2021", today=TODAY).meeting_from == date(2021, 10, 15)
    assert dates_asked("mødet i juni 26", today=TODAY).meeting_from == date(2026, 6, 1)  # a two-digit year, no day


def test_siden_sidst_is_the_news_item_not_a_bound():
    # "Siden sidst" heads the minutes' news item; "sidst i aug" is no "late August" after "siden"
    d = dates_asked("hvad orienterede formandskabet om under siden sidst i aug 2021?", today=date(2026, 11, 29))
    assert (d.meeting_from, d.meeting_to) == (date(2021, 8, 1), date(2021, 8, 31))
    d = dates_asked("hvad skete der sidst i august 2021?", today=date(2026, 11, 29))
    assert (d.meeting_from, d.meeting_to) == (date(2021, 8, 1), date(2021, 8, 31))
