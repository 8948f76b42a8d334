"""The right item first, the asked fact shown (round 20, SHOWN20). The questions here are in no
committed set; each engine case fails on the code before its step."""

from __future__ import annotations

import pytest

from index.search.date_kinds import asked_date_kind
from index.search.naming_asked import asks_name, gives_name
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


def _hit(engine, question: str, doc: str, item: str):  # type: ignore[no-untyped-def]
    hit = engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith(doc) and hit.item.item_number == item
    return hit


@pytest.mark.parametrize("question, kind", [
    ("From what date may nurses take blood samples?", "start"),
    ("Since which date has the rule applied?", "start"),
    ("Fra hvilken dato gælder ordningen?", "start"),
    ("Siden hvilket tidspunkt har kommunerne måttet det?", "start"),
    ("What date is the meeting?", None),  # a date, of no kind
    ("Hvilken dato holdes mødet?", None),
])
def test_a_start_asked_as_from_what_date(question: str, kind: str | None) -> None:
    assert asked_date_kind(question) == kind


@pytest.mark.parametrize("question", [
    # before: "Den nye lovgivning giver pr. 1. januar 2024 …" alone; the sentence saying the law took effect not shown
    "Since which date have municipal nurses been allowed to insert catheters without a doctor's say-so?",
    "Fra hvilken dato må de kommunale sygeplejersker selv anlægge sonder og kanyler?",
])
def test_a_start_date_asked_shows_the_sentence_saying_it_took_effect(sample_engine, question: str) -> None:
    assert "Loven trådte i kraft den 1. januar 2024" in _shown(_hit(sample_engine, question, "004", "3.4"))


@pytest.mark.parametrize("question, item, facts", [
    # before: the background sentence proposing few adjustments only
    ("What did KKR Nordjylland decide in September 2021 about the process for next year's performance contract with the business hub?", "3.6",
     ["videreføres til Resultatkontrakt 2022", "kun foretages få justeringer"]),
    # before: the forum's set-up and a background sentence; the renaming (a proposal too) not shown
    ("Hvad blev KKR Nordjyllands beslutning om arbejdsgruppens initiativer for borgere på kanten?", "3.2",
     ["foreslås fremadrettet omdøbt", "anbefaling, at der etableres et inspirationsforum"]),
])
def test_a_decision_approving_the_proposal_shows_each_proposal(sample_engine, question: str, item: str, facts: list[str]) -> None:
    shown = _shown(_hit(sample_engine, question, "002", item))
    assert all(f in shown for f in facts), shown


def test_a_when_beside_a_decision_word_keeps_the_date() -> None:
    from index.search.proposals_shown import _WHEN

    assert _WHEN.search("hvornår forventes kontrakten endeligt godkendt?")
    assert not _WHEN.search("hvad besluttede KKR om kontrakten?")


@pytest.mark.parametrize("question, answer_type, asked", [
    ("Hvad skal målgruppen hedde fremover?", "none", True),
    ("Hvad kaldes gruppen nu?", "none", True),
    ("Why was the target group renamed?", "reason", True),
    ("What is the forum's new name?", "none", True),
    ("Who was named chair of the board?", "person", False),  # appointed: a person
    ("Hvor mange møder om året skal forummet holde?", "number", False),
])
def test_a_name_asked(question: str, answer_type: str, asked: bool) -> None:
    assert asks_name(question, answer_type) is asked


@pytest.mark.parametrize("text, gives", [
    ("Målgruppen foreslås fremadrettet omdøbt til ”Flere skal med”.", True),
    ("Forummet kaldes fremover Inspirationsforum Nord.", True),
    ("The group was renamed last year.", True),
    ("Desuden er det vurderingen, at udtrykket ikke er positivt ladet.", False),
    ("Der planlægges med 2-4 møder om året.", False),
])
def test_a_passage_giving_a_name(text: str, gives: bool) -> None:
    assert gives_name(text) is gives


@pytest.mark.parametrize("question", [
    # before: the forum's list of themes and a background sentence; the new name not shown
    "Hvad skal indsatsområdet for de ledige længst fra arbejdsmarkedet kaldes i Nordjylland fremover?",
    "Jeg skriver om jobcentrenes samarbejde i Nordjylland. Hvad er det nye navn for gruppen af ledige langt fra jobbet?",
])
def test_a_name_asked_shows_the_sentence_giving_it(sample_engine, question: str) -> None:
    assert "Flere skal med" in _shown(_hit(sample_engine, question, "002", "3.2"))
