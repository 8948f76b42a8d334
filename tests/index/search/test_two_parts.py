"""Two values asked at once (index/search/two_parts.py): the passage holding a value of the kind
asked beside each of two of the question's words is shown first."""

from __future__ import annotations

import pytest

from index.analysis import analyze
from index.model import AgendaItem, ItemSection
from index.read.passages import item_parts
from index.search.two_parts import answers_both, asks_two_values
from index.search.units import Asked, WordCredits, score_unit, window_of
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("question", "two"),
    [
        ("How much do the municipalities put into CDEU, and how much into the climate secretariat?", True),
        ("Hvad er døgntaksten for en særlig plads, og hvad skal kommunerne betale for en tom plads?", True),
        ("When would the money be paid out, and when were applications due?", True),
        # the scene set before the question asks nothing
        ("I'm writing about what the reform means. How much do the municipalities pay into CDEU?", False),
        ("If we want our EU office to keep its work, how much extra do the municipalities need to put in?", False),
    ],
)
def test_a_question_asking_two_values(question: str, two: bool) -> None:
    assert asks_two_values(question) is two


@pytest.mark.parametrize(
    "question",
    [
        "How much do the Midtjylland municipalities pay into CDEU today, and how much into the climate secretariat?",
        "Hvor meget betaler de midtjyske kommuner i dag til CDEU, og hvor meget til klimasekretariatet?",
    ],
)
def test_two_amounts_asked_show_the_list_giving_both(sample_engine, question: str) -> None:
    # The item's windows on the CDEU and the climate secretariat each give one amount (2,6 and 1,0
    # mio. kr. more); the list of today's financing gives both.
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    first = " ".join(hit.passages[0].text.split())
    assert "CDEU: 5,8 mio. kr." in first and "Klimasekretariat: 1,0 mio. kr." in first



def test_a_year_asked_tells_one_clause_from_the_other() -> None:
    # "Landstallet for 2027 er fastsat til 600 personer, og regionskvoten … 126 personer" for "hvor mange i
    # hele landet i 2027, og hvor mange skal regionen tage": the first clause shares no word with the
    # question's but names the year asked, the second names the region.
    text = "Landstallet for 2027 er fastsat til 600 personer, og regionskvoten for regionen er fastsat til 126 personer."
    item = AgendaItem(id="x", council="KKR Midtjylland", meeting_date=None, document_kind="minutes", source="x.txt", section="3",
                      item_number="3.5", title="Flygtninge", case_number="", case_workers="",
                      sections=(ItemSection("Baggrund", text, 1),))
    region = analyze("regionen")[0]
    weights = {region: (region, 1.0)}
    memo = WordCredits(weights)
    asked = Asked("Hvor mange i hele landet i 2027, og hvor mange skal regionen tage?", "number")
    units = [score_unit(item, i, p, weights, frozenset({"2027"}), asked, memo) for i, p in enumerate(item_parts(item.sections)[1])]
    assert answers_both(window_of(units), memo)
