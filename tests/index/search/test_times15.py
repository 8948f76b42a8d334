"""Times named in other ways (issue 10, round 15, TIMES15): a year written before an event's name,
a day and month in shorthand with a dot or a hyphen, a meeting's plan asked by its word and a day, and
the next meeting asked of an agenda or minutes named by its date. Real sample index, no mocks.
Questions here are none of tests/data/times15-facts.jsonl's."""

from __future__ import annotations

from datetime import date

from index.question.parse import parse_question
from tests.support.sample import TODAY, source_items


def window(text: str) -> tuple[date | None, date | None]:
    parsed = parse_question(text, today=TODAY)
    return parsed.meeting_from, parsed.meeting_to


def test_a_year_before_an_events_name_is_the_time_the_plain_form_gives() -> None:
    assert window("What did KKR Midtjylland decide at 2025's autumn meeting?") == window(
        "What did KKR Midtjylland decide at the autumn meeting 2025?"
    ) == (date(2025, 9, 1), date(2025, 11, 30))
    assert window("Hvad besluttede KKR Nordjylland på 2021-efterårsmødet?") == (date(2021, 9, 1), date(2021, 11, 30))
    assert window("what was on the agenda of the 2023 Christmas meeting?") == (date(2023, 12, 1), date(2023, 12, 31))
    # "efter 2026 sommerpausen" is after the summer break, not "after 2026" (from 2027)
    assert window("hvad skal midt ha på efter 2026 sommerpausen?")[0] == date(2026, 8, 1)
    # ... a year before a bare English season stays a year (a figure's)
    assert parse_question("how many places in the 2024 spring intake?", today=TODAY).years == (2024,)


def test_a_year_first_meeting_is_found_or_refused_for_its_time(sample_engine) -> None:
    answer = sample_engine.ask("Hvem blev udpeget til KKR Nordjylland på 2021-efterårsmødet?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "4.1")
    # no autumn meeting of 2019 is known: not answered with 2021's evaluation
    assert not sample_engine.ask("What did KKR Nordjylland decide on the evaluation at 2019's autumn meeting?", today=TODAY).answered


def test_a_day_and_month_with_a_dot_or_hyphen_names_the_meeting(sample_engine) -> None:
    assert window("hvad blev besluttet på mødet d. 17.6?") == (date(2026, 6, 17), date(2026, 6, 17))
    assert window("hvad skete der på mødet den 17-6?") == (date(2026, 6, 17), date(2026, 6, 17))
    # an item's number, an amount: no day
    assert window("hvad blev besluttet under punkt 3.4 på mødet?") == (None, None)
    assert window("hvem får de 3.5 mio. kr. ifølge mødet?") == (None, None)
    answer = sample_engine.ask("hvilke punkter er der til mødet d. 20.10 i midt?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("001", "6.1")


def test_a_plan_asked_by_its_word_and_a_day_in_shorthand(sample_engine) -> None:
    answer = sample_engine.ask("Hvad er planen for nord-mødet 15/10?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "6.1")
    # no meeting on 3 March in any year: refused, not answered with items holding "plan"
    assert not sample_engine.ask("Hvad er planen for midt-mødet 3/3?", today=TODAY).answered


def test_the_next_meeting_asked_of_a_named_agenda_is_the_one_after_it(sample_engine) -> None:
    assert window("According to the minutes of Midt's meeting on 30 August 2021, when is the next meeting?") == (
        date(2021, 8, 31), date(2021, 12, 1)
    )
    # the next meeting named inside the document's phrase stays that meeting
    assert window("What is on the agenda for the next meeting on 15 October 2021?") == (date(2021, 10, 15), date(2021, 10, 15))
    answer = sample_engine.ask("Ifølge referatet fra KKR Midtjyllands møde den 17. juni 2026, hvornår er næste møde?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("003", "6.1")
    # framed by a colon: the framing names the document, the question its next meeting
    answer = sample_engine.ask("Dagsordenen til KKR Nordjyllands møde 3. september 2021: hvornår mødes de næste gang?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "6.1")


def test_a_councils_meeting_named_as_the_bound_keeps_the_council(sample_engine) -> None:
    # Danish genitive without an apostrophe, and the English possessive: the council is the one asked
    parsed = parse_question("hvornår var mødet efter KKR Nordjyllands møde den 3. september 2021?", today=TODAY)
    assert (parsed.meeting_from, parsed.meeting_to) == (date(2021, 9, 4), date(2021, 12, 5))
    assert parsed.councils == ("KKR Nordjylland",)
    parsed = parse_question("What did the council decide at the meeting after KKR Midtjylland's late-August 2021 meeting?", today=TODAY)
    assert parsed.councils == ("KKR Midtjylland",) and parsed.meeting_from == date(2021, 9, 1)
    # "the meeting that followed …" is one meeting, as "the meeting after …"
    assert window("when was the meeting that followed the 17 June 2026 one?") == (date(2026, 6, 18), date(2026, 9, 18))


def test_the_meeting_after_a_day_without_its_year_is_placed_by_the_meeting_named(sample_engine) -> None:
    # 3/9 is placed in 2026 by the parser; the index knows KKR Nordjylland's meeting on 3 September 2021
    answer = sample_engine.ask("what is on for the meeting after the one on 3/9?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "6.1")
    # no council named: the council that met on the named day (KKR Midtjylland on 30 August 2021), not
    # KKR Nordjylland, whose 3 September meeting lies in the window
    answer = sample_engine.ask("hvad skal drøftes på mødet efter mødet d. 30.8.21?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("000", "6.1")


def test_two_digit_years_after_a_month_and_a_plan_with_a_year_before_the_meeting_word() -> None:
    assert window("what was on the agenda for the oct '25 meeting?") == (date(2025, 10, 1), date(2025, 10, 31))
    assert window("hvad blev besluttet på mødet 17. juni 26?") == (date(2026, 6, 17), date(2026, 6, 17))
    parsed = parse_question("What was KKR Nordjylland planning to take up at its October 2021 meeting?", today=TODAY)
    assert parsed.answer_type == "plan" and not any(t.startswith("planl") for t in parsed.terms)
