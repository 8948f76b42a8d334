"""Two values asked at once (index/search/two_parts.py): the passage holding a value of the kind
asked beside each of two of the question's words is shown first."""

from __future__ import annotations

import pytest

from index.search.two_parts import asks_two_values
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
