"""The asked list shown where its members are written under a sub-heading or named in the item's
contents (round 21, LISTS21). The questions here are in no committed set; each engine case fails
on the code before its step."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("question, kind", [
    # the points discussed at a meeting the question names: a list (list_asked.POINTS_OF_A_MEETING)
    ("Hvad drøftede formandskaberne, da de mødtes med KL i maj 2026?", "list"),
    ("What was talked about when the chairs met the regional council chair in June 2026?", "list"),
    ("hvad blev vendt på mødet med regionsrådsformanden 8/6?", "list"),
    ("What came up when KL's chairmanship met the KKR chairs in August 2025?", "list"),
    ("Hvad snakkede man om på formandskabsmødet med KL den 20. august 2025?", "list"),
    # its outcome asked is a decision; an item's own discussion, no meeting named, stays as it was
    ("Hvad kom der ud af drøftelsen af udpegningerne på mødet i september 2025?", "decision"),
    ("What was decided when the chairs discussed it at the meeting?", "decision"),
    ("Hvad drøftede KKR Midtjylland om uddannelse?", "none"),
])
def test_the_points_of_a_named_meeting_are_a_list(question: str, kind: str) -> None:
    assert answer_type(question) == kind


@pytest.mark.parametrize("question, doc, item, point", [
    # before: the item's opening list naming the meeting ("I punktet orienteres om følgende: … - Møde
    # mellem KKR-formandskabet og KL's formandskab den 20. august 2025"), not what it discussed; its
    # first member's sub-heading is joined to its paragraph, so the list was not read as contents
    ("What came up when KL's chairmanship met the KKR chairs in August 2025?", "001", "2.1", "Proces for konstituering af KKR’erne"),
    ("Hvad snakkede man om på formandskabsmødet med KL den 20. august 2025?", "001", "2.1", "Proces for konstituering af KKR’erne"),
    # before: the other meeting's list, whose own lead-in holds "formandskaberne"; the May meeting's
    # list has its words only in the sub-heading above it, which now counts whole
    ("Hvad drøftede formandskaberne, da de mødtes med KL i maj 2026?", "003", "2.1", "Beredskabsområdet"),
])
def test_a_named_meetings_points_are_shown(sample_engine, question: str, doc: str, item: str, point: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith(doc) and hit.item.item_number == item
    assert point in _shown(hit)
