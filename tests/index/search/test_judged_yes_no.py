"""A yes/no asked of what someone thinks ("Do the schools believe …?") is answered by their
judgement ("Samlet set vurderer skolerne, at … er for lav …"), as a "why do they think" question
already was (assessments.judging, now also for a yes/no asking an opinion, and for a question of no
value type asking what someone thought: "hvad syntes skolerne om …"; round 14, SHOWS). The questions
are new phrasings, not of any set; the first is answered uncertain (Måske), the second refused."""

from __future__ import annotations

from pathlib import PurePath

from tests.support.sample import TODAY


def test_a_yes_no_asking_an_opinion_shows_the_judgement_first(sample_engine) -> None:
    answer = sample_engine.ask("Do the Central Jutland SOSU schools believe the assistant programme gets enough new students?", today=TODAY)
    first = answer.hits[0]
    assert (PurePath(first.item.source).name[:3], first.item.item_number) == ("000", "3.1")
    assert "vurderer skolerne, at" in first.passages[0].text and "er for lav" in " ".join(first.passages[0].text.split())


def test_what_someone_thought_shows_their_judgement_on_a_refusal_too(sample_engine) -> None:
    # Refused; the nearest item's passage naming the schools' talk said nothing of what they thought: the
    # judgement beside it ("Samlet set vurderer skolerne, at …") is the answer to "hvad syntes skolerne om …".
    answer = sample_engine.ask("Hvad syntes skolerne i Midtjylland om tilgangen til social- og sundhedsassistentuddannelsen?", today=TODAY)
    first = answer.hits[0]
    assert not answer.answered and first.answer is None
    assert (PurePath(first.item.source).name[:3], first.item.item_number) == ("000", "3.1")
    assert "vurderer skolerne, at" in first.passages[0].text
