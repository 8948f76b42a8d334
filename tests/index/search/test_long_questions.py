"""Journalists' long questions (issue 10, round 9, docs/search.md "journalists' long questions
found"): a sentence framing the question, then the question in words other than the item's, half
in English. What the framing and the asker's own English weigh in finding the item."""

from __future__ import annotations

import pytest

from index.question.parse import parse_question
from index.question.typos import Vocabulary
from index.search.rank import UNKNOWN_FORM_SHARE, UNKNOWN_WEIGHT, _unknown_share, concepts_of
from tests.support.sample import TODAY, source_items


def _concepts(engine, question: str):
    snapshot = engine._snapshot
    parsed = parse_question(question, vocabulary=snapshot.vocabulary(), today=TODAY)
    return parsed, {c.word: c for c in concepts_of(snapshot, parsed)}


def test_an_unknown_english_word_of_the_framing_weighs_nothing(sample_engine) -> None:
    """The framing sentence's words nobody could translate set the scene in the asker's words: as
    concepts they would only weigh against every item alike."""
    question = ("Writing about training for the care professions: on what date did the Central Jutland "
                "council approve its strategy and action plan for welfare education?")
    parsed, concepts = _concepts(sample_engine, question)
    assert "professions" in parsed.unknown and "professions" in parsed.background
    assert "professions" not in concepts and "strategi" in concepts
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("003", "3.3")


def test_an_unknown_english_verb_form_weighs_less_than_an_unknown_noun(sample_engine) -> None:
    """"presented", "handed", "eventually" say how a thing was done; "stadium" names a thing."""
    _, concepts = _concepts(sample_engine, "was the stadium eventually presented to the council?")
    assert concepts["eventually"].weight == concepts["presented"].weight
    assert concepts["presented"].weight == pytest.approx(UNKNOWN_FORM_SHARE * concepts["stadium"].weight)
    assert concepts["stadium"].weight > UNKNOWN_WEIGHT * concepts["presented"].weight
    # an off-topic thing named in the asking sentence still refuses
    assert not sample_engine.ask("what did KKR decide about broadband in rural areas", today=TODAY).answered


def test_the_framing_is_what_is_asked_when_the_question_points_back_to_it(sample_engine) -> None:
    """"… take on jointly there?": the framing's place is the question's; its unknown thing ("hospital
    parking") weighs as one asked about, and no item has it."""
    question = "I'm doing a story on hospital parking. Which tasks do the municipalities take on jointly there?"
    parsed, concepts = _concepts(sample_engine, question)
    assert "parking" in parsed.background and concepts["parking"].weight == pytest.approx(concepts["jointly"].weight / UNKNOWN_FORM_SHARE)
    assert not sample_engine.ask(question, today=TODAY).answered


def test_a_word_in_ing_is_a_verb_form_only_when_it_goes_on() -> None:
    assert _unknown_share("presenting", "who is presenting virtually at KKR Midt?") == UNKNOWN_FORM_SHARE
    assert _unknown_share("parking", "what did KKR decide on hospital parking?") == 1.0
    assert _unknown_share("handed", "was the money handed out?") == UNKNOWN_FORM_SHARE


def test_a_noun_of_action_counts_in_part_in_its_verb_forms() -> None:
    """"konstituering" in the question, "konstituerende møde" in the item: the stemmer keeps them apart."""
    vocab = Vocabulary({"konstituering": 1, "konstituerende": 1, "udpegning": 3, "udpeget": 5, "ting": 9})
    assert vocab.inflections("konstituering") == ("konstituerende",)
    assert vocab.inflections("udpegning") == ("udpeget",)
    assert vocab.inflections("ting") == ()


def test_an_english_word_read_as_the_documents_word_brings_its_other_forms(sample_engine) -> None:
    question = ("I'm writing a piece about how the regional council of mayors hands over after the local elections. "
                "When will the newly composed Central Jutland council hold its constituting meeting?")
    parsed, _ = _concepts(sample_engine, question)
    assert ("constituting", "konstituering") in parsed.corrections
    assert "konstituerende" in dict(parsed.alternatives)["konstituering"]
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("001", "5.2")


def test_the_askers_planning_and_what_they_set_apart_are_no_topic(sample_engine) -> None:
    """"I'm planning our coverage of …" frames the question as "I'm writing about …" does; "apart from X,
    what …" asks for what else there is (a plan's other lines), as "besides" does."""
    parsed, _ = _concepts(sample_engine, "I'm planning our coverage of the health reform. Who spoke about it?")
    assert "planlægning" not in parsed.terms and "overtage" not in parsed.terms
    for asking in ("Apart from", "Aside from", "Besides", "Other than"):
        parsed, _ = _concepts(sample_engine, f"{asking} the framework agreement, what is lined up for 1 September 2026?")
        assert parsed.unknown == () and "rammeaftale" in parsed.terms, asking
    answer = sample_engine.ask("I'm planning our coverage of Central Jutland's council. Apart from the framework "
                               "agreement on social services, what is lined up for the meeting on 1 September 2026?",
                               today=TODAY)  # fmt: skip
    assert answer.answered and source_items(answer)[0] == ("003", "6.1")


def test_suggest_and_handle_widen_to_the_documents_verbs(sample_engine) -> None:
    """"suggest" as "propose", "handle" as "solve": the English of municipal work, widening only."""
    question = ("I'm covering the debate on how prepared the municipalities are for a crisis. Which tasks did the "
                "council paper suggest the municipalities could handle jointly?")
    parsed, _ = _concepts(sample_engine, question)
    assert "suggest" not in parsed.unknown and "handle" not in parsed.unknown
    assert "håndtere" in parsed.expansions and "forslag" in parsed.expansions
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == ("003", "3.2")


def test_english_words_no_item_has_weigh_little_against_rare_words_apart(sample_engine) -> None:
    # "eventually", "paid", "round": words the index never saw cannot tell items apart; the SOSU places
    # item holds the question's rare words (elder care, training supervisors, applicants), apart.
    answer = sample_engine.ask(
        "I'm looking at how training supervisors in elder care are funded. How much was eventually paid out "
        "to applicants in the first round?",
        today=TODAY,
    )
    assert answer.answered and answer.uncertain
    assert source_items(answer)[0] == ("001", "3.2")


def test_a_framed_question_whose_asked_words_the_item_holds_apart_is_possibly_relevant(sample_engine) -> None:
    # The asking sentence's words ("målgruppen", "arbejdsgruppens", "forslag") are all in the
    # employment item, two of them together, the rest of it a few sentences on; the item holds
    # 0.4 of the question together. The framing's "beskæftigelsesindsatsen", "svageste" are the asker's.
    answer = sample_engine.ask(
        "Jeg skriver om beskæftigelsesindsatsen for de svageste ledige. Hvad skal målgruppen fremover hedde i "
        "arbejdsgruppens forslag?",
        today=TODAY,
    )
    assert answer.answered and answer.uncertain
    assert source_items(answer)[0] == ("002", "3.2")


def test_the_council_asked_about_named_in_the_first_items_title_is_its_topic(sample_engine) -> None:
    # "det afgående KKR Midtjylland … gode råd videre": the item "Drøftelse af anbefalinger for KKR
    # Midtjylland i den kommende valgperiode" is about the council itself, in words of its own.
    answer = sample_engine.ask(
        "Før kommunalvalget i 2025 skulle det afgående KKR Midtjylland give gode råd videre. Hvad blev man enige om?",
        today=TODAY,
    )
    assert answer.answered and answer.uncertain
    assert source_items(answer)[0] == ("001", "5.2")
    # A body of the region ("Erhvervshus Nordjylland") is not the council: still refused.
    body = sample_engine.ask("Hvornår blev Erhvervshus Nordjylland stiftet?", today=TODAY)
    assert not body.answered


def test_a_typo_fix_the_item_lacks_weighs_as_a_word_the_index_never_saw(sample_engine) -> None:
    # "udtræder" (a real verb no item writes) is read as "udtræden", which one other item has: the
    # guess weighs against the RAR item as little as an unknown word would, and it stays "Måske".
    answer = sample_engine.ask("hvem udtræder nu af RAR Østjylland?", today=TODAY)
    assert answer.answered and answer.uncertain
    assert source_items(answer)[0] == ("004", "4.1")
