"""A meeting named in other words than a date (issue 10, round 13): by a season with a clipped year,
a holiday, its order in a year, a part of a month, or as the one meeting before or after a time; a
window for every kind of question, widened by its slack only when no meeting is known inside it
(index/question/meeting_times.py, index/search/loose_window.py). Questions here are none of
tests/data/meetings13-facts.jsonl's."""

from __future__ import annotations

from datetime import date

from index.question.parse import parse_question
from index.question.text import normalise
from tests.support.sample import TODAY


def window(text: str) -> tuple[date | None, date | None]:
    parsed = parse_question(text, today=TODAY)
    return parsed.meeting_from, parsed.meeting_to


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def test_a_season_meeting_or_a_holiday_with_a_clipped_year_is_that_year() -> None:
    assert "vinter 2024 mødet" in normalise("vintermødet 24")
    assert "efter sommerferien 2026" in normalise("efter sommerferien 26")
    assert window("hvad besluttede KKR Midtjylland på vintermødet 24?") == (date(2024, 1, 1), date(2024, 2, 29))
    assert window("hvem talte på forårs-mødet 24 i midt?") == (date(2024, 3, 1), date(2024, 5, 31))
    assert window("hvad besluttede KKR Nordjylland i efteråret 21?") == (date(2021, 9, 1), date(2021, 11, 30))
    parsed = parse_question("hvem holdt oplæg på sommermødet 26?", today=TODAY)
    assert parsed.meeting_slack == (15, 15) and "26" not in parsed.terms


def test_christmas_and_a_meetings_order_in_its_year() -> None:
    # "jul" after "inden" is Christmas, not July; the meeting before it is of the three months before
    assert window("hvad vedtog KKR Midtjylland om budgettet på mødet inden jul 2022?") == (date(2022, 9, 22), date(2022, 12, 23))
    assert window("what did the council decide at the first meeting of 2025?") == (date(2025, 1, 1), date(2025, 3, 31))
    assert window("hvad blev vedtaget på årets sidste møde i 2022?") == (date(2022, 10, 1), date(2022, 12, 31))


def test_one_meeting_after_or_before_a_time_is_a_closed_window_and_meetings_after_stay_open() -> None:
    assert window("who presented at the meeting right after the summer break 2025?") == (date(2025, 8, 1), date(2025, 11, 1))
    assert window("what was decided at the last meeting before the summer holidays of 2021?") == (date(2021, 3, 30), date(2021, 6, 30))
    assert window("what did the councils decide at their meetings after June 2026?") == (date(2026, 7, 1), None)


def test_early_or_late_in_a_month_or_season_keeps_the_month_with_slack_on_that_side() -> None:
    early = parse_question("who spoke at the Midt meeting in early September 2021?", today=TODAY)
    assert (early.meeting_from, early.meeting_to, early.meeting_slack) == (date(2021, 9, 1), date(2021, 9, 30), (7, 0))
    late = parse_question("hvad blev besluttet på mødet sidst i august 2025?", today=TODAY)
    assert (late.meeting_from, late.meeting_to, late.meeting_slack) == (date(2025, 8, 1), date(2025, 8, 31), (0, 7))
    assert window("hvad blev besluttet på mødet i det tidlige efterår 2025?") == (date(2025, 9, 1), date(2025, 11, 30))


def test_a_meeting_just_outside_a_loosely_named_time_is_found_when_none_is_inside(sample_engine) -> None:
    # KKR Midtjylland met on 30 August 2021: "early September" and no meeting of its in September
    answer = sample_engine.ask("Who spoke about local government at KKR Midtjylland's meeting in early September 2021?", today=TODAY)
    assert answer.answered and where(answer)[0] == ("000", "5.1")
    # KKR Nordjylland met on 3 September 2021: "late August"
    answer = sample_engine.ask("What did KKR Nordjylland decide about the KKR evaluation at its meeting in late August 2021?", today=TODAY)
    assert answer.answered and where(answer)[0] == ("002", "5.1")
    # ... but a meeting inside the named month comes first: Nord's 3 September, not Midt's 30 August
    answer = sample_engine.ask("Which SOSU places were agreed at the meeting in early September 2021?", today=TODAY)
    assert where(answer)[0][0] == "002"


def test_a_loosely_named_meeting_the_index_does_not_have_is_refused(sample_engine) -> None:
    for question in (
        "hvad blev besluttet om SOSU-lærepladser på KKR Midtjyllands vintermøde 26?",
        "What did KKR Midtjylland decide on SOSU places at its meeting before Christmas 2022?",
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert not answer.answered, question


def test_a_christmas_meeting_summer_as_a_bound_and_the_bounds_words_no_topic() -> None:
    assert window("hvad blev besluttet på julemødet 2022?") == (date(2022, 12, 1), date(2022, 12, 31))
    # before summer is before the summer break (KKR Midtjylland met on 17 June 2026)
    assert window("what was decided at the last meeting before summer 2026?") == (date(2026, 3, 30), date(2026, 6, 30))
    assert window("what did the councils decide after the summer of 2025?") == (date(2025, 8, 1), None)
    for text in ("hvad blev besluttet på mødet før sommerferien 2025?", "hvad blev besluttet på årets første møde i 2022?"):
        parsed = parse_question(text, today=TODAY)
        assert not {"før", "årets"} & set(parsed.terms), (text, parsed.terms)
