"""The right item first, the asked fact shown (round 18, SHOWN18): two kinds of date asked at once
(taking effect and lapsing) show the passage giving both and answer with both
(index.search.two_dates); a year's figure asked against the average shows the table's average row
beside the year's row (index.search.averages). The questions here are in no committed set."""

from __future__ import annotations

import pytest

from index.search.averages import asks_average
from index.search.two_dates import asks_period, kinds_asked
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("question, kinds", [
    ("When did the agreement take effect, and when does it expire?", ("start", "end")),
    ("Hvornår trådte aftalen i kraft, og hvornår udløber den?", ("start", "end")),
    ("Hvornår gælder aftalen fra og til?", ("start", "end")),
    ("When does the deal start and when does it end?", ("start", "end")),
    ("Hvornår trådte loven i kraft?", ("start",)),  # one kind: round 17's reading
    ("What is the application deadline?", ("deadline",)),
    ("When is the next meeting?", ()),
])
def test_the_kinds_of_date_asked(question: str, kinds: tuple[str, ...]) -> None:
    assert kinds_asked(question) == kinds


@pytest.mark.parametrize("question", [
    # before: the day the agreement was announced ("Men den 10. november 2023 fik … besked om …"), answer line
    # "31. juli 2026" or "10. november 2023"; the sentence giving both dates not shown
    "When did the temporary agreement on terms for staff taking the merit pedagogue course take effect, and when does it expire?",
    "Hvornår gælder aftalen om meritpædagoguddannelsen fra og til?",
    "Aftalen mellem FOA og KL om meritpædagoger: hvornår trådte den i kraft og hvornår udløber den?",
])
def test_two_dates_of_one_agreement_are_shown_and_answered(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("004") and hit.item.item_number == "3.7"
    assert "Aftalen trådte i kraft den 1. december 2023 og bortfalder den 1. august 2030." in _shown(hit)
    assert hit.answer is not None and hit.answer.values == ("1. december 2023", "1. august 2030")


@pytest.mark.parametrize("question, asked", [
    ("How many contracts were signed in 2024, compared with the five-year average?", True),
    ("Hvor mange i 2023 i forhold til gennemsnittet?", True),
    ("Hvor mange i snit om året?", True),
    ("How many contracts were signed in 2024?", False),
])
def test_an_average_asked(question: str, asked: bool) -> None:
    assert asks_average(question) is asked


@pytest.mark.parametrize("question, year_row", [
    # before: the 2024 row and "Med den nye aftale øges antallet …", not the average row
    ("How many SOSU assistant training agreements were signed in 2024, set against the average?",
     "2024 5.274 4.315 9.589"),
    # before: refused ("intet for 2023") with the 2023 row second and no average row
    ("Hvor mange hjælperelever fik en uddannelsesaftale i 2023 i forhold til gennemsnittet?", "2023 5.827 4.308 10.135"),
])
def test_a_year_against_the_average_shows_the_average_row(sample_engine, question: str, year_row: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("003") and hit.item.item_number == "3.4"
    shown = _shown(hit)
    assert year_row in shown and "Gennemsnit 2021-25 5.448 4.007 9.455" in shown


def test_a_year_asked_without_an_average_shows_no_average_row(sample_engine) -> None:
    hit = sample_engine.ask("How many SOSU training agreements were signed in 2022 and 2023?", today=TODAY).hits[0]
    shown = _shown(hit)
    assert "2022 5.548 3.980 9.528" in shown and "Gennemsnit 2021-25" not in shown


@pytest.mark.parametrize("question, period", [
    ("Hvor længe gælder aftalen mellem FOA og KL?", True),
    ("How long does the new five-year SOSU agreement run?", True),
    ("When was the deal struck, and which years does it run for?", True),
    ("Hvilken periode gælder rammeaftalen?", True),
    ("How long is the meeting?", True),  # asked; shown only where a passage states a period
    ("Hvor mange lærepladser er der i 2027?", False),
    ("When does the agreement take effect?", False),
])
def test_a_period_asked(question: str, period: bool) -> None:
    assert asks_period(question) is period


@pytest.mark.parametrize("question, source, number, period", [
    # before: the day the agreement was announced ("Men den 10. november 2023 fik …"), not the sentence giving its two dates
    ("Hvor længe løber aftalen mellem FOA og KL om meritpædagoger?", "004", "3.7",
     "Aftalen trådte i kraft den 1. december 2023 og bortfalder den 1. august 2030."),
    # before: "… garanterer minimum 9.000 lærepladser … i 2022 - 2026" only
    ("For how long does the five-year SOSU apprenticeship deal from June 2021 apply?", "000", "3.1",
     "Aftalen indgås for en femårig periode fra 2022 til og med 2026."),
    ("Hvilken periode gælder Den Nationale Rammeaftale for erhvervshusene?", "002", "3.6", "gælder for perioden 2021-2023"),
])
def test_a_period_asked_shows_the_sentence_stating_it(sample_engine, question: str, source: str, number: str, period: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith(source) and hit.item.item_number == number
    assert period in _shown(hit)


@pytest.mark.parametrize("text, states", [
    ("Aftalen indgås for en femårig periode fra 2022 til og med 2026.", True),
    ("Erhvervsministeriet og KL for perioden 2021-2023.", True),
    ("Aftalen trådte i kraft den 1. december 2023 og bortfalder den 1. august 2030.", True),
    ("Dagsorden er udsendt den 26. august 2021", False),
    ("lærepladser i 2021 og 2022", False),
])
def test_a_passage_states_a_period(text: str, states: bool) -> None:
    from index.search.two_dates import _YEAR_SPAN, of_kind, values_in
    found = bool(_YEAR_SPAN.search(text)) or all(of_kind(text, values_in(text, "date"), k) for k in ("start", "end"))
    assert found is states


@pytest.mark.parametrize("question", [
    # before: "… Herefter holder Jesper Carlsen, direktør …" only ("speak" was not read as asking for a talk)
    "Who was due to speak at the North Jutland theme debate on vulnerable young people?",
    # before: both speakers' sentences in one window already; still both
    "Hvem holdt oplæg på temadrøftelsen om udsatte unge?",
])
def test_every_speaker_of_a_theme_debate_is_shown(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("002") and hit.item.item_number == "3.1"
    shown = _shown(hit)
    assert "PPR-leder Maria Schou Andreassen" in shown and "Jesper Carlsen, direktør for børn- og unge" in shown


def test_one_speaker_stays_one_passage(sample_engine) -> None:
    hit = sample_engine.ask("Who gave the talk on public transport?", today=TODAY).hits[0]
    assert "Henrik Fabiansson Haue, kontorchef, KL" in hit.passages[0].text
    assert sum("oplæg" in p.text for p in hit.passages) == 1


@pytest.mark.parametrize("question", [
    # before: "Det er vigtigt at understrege, … da der ikke er klarhed …" read with the sub-heading "Klimasekretariatet"
    # after it as one window, its "da" a reason of another matter; the sentence giving the reason not shown
    "Hvorfor skal kommunerne lægge flere penge i klimasekretariatet?",
    "Why must the municipalities put more money into the shared climate secretariat?",
])
def test_a_reason_given_as_a_consequence_phrase_is_shown(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("001") and hit.item.item_number == "3.3"
    assert "som følge af regionens udtræden af samarbejdet" in _shown(hit)


def test_a_sub_heading_line_is_told() -> None:
    from index.search.units import _HEADING
    assert _HEADING.match("Klimasekretariatet") and _HEADING.match("Aktuel økonomi")
    assert not _HEADING.match("Taget til efterretning.") and not _HEADING.match("Aftalen indeholder følgende:")
