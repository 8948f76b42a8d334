"""A framing sentence that names a meeting by its time names the meeting asked about (issue 10,
round 22, lead; index/question/framing_meeting.py). Real sample index, no mocks; the wordings are
none of any committed set's."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.framing_meeting import names_meeting_time
from index.question.parse import parse_question
from tests.support.sample import TODAY, source_item


@pytest.mark.parametrize(
    "framing, named",
    [
        ("at kkr midtjylland's meeting in september 2025 a guest spoke about the health councils.", True),
        ("på kkr midtjyllands møde i juni 2026 blev fordelingen fremlagt.", True),
        ("at its late-august 2021 meeting the council said the contract would come up later.", True),
        ("jeg skriver om, hvordan tilsynet blev omlagt efter 2021.", False),  # a story's time, no meeting
        ("i am writing about the 2025 local elections.", False),
        ("the meeting was long. in september 2025 the region changed its plan.", False),  # the time stands apart from the meeting word
    ],
)
def test_a_framing_names_a_meeting_by_its_time(framing: str, named: bool) -> None:
    assert names_meeting_time(framing) is named


def test_the_framings_meeting_stays_the_meeting_asked_about() -> None:
    parsed = parse_question(
        "Writing about the health councils. At KKR Midtjylland's meeting in September 2025 a guest spoke about them over a video link. Who was the guest?",
        today=TODAY,
    )
    assert (parsed.meeting_from, parsed.meeting_to) == (date(2025, 9, 1), date(2025, 9, 30))
    assert (parsed.fact_from, parsed.fact_to) == (None, None)


def test_a_story_time_in_the_framing_stays_a_facts_time() -> None:
    parsed = parse_question("Jeg skriver om, hvordan tilsynet blev omlagt efter 2021. Hvorfor skete det?", today=TODAY)
    assert parsed.meeting_from is None and parsed.meeting_to is None


def test_the_item_of_the_meeting_the_framing_names_comes_first(sample_engine) -> None:
    answer = sample_engine.ask(
        "Writing about the health councils. At KKR Midtjylland's meeting in September 2025 a guest spoke about them over a video link. Who was the guest?",
        today=TODAY,
    )
    assert source_item(answer.hits[0]) == ("001", "3.1")  # not June 2026's status of the reform (003 3.6)
