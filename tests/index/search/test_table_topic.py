"""index/search/table_topic.py and table_years.table_factor: a table of years weighs an item only when
it counts what the question asks; topic fit first, years second (round 16, TABLES16)."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from index.search.rank import COUNCIL_MISMATCH, concepts_of
from index.search.table_topic import fits, table_terms
from index.search.table_years import ALL_YEARS, table_factor
from tests.support.sample import TODAY


def _item(engine, doc: str, number: str):
    return next(i for i in engine.items() if PurePath(i.source).name.startswith(doc) and i.item_number == number)


def _factor(engine, question: str, doc: str, number: str) -> float:
    snapshot = engine._mine()
    parsed = engine._read(snapshot, question, TODAY)
    return table_factor(_item(engine, doc, number), parsed, COUNCIL_MISMATCH, concepts_of(snapshot, parsed), parsed.background)


@pytest.mark.parametrize(
    "question",
    [
        # another programme's places of a year and the year before: 003 3.4's contracts signed per year
        # ("2022 5.548 3.980 9.528", "2023 5.827 4.308 10.135") count SOSU training contracts
        "How many places did the merit pedagogue programme have in 2023 compared with 2022?",
        "How did the number of places on the merit route to becoming a pedagogue in 2023 compare with 2022?",
        "Hvor mange pladser var der på meritpædagoguddannelsen i 2023 og året før?",  # one year and the year before
        # another programme's places in the SOSU places' columns ("Dimensionering 2026 / 2027")
        "hvor mange studiepladser blev pædagoguddannelsen i Midtjylland dimensioneret med for 2026/2027?",
    ],
)
def test_a_table_of_the_years_asked_that_counts_something_else_weighs_nothing(sample_engine, question: str) -> None:
    assert _factor(sample_engine, question, "003", "3.4") == 1.0


@pytest.mark.parametrize(
    ("question", "doc", "number"),
    [
        ("sosu aftaler i alt 2022 ift 2024?", "003", "3.4"),  # the contracts' rows (TWOFIGS, round 15)
        ("Faldt det samlede antal indgåede SOSU-uddannelsesaftaler fra 2023 til 2025?", "003", "3.4"),
        ("Hvor mange flere assistentelever skal KKR Nordjylland have i 2027 end i 2026?", "003", "3.4"),  # "sundhedsassistent"
        ("hvor mange flere sosu-hjælperelever skal vi i midt tage i 2027 ift 2026?", "003", "3.4"),  # "sundhedshjælp"
        ("Fordelingen af SOSU-lærepladser mellem de fem KKR i 2026: ændrede antallet af hjælperelever i KKR Hovedstaden sig fra 2025 til 2026?", "001", "3.2"),
        ("hvor mange studiepladser på pædagoguddannelsen i 2024/2025", "004", "3.7"),  # "studieplad" is a kind of "plad"
    ],
)
def test_a_table_of_the_years_asked_that_counts_what_is_asked_keeps_its_weight(sample_engine, question: str, doc: str, number: str) -> None:
    assert _factor(sample_engine, question, doc, number) >= ALL_YEARS  # (more for another council's item: its row counts)


def test_what_a_table_counts_is_read_from_its_labels_and_the_sentences_leading_into_it(sample_engine) -> None:
    item = _item(sample_engine, "003", "3.4")
    places, contracts = item.tables
    assert "uddannelsesaftal" in table_terms(item, contracts)  # the caption and the lead-in's "indgået 9.455 uddannelsesaftaler"
    assert "uddannelsesaftal" not in table_terms(item, places)
    assert "læreplad" in table_terms(item, places)  # "I tabellen herunder fremgår lærepladsfordelingen …"
    snapshot = sample_engine._mine()
    parsed = sample_engine._read(snapshot, "Hvor mange uddannelsesaftaler blev indgået i alt i 2022 og 2023?", TODAY)
    concepts = concepts_of(snapshot, parsed)
    assert fits(item, contracts, concepts) and not fits(item, places, concepts)


def test_a_sentence_giving_every_year_asked_of_what_is_asked_weighs_as_a_table_would(sample_engine) -> None:
    # 004 3.7: "… meritpædagoguddannelsen … – 309 pladser i 2023, mod 400 pladser i 2022."; the special
    # places item (002 3.3), with many "pladser" and no sentence of 2023 and 2022, came first, refused
    question = "Hvor mange pladser havde meritpædagoguddannelsen i 2023 og året før?"
    assert _factor(sample_engine, question, "004", "3.7") == ALL_YEARS
    assert _factor(sample_engine, question, "002", "3.3") == 1.0
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and (PurePath(answer.hits[0].item.source).name[:3], answer.hits[0].item.item_number) == ("004", "3.7")
    shown = " ".join(p.text for p in answer.hits[0].passages)
    assert "309 pladser i 2023" in shown and "400 pladser i 2022" in shown, shown
    # ... not a sentence of the years that counts another thing: the loan pools' "0,6 og 0,7 mia. kr. for
    # 2025 og 2026" for SOSU places of 2025 and 2026
    assert _factor(sample_engine, "Hvor mange SOSU-hjælperpladser er der i hele landet i 2025 og 2026?", "004", "3.5") == 1.0
