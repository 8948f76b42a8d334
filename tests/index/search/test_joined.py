"""Two question words that an item writes as one compound (index.search.joined): "a conference on
young people" is the item's "ungekonference", found in part by both words."""

from __future__ import annotations

from index.question.parse import parse_question
from index.search.joined import joined
from index.search.rank import ALTERNATIVE_CREDIT, Concept, concepts_of
from tests.support.sample import TODAY


def _concept(word: str, whole: str, tails: tuple[str, ...] = ()) -> Concept:
    return Concept(word, whole, (), 2.0, tails=tails)


def test_a_compound_of_two_question_words_is_a_rendering_of_both() -> None:
    young, conference = _concept("unge", "ung"), _concept("konference", "konferenc", ("ungekonferenc", "klimakonferenc"))
    got = {c.word: c for c in joined([young, conference])}
    stems = frozenset({"ungekonferenc"})
    assert got["unge"].credit(stems) == got["konference"].credit(stems) == ALTERNATIVE_CREDIT
    # a compound of the last word with a first part the question does not name is no rendering
    assert got["konference"].credit(frozenset({"klimakonferenc"})) == 0.0
    # the word as written, a linking -s- after it: "uddannelse|s|institution"
    education = _concept("uddannelse", "uddan")
    institution = _concept("institutioner", "institution", ("uddannelsesinstitution",))
    assert joined([education, institution])[0].credit(frozenset({"uddannelsesinstitution"})) == ALTERNATIVE_CREDIT


def test_no_rendering_when_the_words_are_far_apart_in_the_compound_or_the_first_is_short() -> None:
    # "ung" … "reform" with a whole word between them is another thing ("ungdomsuddannelsesreform")
    young, reform = _concept("unge", "ung"), _concept("reform", "reform", ("ungdomsuddannelsesreform",))
    assert joined([young, reform]) == [young, reform]
    # a first part of two letters names nothing ("år" of "årsberetning")
    year, report = _concept("år", "år"), _concept("beretning", "beretning", ("årsberetning",))
    assert joined([year, report]) == [year, report]


def test_a_short_news_item_that_names_the_point_in_a_compound_is_found(sample_engine) -> None:
    from index.snapshot import IndexSnapshot

    question = "When is the joint conference on young people, organised with the regional labour market councils?"
    snapshot = IndexSnapshot.of(sample_engine._ix)
    parsed = parse_question(question, vocabulary=snapshot.vocabulary(), today=TODAY)
    concepts = {c.word: c for c in concepts_of(snapshot, parsed)}
    snapshot.close()
    assert "ungekonferenc" in {a for a, _ in concepts["unge"].alternatives}
    assert "ungekonferenc" in {a for a, _ in concepts["konference"].alternatives}
    answer = sample_engine.ask(question, today=TODAY)
    # the February 2024 "Orientering" that announces the "Ungekonference", not only 2021's on a youth summit
    assert answer.answered and ("004", "2.1") in {(h.item.source[:3], h.item.item_number) for h in answer.hits[:2]}
