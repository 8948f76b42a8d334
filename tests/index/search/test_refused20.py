"""Round 20, REFUSED20: answerable questions refused while their right item was first, read by the
kind of wording (meaning_classes.toml's [cease]: a thing that stops existing asked in everyday
words, "forsvinder", "ophører", for the documents' "erstattes", "bortfalder", "afskaffelse";
index/search/renderings.py: a word reached only through its meaning class names no topic;
compounds.short_head_compounds: a short word the index never saw alone, "lån", read as the rare
compounds it begins, "lånepuljen")."""

from __future__ import annotations

import pytest

from index.question.meaning_classes import members_of
from index.search.compounds import short_head_compounds
from tests.support.sample import ask_checked


@pytest.mark.parametrize(
    ("word", "member", "is_member"),
    [
        ("forsvinder", "erstattes", True),
        ("ophører", "bortfalder", True),
        ("forsvandt", "afskaffelse", True),
        ("nedlagt", "forsvinde", True),
        ("lukke", "nedlægges", False),  # a place closed is asked of itself
        ("udsatte", "forsvinde", False),
    ],
)
def test_a_thing_that_stops_existing_is_one_meaning(word: str, member: str, is_member: bool) -> None:
    assert (member in members_of(word)) is is_member


@pytest.mark.parametrize(
    ("question", "answered", "first"),
    [
        # each refused on main with its item first and kept
        ("Hvilke udvalg ophører, når sundhedsklyngerne etableres?", True, ("000", "5.2")),
        ("hvilke uddannelser forsvinder med epx-aftalen?", True, ("003", "3.3")),
        # the same shapes of what no document gives stay refused
        ("Hvilke uddannelser forsvinder med folkeskolereformen?", False, None),  # answered with the word counted rare
        ("Hvilke udvalg forsvinder i Region Hovedstaden, når sundhedsklyngerne kommer?", False, None),
        # a short word the index never saw alone, read as the rare compounds it begins
        ("Hvornår skal kommunerne søge om lån til nye botilbudspladser?", True, ("004", "3.5")),
        ("hvilke målgrupper vil de midtjyske kommuner især lave flere pladser til ifm de statslige lån til nye pladser?", True, ("004", "3.5")),
        ("Hvad koster en plads på et kvindekrisecenter i Nordjylland pr. døgn?", False, None),  # "døgn" a unit, not "døgntaksten"
    ],
)
def test_answerable_questions_in_other_wordings_are_answered_by_their_item(
    sample_engine, question: str, answered: bool, first: tuple[str, str] | None
) -> None:
    ask_checked(sample_engine, question, answered, first)


@pytest.mark.parametrize(
    ("word", "text", "read"),
    [
        ("lån", "hvornår kan man søge om lån?", True),  # "lånepulj": "lån" + "e" + "pulj"
        ("døgn", "hvad koster en plads pr. døgn?", False),  # the unit of a rate asked
        ("bag", "hvem står bag analysen?", False),  # "baggrund" is in most items: no topic
        ("udvalg", "hvilke udvalg?", False),  # a word the index has alone is read as it is
    ],
)
def test_a_short_word_is_read_as_the_rare_compounds_it_begins(sample_engine, word: str, text: str, read: bool) -> None:
    from index.analysis import stem
    from index.search.rank import doc_frequency

    reader = sample_engine._snapshot
    whole = stem(word)
    found = short_head_compounds(reader, whole, doc_frequency(reader, whole), word, text)
    assert bool(found) is read, found
