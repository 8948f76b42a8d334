"""The PDF path: generated PDFs laid out like KL's give the same items as the text path,
with the pages the generator put them on; every bad PDF raises its own one-line error."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from index.errors import CorruptPDF, EmptyFile, EncryptedPDF, IngestError, NoTextLayer, NotAnAgenda
from index.model import Meeting
from index.read.document import read_document
from tests.support.pdfgen import (
    Layout,
    encrypted_pdf,
    image_only_pdf,
    inherited_mediabox_pdf,
    meeting_pdf,
    plain_pdf,
    truncated_pdf,
)
from tests.index.read.test_textfile import FILES, HEADER_DEBRIS, HYPHEN_DEBRIS, SAMPLES

pytestmark = pytest.mark.xdist_group("printed_samples")  # the samples printed as KL would, once on one worker


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> dict[str, tuple[Meeting, Meeting, Layout, Path]]:
    """key → (text-path meeting, PDF-path meeting, layout, pdf path), built once."""
    folder = tmp_path_factory.mktemp("pdfs")
    out = {}
    for key, name in FILES.items():
        text_meeting = read_document(SAMPLES / name)
        path = folder / f"{Path(name).stem}.pdf"
        layout = meeting_pdf(text_meeting, path, first_page=3 if key == "003" else 1)
        out[key] = (text_meeting, read_document(path), layout, path)
    return out


def words(text: str | None) -> list[str] | None:
    """Text modulo whitespace (and the one character the test font lacks)."""
    return None if text is None else text.replace("\u2011", "-").split()


@pytest.mark.parametrize("key", FILES)
def test_pdf_gives_the_same_items_as_the_text(generated, key):
    text_m, pdf_m, _, _ = generated[key]
    assert [i.item_number for i in pdf_m.items] == [i.item_number for i in text_m.items]
    for t, p in zip(text_m.items, pdf_m.items):
        assert words(p.title) == words(t.title)
        assert (p.case_number, p.case_workers) == (t.case_number, t.case_workers)
        assert [s.heading for s in p.sections] == [s.heading for s in t.sections], t.item_number
        for ts, ps in zip(t.sections, p.sections):
            assert words(ps.text) == words(ts.text), (t.item_number, ts.heading)
        assert words(p.decision) == words(t.decision)
        assert set(p.links) == set(t.links), t.item_number
        assert set(p.attachments) <= set(t.attachments), t.item_number
        assert p.section == t.section


@pytest.mark.parametrize("key", FILES)
def test_pdf_meeting_facts_match(generated, key):
    text_m, pdf_m, layout, path = generated[key]
    assert (pdf_m.council, pdf_m.meeting_date, pdf_m.document_kind, pdf_m.date_window) == (
        text_m.council, text_m.meeting_date, text_m.document_kind, text_m.date_window
    )
    assert pdf_m.sections == text_m.sections
    assert pdf_m.page_count == layout.page_count
    assert pdf_m.source == str(path)


@pytest.mark.parametrize("key", FILES)
def test_pdf_page_numbers_are_where_the_generator_put_things(generated, key):
    _, pdf_m, layout, _ = generated[key]
    for item in pdf_m.items:
        assert (item.page_start, item.page_end) == layout.item_pages[item.item_number]
        for s in item.sections:
            assert s.page_start == layout.section_pages[(item.item_number, s.heading)]
    items = {i.item_number: i for i in pdf_m.items}
    checked = 0
    for number, heading, line, page in layout.page_tops:
        inner = line.split()[1:4]  # inner words are never hyphen-broken
        if len(line.split()) < 6:
            continue
        section = next(s for s in items[number].sections if s.heading == heading)
        at = " ".join(section.text.split()).find(" ".join(inner))
        assert at >= 0, line
        # offsets in the whitespace-normalised text map back by counting words
        n_words = len(" ".join(section.text.split())[:at].split())
        offset = [m.start() for m in re.finditer(r"\S+", section.text)][n_words]
        assert section.page_at(offset) == page, (number, heading, line)
        checked += 1
    assert checked >= 1


@pytest.mark.parametrize("key", FILES)
def test_pdf_text_has_no_header_footer_or_hyphen_debris(generated, key):
    _, pdf_m, _, _ = generated[key]
    for item in pdf_m.items:
        for text in (item.title, *(s.text for s in item.sections)):
            assert not HYPHEN_DEBRIS.search(text), HYPHEN_DEBRIS.search(text).group()
            assert not HEADER_DEBRIS.search(text), HEADER_DEBRIS.search(text).group()
            assert "SIDE" not in text and "./." not in text


def test_pdf_table_rows_stay_one_per_line_and_bold_headings_are_found(generated):
    _, pdf_m, _, _ = generated["003"]
    item = {i.item_number: i for i in pdf_m.items}["3.4"]
    assert "\n2024 5.274 4.315 9.589\n2025 4.841 3.939 8.780\n" in item.full_text
    assert item.decision == "KKR Godkendte indstillingerne."
    _, pdf_2, _, _ = generated["002"]
    assert {i.item_number: i for i in pdf_2.items}["3.1"].decision == "Sagen blev aflyst."


def test_pdf_links_come_from_the_annotations_and_the_page_foot(generated):
    _, pdf_m, _, _ = generated["004"]
    item = {i.item_number: i for i in pdf_m.items}["3.4"]
    assert "https://sum.dk/temaer/sundhedsstrukturkommissionen" in item.links
    for other in pdf_m.items:
        if other is not item:
            assert "https://sum.dk/temaer/sundhedsstrukturkommissionen" not in other.links


def test_owner_password_only_pdf_reads(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = tmp_path / "owner.pdf"
    path.write_bytes(plain_pdf(AGENDA_LINES, encrypt=StandardEncryption("", ownerPassword="ejer")))
    m = read_document(path)
    assert [i.item_number for i in m.items] == ["1.1"] and m.council == "KKR Midtjylland"


AGENDA_LINES = [
    "KKR Midtjylland",
    "1. Godkendelse af referat",
    "1.1. Godkendelse af dagsorden",
    "SAG-2026-00792 chbn",
    "Baggrund",
    "Godkendelse af dagsorden for mødet den 17. juni 2026.",
]


@pytest.mark.parametrize(
    "make, error, reason",
    [
        (lambda: b"", EmptyFile, "empty file"),
        (encrypted_pdf, EncryptedPDF, "encrypted PDF: needs a password"),
        (image_only_pdf, NoTextLayer, "no text layer: OCR it first"),
        (lambda: truncated_pdf(plain_pdf(AGENDA_LINES)), CorruptPDF, "corrupt PDF: cannot be parsed"),
        (lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50, CorruptPDF, "corrupt PDF: cannot be parsed"),
        (lambda: plain_pdf(["Indkøbsliste", "1. Mælk", "2. Æg"]), NotAnAgenda, "no agenda items found"),
    ],
)
def test_bad_pdfs_raise_typed_errors_naming_the_file(tmp_path, make, error, reason):
    path = tmp_path / "dagsorden.pdf"
    path.write_bytes(make())
    with pytest.raises(error) as info:
        read_document(path)
    assert isinstance(info.value, IngestError)
    assert str(info.value) == reason
    assert info.value.message == f"{path}: {reason}"
    assert "\n" not in info.value.message


def test_a_mediabox_on_the_page_tree_still_places_header_and_footer(tmp_path):
    """fpdf2 and other producers write the page size once, on /Pages: the header and footer
    are still found in their bands (not read as body text) and say council, date and page."""
    path = tmp_path / "inherited.pdf"
    path.write_bytes(inherited_mediabox_pdf(AGENDA_LINES[1:], header="KKR Midtjylland | 17-06-2026",
                                            footer="SIDE | 7"))
    m = read_document(path)
    assert (m.council, m.meeting_date, m.page_count) == ("KKR Midtjylland", date(2026, 6, 17), 7)
    assert [(i.item_number, i.page_start) for i in m.items] == [("1.1", 7)]
    assert "SIDE" not in m.items[0].full_text and "17-06-2026" not in m.items[0].full_text


def test_a_libreoffice_pdf_whose_fonts_say_descent_0_keeps_its_headings_whole():
    """LibreOffice's fonts (descriptor Ascent 0, Descent 0): a "g" in a large heading stays on
    its line, so "3. Regionalpolitiske sager" and "Sagsfremstilling" are still headings."""
    path = Path(__file__).parents[2] / "data" / "pdf" / "libreoffice-liberation.pdf"
    m = read_document(path)
    assert [(s.number, s.title) for s in m.sections] == [(3, "Regionalpolitiske sager")]
    (item,) = m.items
    assert (item.item_number, item.title, item.case_number) == ("3.2", "Fordeling af lærepladser og pengeposer", "SAG-2026-00837")
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Beslutning"] and item.decision == "Godkendt."
    assert (m.council, m.meeting_date) == ("KKR Midtjylland", date(2026, 6, 17))
