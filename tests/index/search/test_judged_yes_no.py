"""A yes/no asked of what someone thinks ("Do the schools believe …?") is answered by their
judgement ("Samlet set vurderer skolerne, at … er for lav …"), as a "why do they think" question
already was (assessments.judging, now also for a yes/no asking an opinion; round 14, SHOWS). The
question is a new phrasing, not one of any set; it is answered uncertain (Måske)."""

from __future__ import annotations

from pathlib import PurePath

from tests.support.sample import TODAY


def test_a_yes_no_asking_an_opinion_shows_the_judgement_first(sample_engine) -> None:
    answer = sample_engine.ask("Do the Central Jutland SOSU schools believe the assistant programme gets enough new students?", today=TODAY)
    first = answer.hits[0]
    assert (PurePath(first.item.source).name[:3], first.item.item_number) == ("000", "3.1")
    assert "vurderer skolerne, at" in first.passages[0].text and "er for lav" in " ".join(first.passages[0].text.split())
