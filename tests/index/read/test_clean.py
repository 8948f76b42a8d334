"""Hyphen joins, line joins and the template's structure on small hand-made inputs."""

from __future__ import annotations

import pytest

from index.read.clean import compose, sentence_spans
from index.read.hyphens import Vocabulary, fix_inline, join_split
from index.read.lines import Line
from index.read.segment import segment

VOCAB = Vocabulary.of(
    [
        "dagsordenen blev udsendt, og it-enheder og e-mail og udviklingsbidrag",
        "sundheds-og omsorgsassistenter",  # a typo must not make "sundheds-" a prefix
    ]
)


@pytest.mark.parametrize(
    "stem, cont, expected",
    [
        ("udvik-", "lingsbidrag", "udviklingsbidrag"),
        ("SOSU-", "assistentuddannelsen", "SOSU-assistentuddannelsen"),
        ("KD-", "Net", "KD-Net"),
        ("2021-", "2023", "2021-2023"),
        ("dagsor-", "denen.", "dagsordenen."),  # the joined form occurs in the document
        ("e-", "mail", "e-mail"),  # the hyphenated form occurs in the document
        ("it-", "driftsenheder", "it-driftsenheder"),  # "it-" is a prefix the document writes
        ("sundheds-", "hjælpere", "sundhedshjælpere"),
        ("(kom-", "mende)", "(kommende)"),
        ("Midtjyl-", "land", "Midtjylland"),
        ("Børne-", "og", None),  # suspended compound
        ("Øst-", "end", None),
        ("-", "4", None),  # a dash, not a broken word
        ("https://x.dk/referat-fra-", "moede.pdf", "https://x.dk/referat-fra-moede.pdf"),
    ],
)
def test_join_split(stem, cont, expected):
    assert join_split(stem, cont, VOCAB) == expected


def test_fix_inline():
    assert fix_inline("fælles it- driftsenheder", VOCAB) == "fælles it-driftsenheder"
    assert fix_inline("SSH- og SSA -uddannelserne", VOCAB) == "SSH- og SSA -uddannelserne"


def _lines(*texts: str, page: int = 1) -> list[Line]:
    out = []
    for t in texts:
        gap = t.startswith("¶")
        t = t.lstrip("¶")
        out.append(Line(t, page, gap_before=gap, fill=len(t) / 60, lead=len(t.split()[0]) / 60))
    return out


def test_compose_joins_wrapped_lines_keeps_bullets_and_paragraphs():
    lines = _lines(
        "Det indstilles, at KKR tager orienteringen om det kommunale udvik-",
        "lingsbidrag til efterretning, og at",
        "– punkt et",
        "– punkt to",
        "¶Nyt afsnit.",
    )
    c = compose(lines, VOCAB, page=1)
    assert c.text == (
        "Det indstilles, at KKR tager orienteringen om det kommunale udviklingsbidrag til "
        "efterretning, og at\n– punkt et\n– punkt to\n\nNyt afsnit."
    )


def test_compose_records_page_breaks_links_and_attachments():
    lines = [
        Line("Første side med en tekst der fylder hele linjen ud til kanten af", 3, fill=0.99, lead=0.1),
        Line("https://www.kl.dk/a.pdf", 3, link=True),
        Line("./. Bilag om noget. Mere tekst.", 4, gap_before=True, fill=0.5, lead=0.05),
    ]
    c = compose(lines, VOCAB, page=3)
    assert c.text == "Første side med en tekst der fylder hele linjen ud til kanten af\n\nBilag om noget. Mere tekst."
    assert c.page_breaks == (c.text.index("Bilag"),)
    assert c.links == ("https://www.kl.dk/a.pdf",)
    assert c.attachments == ("Bilag om noget.",)


def test_sentences_skip_abbreviations():
    text = "Vedlagt Notat vedr. Socialtilsyn Nord, bl.a. dvs. KKR Nordjylland. Ny sætning."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Vedlagt Notat vedr. Socialtilsyn Nord, bl.a. dvs. KKR Nordjylland.",
        "Ny sætning.",
    ]


def test_numbered_points_and_year_lines_inside_items_are_not_headings():
    lines = _lines(
        "1. Godkendelse af referat",
        "1.1. Godkendelse af referat",
        "SAG-2026-00001 abc",
        "Baggrund",
        "Tekst om noget fra",
        "2025.",
        "1. Udvalg, der skal udpeges til i næste valgperiode",
        "3. Pendleranalyse - Analyse af geografisk mobilitet",
        "4. Senioranalyse - Analyse af +60-åriges tilknytning",
        "til arbejdsmarkedet",
        "3. Regionalpolitiske sager",
        "3.1. En lang titel der fortsætter på",
        "næste linje",
        "SAG-2026-00002 def / ghi",
        "Beslutning",
        "Godkendt.",
        "7. Eventuelt",
    )
    outline = segment(lines)
    assert [(s.number, s.title, s.item_numbers) for s in outline.sections] == [
        (1, "Godkendelse af referat", ("1.1",)),
        (3, "Regionalpolitiske sager", ("3.1",)),
        (7, "Eventuelt", ()),
    ]
    first, second = outline.items
    assert "4. Senioranalyse" in first.sections[0].text
    assert second.title == "En lang titel der fortsætter på næste linje"
    assert second.case_workers == ("def", "ghi")
    assert second.sections[0].text == "Godkendt."
