"""Meetings named relative to another meeting, and questions that kept nothing (issue 10, round 14,
MEETREL): a meeting named as the bound of another ("after the meeting on 17 June 2026", "the meeting
after the February meeting"), asked with a verb of meeting ("when does it meet after …"); a word no item
holds crowding out the held ones; a stored meeting in the time asked holding none of the question's
words; an undated meeting named alone. Real sample index, no mocks. Questions here are none of
tests/data/meetrel14-facts.jsonl's."""

from __future__ import annotations

from datetime import date

from index.question.parse import parse_question
from tests.support.sample import TODAY, source_items


def window(text: str) -> tuple[date | None, date | None]:
    parsed = parse_question(text, today=TODAY)
    return parsed.meeting_from, parsed.meeting_to


def test_a_meeting_named_as_the_bound_is_the_time_after_or_before_it() -> None:
    # "efter mødet den …", "before the meeting in …": the named meeting bounds the one asked
    assert window("Hvad besluttede KKR Midtjylland på mødet efter mødet den 13. april 2026?") == (date(2026, 4, 14), date(2026, 7, 15))
    assert window("what was decided at the meeting before the meeting in October 2025?") == (date(2025, 6, 30), date(2025, 9, 30))
    # ... and the named meeting alone stays that meeting
    assert window("hvad blev besluttet på mødet den 17. juni 2026?") == (date(2026, 6, 17), date(2026, 6, 17))


def test_asked_with_a_verb_of_meeting_after_a_time_is_one_meeting(sample_engine) -> None:
    assert window("When does KKR Midtjylland meet after its 17 April 2024 meeting?") == (date(2024, 4, 18), date(2024, 7, 19))
    assert window("Hvornår mødes KKR Nordjylland næste gang efter mødet den 3. september 2021?") == (date(2021, 9, 4), date(2021, 12, 5))
    # no meeting known in the three months after 17 April 2024: not the latest plan of 2026
    answer = sample_engine.ask("When does KKR Midtjylland meet after its 17 April 2024 meeting?", today=TODAY)
    assert not answer.answered
    answer = sample_engine.ask("Hvornår mødes KKR Nordjylland næste gang efter mødet den 3. september 2021?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "6.1")


def test_the_meeting_after_a_month_named_without_its_year_is_placed_where_a_meeting_is_known(sample_engine) -> None:
    # February without its year is this year's (nothing known March-June 2026): the index's February
    # 2024 meeting announces 17 April 2024 in its item 6.1
    answer = sample_engine.ask("Hvad skal KKR Midtjylland drøfte på mødet efter februarmødet?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("004", "6.1")
    answer = sample_engine.ask("what is on the agenda for the meeting after the February meeting in Midtjylland?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("004", "6.1")


def test_a_word_no_item_holds_does_not_crowd_out_the_held_words(sample_engine) -> None:
    # "asylansøgere" is in no item, whole, in parts or renderings; the others are common words
    answer = sample_engine.ask("Hvornår skal kommunerne senest selv aftale hvor mange asylansøgere hver kommune tager imod?", today=TODAY)
    assert ("003", "3.5") in source_items(answer)


def test_a_stored_meeting_holding_none_of_the_words_does_not_empty_the_list(sample_engine) -> None:
    # June names the information meetings, not KKR's June 2026 meeting, whose items hold no IT units
    answer = sample_engine.ask("What did people ask about the new IT units at the info meetings held in June?", today=TODAY)
    assert source_items(answer)[:1] == [("001", "3.4")]


def test_an_undated_meeting_named_alone_is_its_items(sample_engine) -> None:
    # KKR Midtjylland's September 2025 minutes are undated (between 18 June and 20 October 2025)
    answer = sample_engine.ask("Hvad blev der besluttet på mødet i september 2025?", today=TODAY)
    assert answer.answered and {doc for doc, _ in source_items(answer)} == {"001"}
    # a dated meeting's items likewise, as before
    answer = sample_engine.ask("what was decided at the meeting in June 2026?", today=TODAY)
    assert answer.answered and {doc for doc, _ in source_items(answer)} == {"003"}


def test_a_months_plan_asked_by_its_word_is_that_meetings_plan(sample_engine) -> None:
    # "planen" / "the plan" beside a month ties the month to a meeting and asks for its plan
    for question in ("hvad er planen for oktobermødet 25 i midt?", "the plan for October 2025 in Midt?"):
        parsed = parse_question(question, today=TODAY)
        assert (parsed.meeting_from, parsed.meeting_to, parsed.answer_type) == (date(2025, 10, 1), date(2025, 10, 31), "plan"), question
        assert "planen" not in parsed.terms
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and source_items(answer)[0] == ("001", "6.1"), question
    # a topic's plans stay a topic: no meeting, no plan asked
    parsed = parse_question("hvad er planen for udbygningen af botilbud?", today=TODAY)
    assert parsed.meeting_from is None and parsed.answer_type != "plan"


def test_the_following_meeting_after_a_named_one_is_the_next_after_it(sample_engine) -> None:
    question = "KKR Nordjylland mødtes den 3. september 2021. Hvad skulle de drøfte på det efterfølgende møde?"
    assert window(question) == (date(2021, 9, 4), date(2021, 12, 5))
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "6.1")
    assert window("At the Midtjylland meeting on 17 June 2026, what was planned for the meeting after that?") == (date(2026, 6, 18), date(2026, 9, 18))


def test_the_date_of_a_meeting_not_stored_is_the_title_naming_it(sample_engine) -> None:
    # the meeting before 17 June 2026 is not stored: the June minutes' approval of its minutes names it
    answer = sample_engine.ask("Hvornår holdt KKR Midtjylland mødet før mødet den 17. juni 2026?", today=TODAY)
    assert source_items(answer)[:1] == [("003", "1.2")]
    # ... inside an undated meeting's window, that meeting's item 1.1 ("referat fra mødet den 18. juni 2025")
    answer = sample_engine.ask("Hvornår blev KKR Midtjyllands møde før septembermødet 2025 afholdt?", today=TODAY)
    assert source_items(answer)[:1] == [("001", "1.1")]
    # "holdt" beside the meeting asks its date; beside a talk it stays a word of the question
    assert "holdt" not in parse_question("Hvornår holdt KKR Midtjylland mødet før mødet i juni 2026?", today=TODAY).terms
    assert "holdt" in parse_question("Hvem holdt oplæg på mødet i juni 2026?", today=TODAY).terms
