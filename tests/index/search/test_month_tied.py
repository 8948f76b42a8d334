"""A figure tied to a month (index/search/month_tied.py): a number question naming one month is
answered by the sentence naming that month beside its figure, and its answer line is that
sentence's figure or none, never another figure of the item."""

from __future__ import annotations

import pytest

from index.search.month_tied import asked_month, names_month
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("hvor mange af pladserne var i brug i august 2021?", 8),
        ("How many places were taken in June?", 6),
        ("Hvor mange elever i 2027?", None),
        # a period, two months: no one month's figure
        ("Hvor mange fra januar til juni?", None),
        # "may" is a verb in an English question; "dec" may be another word
        ("How many places may the council add by dec?", None),
    ],
)
def test_the_one_month_a_question_names(question: str, month: int | None) -> None:
    assert asked_month(question) == month


def test_a_passage_names_a_month_in_a_date_or_alone() -> None:
    assert names_month("… så 10 ud af de 12 pladser pr. 10. august er taget i brug.", 8)
    assert names_month("Ansøgningsfristen er ultimo aug. 2024.", 8)
    assert not names_month("Der er 12 pladser i alt, jf. augustaftalen.", 8)


def test_a_count_in_the_month_asked_is_shown_first_without_another_figure(sample_engine) -> None:
    question = "Særlige psykiatriske pladser i Nordjylland: hvor mange var optaget i august 2021?"
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "3.3"
    assert "10 ud af de 12 pladser pr. 10. august" in " ".join(hit.passages[0].text.split())
    assert hit.answer is None or "10" in hit.answer.values[0]
