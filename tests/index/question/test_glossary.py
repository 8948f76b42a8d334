"""The glossary as data (index/question/glossary.toml) and its small API: load, normalise, match."""

from __future__ import annotations

import pytest

from index.question.glossary import GlossaryError, english_key, parse_glossary
from index.question.parse import load_glossary, parse_question


def test_load_glossary_is_cached_and_large():
    g = load_glossary()
    assert g is load_glossary()
    assert len(g.english) >= 300
    entry, n = g.match(["the", "health", "reform"], 1)
    assert (entry.terms, n) == (("sundhedsreform",), 2)
    assert g.match(["decision"], 0)[0].terms == ("beslutning",)
    assert g.is_english("quotas") and not g.is_english("lærepladser")


def test_glossary_targets_are_lowercase_words():
    g = load_glossary()
    for entry in g.english.values():
        for target in entry.terms + entry.related:
            assert target == target.lower().strip() and target, entry.key
    for word, related in g.danish.items():
        assert " " not in word and related, word  # looked up one question word at a time


def test_glossary_format_errors_are_reported():
    with pytest.raises(GlossaryError, match="repeats"):
        parse_glossary({"en": {"a": {"places": "pladser"}, "b": {"place": "plads"}}})
    with pytest.raises(GlossaryError, match="expected"):
        parse_glossary({"en": {"x": {"places": 3}}})


@pytest.mark.parametrize(
    "word, key",
    [("places", "place"), ("policies", "policy"), ("council's", "council"), ("taxes", "tax"),
     ("bus", "bus"), ("analysis", "analysis"), ("Quotas", "quota")],
)
def test_english_key_normalises_plurals_and_possessives(word, key):
    assert english_key(word) == key


def test_longest_phrase_wins_and_filler_phrases_match():
    g = load_glossary()
    entry, n = g.match(["social", "and", "health", "care", "assistant"], 0)
    assert n == 5 and entry.terms == ("assistentelever",)
    entry, n = g.match(["took", "place"], 0)
    assert n == 2 and entry.terms == entry.related == ()


def test_glossary_covers_every_area_of_kkr_work():
    g = load_glossary()
    expected = {
        "apprenticeship": "lærepladser",
        "kindergarten teacher": "pædagoger",
        "health reform": "sundhedsreform",
        "health cluster": "sundhedsklynger",
        "social supervision": "socialtilsyn",
        "job centre": "jobcentre",
        "business house": "erhvervshus",
        "performance contract": "resultatkontrakt",
        "development contribution": "udviklingsbidrag",
        "climate secretariat": "klimasekretariat",
        "public transport": "kollektiv trafik",
        "emergency preparedness": "beredskab",
        "economic negotiation": "økonomiforhandlinger",
        "loan pool": "lånepulje",
        "appointment": "udpegning",
        "election period": "valgperiode",
        "minutes": "referat",
        "it operations unit": "it-driftsenheder",
        "refugee": "flygtninge",
        "nurse": "sygeplejersker",
        "quota": "kvoter",
        "decision": "beslutning",
        "education committee": "uddannelsesudvalg",
    }
    for english, danish in expected.items():
        entry, n = g.match(english.split(), 0)
        # a weak word ("the minutes on X": X is the topic) only widens the search
        assert n == len(english.split()) and (entry.terms or entry.related)[0] == danish, english


def test_an_english_word_with_the_same_ending_as_a_key_is_no_typo_of_it() -> None:
    from index.question.glossary import load_glossary

    glossary = load_glossary()
    assert glossary.correct("heading") is None and glossary.correct("expected") is None
    assert glossary.correct("refugess") == "refugees" and glossary.correct("apponted") in ("appointed", "appoint")


def test_the_whole_country_in_any_of_the_documents_words(sample_vocabulary):
    # "på landsplan" counts the documents' other words for a national figure in part; the adjective
    # "national" qualifies another thing ("the national evaluation") and stays as it is
    alternatives = dict(parse_question("ssa vs ssh elever på landsplan 2023?", vocabulary=sample_vocabulary).alternatives)
    assert {"nationalt", "landstal", "landet"} <= set(alternatives["landsplan"])
    assert "national" not in dict(parse_question("the national evaluation", vocabulary=sample_vocabulary).alternatives)


def test_a_pronoun_object_does_not_break_a_phrasal_verb():
    from index.question.glossary import load_glossary

    g = load_glossary()
    assert g.close_phrasal_verbs("why has the council set one up in recent terms?") == "why has the council set up in recent terms?"
    assert g.close_phrasal_verbs("they closed it down in 2022") == "they closed down in 2022"
    assert g.close_phrasal_verbs("I set it aside") == "I set it aside"  # no such phrase in the glossary
