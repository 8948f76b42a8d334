"""List questions asked without "which" / "hvilke" (round 15, LISTS15): the asker's own words are
read as a list asked (index.question.list_asked), and a list question that names nothing to list
shows the item's list rather than the sentence that only names its topic
(index.search.unnamed_lists). The questions here are not in any committed set."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type
from index.search.shown import NAMED_SHARE
from index.search.unnamed_lists import UNNAMED_SHARE
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    "question",
    [
        "hvad er de fire tematikker i det kompetente nordjylland?",  # a plural asked "what are they"
        "hvad var anbefalingerne fra vive?",
        "hvad skal sundhedsrådene tage sig af?",  # what a body is to do
        "what is the new forum supposed to do?",
        "what does the 2024 contract want the business hub to prioritise?",  # to concentrate on
        "what makes a good council meeting?",  # what a good thing needs
        "hvad kendetegner et godt kkr-møde?",
        "who is hit hardest when bus services are cut?",  # groups of people, not one person
        "hvem står bag analysen af afgangen?",  # the parties of an agreement or a work
        "who signed the five-year apprenticeship deal?",
    ],
)
def test_a_list_asked_in_other_words_is_a_list(question: str) -> None:
    assert answer_type(question) == "list"


@pytest.mark.parametrize(
    "question, kind",
    [
        ("hvad er taksten?", "number"),
        ("hvem er formand for skf?", "person"),
        ("hvad er kernen i sagen?", "none"),
        ("who is the new chair?", "person"),
        ("hvad var udfaldet?", "decision"),
    ],
)
def test_other_asks_keep_their_type(question: str, kind: str) -> None:
    assert answer_type(question) == kind


def test_an_unnamed_list_wins_at_the_share_of_a_named_one() -> None:
    assert UNNAMED_SHARE <= NAMED_SHARE


def test_what_to_prioritise_shows_the_focus_areas_not_the_opening_sentence(sample_engine) -> None:
    # before: type "none"; "KKR Midtjylland skal indgå en årlig resultatkontrakt med Erhvervshus Midtjylland for 2024." alone
    hit = sample_engine.ask("What does the 2024 contract want Erhvervshus Midtjylland to prioritise?", today=TODAY).hits[0]
    assert hit.item.item_number == "3.8"
    assert hit.passages[0].text.startswith("Der er således fortsat stor fokus på følgende områder")
    assert hit.answer is not None and "Digitalisering" in hit.answer.values


def test_a_bodys_tasks_are_its_list(sample_engine) -> None:
    # before: type "none"; the Baggrund's "Arbejdet i de fem sundhedsråd i Midtjylland … er i gang." alone
    hit = sample_engine.ask("hvad skal sundhedsrådene tage sig af?", today=TODAY).hits[0]
    assert hit.item.item_number == "3.6"
    shown = " ".join(p.text for p in hit.passages)
    assert "Lokal planlægning af almenmedicinske tilbud og praksissektor" in shown


def test_four_themes_asked_as_what_are_they(sample_engine) -> None:
    # before: type "none"; "Formandskaberne bakkede op om de fire foreslåede tematikker …" without them
    hit = sample_engine.ask("hvad er de fire tematikker i Det kompetente Nordjylland?", today=TODAY).hits[0]
    assert hit.item.item_number == "2.1"
    shown = " ".join(p.text for p in hit.passages)
    assert "Uddannelse i hele Nordjylland" in shown and "Efter-/videreuddannelse og opkvalificering" in shown


def test_a_sentence_naming_bodies_in_a_row_names_parties() -> None:
    from index.search.parties import asks_parties, names_bodies

    assert names_bodies("Den 14. juni 2021 indgik regeringen, FOA, Danske Regioner og KL en ny femårig lærepladsaftale.")
    assert names_bodies("Samtidig gennemføres af de samme partnere (KKR, Region Midtjylland og Professionshøjskolen VIA) en analyse.")
    assert not names_bodies("Det kan betyde, at det bliver sværere at komme til lægen, indkøb, skole eller at deltage i sociale aktiviteter.")
    assert asks_parties("which parties signed the deal?") and asks_parties("hvem står bag analysen?")
    assert not asks_parties("which areas does the contract cover?")


def test_the_parties_of_an_agreement_are_shown_not_its_main_elements(sample_engine) -> None:
    # before: the list "Hovedelementer i den ny lærepladsaftale – …" (which holds more of the deal's words) alone
    hit = sample_engine.ask("Which parties signed the June 2021 SOSU apprenticeship deal, according to the North Jutland minutes?", today=TODAY).hits[0]
    assert hit.item.item_number == "3.5"
    assert "indgik regeringen, FOA, Danske Regioner og KL" in hit.passages[0].text


@pytest.mark.parametrize(
    "question",
    ["what did vive recommend for the special places?", "hvad anbefaler vive?", "what advice did the draft give?",
     "what did the draft say makes for a good council meeting?", "hvad skulle kendetegne et godt møde i kkr?"],
)
def test_advice_and_recommendations_asked_are_a_list(question: str) -> None:
    assert answer_type(question) == "list"


def test_recommendations_asked_show_the_whole_list(sample_engine) -> None:
    # before: type "none"; the list of VIVE's recommendations shown cut before its third line
    hit = sample_engine.ask("What did VIVE recommend for the special psychiatric places?", today=TODAY).hits[0]
    assert hit.item.item_number == "3.3"
    shown = " ".join(p.text for p in hit.passages)
    assert "enklere finansieringsmodel" in shown and "75 pladser i stedet for 150 pladser" in shown
