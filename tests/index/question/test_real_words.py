"""Real Danish words the index lacks are no typos of the words it has (index/question/real_words.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from index.question.parse import parse_question
from index.question.real_words import begins_alike, inflected
from index.question.typos import Vocabulary


@pytest.mark.parametrize(
    "word, not_read_as",
    [
        ("indvendinger", "nødvendige"),  # objections: no slip of "necessary"
        ("opkræver", "kræver"),  # a prefix the nearest word lacks
        ("endte", "sendte"),
        ("protesterede", "resterende"),
        ("lægerne", "længere"),  # another inflection of "lægen", "læger"
        ("undersøgelser", "understøttelse"),  # the stem of "undersøge"
    ],
)
def test_a_real_word_the_index_lacks_is_not_read_as_another(word, not_read_as, sample_vocabulary):
    p = parse_question(f"har kommunerne {word} om det?", vocabulary=sample_vocabulary)
    assert not_read_as not in p.terms and all(typed != word for typed, _ in p.corrections)


@pytest.mark.parametrize(
    "typo, fixed",
    [
        ("godkenelse", "godkendelse"),  # its stem ("godk") is too short to tell a word
        ("sundhedsrefomen", "sundhedsreformen"),
        ("coordnation", "koordination"),  # an English c for a Danish k begins alike
        ("ostjylland", "østjylland"),  # ø typed as o
        ("referattet", "referatet"),  # a slip of the same stem
    ],
)
def test_typos_are_still_read(typo, fixed, sample_vocabulary):
    assert Vocabulary(sample_vocabulary).correct(typo) == fixed


def test_the_first_letter_tells_a_word_from_a_slip():
    assert begins_alike("lærepladsr", "lærepladser") and begins_alike("aeldre", "ældre")
    assert begins_alike("coordination", "koordination")
    assert not begins_alike("indvendinger", "nødvendige") and not begins_alike("varer", "svarer")


def test_an_inflection_counts_only_against_a_fix_of_another_stem():
    vocabulary = Counter({"læger": 3, "lægen": 2, "længere": 9})
    assert inflected("lægerne", "længere", vocabulary)
    assert not inflected("lægerne", "lægerne", vocabulary)  # the same stem: nothing to keep apart
    assert not inflected("sundhedsrefomen", "sundhedsreformen", Counter({"sundhedsreformen": 1}))


def test_asking_words_of_an_outcome_or_a_claim_name_no_topic(sample_vocabulary):
    p = parse_question("Hvad endte KKR Midtjylland med at beslutte om årsberetningen?", vocabulary=sample_vocabulary)
    assert "endte" not in p.terms and "sendte" not in p.terms and p.intent == "decision"
    assert "rigtigt" not in parse_question("er det rigtigt, at elever får løn?", vocabulary=sample_vocabulary).terms


def test_an_en_form_is_no_inflection_of_an_et_form():
    # a noun's definite ending is -en or -et by its gender; a verb's -et is its participle
    assert Vocabulary(Counter({"voksen": 3})).inflection("vokset") is None
    assert Vocabulary(Counter({"voksen": 3, "vokse": 1})).inflection("vokset") == "vokse"


def test_one_letter_no_slip_of_the_keys_types_tells_a_real_word():
    from index.question.real_words import keyed_apart

    assert keyed_apart("formelt", "fordelt") and keyed_apart("printer", "pointer")  # m/d, r/o lie apart
    assert not keyed_apart("resultatkontract", "resultatkontrakt")  # c typed for k
    assert not keyed_apart("emergancy", "emergency") and not keyed_apart("lange", "længe")  # another vowel
    assert not keyed_apart("institutioned", "institutioner")  # an ending's letter: the stem is the same


@pytest.mark.parametrize(
    "question, word, not_read_as",
    [
        ("Hvilken dato træder reformen formelt i kraft?", "formelt", "fordelt"),
        ("regionen mangler 250 sundheds- og omsorgspladser", "mangler", "manager"),  # no English slip either
        ("hvorfor passede aftalens organisering ikke til Nordjylland?", "passede", "passed"),
    ],
)
def test_a_danish_word_is_no_slip_of_another_word_nor_of_english(question, word, not_read_as, sample_vocabulary):
    p = parse_question(question, vocabulary=sample_vocabulary)
    assert (word, not_read_as) not in p.corrections and not_read_as not in p.terms, p.corrections


def test_a_compound_of_two_index_words_is_no_slip_of_another_compound_with_its_head():
    from index.question.real_words import compound_of_words

    vocabulary = Counter({"rekruttering": 4, "krisen": 1, "rekrutteringsanalysen": 2, "beredskab": 3, "loven": 2})
    assert compound_of_words("rekrutteringskrisen", "rekrutteringsanalysen", vocabulary)
    assert not compound_of_words("beredskabloven", "beredskabsloven", vocabulary)  # the same last word: a slip
    assert Vocabulary(vocabulary).correct("rekrutteringskrisen") is None


def test_a_syllable_more_before_the_shared_ending_is_another_word():
    from index.question.real_words import syllable_more

    assert syllable_more("kantinen", "kanten")  # kant|in|en: the canteen is no edge
    assert not syllable_more("beredskabets", "beredskabs")  # "et" is an ending: an inflection
    assert not syllable_more("middtjylland", "midtjylland")  # a doubled key and another slip
    assert not syllable_more("forretningsordenen", "forretningsorden")  # the ending itself added
    assert not syllable_more("lærepladsr", "lærepladser")  # a letter fewer, not two more


def test_an_everyday_word_the_documents_never_use_is_no_slip_of_theirs(sample_vocabulary):
    # "kanten" is in the samples ("Borgere på kanten"); "kantinen" is not, and is no typo of it
    assert Vocabulary(sample_vocabulary).correct("kantinen") is None
    p = parse_question("ved nogen hvad der er i kantinen i dag?", vocabulary=sample_vocabulary)
    assert "kanten" not in p.terms and not p.corrections


@pytest.mark.parametrize(
    "question",
    [
        "ved nogen hvad der er i kantinen i dag?",
        "hvem står for kantinen?",
        "Hvornår åbner kantinen?",
        "Hvor mange medarbejdere arbejder i kantinen?",
    ],
)
def test_a_canteen_question_is_not_answered_by_the_item_on_citizens_on_the_edge(sample_engine, question):
    # before round 22 each was answered by KKR Nordjylland's "Borgere på kanten" (3.2), "kantinen" read as "kanten"
    assert not sample_engine.ask(question).answered
