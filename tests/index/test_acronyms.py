"""The initials of names the documents write out ("social- og sundhedsassistent": SSA)."""

from __future__ import annotations

import pytest

from index.acronyms import coordinated_acronyms, paired_acronyms


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
