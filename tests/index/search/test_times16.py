"""Times and refusals (issue 10, round 16, TIMES16): a year said only in a framing sentence is the
year of the season or holiday the asking sentence names. Real sample index, no mocks. Questions here
are none of tests/data/times16-facts.jsonl's."""

from __future__ import annotations

from datetime import date

from index.question.answer_type import answer_type
from index.question.framing_year import year_carried
from index.question.parse import parse_question
from tests.support.sample import TODAY, source_items


def window(text: str) -> tuple[date | None, date | None]:
    parsed = parse_question(text, today=TODAY)
    return parsed.meeting_from, parsed.meeting_to


def test_a_framing_years_is_the_year_of_the_season_asked() -> None:
    assert window("I cover the councils in 2021. What was on the list for the autumn meeting?") == window(
        "What was on the list for the autumn meeting 2021?"
    ) == (date(2021, 9, 1), date(2021, 11, 30))
    # after a colon, in Danish, a holiday
    assert window("Til en artikel om 2026: hvad står på programmet efter sommerpausen?")[0] == date(2026, 8, 1)
    assert year_carried("Vi skriver om 2024. Hvad sker der på forårsmødet?") == "Vi skriver om 2024. Hvad sker der på forårsmødet 2024?"


def test_no_year_is_carried_where_the_framing_is_unclear_or_the_asking_sentence_has_its_own() -> None:
    # two years in the framing: which one is the season's is not said
    two = "Between 2021 and 2024 much changed. What was planned for the spring meeting?"
    assert year_carried(two) == two
    # the asking sentence's own year, written out or clipped, is the one asked
    own = "I'm writing about 2021. What is planned for the spring meeting 2024?"
    assert year_carried(own) == own
    clipped = "Jeg skriver om 2021. Hvad skal midt ha på efter sommerferien 26?"
    assert year_carried(clipped) == clipped
    # no framing sentence: nothing to carry
    assert year_carried("What is planned for the spring meeting?") == "What is planned for the spring meeting?"


def test_a_framed_seasons_plan_answers_with_the_plan_of_that_year(sample_engine) -> None:
    answer = sample_engine.ask("I cover KKR Midtjylland in 2024. Which items were lined up for the spring meeting?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("004", "6.1")
    answer = sample_engine.ask("Jeg skriver om KKR Midtjylland i 2026. Hvad står der på dagsordenen efter sommerpausen?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("003", "6.1")


def test_a_date_of_taking_effect_and_a_rate_per_unit_are_answer_kinds() -> None:
    assert answer_type("From when does the new rule apply?") == "date"
    assert answer_type("Since when has the law applied?") == "date"
    assert answer_type("Hvad er ikrafttrædelsesdatoen for loven?") == "date"
    # "what's" asks as "what is" does; a rate per citizen is a figure
    assert answer_type("What's the weekly rate for a room?") == answer_type("What is the weekly rate for a room?") == "number"
    assert answer_type("What did the region set the contribution to per citizen?") == "number"
    # a list of rules that took effect stays a list
    assert answer_type("Which laws took effect in 2024?") == "list"


def test_the_date_of_taking_effect_is_the_answer_line(sample_engine) -> None:
    answer = sample_engine.ask("From when was the new framework agreement for erhvervshusene to apply?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("004", "3.8")
    assert answer.hits[0].answer is not None and "1. januar 2024" in answer.hits[0].answer.text


def test_a_per_citizen_rate_of_a_year_no_item_gives_is_refused(sample_engine) -> None:
    # the items give 115 kr. (2021's meetings) and 129 kr. for 2026, none for 2018
    assert not sample_engine.ask("What was the development contribution per citizen in 2018?", today=TODAY).answered


def test_a_rate_per_citizen_is_read_as_per_inhabitant(sample_engine) -> None:
    # the items write "kr. pr. indbygger"; "citizen" alone is "borgere", which the 2026 item lacks
    answer = sample_engine.ask("What did the region set the development contribution to per citizen for 2026?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("001", "2.1")
    assert answer.hits[0].answer is not None and "129 kr." in answer.hits[0].answer.text
    # a price asked with a compound word is money: the daily price's figure, not a count of places
    answer = sample_engine.ask("hvad er døgnprisen pr. plads på de særlige pladser i nord?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("002", "3.3")
    assert answer.hits[0].answer is not None and "4.107 kr." in answer.hits[0].answer.text


def test_a_date_asked_in_so_many_words_is_a_date_whatever_else_is_named() -> None:
    assert answer_type("deadline for the councils to report their figures for the quota?") == "date"
    assert answer_type("frist for hvor mange pladser kommunerne skal melde ind?") == "date"
    assert answer_type("On which date do the municipalities have to report a different split?") == "date"
    # ... a deadline only named in a count question stays a count
    assert answer_type("How many municipalities met the deadline?") == "number"


def test_the_deadline_of_a_quota_split_is_the_answer_line(sample_engine) -> None:
    # read as a count ("hvor mange"), it was refused for lacking "hver"
    answer = sample_engine.ask("Frist hvis kommunerne i Midtjylland selv vil aftale hvor mange flygtninge hver kommune modtager i 2027?", today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("003", "3.5")
    assert answer.hits[0].answer is not None and "10. september 2026" in answer.hits[0].answer.text
