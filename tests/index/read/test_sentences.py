"""The Danish sentence splitter: abbreviations, ordinals and dates of KL's documents do not end
a sentence; a real stop after "kr." or a year does."""

from __future__ import annotations

import pytest

from index.read.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Prisen er ca. 1,5 mio. kr. om året for hver plads.",
        "Konferencen holdes den 3. sept. 2021 i Aarhus.",
        "Mødet er 1. januar 2026 kl. 10.00 i Viborg.",
        "Det gælder bl.a. elevløn, jf. Lov om social service, evt. også inkl. moms.",
        "Vi drøfter nr. 4 og pkt. 7 ift. den nye aftale, f.eks. om dvs. klima m.fl. emner.",
        "Kommunerne svarer senest d. 10. september på forslaget.",
        "Der blev afsat 23,1 mio. kr. årligt og 45 pct. af midlerne mv. til formålet.",
        "Oplæg ved Anders C. Dyhr om beredskab.",
        "Der er afsat 0,6 og 0,7 mia. kr. for 2025 og 2026 til puljen.",
        "Udvalget (3.080 kr.), svarende til ca. 1,1 mio. kr. om året, er dyrt.",
    ],
)
def test_abbreviations_ordinals_and_dates_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_a_stop_after_an_amount_or_a_year_ends_the_sentence() -> None:
    text = "Bidraget øges med 2,6 mio. kr. Baggrunden er en lavere bevilling. Det sker i 2026. Næste skridt følger."
    assert sentences(text) == [
        "Bidraget øges med 2,6 mio. kr.",
        "Baggrunden er en lavere bevilling.",
        "Det sker i 2026.",
        "Næste skridt følger.",
    ]


def test_questions_line_breaks_and_the_organisation_kl() -> None:
    text = "Hvem deltager? Oplægget holdes af KL. Derefter drøftelse\nNy overskrift"
    assert sentences(text) == ["Hvem deltager?", "Oplægget holdes af KL.", "Derefter drøftelse", "Ny overskrift"]


def test_spans_are_slices_of_the_text() -> None:
    text = "  Første sætning.  Anden sætning ml. KKR og kommunerne.\n\n– Et punkt  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Første sætning.", "Anden sætning ml. KKR og kommunerne.", "– Et punkt"]
