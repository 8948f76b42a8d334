"""English words in an English question are the asker's words, not typos of the index's Danish
words or of other glossary keys (index/question/english_words.py)."""

from __future__ import annotations

import pytest

from index.question.english_words import cognate, inflection, is_english_word
from index.question.parse import parse_question


def test_the_list_knows_english_words_and_their_forms_not_typos():
    for word in ("leverage", "state", "first", "facilities", "earmarked", "colleagues", "prioritise", "centre", "organisers"):
        assert is_english_word(word), word  # British spellings too
    for typo in ("anually", "refugess", "helth", "coordnation", "operatinos", "milestnoes", "repport", "septmeber"):
        assert not is_english_word(typo), typo
    for danish in ("levere", "satte", "kommune", "pedagog", "mangler", "lærepladser"):
        assert not is_english_word(danish), danish  # the list's floor (names, foreign words) does not count


def test_a_cognate_is_the_english_word_in_danish():
    assert cognate("implementing", "implementering") and cognate("constituting", "konstituering")
    assert cognate("horizontal", "horisontale") and cognate("parties", "partier") and cognate("ambassador", "ambassadør")
    assert not cognate("leverage", "levere") and not cognate("state", "satte") and not cognate("first", "frist")


def test_an_inflection_shares_the_stem():
    assert inflection("discussing", "discussion") and inflection("nationally", "national") and inflection("centre", "center")
    assert not inflection("settlement", "statement") and not inflection("within", "withing") and not inflection("publish", "publics")


@pytest.mark.parametrize(
    "question, word, not_read_as",
    [
        ("how much leverage does the EU office give?", "leverage", "levere"),
        ("what did the state decide on the quotas?", "state", "satte"),
        ("which refugee settlement figures did North Jutland get?", "settlement", "statement"),
        ("I'm writing about bringing job seekers closer to work. Which partner runs the forum?", "work.", "workshop"),
    ],
)
def test_an_english_word_stays_itself(question, word, not_read_as, sample_vocabulary):
    p = parse_question(question, vocabulary=sample_vocabulary)
    assert not_read_as not in p.terms and all(typed != word for typed, _ in p.corrections), p.corrections


@pytest.mark.parametrize(
    "question, fix",
    [
        ("status on implementing the health reform in Central Jutland", ("implementing", "implementering")),
        ("how much was set aside anually for supervision?", ("anually", "annually")),
        ("what is the coordnation model of the health clusters?", ("coordnation", "koordination")),
        ("sosu-ass. 2027, how many for Nord?", ("ass.", "assistenter")),  # a cut word inside a sentence
    ],
)
def test_typos_cognates_and_cut_words_are_still_read(question, fix, sample_vocabulary):
    p = parse_question(question, vocabulary=sample_vocabulary)
    assert fix in p.corrections, p.corrections
