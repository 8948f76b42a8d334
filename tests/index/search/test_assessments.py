"""A reason given as an assessment (index/search/assessments.py): a "why" question is answered by
the sentence stating someone's judgement ("… er det vurderingen, at …", "KL vurderer, at …"), not
by a judgement someone may make on a condition ("…, hvis de vurderer, at der er behov")."""

from __future__ import annotations

import pytest

from index.search.assessments import asks_opinion, assesses
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Desuden er det vurderingen, at udtrykket ”Borgere på kanten” ikke er positivt ladet.", True),
        ("Samlet set vurderer skolerne, at tilgangen til SSA-uddannelsen er for lav.", True),
        ("KL vurderer, at udgifterne stiger.", True),
        ("Det vurderes, at kommunernes behov er mindre end forventet.", True),
        ("It is assessed that the demand will fall.", True),
        # a judgement made on a condition, a task of judging, an expectation: no reason
        ("Kommunerne kan oprette yderligere lærepladser, hvis de vurderer, at der er behov.", False),
        ("Styregruppen foretager en vurdering af behovet.", False),
        ("Det er forventningen, at der via styregruppen kan følges op på aftalen.", False),
    ],
)
def test_a_sentence_states_a_judgement(sentence: str, expected: bool) -> None:
    assert assesses(sentence) is expected


def test_the_assessment_is_shown_for_a_why_question(sample_engine) -> None:
    question = "why did KKR Nordjylland rename its initiative for borgere på kanten?"
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "3.2"
    shown = " ".join(" ".join(p.text.split()) for p in hit.passages)
    assert "ikke er positivt ladet" in shown


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Why did the SOSU schools believe more had to be done on recruitment?", True),
        ("Jeg skriver om rekruttering. Hvorfor mente skolerne, at der skulle gøres en ekstra indsats?", True),
        # what someone thinks in the background, not in the asking sentence; no opinion asked
        ("The schools think intake is low. Why did KKR approve the distribution?", False),
        ("Why was the name changed?", False),
    ],
)
def test_a_why_question_asks_what_someone_thinks(question: str, expected: bool) -> None:
    assert asks_opinion(question) is expected


def test_the_judgement_is_shown_for_why_they_think_so(sample_engine) -> None:
    # the agreement's "Derfor fokuserer aftalen på indsatser, der kan styrke rekrutteringen" gives a
    # reason too, and scores as well: the schools' own judgement answers why they think so
    question = "Why did the SOSU schools believe more had to be done on recruitment in 2021?"
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "3.1"
    first = " ".join(hit.passages[0].text.split())
    assert "vurderer skolerne, at" in first and "er for lav" in first
