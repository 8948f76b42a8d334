"""Times and refusals (issue 10, round 16, TIMES16): a year said only in a framing sentence is the
year of the season or holiday the asking sentence names. Real sample index, no mocks. Questions here
are none of tests/data/times16-facts.jsonl's."""

from __future__ import annotations

from datetime import date

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
