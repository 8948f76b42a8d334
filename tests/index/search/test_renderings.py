"""A question word the index never saw, found through another rendering the index has
(index/search/renderings.py): as rare as that rendering, so the gate counts it as a topic word."""

from __future__ import annotations

from index.question.parse import parse_question
from index.search.rank import concepts_of
from index.search.renderings import rare_by_rendering
from tests.support.sample import TODAY, source_items


def concepts(engine, question: str):
    snapshot = engine._snapshot
    parsed = parse_question(question, vocabulary=snapshot.vocabulary(), acronyms=snapshot.acronyms(), today=TODAY)
    return {c.word: c for c in rare_by_rendering(concepts_of(snapshot, parsed), snapshot)}


def test_a_word_no_item_writes_is_as_rare_as_its_rendering(sample_engine) -> None:
    # "wounds" is "sår" to the glossary, which no item writes; one item writes "hudsår".
    read = concepts(sample_engine, "may municipal nurses stitch wounds?")
    wounds = read["sår"]
    assert wounds.df == 0 and any(whole == "hudsår" for whole, _ in wounds.alternatives)
    assert wounds.rare
    # A word the index has keeps its own frequency; a common one stays common.
    assert not read["kommunale"].rare


def test_a_topic_asked_through_a_rendering_is_answered_as_possibly_relevant(sample_engine) -> None:
    answer = sample_engine.ask(
        "For a piece on home care: since when have municipal staff been allowed to stitch superficial wounds "
        "and take blood samples without a doctor?",
        today=TODAY,
    )
    assert answer.answered and answer.uncertain
    assert source_items(answer)[0] == ("004", "3.4")

