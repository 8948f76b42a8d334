"""A coming meeting's plan asked in plain speech (issue 10, round 12): "what's on for", "what's lined
up", "hvad skal vi ha på til", "hvad skulle på bordet ved mødet"; the meeting named by a month with a
two-digit year ("aprilmødet 24", "the april 24 meeting"), by a council glued to "mødet" ("midt-mødet"),
by "midten af oktober"; and, in a framed question, by the asking sentence, its month placed in the one
year the framing names. Questions here are none of tests/data/plans12-facts.jsonl's."""

from __future__ import annotations

from datetime import date

from index.question.dates import dates_asked, month_of_short_year
from index.question.parse import parse_question
from index.question.text import normalise
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def test_plain_asking_words_ask_for_the_plan_and_are_no_topic() -> None:
    for text in (
        "whats on for KKR Nordjylland in October 2021?",
        "What's coming up at KKR Midtjylland in April 2024?",
        "hvad har KKR Midtjylland på til mødet i oktober 2025?",
        "hvad kommer på bordet til KKR Nordjyllands møde i oktober 2021?",
        "hvilke punkter er indtil videre sat på dagsordenen til KKR Midtjylland i april 2024?",
    ):
        parsed = parse_question(text, today=TODAY)
        assert parsed.answer_type == "plan", text
        assert not set(parsed.terms) & {"coming", "har", "bordet", "indtil", "videre", "whats"}, (text, parsed.terms)
    parsed = parse_question("provisional agenda KKR Midt April 2024 - what does it include?", today=TODAY)
    assert parsed.answer_type == "plan" and not parsed.unknown and not parsed.terms


def test_a_month_meeting_with_a_two_digit_year_and_a_council_glued_to_the_meeting() -> None:
    assert "april 2024 mødet" in normalise("aprilmødet 24")
    assert "oktober 2021 mødet" in normalise("oktober-mødet 21")
    assert normalise("nord-mødet").lower() != "nord-mødet"  # the council, then its meeting
    parsed = parse_question("hvad skal på dagsordenen til nord-mødet i oktober 21?", today=TODAY)
    assert parsed.councils == ("KKR Nordjylland",) and (parsed.meeting_from, parsed.meeting_to) == (date(2021, 10, 1), date(2021, 10, 31))
    facts = dates_asked("mødet i midten af oktober 2021", today=TODAY)
    assert (facts.meeting_from, facts.meeting_to) == (date(2021, 10, 1), date(2021, 10, 31))


def test_a_month_then_two_digits_read_as_its_year() -> None:
    assert month_of_short_year("the april 24 meeting") == (date(2024, 4, 1), date(2024, 4, 30))
    assert month_of_short_year("the april 24, 2024 meeting") is None  # a day with its year
    assert month_of_short_year("april 24th") is None


def test_a_framed_plan_question_asks_the_meeting_of_its_asking_sentence() -> None:
    parsed = parse_question(
        "For an article on the 2021 local elections in November: which points did KKR Nordjylland plan for its October meeting?",
        today=TODAY,
    )
    assert (parsed.meeting_from, parsed.meeting_to) == (date(2021, 10, 1), date(2021, 10, 31))
    parsed = parse_question("Jeg dækker valgkampen i november 2025. Hvad er planlagt til KKR Midtjyllands møde i oktober 2025?", today=TODAY)
    assert (parsed.meeting_from, parsed.meeting_to) == (date(2025, 10, 1), date(2025, 10, 31))


def test_a_plan_asked_in_plain_words_answers_with_the_item_that_plans_it(sample_engine) -> None:
    for question, plan in (
        ("whats on for nord in oct 2021?", ("002", "6.1")),
        ("what's lined up for the oct 21 midt meeting?", ("000", "6.1")),
        ("hvad skal vi ha på til mødet i midt 1/9-26?", ("003", "6.1")),
        ("Jeg skriver om valgperioden 2022-2025. Hvad skulle på bordet ved KKR Midtjyllands møde i midten af oktober 2021?", ("000", "6.1")),
        ("For a story on the 2025 local elections: what had KKR Midtjylland lined up for its October meeting?", ("001", "6.1")),
        ("what's coming up for midt in april 24?", ("004", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[:1] == [plan], (question, where(answer))


def test_a_plan_of_a_meeting_the_index_knows_nothing_of_is_refused_and_said_so(sample_engine) -> None:
    for question in (
        "what's on for midt in february 2027?",  # after the last plan known (1 September 2026)
        "Til en artikel om budgetterne for 2023: hvad skal KKR Nordjylland have på til mødet i marts 2023?",
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert not answer.answered, (question, where(answer))
        assert any(n.key == "note_no_plan" for n in answer.notes), (question, answer.notes)
    # ... a meeting a plan names is answered by it, also with nothing else asked
    answer = sample_engine.ask("what's on for nord in mid-october 2021?", today=TODAY)
    assert answer.answered and where(answer)[:1] == [("002", "6.1")]
    # ... and so is one an earlier meeting's item announces by its month ("… møde i november"): June 2026's
    # item on education says who comes to November's meeting
    answer = sample_engine.ask("what's on for KKR Midtjylland at the November 2026 meeting?", today=TODAY)
    assert answer.answered and where(answer)[:1] == [("003", "3.3")], where(answer)


def test_a_meeting_named_by_its_season_or_after_the_summer_break_of_a_year() -> None:
    for text, start, end in (
        ("the first autumn meeting in 2021", date(2021, 9, 1), date(2021, 11, 30)),
        ("efterårsmødet i 2021", date(2021, 9, 1), date(2021, 11, 30)),
        # one meeting after a time: the three months after it (round 13, index/question/meeting_times.py)
        ("the meeting right after the 2025 summer break", date(2025, 8, 1), date(2025, 11, 1)),
        ("første møde efter 2026-sommerferien", date(2026, 8, 1), date(2026, 11, 1)),
    ):
        facts = dates_asked(text, today=TODAY)
        assert (facts.meeting_from, facts.meeting_to) == (start, end), text
    parsed = parse_question("What's on the agenda for the first autumn meeting in 2021 in nord?", today=TODAY)
    assert parsed.answer_type == "plan" and not parsed.terms and not parsed.unknown, (parsed.terms, parsed.unknown)
    # ... but a body's own first meeting is asked about that body: "første" stays a word of the question
    assert "første" in parse_question("Hvornår holder inspirationsforummet sit første møde?", today=TODAY).terms


def test_a_plan_of_a_meeting_named_by_the_summer_break_of_a_year(sample_engine) -> None:
    answer = sample_engine.ask("hvad står på dagsordenen til første møde efter 2026-sommerferien i midt?", today=TODAY)
    assert answer.answered and where(answer)[:1] == [("003", "6.1")], where(answer)
    answer = sample_engine.ask("What's planned for nord's first meeting after the 2021 summer holidays?", today=TODAY)
    assert answer.answered and where(answer)[0][0] == "002", where(answer)  # 3 September 2021's own items
