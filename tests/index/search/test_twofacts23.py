"""Every asked part shown (round 23, TWOFACTS23): a place asked beside a date; a figure more in one
year than in another, both years' cells. The engine questions here are in no committed set; each
fails on the code before its step."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type
from index.search.place_asked import asks_place, names_place
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("question, asks", [
    ("Hvornår og hvor holdt KKR Midtjylland sit klimatopmøde i 2021?", True),
    ("When and where did KKR hold its climate summit?", True),
    ("Jeg skriver om klimaarbejdet. Hvor blev konferencen holdt?", True),
    ("ungetopmødet juni 2021 - hvornår og hvor?", True),
    ("Klimakonferencen i august 2021: i hvilken by blev den holdt?", True),
    ("Which town hosted the climate conference?", True),
    # a degree, where a figure landed, a relative clause: no place asked
    ("Hvor mange elever manglede en læreplads?", False),
    ("Hvor længe varer oplægget?", False),
    ("Hvor landede dimensioneringen af pædagoguddannelsen?", False),
    ("Where did KKR Midtjylland land on splitting the refugee quota?", False),
    ("På mødet, hvor KKR drøftede klimaet, hvad blev besluttet?", False),
])
def test_a_question_asks_a_place(question: str, asks: bool) -> None:
    assert asks_place(question) is asks


@pytest.mark.parametrize("text, question, names", [
    # real sentences of the sample corpus
    ("KKR afholdt den 19. august 2021 klimakonference i Skive med deltagelse af medlemmer af KKR og kommunaldirektørnetværket i Midtjylland", "Hvor holdt KKR Midtjylland klimatopmødet?", True),
    ("KKR Midtjylland, Region Midtjylland, RAR øst og RAR Vest afholdte et digitalt Ungetopmøde den 8. juni 2021", "Where was the youth summit?", True),
    ("Temadrøftelsen indledes af dels et oplæg fra Rebild Kommune, ved PPR-leder Maria Schou Andreassen", "Hvor?", False),
    # a place the question names itself is no answer
    ("Arbejdet i de fem sundhedsråd i Midtjylland og Sundhedskoordinationsfora", "Hvornår og hvor mødes sundhedsrådene i Midtjylland?", False),
])
def test_a_passage_names_a_place(text: str, question: str, names: bool) -> None:
    assert names_place(text, question) is names


@pytest.mark.parametrize("question, fact", [
    # before: the date shown (the item's opening list, "– Klimatopmødet 19. august 2021"), not the place
    ("When and where did KKR hold its climate summit?", "klimakonference i Skive"),
    ("Where was the youth summit of June 2021 held?", "digitalt Ungetopmøde"),
    ("ungetopmødet juni 2021 - hvornår og hvor?", "digitalt Ungetopmøde"),
])
def test_a_place_asked_shows_the_sentence_naming_it(sample_engine, question: str, fact: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("000") and hit.item.item_number == "2.1"
    assert fact in _shown(hit)


@pytest.mark.parametrize("question, kind", [
    ("Were more SOSU assistant contracts signed in 2023 than in 2022?", "compare"),
    ("Fik KKR Nordjylland flere hjælperelever i 2027 end 2026?", "compare"),
    ("Did KKR Sjælland get fewer helper places in 2026 than in 2027?", "compare"),
    # no second year: a yes/no, as before
    ("Var der flere elever i 2025 end forventet?", "decision"),
    ("Were there more than 10,000 contracts in 2023?", "decision"),
])
def test_a_figure_more_in_one_year_than_in_another_is_compared(question: str, kind: str) -> None:
    assert answer_type(question) == kind


@pytest.mark.parametrize("question, source, item, facts", [
    # before: another item first (2021's agreement, 2022's distribution), or the right item with one row
    ("Were more SOSU assistant contracts signed in 2023 than in 2022?", "003", "3.4", ("5.548", "5.827")),
    ("Fik KKR Nordjylland flere hjælperelever i 2027 end 2026?", "003", "3.4", ("313", "476")),
    ("Did KKR Sjælland get fewer helper places in 2026 than in 2027?", "003", "3.4", ("477", "722")),
])
def test_a_figure_more_in_one_year_than_in_another_shows_both_cells(sample_engine, question: str, source: str, item: str,
                                                                     facts: tuple[str, ...]) -> None:  # fmt: skip
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith(source) and hit.item.item_number == item
    assert hit.answer is not None and all(f in hit.answer.values for f in facts)
