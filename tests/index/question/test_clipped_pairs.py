"""Officials' clippings without a period (index/question/clipped_pairs.py, abbreviations._bare),
and yes/no questions opening with a modal (answer_type._YES_NO)."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type, asks_yes_no, yes_no_verb
from index.question.clipped_pairs import clipped_at_double
from index.question.parse import parse_question


def test_a_compound_clipped_part_by_part_is_the_compound(sample_vocabulary):
    p = parse_question("hvor mange komm dir sidder i den nye it styregruppe?", vocabulary=sample_vocabulary)
    assert "kommunaldirektører" in p.terms and ("komm dir", "kommunaldirektører") in p.corrections
    assert "direktør" not in p.terms and "kommunerne" not in p.terms


def test_a_compound_clipped_part_by_part_with_a_hyphen_is_the_compound(sample_vocabulary):
    # "pæd-udd" (round 13): the parts joined by a hyphen, as "pæd udd" by a space
    p = parse_question("hvor mange studiepladser på pæd-udd for 24/25?", vocabulary=sample_vocabulary)
    assert "pædagoguddannelsen" in p.terms and ("pæd-udd", "pædagoguddannelsen") in p.corrections
    # a hyphen joining words that are no clippings stays as it is
    p = parse_question("hvor mange sosu-assistenter skal uddannes i 2027?", vocabulary=sample_vocabulary)
    assert not any(typed.startswith("sosu") for typed, _ in p.corrections)


def test_a_word_clipped_at_a_doubled_consonant_is_cut(sample_vocabulary):
    # "komm" is the stem of "kommer", "kommende", but no word form: "kom", "komme"
    p = parse_question("skal komm tilbyde læreplads til alle kvalificerede elever?", vocabulary=sample_vocabulary)
    assert ("komm", "kommunerne") in p.corrections and "komm" not in p.terms
    # the other family ("kommende") is no alternative reading of it
    assert "kommende" not in p.expansions


@pytest.mark.parametrize("word, cut", [("komm", True), ("udd", True), ("fælles", False), ("kom", False), ("tilskud", False)])
def test_a_doubled_consonant_other_than_s_ends_no_danish_word(word, cut):
    assert clipped_at_double(word) is cut


def test_a_whole_word_beside_a_clipped_one_is_kept(sample_vocabulary):
    # "udv" alone is two families (udvikling, udvalg): left; "bidrag" is a word of its own
    p = parse_question("hvor stort er udv bidrag pr indbygger?", vocabulary=sample_vocabulary)
    assert not any(typed == "udv bidrag" for typed, _ in p.corrections if " " in typed and "udvalg" in _)


@pytest.mark.parametrize(
    "question, verb",
    [
        ("Må kommunerne varetage opgaver, der ved lov er henlagt til regionerne?", "må"),
        ("Bør kommunerne gøre brug af alle dele af loven?", "bør"),
        ("burde KKR have udpeget flere?", "burde"),
        ("Behøver kommunerne at søge midlerne?", "behøver"),
        ("must the munis offer a place to every qualified student?", "must"),
    ],
)
def test_a_question_opening_with_a_modal_asks_yes_or_no(question, verb):
    assert asks_yes_no(question) and yes_no_verb(question) == verb
    assert answer_type(question.lower()) == "decision"


def test_may_opening_a_question_is_a_month():
    assert not asks_yes_no("May 2024 meeting: what was on the agenda?")


def test_the_modal_is_no_topic_word(sample_vocabulary):
    p = parse_question("bør kommunerne gøre brug af alle dele af den nye lov?", vocabulary=sample_vocabulary)
    assert "bør" not in p.terms and p.answer_type == "decision"


def test_a_must_question_shows_the_sentence_that_says_no(sample_engine):
    """"Må kommunerne …?" is answered by the item's sentence that they "ikke må" (engine, sample index)."""
    a = sample_engine.ask("Må kommunerne varetage opgaver der ved lov ligger hos regionerne, nu hvor sygeplejerskerne får flere lægeopgaver?")
    top = a.hits[0]
    assert top.item.item_number == "3.4"
    shown = " ".join(" ".join(p.text.split()) for p in top.passages)
    assert "ikke må varetage opgaver" in shown
