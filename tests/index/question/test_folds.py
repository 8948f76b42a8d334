"""Words typed short or plain: Danish without æ, ø and å (the pairs "laerepladser", the bare vowels
"borne"), the standing clippings of English office writing ("munis", "eval").

The vocabulary is built from the bundled sample corpus, as the index would see it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from index.question.folds import pairs_unfolded, vowels_unfolded
from index.question.parse import parse_question

TODAY = date(2026, 11, 22)


def test_pair_forms_come_fewest_folds_first() -> None:
    assert pairs_unfolded("paa") == ["på"]
    assert pairs_unfolded("laerepladser")[0] == "lærepladser"
    assert pairs_unfolded("aftale") == []


def test_vowel_forms_put_a_bare_o_or_a_back() -> None:
    forms = vowels_unfolded("borne")
    assert forms[0] == "børne"  # one change before two
    assert "ældreområdet" in vowels_unfolded("aeldreomradet")  # a pair and a bare vowel together
    assert vowels_unfolded("pa") == ["på", "pæ"]
    assert vowels_unfolded("skf") == []


@pytest.mark.parametrize(
    "q, word, fixed",
    [
        ("hvad med borne og unge", "borne", "børne"),
        ("hojere takster 2022?", "hojere", "højere"),
        ("aeldreomradet", "aeldreomradet", "ældreområdet"),
        ("borgere pa kanten", "pa", "på"),
    ],
)
def test_a_danish_word_with_a_bare_vowel_is_read_with_its_letter(q: str, word: str, fixed: str, sample_vocabulary: Counter[str]) -> None:
    parsed = parse_question(q, vocabulary=sample_vocabulary, today=TODAY)
    assert (word, fixed) in parsed.corrections
    assert word not in parsed.terms


@pytest.mark.parametrize(
    "q",
    [
        "how far is the mode of transport from the region?",  # English: "far", "mode" stay
        "hvem trak sig fra KKR?",  # a short Danish word the index lacks is no "træk"
    ],
)
def test_a_bare_vowel_is_not_folded_in_english_or_in_a_short_word(q: str, sample_vocabulary: Counter[str]) -> None:
    parsed = parse_question(q, vocabulary=sample_vocabulary, today=TODAY)
    assert not [fix for fix in parsed.corrections if fix[0] in ("far", "mode", "trak")]


def test_vs_names_no_topic(sample_vocabulary: Counter[str]) -> None:
    parsed = parse_question("SSA vs SSH midt 2027?", vocabulary=sample_vocabulary, today=TODAY)
    assert "vs" not in parsed.terms and parsed.answer_type == "compare"


@pytest.mark.parametrize(
    "q, danish",
    [
        ("what do the munis pay for the EU office?", "kommune"),
        ("results of the eval of the special places?", "evaluering"),
        ("admin burdens from state rules?", "administration"),  # "administrative burdens"
        ("what's the regional dev contribution per inhabitant?", "udviklingsbidrag"),  # inside a glossary phrase
        ("govt plans for the health reform?", "regeringen"),
    ],
)
def test_the_standing_clippings_of_english_office_writing_are_read(q: str, danish: str, sample_vocabulary: Counter[str]) -> None:
    parsed = parse_question(q, vocabulary=sample_vocabulary, today=TODAY)
    assert danish in parsed.terms and not parsed.unknown


def test_conclude_asks_for_a_decision_and_today_for_nothing(sample_vocabulary: Counter[str]) -> None:
    parsed = parse_question("what did KKR Nord conclude on the eval today?", vocabulary=sample_vocabulary, today=TODAY)
    assert parsed.intent == "decision" and "today" not in parsed.unknown + parsed.terms


def test_an_english_word_a_glossary_key_begins_is_no_clipping(sample_vocabulary: Counter[str]) -> None:
    parsed = parse_question("how much time is short for the pass?", vocabulary=sample_vocabulary, today=TODAY)
    assert not parsed.corrections  # "time", "short", "pass" stay: no "timeline", "shortage", "passenger"
    parsed = parse_question("status på dev i KKR?", vocabulary=sample_vocabulary, today=TODAY)
    assert not parsed.corrections  # a Danish question's words are not English clippings
