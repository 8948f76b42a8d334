"""Plans of named meetings (issue 10, item 5): a question about what a meeting will take up,
named by month, a season or as the first after one, answers with the item that plans it; the
question's background sentences do not turn it into a topic search."""

from __future__ import annotations

from datetime import date

from index.question.dates import dates_asked
from index.question.parse import parse_question
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def test_the_summer_holiday_of_a_year_bounds_a_meeting_after_it() -> None:
    facts = dates_asked("første møde efter sommerferien 2026", today=TODAY)
    assert (facts.meeting_from, facts.meeting_to, facts.years) == (date(2026, 8, 1), None, ())
    assert dates_asked("the first meeting after the summer break 2024").meeting_from == date(2024, 8, 1)
    parsed = parse_question("hvad skal kkr midtjylland drøfte på første møde efter sommerferien 2026?", today=TODAY)
    assert parsed.intent == "next_meeting" and parsed.terms == ()


def test_words_that_ask_what_a_meeting_takes_up_are_no_topic() -> None:
    for question in ("hvilke sager skal KKR Midtjylland behandle i oktober 2025", "what is lined up for October 2025",
                     "what is preliminary lined up for the meeting in October 2021"):  # fmt: skip
        assert parse_question(question, today=TODAY).terms == (), question


def test_a_named_month_or_season_answers_with_the_item_that_plans_the_meeting(sample_engine) -> None:
    for question, plan in (
        ("hvilke sager skal KKR Midtjylland behandle i oktober 2025", ("001", "6.1")),
        ("hvad tager KKR Midtjylland op på det første møde efter sommerferien 2026", ("003", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))


def test_background_sentences_before_the_question_are_kept_apart() -> None:
    parsed = parse_question("Der er nyt om flygtninge. Hvornår holder KKR Midtjylland møde i oktober 2025?", today=TODAY)
    assert "flygtninge" in parsed.terms and "flygtninge" in parsed.background and "holder" not in parsed.background
    assert parse_question("hvad er kommunekvoterne for flygtninge i 2027?", today=TODAY).background == ()


def test_a_meeting_asked_about_after_background_answers_with_its_plan(sample_engine) -> None:
    answer = sample_engine.ask(
        "Kommunerne skal snart udpege medlemmer til mange råd og udvalg. Hvad står på KKR Midtjyllands møde i "
        "oktober 2025?", today=TODAY)  # fmt: skip
    assert answer.answered and where(answer)[0] == ("001", "6.1")


def test_a_line_of_a_planned_meetings_list_answers_with_that_plan(sample_engine) -> None:
    """'Is X on the meeting of <date>?': the item planning that meeting lists X among other
    lines; its words need not meet in one passage, and it answers though no minutes exist."""
    for question, plan in (
        ("Kommer forretningsordenen på KKR Midtjyllands møde den 20. oktober 2025?", ("001", "6.1")),
        ("Is the performance contract with the business hub on the agenda of KKR Nordjylland's meeting on "
         "15 October 2021?", ("002", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))
