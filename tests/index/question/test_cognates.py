"""English words the glossary lacks, read as their Danish cognates in the index
(index/question/cognates.py), and two-digit years of a school year or a term (dates.py)."""

from __future__ import annotations

import pytest

from index.question.dates import dates_asked
from index.question.parse import parse_question


@pytest.mark.parametrize(
    "question, word, cognate",
    [
        ("is it allowed to use the loan pool to renovate existing residential facilities?", "renovate", "renovere"),
        ("is it allowed to use the loan pool to renovate existing residential facilities?", "existing", "eksisterende"),
        ("who else is invited to the CDEU general assembly?", "invited", "inviteret"),
        ("which scenarios for the health tasks did the region weigh?", "scenarios", "scenarier"),
    ],
)
def test_an_english_word_the_glossary_lacks_is_read_as_its_danish_cognate(question, word, cognate, sample_vocabulary):
    p = parse_question(question, vocabulary=sample_vocabulary)
    # searched in part (an expansion), as a translation's other renderings are: a guess from spelling
    assert (word, cognate) in p.corrections and cognate in p.expansions and cognate not in p.terms
    assert word not in p.unknown


def test_a_word_the_typo_reader_fixes_is_left_to_it(sample_vocabulary):
    # "constituting" is fixed into "konstituering" (a cognate one letter off), a term of full weight
    p = parse_question("When will the newly composed council hold its constituting meeting?", vocabulary=sample_vocabulary)
    assert ("constituting", "konstituering") in p.corrections and "konstituering" in p.terms


@pytest.mark.parametrize(
    "question, word",
    [
        ("what happened eventually with the climate secretariat?", "eventually"),  # "eventuelt" is "possibly"
        ("what did the formal meeting with the region decide?", "formal"),  # no "format": a stem of five letters and its word
        ("who was the mediator in the talks?", "mediator"),  # no "media"
    ],
)
def test_a_false_friend_or_a_short_stem_is_no_cognate(question, word, sample_vocabulary):
    p = parse_question(question, vocabulary=sample_vocabulary)
    assert not any(typed == word for typed, _ in p.corrections)


def test_a_danish_question_reads_no_cognates(sample_vocabulary):
    p = parse_question("hvornår blev renovate-sagen behandlet?", vocabulary=sample_vocabulary)
    assert not any(typed == "renovate" for typed, _ in p.corrections)


@pytest.mark.parametrize(
    "text, years",
    [
        ("hvor mange studiepladser indstilles for 24/25?", (2024, 2025)),
        ("optaget 23/24 mod dimensioneringen", (2023, 2024)),
        ("hvor mange pladser i perioden 18-22?", (2018, 2019, 2020, 2021, 2022)),
        ("valgperioden 22-25", (2022, 2023, 2024, 2025)),
    ],
)
def test_two_digit_years_of_a_school_year_or_a_term(text, years):
    assert dates_asked(text).years == years


@pytest.mark.parametrize("text", ["mødet 15/10", "side 18-22", "sagsliste 12/11", "15-20 mio. kr."])
def test_a_day_a_page_span_or_an_amount_is_no_pair_of_years(text):
    assert dates_asked(text).years == ()


@pytest.mark.parametrize(
    "question",
    [
        "what did midt land on re the uddannelsesudvalg when they went through the appointments in 2025?",
        "what did KKR settle on for the 2026 places?",
        "what did the council come down on for the EU office's funding?",
    ],
)
def test_an_english_idiom_of_deciding_asks_the_decision(question, sample_vocabulary):
    """"land on", "settle on", "come down on": what was decided (not the Danish word "land", a country)."""
    p = parse_question(question, vocabulary=sample_vocabulary)
    assert p.answer_type == "decision" and p.intent == "decision" and "land" not in p.terms
