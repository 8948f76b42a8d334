"""The initials of names the documents write out ("social- og sundhedsassistent": SSA)."""

from __future__ import annotations

import pytest

from index.acronyms import coordinated_acronyms, defined_acronyms, paired_acronyms


@pytest.mark.parametrize(
    "text, acronyms",
    [
        ("elever på social- og sundhedsassistentuddannelsen", ["ssa"]),
        ("Social- og sundheds- assistenter 1.259", ["ssa"]),  # a table cell's break
        ("Social- og sundhedassistenter", ["ssa"]),  # no linking s
        ("3.000 social- og sundhedshjælpere", ["ssh"]),
        ("Uddannelses- og Forskningsministeriet anmoder", ["ufm"]),
        ("Indenrigs- og Sundhedsministeriet", ["ism"]),
        ("social- og sundhedshjælpere og social- og sundhedsassistenter", ["ssh", "ssa"]),
    ],
)
def test_a_name_of_two_words_joined_by_og_gives_its_initials(text, acronyms):
    assert coordinated_acronyms(text) == acronyms


@pytest.mark.parametrize(
    "text",
    [
        "skole- og fritidspædagogik",  # no joint in the second word: no guessed initials
        "pris- og lønniveau",
        "social og sundhed",  # no cut first word
        "SSH- og SSA-uddannelsen",  # acronyms already
        "",
    ],
)
def test_a_name_with_no_clear_parts_gives_none(text):
    assert coordinated_acronyms(text) == []


def test_a_name_with_its_acronym_in_parentheses_is_a_pair():
    text = "Sundhedskoordinationsudvalg (SKU) og Praksisplanudvalg (PPU) erstattes; Europæisk Kulturregion (EKR)"
    assert paired_acronyms(text) == {"sku": "sundhedskoordinationsudvalg", "ppu": "praksisplanudvalg"}
    assert paired_acronyms("Arbejdsmarkedskontor Midt-Nord (AMK)") == {}  # the word before is no name of it
    assert paired_acronyms("i alt (KL)") == {}


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("forelagt Kommunaldirektørnetværket i Midtjylland (KD-Net). Erhvervshusets",
         [("kd-net", "kommunaldirektørnetværket i midtjylland")]),
        ("Orientering fra Business Region North (BRN)", [("brn", "business region north")]),
        ("blev forelagt Den Administrative Styregruppe på Socialområdet (DAS) på møde",
         [("das", "den administrative styregruppe på socialområdet")]),
        ("jobcentre og Arbejdsmarkedskontor Midt-Nord (AMK): Samtidig", [("amk", "arbejdsmarkedskontor midt-nord")]),
        ("Sundhedskoordinationsudvalg (SKU) og Praksisplanudvalg (PPU) erstattes",
         [("sku", "sundhedskoordinationsudvalg"), ("ppu", "praksisplanudvalg")]),
        ("fire Sundhedskoordinationsfora (SKF) og det enkelte sundhedskoordinationsforum (SKF)",
         [("skf", "sundhedskoordinationsfora"), ("skf", "sundhedskoordinationsforum")]),
    ],
)  # fmt: skip
def test_a_name_of_one_word_or_several_defines_its_acronym(text, pairs):
    assert defined_acronyms(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "i alt (KL)",  # no name: the words do not begin with its letter
        "pædagogiske assistent (PAU)-uddannelsen",  # the acronym's letters are not the name's
        "drøftet med regionen (RM)",  # a name of one word must be twice the acronym's length
        "det nye Ungeråd (AMK)",  # its first letter is not the name's
        "en rapport om Ledige Unge i Danmark (XYZ)",
    ],
)
def test_words_that_do_not_spell_the_acronym_define_nothing(text):
    assert defined_acronyms(text) == []
