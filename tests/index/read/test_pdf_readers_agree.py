"""The PDFium reader gives what the pdfplumber reader gives: the same lines (text, page,
bold, paragraph breaks, table rows, links), so the same items, pages, titles, bold headings
and links; and the same error for every bad file. Every PDF the test-suite generates is read
both ways: the five samples printed as KL would (hyphenated, numbered from 1 and 3; one also
unhyphenated), the one-page agendas and letters, and the layouts other producers make."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from index.errors import IngestError
from index.model import Meeting
from index.read.document import meeting_from_extracted, read_document
from index.read.lines import Extracted
from index.read.pdf import read_pdf
from index.read.pdfium_pages import NeedsPdfminer, read_pages
from tests.index.read.test_pdf import AGENDA_LINES
from tests.index.read.test_textfile import FILES, SAMPLES
from tests.support.pdfgen import (
    encrypted_pdf,
    image_only_pdf,
    inherited_mediabox_pdf,
    meeting_pdf,
    odd_layout_pdf,
    plain_pdf,
    truncated_pdf,
)

pytestmark = pytest.mark.xdist_group("printed_samples")  # the samples printed as KL would, once on one worker

LIBREOFFICE = Path(__file__).parents[2] / "data" / "pdf" / "libreoffice-liberation.pdf"  # see its README
ODD_AGENDA = ["KKR Midtjylland", "1. Godkendelse af referat", "1.1. Godkendelse af dagsorden",
              "SAG-2026-00792 chbn", "Baggrund",
              "Godkendelse af dagsorden for mødet den 17. juni 2026, skrevet ord for ord."]


def _sample_pdf(key: str, hyphenate: bool) -> bytes:
    buf = io.BytesIO()
    meeting_pdf(read_document(SAMPLES / FILES[key]), buf, hyphenate=hyphenate,
                first_page=3 if key == "003" else 1)
    return buf.getvalue()


def _owner_only() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return plain_pdf(AGENDA_LINES, encrypt=StandardEncryption("", ownerPassword="ejer"))


# Every sample as KL hyphenates it (each one's tables, links, lists, first page number), and one sample
# unhyphenated: its lines all end at a space, which hyphenated printings hold too (most of their lines),
# so the other four unhyphenated printings checked no case of their own for ~0.9 s of pdfplumber each.
UNHYPHENATED = "001"  # minutes with a table and a link
GOOD = {
    **{f"sample-{key}": (lambda key=key: _sample_pdf(key, True)) for key in FILES},
    f"sample-{UNHYPHENATED}-unhyphenated": lambda: _sample_pdf(UNHYPHENATED, False),
    "one-page-agenda": lambda: plain_pdf(AGENDA_LINES),
    "owner-password-only": _owner_only,
    "shopping-list": lambda: plain_pdf(["Indkøbsliste", "1. Mælk", "2. Æg"]),
    "letter": lambda: plain_pdf(["Kære alle", "Vi inviterer til sommerfest i KL."]),
    "odd-layout": lambda: odd_layout_pdf(ODD_AGENDA),
    "rotated-page": lambda: odd_layout_pdf(ODD_AGENDA, rotate=90),
    "libreoffice-descent-0": lambda: LIBREOFFICE.read_bytes(),
    "inherited-mediabox": lambda: inherited_mediabox_pdf(
        ODD_AGENDA, header="KKR Midtjylland | 17-06-2026", footer="SIDE | 7"),
}
BAD = {
    "encrypted": encrypted_pdf,
    "image-only": image_only_pdf,
    "truncated": lambda: truncated_pdf(plain_pdf(AGENDA_LINES)),
    "truncated-sample": lambda: truncated_pdf(_sample_pdf("003", True)),
    "tail-cut-sample": lambda: _sample_pdf("003", True)[:-200],
    "garbage": lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50,
}


def _meeting(extracted: Extracted) -> Meeting | str:
    try:
        return meeting_from_extracted(extracted, source="x.pdf")
    except IngestError as e:
        return f"{type(e).__name__}: {e}"


@pytest.mark.parametrize("name", GOOD)
def test_both_readers_give_the_same_lines_and_items(name):
    data = GOOD[name]()
    fast, reference = read_pdf(data), read_pdf(data, pdfplumber_only=True)
    assert len(fast.lines) == len(reference.lines) > 0
    for a, b in zip(fast.lines, reference.lines):
        assert (a.text, a.page, a.gap_before, a.bold, a.link, a.row) == (
            b.text, b.page, b.gap_before, b.bold, b.link, b.row)
        for x, y in ((a.fill, b.fill), (a.lead, b.lead)):
            assert (x is None) == (y is None) and (x is None or abs(x - y) < 0.01), (a, b)
    assert (fast.page_count, fast.council, fast.meeting_date, fast.ruled_pages) == (
        reference.page_count, reference.council, reference.meeting_date, reference.ruled_pages)
    m_fast, m_ref = _meeting(fast), _meeting(reference)
    if isinstance(m_ref, str):
        assert m_fast == m_ref
        return
    assert m_fast.sections == m_ref.sections
    for a, b in zip(m_fast.items, m_ref.items, strict=True):
        assert (a.item_number, a.title, a.case_number, a.page_start, a.page_end) == (
            b.item_number, b.title, b.case_number, b.page_start, b.page_end)
        assert [(s.heading, s.text, s.page_start, s.page_breaks) for s in a.sections] == [
            (s.heading, s.text, s.page_start, s.page_breaks) for s in b.sections]
        assert (a.decision, a.links, a.attachments) == (b.decision, b.links, b.attachments)


def test_the_samples_are_read_by_pdfium_itself():
    """No fallback hides in the sameness above: the samples never reach pdfplumber."""
    for key in FILES:
        assert any(page.lines for page in read_pages(_sample_pdf(key, True)))


def test_odd_layouts_read_by_pdfium_and_a_rotated_page_by_pdfplumber():
    pages = list(read_pages(odd_layout_pdf(ODD_AGENDA)))
    texts = [ln.text for ln in pages[0].lines]
    assert texts[:2] == ODD_AGENDA[:2] and texts[-1] == ODD_AGENDA[-1]
    assert pages[0].lines[1].bold and not pages[0].lines[0].bold
    assert pages[0].ruled
    with pytest.raises(NeedsPdfminer, match="rotated page"):
        list(read_pages(odd_layout_pdf(ODD_AGENDA, rotate=90)))


def test_ruled_pages_are_the_pages_that_draw_rules():
    assert read_pdf(odd_layout_pdf(ODD_AGENDA)).ruled_pages == (0,)
    assert read_pdf(_sample_pdf("003", True)).ruled_pages == ()


@pytest.mark.parametrize("name", BAD)
def test_both_readers_fail_alike_on_bad_files(name):
    data = BAD[name]()
    outcomes = []
    for reference in (False, True):
        try:
            read_pdf(data, pdfplumber_only=reference)
            outcomes.append("read")
        except IngestError as e:
            outcomes.append(f"{type(e).__name__}: {e}")
    assert outcomes[0] == outcomes[1] != "read"
