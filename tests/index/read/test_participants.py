"""The Deltagerfortegnelse read in the shapes extractors give it: one row a line, each cell on
its own line, commas, the role first, "Afbud" as a heading or inline; and wherever it stands."""

from __future__ import annotations

import pytest

from index.model import Participant
from index.read.lines import Line
from index.read.participants import read_participants
from index.read.segment import segment


def _read(texts: list[str], **line) -> tuple[Participant, ...]:
    return read_participants([Line(t, 4, **line) for t in texts])


def test_rows_with_municipality_and_role():
    people = _read(["Deltagerfortegnelse", "Deltagere",
                    "Anders Kjær (V) Aarhus Kommune Borgmester, formand",
                    "Birthe Lauridsen (A) Viborg Kommune Borgmester, næstformand",
                    "Afbud", "Ib Sommer (A) Struer Kommune Borgmester"], row=True)
    assert people == (
        Participant("Anders Kjær", "Aarhus Kommune", "Borgmester, formand", "V", True),
        Participant("Birthe Lauridsen", "Viborg Kommune", "Borgmester, næstformand", "A", True),
        Participant("Ib Sommer", "Struer Kommune", "Borgmester", "A", False),
    )


def test_each_cell_on_a_line_of_its_own():
    people = _read(["Deltagerfortegnelse", "Deltagere", "Anders Kjær (V)", "Aarhus Kommune", "Borgmester, formand",
                    "Helle Juul-Hansen (B)", "Ikast-Brande Kommune", "Viceborgmester",
                    "Carsten Friis (C)", "Herning Kommune", "Afbud", "Gunnar Bak (O)", "Skive Kommune", "Borgmester"])
    assert [(p.name, p.municipality, p.role, p.present) for p in people] == [
        ("Anders Kjær", "Aarhus Kommune", "Borgmester, formand", True),
        ("Helle Juul-Hansen", "Ikast-Brande Kommune", "Viceborgmester", True),
        ("Carsten Friis", "Herning Kommune", None, True),
        ("Gunnar Bak", "Skive Kommune", "Borgmester", False),
    ]


@pytest.mark.parametrize("line, expected", [
    ("Formand Erik Nielsen (A), Rødovre Kommune", ("Erik Nielsen", "Rødovre Kommune", "Formand", "A")),
    ("Sophie Hæstorp Andersen, Københavns Kommune, overborgmester",
     ("Sophie Hæstorp Andersen", "Københavns Kommune", "overborgmester", None)),
    ("Jens Jensen, Borgmester, formand", ("Jens Jensen", None, "Borgmester, formand", None)),
    ("Mette Lund Aalborg Borgmester", ("Mette Lund", "Aalborg", "Borgmester", None)),
    ("Christian Holm, KL", ("Christian Holm", "KL", None, None)),
])
def test_one_person_in_the_ways_a_line_gives_one(line, expected):
    (p,) = _read(["Deltagerfortegnelse", line])
    assert (p.name, p.municipality, p.role, p.party) == expected


def test_inline_apologies_and_their_heading_variants():
    people = _read(["Deltagerliste", "Til stede:", "Kirsten Ravn (A) Aalborg Kommune Borgmester",
                    "Afbud: Leif Brøndum (V), Thisted Kommune", "Fraværende med afbud", "Mads Holt, Hjørring Kommune"])
    assert [(p.name, p.present) for p in people] == [("Kirsten Ravn", True), ("Leif Brøndum", False), ("Mads Holt", False)]


def test_no_list_no_participants_and_prose_is_no_person():
    assert _read(["Mission", "KL bidrager til at udvikle og fastholde et stærkt lokalt demokrati."]) == ()
    assert _read(["Deltagerfortegnelse", "Listen følger, når mødet er holdt.", "Deltagere"]) == ()


def test_a_participant_list_after_the_last_item_is_not_its_text():
    texts = ["1. Godkendelse af referat", "1.1. Godkendelse af dagsorden", "SAG-2021-00001 ab", "Beslutning",
             "Godkendt.", "Deltagerfortegnelse", "Deltagere", "Kirsten Ravn (A) Aalborg Kommune Borgmester"]
    outline = segment([Line(t, 3) for t in texts])
    assert [s.text for s in outline.items[0].sections] == ["Godkendt."]
    assert read_participants(outline.front) == (Participant("Kirsten Ravn", "Aalborg Kommune", "Borgmester", "A"),)


def test_a_body_without_its_first_section_heading_still_has_its_section():
    texts = ["Indholdsfortegnelse", "1.1. Godkendelse af dagsorden ......... 3",
             "1.1. Godkendelse af dagsorden", "SAG-2021-00001 ab", "Beslutning", "Godkendt.",
             "2. Siden sidst", "2.1. Orientering", "SAG-2021-00001 ab", "Beslutning", "Taget til efterretning."]
    outline = segment([Line(t, 2 if k < 2 else 3) for k, t in enumerate(texts)])
    assert [(s.number, s.title, s.item_numbers) for s in outline.sections] == [
        (1, "Godkendelse af referat", ("1.1",)), (2, "Siden sidst", ("2.1",))]
