"""The asked list shown where its members are written in running text (round 22, LISTS22). The
questions here are in no committed set; each engine case fails on the code before its step, but
the guards, which say so."""

from __future__ import annotations

import pytest

from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("question, doc, item, member", [
    # before: the item's list of dilemmas holds "transport", so no enumerating sentence was of the kind
    # asked; the sentence naming the megatrends and enumerating them holds more of the question
    ("Which megatrends does KL expect to affect the demand for transport?", "004", "3.2", "fortsat urbanisering"),
    ("Hvilke megatrends nævnes i temadrøftelsen om kollektiv mobilitet?", "004", "3.2", "nye teknologiske løsninger"),
])
def test_a_sentence_naming_and_enumerating_the_asked_thing_is_shown(sample_engine, question: str, doc: str, item: str, member: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.rsplit("/", 1)[-1].startswith(doc) and hit.item.item_number == item
    assert member in _shown(hit)


@pytest.mark.parametrize("question, member", [
    # an enumerating sentence holding more question words than the list, but not naming the asked
    # thing ("forslag til tematikker og indsatser … dels … dels …"), leaves the list of themes first
    # (a guard: it passed before the step too, and fails with any enumerating sentence kept as the kind asked)
    ("Which themes did the joint chairmanships of the North Jutland ambition back in June 2021?", "Uddannelse i hele Nordjylland"),
])
def test_a_list_block_naming_the_asked_thing_stays_shown(sample_engine, question: str, member: str) -> None:
    assert member in _shown(sample_engine.ask(question, today=TODAY).hits[0])


@pytest.mark.parametrize("question", [
    # before: a window "Det udfordrer kommunerne på kapacitet, økonomi og …" + the sub-heading "Risiko for
    # markant opgaveglidning" + the next part's first sentence (the question's words) was of the kind asked
    # and won; a list question's window now stops before a sub-heading, and the law's tasks are shown
    "Hvilke opgaver kan kommunale sygeplejersker nu overtage fra lægerne?",
    "Hvilke opgaver må de kommunale sygeplejersker nu selv overtage?",
    "sygeplejerskers nye opgaver efter L53 - hvilke?",
])
def test_a_list_questions_window_stops_before_a_sub_heading(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.rsplit("/", 1)[-1].startswith("004") and hit.item.item_number == "3.4"
    assert "blodprøvetagning" in _shown(hit)
