"""parse_question: language, glossary translation and typo fixing.

The vocabulary is built from the bundled sample corpus, as the index would see it, so the
typo tests run against the words real questions will meet.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from index.question.parse import ParsedQuestion, detect_language, parse_question

TODAY = date(2026, 11, 22)



def ask(q: str, sample_vocabulary: Counter[str] | None = None, today: date | None = TODAY) -> ParsedQuestion:
    return parse_question(q, vocabulary=sample_vocabulary if sample_vocabulary is not None else (), today=today)


# --- language -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q, lang",
    [
        ("hvad blev besluttet om lærepladser", "da"),
        ("lærepladser 2027", "da"),
        ("udviklingsbidrag 2022 Region Nordjylland", "da"),
        ("hvornår er næste møde", "da"),
        ("SOSU places in 2027", "en"),
        ("refugees 2027", "en"),
        ("what did KKR Sjælland decide about SOSU-lærepladser", "en"),
        ("health reform status", "en"),
        ("what was decided", "en"),
        ("flygtninge", "da"),
        ("agenda for KKR Nordjylland", "en"),
        ("Who replaced Jeppe Ugilt Hansen?", "en"),  # Danish names are no Danish
    ],
)
def test_language(q, lang, sample_vocabulary):
    assert ask(q, sample_vocabulary).language == lang


def test_language_without_vocabulary_uses_function_words_and_letters():
    assert detect_language(["hvad", "med", "sygeplejersker"]) == "da"
    assert detect_language(["what", "about", "nurses"]) == "en"
    assert detect_language(["æøå"]) == "da"


# --- glossary -----------------------------------------------------------------------------


def test_english_words_are_translated(sample_vocabulary):
    p = ask("what about refugees and the education committee", sample_vocabulary)
    assert "flygtninge" in p.terms
    assert "uddannelsesudvalg" in p.terms
    assert "refugees" not in p.terms + p.expansions


def test_multi_word_phrase_beats_its_words(sample_vocabulary):
    p = ask("health reform status", sample_vocabulary)
    assert p.terms[0] == "sundhedsreform"
    assert "sundhed" not in p.terms  # "health" alone would give this
    assert "status" in p.terms


def test_plurals_and_possessives_are_normalised(sample_vocabulary):
    assert "lærepladser" in ask("apprenticeships", sample_vocabulary).terms
    assert "lærepladser" in ask("training places", sample_vocabulary).terms
    assert "beredskab" in ask("emergency preparedness plans", sample_vocabulary).terms


def test_hyphenated_english_compound_is_split_for_the_glossary(sample_vocabulary):
    p = ask("SOSU-places in 2027", sample_vocabulary)
    assert p.terms[:2] == ("sosu", "lærepladser")


def test_related_words_go_to_expansions_not_terms(sample_vocabulary):
    p = ask("refugee quota", sample_vocabulary)
    assert p.terms == ("flygtninge", "kommunekvoter")
    assert "regionskvoten" in p.expansions
    assert not set(p.terms) & set(p.expansions)


def test_english_words_nobody_knows_are_reported_not_searched(sample_vocabulary):
    p = ask("what is the weather in Aarhus tomorrow", sample_vocabulary)
    assert p.terms == ("aarhus",)  # a name the index has
    assert p.unknown == ("weather", "tomorrow")
    assert not set(p.unknown) & set(p.expansions)


def test_weak_english_verbs_only_widen_the_search(sample_vocabulary):
    p = ask("how many refugees will Midtjylland receive", sample_vocabulary)
    assert p.terms == ("flygtninge",)
    assert "modtage" in p.expansions


def test_filler_phrase_hides_its_words(sample_vocabulary):
    p = ask("what took place regarding nurses", sample_vocabulary)
    assert "lærepladser" not in p.terms  # "place" would translate to this
    assert "sygeplejersker" in p.terms


def test_danish_adverbs_of_emphasis_and_then_name_no_topic(sample_vocabulary):
    # "så" (then), "faktisk" (actually), "virkelig" (really): as their English twins, no topic words
    p = ask("Blev mødet i kontaktudvalget så faktisk holdt, og var det virkelig aflyst?", sample_vocabulary)
    assert not {"så", "faktisk", "virkelig"} & set(p.terms) and "kontaktudvalget" in p.terms


@pytest.mark.parametrize(
    "question, contraction",
    [
        ("whats the deadline for the refugee quotas in Midtjylland?", "whats"),
        ("didnt they approve the SOSU places for 2027?", "didnt"),
        ("didn't they approve the SOSU places for 2027?", "didn't"),
        ("isnt the deadline for the refugee quotas in May?", "isnt"),
        ("whos the chair of KKR Syddanmark?", "whos"),
    ],
)
def test_english_contractions_with_or_without_apostrophe_name_no_topic(question, contraction, sample_vocabulary):
    # Slack users drop the apostrophe; neither form is a word an item could lack (nor a typo of one)
    p = ask(question, sample_vocabulary)
    words = set(p.terms) | set(p.unknown) | {fixed for _, fixed in p.corrections}
    assert not {contraction, contraction.replace("'", ""), "didn", "what", "who", "is"} & words, words
    assert p.terms, question  # the topic words stay


def test_danish_question_keeps_danish_words_and_gets_related_words(sample_vocabulary):
    p = ask("hvad med flygtninge", sample_vocabulary)
    assert p.terms == ("flygtninge",)
    assert "kommunekvoter" in p.expansions


def test_danish_words_the_documents_never_use_are_replaced_by_theirs(sample_vocabulary):
    assert ask("elevpladser 2027", sample_vocabulary).terms == ("lærepladser",)
    p = ask("hvad koster en plads", sample_vocabulary)
    assert p.terms[0] == "prisen" and "koster" not in p.terms
    assert ask("koster", ()).terms == ("koster",)  # no vocabulary: nothing to judge by


def test_compound_written_apart_is_joined_when_the_index_has_it(sample_vocabulary):
    p = ask("udviklings bidrag 2022", sample_vocabulary)
    assert p.terms == ("udviklingsbidrag",)
    assert ("udviklings bidrag", "udviklingsbidrag") in p.corrections
    assert ask("kollektiv trafik", sample_vocabulary).terms == ("kollektiv", "trafik")


def test_it_is_a_word_in_danish_and_a_pronoun_in_english(sample_vocabulary):
    assert ask("status på it", sample_vocabulary).terms == ("status", "it")
    assert ask("what is it about refugees", sample_vocabulary).terms == ("flygtninge",)


def test_shouting_has_no_acronyms(sample_vocabulary):
    p = ask("HOW MUCH IS THE DEVELOPMENT CONTRIBUTION IN 2022", sample_vocabulary)
    assert p.terms == ("udviklingsbidrag",) and p.language == "en"


def test_danish_hyphen_compound_stays_whole(sample_vocabulary):
    assert "sosu-lærepladser" in ask("SOSU-lærepladser i 2027", sample_vocabulary).terms


def test_english_verb_forms_reach_the_glossary(sample_vocabulary):
    assert "udpegning" in ask("who was appointed to KKR Nordjylland", sample_vocabulary).terms
    assert "fordeling" in ask("how are refugees allocated", sample_vocabulary).terms


def test_words_like_topic_only_widen_the_search(sample_vocabulary):
    p = ask("topics about climate", sample_vocabulary)
    assert p.terms == ("klima",)
    assert "temaer" in p.expansions
    # "punkter", "emner", "sager" only ask which items: no topic, in Danish or translated
    assert not {"punkter", "emner"} & set(p.expansions)
    assert ask("hvilke punkter og sager om klima", sample_vocabulary).terms == ("klima",)


# --- typo correction ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "typo, fixed",
    [
        ("lærepladsr", "lærepladser"),
        ("sundhedsreformn", "sundhedsreformen"),
        ("pædagogudannelsen", "pædagoguddannelsen"),
        ("sundhedsrefomen", "sundhedsreformen"),
        ("udviklingsbidraj", "udviklingsbidrag"),
    ],
)
def test_typos_are_corrected_against_the_vocabulary(typo, fixed, sample_vocabulary):
    p = ask(f"status på {typo}", sample_vocabulary)
    assert fixed in p.terms and typo not in p.terms
    assert (typo, fixed) in p.corrections


def test_typo_inside_a_hyphen_compound(sample_vocabulary):
    p = ask("SOSU-lærepladsr", sample_vocabulary)
    assert p.terms == ("sosu-lærepladser",)


@pytest.mark.parametrize("q", ["lærepladser", "unge", "sosu", "SKF", "4.107", "lærepladserne"])
def test_valid_short_numeric_and_inflected_words_are_not_corrected(q, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert p.corrections == ()
    assert p.terms == (q.lower(),)


def test_short_unknown_word_is_left_alone(sample_vocabulary):
    assert ask("sosa", sample_vocabulary).corrections == ()  # 4 letters: too close to too many words
    assert ask("klimo", sample_vocabulary).corrections == ()  # 5 letters may not have a wrong letter


def test_english_glossary_words_are_translated_not_corrected(sample_vocabulary):
    p = ask("places", sample_vocabulary)
    assert p.corrections == ()
    assert p.terms == ("lærepladser",)


@pytest.mark.parametrize(
    "q, typo, fixed, term",
    [
        ("refugess in 2027", "refugess", "refugees", "flygtninge"),
        ("helth reform status", "helth", "health", "sundhedsreform"),
        ("emergancy preparedness", "emergancy", "emergency", "beredskab"),
        ("apprenticships in Central Jutland", "apprenticships", "apprenticeships", "lærepladser"),
    ],
)
def test_misspelt_english_is_fixed_then_translated(q, typo, fixed, term, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert (typo, fixed) in p.corrections
    assert term in p.terms and p.language == "en"


def test_misspelt_intent_words_keep_the_intent(sample_vocabulary):
    p = ask("what was decidded about refugees", sample_vocabulary)
    assert p.intent == "decision" and ("decidded", "decided") in p.corrections
    p = ask("hvad blev beslutet om lærepladser", sample_vocabulary)
    assert (p.intent, p.terms) == ("decision", ("lærepladser",))
    assert ask("upcomming meeting KKR Nord", sample_vocabulary).intent == "next_meeting"


def test_no_vocabulary_means_no_corrections():
    p = ask("lærepladsr")
    assert p.corrections == () and p.terms == ("lærepladsr",)


def test_frequent_correction_is_preferred():
    # Both are one wrong letter away from "fordelinx"; frequency decides.
    assert ask("fordelinx", Counter({"fordeling": 50, "fordelina": 1})).terms == ("fordeling",)
    assert ask("fordelinx", Counter({"fordeling": 1, "fordelina": 50})).terms == ("fordelina",)


def test_plain_vocabulary_collection_works():
    p = parse_question("lærepladsr", vocabulary=["lærepladser", "unge"])
    assert p.terms == ("lærepladser",)


def test_words_that_only_ask_for_a_figure_a_speaker_or_a_date_are_no_topic() -> None:
    parsed = parse_question("hvor mange sosu-elever skal kommunerne tilsammen tage ind, og hvilken dato?")
    assert "tilsammen" not in parsed.terms and "dato" not in parsed.terms and "sosu-elever" in parsed.terms
    assert "fortæller" not in parse_question("hvem fortæller om kommunalvalget").terms
    assert "date" not in parse_question("on what date was the network meeting").unknown


def test_a_past_verb_form_is_matched_by_its_other_forms_in_part() -> None:
    parsed = parse_question("hvem ønskede at stoppe?", vocabulary={"ønskede": 1, "ønsket": 3, "ønsker": 2}, today=None)
    assert set(dict(parsed.alternatives)["ønskede"]) == {"ønsket", "ønsker"}
