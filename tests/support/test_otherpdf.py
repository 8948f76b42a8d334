"""The fpdf2 generator prints what issue 9 describes, and its `Expected` matches its pages.

Checked on the PDF itself with pdfplumber and pdfium, not with the project's reader, so a
failure of the ingest tests points at the reader.
"""

from __future__ import annotations

import io
import re

import pdfplumber
import pypdfium2
import pytest

from tests.support.otherpdf import kl_pdf
from tests.support.otherpdf_flow import hyphenation_points
from tests.support.otherpdf_samples import sample_meeting, sample_names, sample_participants
from tests.support.otherpdf_variants import VARIANTS, printed_sample

pytestmark = pytest.mark.xdist_group("otherpdf")  # the printed samples, made once on one worker

MINUTES = "001_37866b4be7b1cc74"


@pytest.fixture(scope="module")
def minutes_pdf():
    meeting = sample_meeting(MINUTES)
    data, expected = kl_pdf(meeting, toc="one", participants=sample_participants(MINUTES))
    with pdfplumber.open(io.BytesIO(data)) as doc:
        lines = [page.extract_text().splitlines() for page in doc.pages]
        links = {link["uri"] for page in doc.pages for link in page.hyperlinks}
        fonts = {char["fontname"] for page in doc.pages[:6] for char in page.chars}
        tables = [t.extract() for page in doc.pages for t in page.find_tables()]
    pdfium = pypdfium2.PdfDocument(data)
    stream = [pdfium[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdfium))]
    pdfium.close()
    return meeting, expected, lines, stream, links, fonts, tables


def test_the_cover_has_spaced_kind_capital_council_and_labels_apart_from_values(minutes_pdf) -> None:
    _, _, lines, stream, _, _, _ = minutes_pdf
    assert lines[0][:3] == ["R E F E R A T 2 0 2 5", "KKR MIDTJYLLAND", "Dato: 12-09-2025 kl. 09:30"]
    assert lines[0][3].startswith("Sted: Hotel Legoland")
    assert stream[0].split("\n")[2:5] == ["Dato:", "Sted:", "12-09-2025 kl. 09:30"]
    assert [ln[0] for ln in lines[1:2]] == ["Mission"]


def test_the_contents_list_every_section_and_item_with_its_page(minutes_pdf) -> None:
    meeting, expected, lines, _, _, _, _ = minutes_pdf
    assert expected.contents_pages == (3,)
    toc = lines[2]
    assert toc[:2] == ["KKR Midtjylland | 12-09-2025", "Indholdsfortegnelse"]
    assert toc[-1] == "SIDE | 3"
    pages, number = {}, None
    for line in toc[2:-1]:
        start = re.match(r"(\d\.(?:\d+\.)?) ", line)
        number = start.group(1).rstrip(".") if start else number
        leader = re.search(r"\.{3,} (\d+)$", line)
        if leader and number:
            pages[number], number = int(leader.group(1)), None
    assert {e.number: e.page for e in expected.items}.items() <= pages.items()
    assert [f"{s['number']}" for s in meeting["sections"]] == [k for k in pages if "." not in k]
    assert re.fullmatch(r"Deltagerfortegnelse \.{3,} 4", toc[2])


def test_each_item_heading_is_on_the_page_expected_says(minutes_pdf) -> None:
    _, expected, lines, _, _, _, _ = minutes_pdf
    for e in expected.items:
        heading = f"{e.number}. {e.title.split()[0]}"
        assert any(ln.startswith(heading) for ln in lines[e.page - 1]), (e.number, e.page)
        assert not any(ln.startswith(heading) for page in lines[3 : e.page - 1] for ln in page)
        assert lines[e.page - 1][-1] == f"SIDE | {e.page}"


def test_minutes_list_participants_and_apologies_before_item_one(minutes_pdf) -> None:
    _, expected, lines, _, _, _, _ = minutes_pdf
    page = lines[expected.participants_page - 1]
    assert page[1:3] == ["Deltagerfortegnelse", "Deltagere"]
    absent = [p for p in expected.participants if not p["present"]]
    assert absent and page.index("Afbud") == len(expected.participants) - len(absent) + 3
    assert expected.participants_page < expected.items[0].page


def test_body_is_hyphenated_anew_linked_ruled_and_in_an_embedded_font(minutes_pdf) -> None:
    meeting, expected, lines, _, links, fonts, tables = minutes_pdf
    body = [ln for page in lines[expected.items[0].page - 1 :] for ln in page]
    cut = [(a, b) for a, b in zip(body, body[1:]) if re.search(r"[a-zæøå]-$", a) and b[:1].islower()]
    assert len(cut) > 20  # words split at a syllable the sample text never split them at
    assert {url for e in expected.items for url in e.links} <= links
    assert any(row[0] == "KKR Hovedstaden" and row[1:] == ["851", "850", "1.779", "1.780"]
               for table in tables for row in table)
    assert {f.split("+")[-1] for f in fonts} >= {"Lato", "LatoBold"}


@pytest.mark.parametrize("sample", sample_names())
def test_every_sample_prints_in_each_variant_with_its_pages_increasing(sample) -> None:
    """Each printing the ingest tests read (contents none, one or two columns, cover-only date; every
    font and margins in turn): printed once for both modules of this worker's group."""
    meeting = sample_meeting(sample)
    for variant in VARIANTS:
        _, expected = printed_sample(sample, variant)
        pages = [e.page for e in expected.items]
        assert pages == sorted(pages) and pages[-1] <= expected.page_count
        assert len(expected.items) == sum(len(s["items"]) for s in meeting["sections"])


def test_hyphenation_splits_at_syllables_and_keeps_real_hyphens() -> None:
    def split(word: str) -> str:
        for p in reversed(hyphenation_points(word)):
            word = word[:p] + "|" + word[p:]
        return word

    assert split("lærepladser") == "lære|plad|ser"
    assert split("fordeling") == "for|de|ling"
    assert split("SOSU-uddannelserne").startswith("SOSU-|")
    assert split("it-drift") == "it-drift"  # after a lower-case letter: not a place to break
