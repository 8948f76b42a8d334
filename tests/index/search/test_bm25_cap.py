"""No item outranks the one that holds most of the question on its BM25F alone (index.search.bm25_cap)."""

from __future__ import annotations

from index.search.bm25_cap import CAP, capped
from tests.support.sample import TODAY


def test_bm25_counts_at_most_cap_times_that_of_the_item_covering_most() -> None:
    # the second candidate covers most of the question: the first's 24.0 counts as CAP × 6.0 at most
    assert capped([24.0, 6.0, 3.0], [0.5, 0.8, 0.3]) == [min(24.0, CAP * 6.0), 6.0, 3.0]
    # of two covering alike, the larger BM25F is the reference
    assert capped([40.0, 10.0, 5.0], [0.9, 0.6, 0.9]) == [40.0, 10.0, 5.0]
    assert capped([], []) == []


def test_a_long_item_repeating_a_word_of_the_question_does_not_outrank_the_item_that_has_it_all(sample_engine) -> None:
    # "the future frameworks": a long item titled "… fremtidens kollektive mobilitet" repeats "fremtidens"
    # all through; the status of the health reform has the regional council deciding on "fremtidige
    # rammer/scenarier" and the other words of the question
    question = ("I'm following how health tasks are transferred from the municipalities to the region. By what "
                "date was the regional council to settle the future frameworks and scenarios for who runs them?")
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered
    assert (answer.hits[0].item.source[:3], answer.hits[0].item.item_number) == ("001", "3.1")
