"""An acronym one document defines, asked of items of another that write only the name, and back."""

from __future__ import annotations

from datetime import date

from index.question.acronyms_asked import acronyms_asked
from index.question.parse import parse_question

DEFINED = {
    "kd-net": ("kommunaldirektørnetværket i midtjylland",),
    "das": ("den administrative styregruppe på socialområdet",),
    "sku": ("sundhedskoordinationsudvalg",),
}
TODAY = date(2026, 11, 22)


def test_an_acronym_asked_is_searched_with_its_name_too():
    assert acronyms_asked(["kd-net", "budget"], DEFINED) == {"kd-net": ["kommunaldirektørnetværket-midtjylland"]}
    assert acronyms_asked(["sku", "medlemmer"], DEFINED) == {"sku": ["sundhedskoordinationsudvalg"]}


def test_a_name_asked_is_searched_with_its_acronym_too():
    # the name's longest word and half of its words: "kommunaldirektørnetværket" alone names it
    assert acronyms_asked(["kommunaldirektørnetværket", "oplæg"], DEFINED) == {"kommunaldirektørnetværket": ["kd-net"]}
    assert acronyms_asked(["sundhedskoordinationsudvalget"], DEFINED) == {"sundhedskoordinationsudvalget": ["sku"]}
    assert acronyms_asked(["administrative", "styregruppe", "budget"], DEFINED) == {"administrative": ["das"], "styregruppe": ["das"]}


def test_words_that_are_not_the_name_gain_nothing():
    assert acronyms_asked(["socialområdet", "budget"], DEFINED) == {}  # not the name's longest word
    assert acronyms_asked(["administrative", "byrder"], DEFINED) == {}  # one word of three
    assert acronyms_asked(["kd-net"], {}) == {}


def test_the_parsed_question_holds_the_other_rendering():
    parsed = parse_question("hvad bad KKR kommunaldirektørnetværket om?", today=TODAY, acronyms=DEFINED)
    assert ("kommunaldirektørnetværket", ("kd-net",)) in parsed.alternatives
    parsed = parse_question("KD-Net budget 2025?", today=TODAY, acronyms=DEFINED)
    assert dict(parsed.alternatives)["kd-net"] == ("kommunaldirektørnetværket-midtjylland",)


def test_a_standing_acronym_the_documents_never_write_is_read_as_its_body(sample_engine):
    # the documents write "Kontaktudvalget", "kommunalbestyrelsesmedlemmer", "regionsrådsformand" in full
    parsed = parse_question("hvem var med fra KL til temamødet i KU i aug 2021?", today=TODAY, vocabulary=sample_engine.vocabulary())
    assert "kontaktudvalget" in parsed.terms and "ku" not in parsed.terms
    answer = sample_engine.ask("hvor mange KB-medl. udpeger KKR MJ til uddannelsesudvalget?", today=TODAY)
    first = answer.hits[0].item
    assert answer.answered and (first.source[:3], first.item_number) == ("000", "5.2")
    parsed = parse_question("RR-formand i Midtjylland?", today=TODAY, vocabulary=sample_engine.vocabulary())
    assert "regionsrådet" in parsed.terms and "formand" in parsed.terms  # an acronym heading a compound
