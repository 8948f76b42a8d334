"""A meeting's plan asked in staff shorthand or as the meeting after a named one (issue 10, round 11):
"the prelim agenda for the next mtg", "dagsordensudkastet", "what is tentatively on the agenda",
"the meeting following the one at the end of August 2021", "mødet efter septembermødet i 2021".
The shorthand asks for the plan and is no topic; the named meeting bounds the one asked about."""

from __future__ import annotations

from datetime import date, timedelta

from index.question.dates import dates_asked
from index.question.parse import parse_question
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def test_a_meeting_named_by_its_month_bounds_the_meeting_after_it() -> None:
    for text, start in (
        ("mødet efter septembermødet i 2021", date(2021, 10, 1)),  # normalise splits it: "september mødet"
        ("mødet efter september mødet i 2021", date(2021, 10, 1)),
        ("the meeting after the june meeting 2026", date(2026, 7, 1)),
        ("the meeting following the one at the end of august 2021", date(2021, 9, 1)),
        ("the meeting following its june 2026 meeting", date(2026, 7, 1)),
    ):
        facts = dates_asked(text, today=TODAY)
        # one meeting after it: the three months after (round 13, index/question/meeting_times.py)
        assert (facts.meeting_from, facts.meeting_to) == (start, start + timedelta(days=92)), text
    facts = dates_asked("what did kkr decide at the september meeting in 2021", today=TODAY)
    assert (facts.meeting_from, facts.meeting_to) == (date(2021, 9, 1), date(2021, 9, 30))


def test_the_words_of_a_bound_are_no_topic() -> None:
    parsed = parse_question("Which items are lined up for the meeting following the one at the end of August 2021?", today=TODAY)
    assert parsed.meeting_from == date(2021, 9, 1) and "following" not in parsed.terms


def test_a_draft_agenda_in_shorthand_asks_for_the_plan() -> None:
    for text in (
        "what's on the prelim agenda for the next mtg of KKR Midtjylland?",
        "KKR Midt, Oct 2025 mtg: what's the provisional list of points?",
        "What is tentatively on the agenda for the October 2025 meeting?",
        "hvad står der på dagsordensudkastet til KKR Midtjyllands møde i oktober 2025?",
        "hvad er foreløbig sat på til KKR Midtjyllands møde i oktober 2025?",
        "hvad står på den foreløbige sagsliste til mødet i oktober 2025?",
    ):
        parsed = parse_question(text, today=TODAY)
        assert parsed.answer_type == "plan", text
        assert not set(parsed.terms) & {"prelim", "mtg", "dagsordensudkastet", "provisional", "tentatively", "sat",
                                        "sagsliste", "list", "liste", "points"}, (text, parsed.terms)  # fmt: skip


def test_a_plan_asked_otherwise_answers_with_the_item_that_plans_it(sample_engine) -> None:
    for question, plan in (
        ("Which points are on the draft agenda for KKR Nordjylland's mtg after the one in September 2021?", ("002", "6.1")),
        ("Hvad er foreløbig sat på til KKR Midtjyllands møde efter junimødet 2026?", ("003", "6.1")),
        ("next mtg KKR Midt Oct 2025: prelim list of points?", ("001", "6.1")),
        ("I'm following the council's work on health. What is tentatively on the agenda for KKR Midtjylland's "
         "meeting following the one at the end of August 2021?", ("000", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[:1] == [plan], (question, where(answer))


def test_an_early_or_late_part_of_a_month_is_that_month() -> None:
    assert dates_asked("the meeting after its early-september 2021 meeting", today=TODAY).meeting_from == date(2021, 10, 1)
    assert dates_asked("after the late june 2026 meeting", today=TODAY).meeting_from == date(2026, 7, 1)
    facts = dates_asked("at its mid-june 2026 meeting", today=TODAY)
    assert (facts.meeting_from, facts.meeting_to) == (date(2026, 6, 1), date(2026, 6, 30))


def test_agenda_items_named_as_a_heading_ask_for_the_plan(sample_engine) -> None:
    parsed = parse_question("agenda items for KKR Nordjylland on 15 oct 2021?", today=TODAY)
    assert parsed.answer_type == "plan" and parsed.meeting_from == date(2021, 10, 15) and parsed.terms == ()
    answer = sample_engine.ask("dagsordenspunkter til KKR Nordjylland 15. okt 2021?", today=TODAY)
    assert answer.answered and where(answer)[:1] == [("002", "6.1")], where(answer)


def test_the_plan_of_the_meeting_after_one_named_by_a_part_of_its_month(sample_engine) -> None:
    answer = sample_engine.ask("When did KKR Nordjylland meet after its early-September 2021 meeting, and what was "
                               "tentatively on that agenda?", today=TODAY)  # fmt: skip
    assert answer.answered and where(answer)[:1] == [("002", "6.1")], where(answer)


def test_signing_off_asks_what_was_decided() -> None:
    assert parse_question("Did KKR Nordjylland sign off on the contract in 2021?", today=TODAY).intent == "decision"


def test_a_meeting_named_by_whose_it_is_or_as_the_one_it_followed(sample_engine) -> None:
    assert dates_asked("the mtg after kkr midtjylland's feb 2024 meeting", today=TODAY).meeting_from == date(2024, 3, 1)
    assert dates_asked("the meeting that followed its august 2021 one", today=TODAY).meeting_from == date(2021, 9, 1)
    for question, plan in (
        ("Which items are slated for the mtg after KKR Midtjylland's Feb 2024 meeting?", ("004", "6.1")),
        ("What did KKR Midtjylland plan for the meeting that followed its August 2021 one?", ("000", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[:1] == [plan], (question, where(answer))
