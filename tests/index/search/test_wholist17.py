"""People and lists the right item holds (round 17, WHOLIST17): a question asking who left, joined
or replaced someone in a body ranks the item recording a named person's seat change first
(index.search.seat_change), and the asker's verbs of leaving reach the documents' words for it
(glossary: "withdraw", "step down", "quit", "give up"); a question asking whom a plan or a housing is
for shows the list naming its target groups (index.question.for_whom). The questions here are in no
committed set."""

from __future__ import annotations

import pytest

from index.question.for_whom import asks_for_whom
from index.search.seat_change import asks_seat_change, records_seat_change
from index.search.speakers import names_speaker
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("question, asked", [
    ("Who quit KKR Nordjylland mid-term in 2021?", True),
    ("Hvem er trådt ud af RAR Østjylland?", True),
    ("Which two Central Jutland politicians withdrew from the labour market council?", True),
    ("hvem afløser formanden?", True),
    ("Who gave the talk on public transport?", False),  # people, no seat changing hands
    ("How many members left the meeting early?", False),  # a seat word, no person asked
])
def test_a_seat_change_asked(question: str, asked: bool) -> None:
    assert asks_seat_change(question) is asked


@pytest.mark.parametrize("source, number, records", [
    ("004", "4.1", True),   # "følgende medlemmer har meddelt, at de ikke længere … – …, Lisbeth Torfing, …"
    ("002", "4.1", True),   # "Jeppe Ugilt Hansen (V) … har ønsket at trække sig fra sin plads"
    ("004", "3.8", False),  # "… forlænge resultatkontrakten i stedet for at udarbejde en ny": no seat
    ("002", "5.1", False),  # the council's evaluation: its members, no change of one
])
def test_an_item_records_a_named_seat_change(sample_engine, source: str, number: str, records: bool) -> None:
    item = next(i for i in sample_engine.items() if i.source.startswith(source) and i.item_number == number)
    assert records_seat_change(item) is records


@pytest.mark.parametrize("question, source, fact", [
    # before: the council's evaluation (002/5.1) first, the appointment item second
    ("Who quit KKR Nordjylland mid-term in 2021?", "002", "Jeppe Ugilt Hansen"),
    # before: nothing kept ("withdrew" a word no index knows)
    ("Who withdrew from KKR Nordjylland in 2021?", "002", "Jeppe Ugilt Hansen"),
])
def test_the_item_recording_a_seat_change_comes_first(sample_engine, question: str, source: str, fact: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    hit = answer.hits[0]
    assert hit.item.source.startswith(source) and hit.item.item_number == "4.1"
    assert fact in _shown(hit)


def test_a_framed_withdrawal_asked_of_which_politicians_is_answered(sample_engine) -> None:
    # before: refused with the right item first ("politicians" three words after "which" counted as a topic word)
    answer = sample_engine.ask("I'm writing about turnover on regional boards. Which two Central Jutland politicians "
                               "withdrew from the East Jutland labour market council in 2024?", today=TODAY)
    assert answer.answered and answer.hits[0].item.item_number == "4.1"
    assert "Lisbeth Torfing" in _shown(answer.hits[0])


@pytest.mark.parametrize("question, asked", [
    ("Who is the expansion of municipal supported housing intended for?", True),
    ("For whom were the places set up?", True),
    ("Hvem er de nye botilbudspladser til?", True),
    ("Til hvem er puljen målrettet?", True),
    ("Who is the ambassador for the new health councils?", False),  # one person's role
    ("Hvem skal holde oplæg på mødet?", False),
])
def test_whom_a_thing_is_for_asked(question: str, asked: bool) -> None:
    assert asks_for_whom(question) is asked


@pytest.mark.parametrize("question", [
    # before: the same item's "… følgende forslag til pejlemærker …" list (no group in it)
    "Who is the expansion of municipal supported housing in Central Jutland intended for?",
    # before: the next meeting's plan (004/6.1) first, naming the housing pool's final proposal
    "Hvem er de nye botilbudspladser i Midtjylland til?",
])
def test_the_target_groups_list_is_shown_for_whom_a_plan_is_for(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("004") and hit.item.item_number == "3.5"
    first = " ".join(hit.passages[0].text.split())
    assert "følgende målgrupper" in first and "Borgere med komorbiditet" in first


def test_whom_places_are_for_in_a_sentence_stays_that_sentence(sample_engine) -> None:
    # no list of the item names the groups: the sentence does, and stays shown first
    hit = sample_engine.ask("For whom were the special psychiatric places set up?", today=TODAY).hits[0]
    assert hit.item.source.startswith("002") and hit.item.item_number == "3.3"
    assert "borgere med et særligt behov for rehabilitering" in " ".join(hit.passages[0].text.split())


@pytest.mark.parametrize("text, names", [
    ("Sagen rammesættes med oplæg fra direktør Stine Johansen, KL.", True),
    ("Punktet indledes med oplæg ved Henrik Fabiansson Haue, kontorchef, KL, om forskellige tendenser.", True),
    ("Oplægget vedlægges referatet.", False),  # a talk, no person
    ("Det indstilles, at Jesper Greth (V) udpeges til posten.", False),  # a person, no talk
])
def test_a_sentence_names_a_speaker(text: str, names: bool) -> None:
    assert names_speaker(text) is names


def test_who_introduced_a_debate_shows_the_speaker(sample_engine) -> None:
    # before: the recommendation alone; "Sagen rammesættes med oplæg fra direktør Stine
    # Johansen, KL." held few of the question's words (0.17 of the best window)
    hit = sample_engine.ask("Hvem lagde op til drøftelsen om samfundssikkerhed på KKR Midtjyllands møde i juni 2026?",
                            today=TODAY).hits[0]
    assert hit.item.source.startswith("003") and hit.item.item_number == "3.2"
    assert "Stine Johansen" in _shown(hit)
