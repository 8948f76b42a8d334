"""A text PDF (KL's, made from Word) → the same pages of lines the text path gives.

PDFium (`index.read.pdfium_pages`) supplies each line with its characters' positions and whether
they are bold; pdfplumber does for the few files PDFium cannot read as pdfminer would
(damaged, rotated), with the same lines (tests/test_pdf_readers_agree.py). Here the layout
speaks directly: the page header ("KKR Midtjylland | 17-06-2026") is a line in the top band
with that wording, "SIDE | N" one in the top or foot band; bold lines are headings; a line's
right edge says whether the paragraph wrapped; extra space above a line is a paragraph break;
table cells on one baseline come out as one row. Link annotations are attached to the line
they cover, so a link belongs to the item that holds it; URL lines at the page foot become
links too.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import Any

from index.lazy_patterns import lazy
from index.dates import parse_numeric_date
from index.errors import CorruptPDF, EncryptedPDF, IngestError, NoTextLayer
from index.read.lines import Extracted, Line, is_url_line, page_numbers
from index.read.pdfium_pages import (
    MIN_RULES, RULE, NeedsPdfminer, PageText, TextLine, is_bold_font, read_pages,
)

__all__ = ["read_pdf"]

HEADER = lazy(r"^(KKR\s+[A-ZÆØÅ][\wæøåÆØÅ]+)(?:\s*\|\s*(\d{1,2}-\d{1,2}-\d{4}))?$")
SIDE = lazy(r"^SIDE\s*\|\s*(\d+)$", re.IGNORECASE)
HEADER_BAND = 0.10  # share of the page height at the top where the page header sits
FOOTER_BAND = 0.92  # below this share of the height: the foot band
GAP = 1.4  # a line this many typical line pitches below the previous one starts a paragraph
ROW_GAP = 4.0  # a gap this many character widths wide separates table cells
_LEADERS = {"./.", "–", "-", "•", "o", "▪"}  # set off from their line by a tab, not cells


@dataclass(frozen=True)
class _Raw:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    first_width: float
    link: bool = False
    row: bool = False


_Page = tuple[list[_Raw], dict[str, Any], list[float]]  # body lines, header/footer facts, pitches


def read_pdf(data: bytes, *, pdfplumber_only: bool = False) -> Extracted:
    """Lines of a PDF's text layer; raises EncryptedPDF, CorruptPDF or NoTextLayer.

    PDFium reads the file (`index.read.pdfium_pages`); pdfplumber only what PDFium cannot read
    as pdfminer would (a damaged file, rotated pages or text), giving the same lines.
    `pdfplumber_only` reads with pdfplumber alone (~50x slower): the reference in tests.
    """
    try:
        read, ruled = _read_all(_plumber_pages(data) if pdfplumber_only else read_pages(data))
    except NeedsPdfminer:
        read, ruled = _read_all(_plumber_pages(data))
    if not read:
        raise CorruptPDF("corrupt PDF: no pages")
    if not any(body for body, _, _ in read):
        raise NoTextLayer()
    return dataclasses.replace(_assemble(read), ruled_pages=ruled)


def _read_all(pages: Iterable[PageText]) -> tuple[list[_Page], tuple[int, ...]]:
    read, ruled = [], []
    for k, page in enumerate(pages):
        read.append(_read_page(page))
        if page.ruled:
            ruled.append(k)
    return read, tuple(ruled)


def _plumber_pages(data: bytes) -> Iterator[PageText]:
    """The pages as pdfplumber (pdfminer) reads them; its errors made ours."""
    import pdfplumber  # slow to import, and needed only for the files PDFium cannot read
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                yield _plumber_page(page)
                page.close()  # drop the page's parsed objects: memory stays flat in long files
    except PdfminerException as e:
        raise _classify(e, (PDFPasswordIncorrect, PDFEncryptionError)) from e
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise EncryptedPDF() from e
    except Exception as e:  # pdfminer raises many kinds on broken files
        raise CorruptPDF() from e


def _plumber_page(page: Any) -> PageText:
    lines = []
    for ln in page.extract_text_lines(return_chars=True, strip=True):
        chars = [c for c in ln["chars"] if c["text"].strip()]
        lines.append(TextLine(ln["text"], ln["x0"], ln["x1"], ln["top"], ln["bottom"],
                              tuple((c["x0"], c["x1"]) for c in chars),
                              all(is_bold_font(c["fontname"]) for c in chars)))
    links = tuple((h["uri"], h["top"], h["bottom"]) for h in page.hyperlinks if h.get("uri"))
    rules = [o for o in (*page.lines, *page.rects) if min(o["width"], o["height"]) < RULE]
    return PageText(page.height, tuple(lines), links, len(rules) >= MIN_RULES)


def _classify(e: Exception, password_errors: tuple[type, ...]) -> IngestError:
    cause: BaseException | None = e
    while cause is not None:
        for arg in getattr(cause, "args", ()):
            if isinstance(arg, password_errors):
                return EncryptedPDF()
        if isinstance(cause, password_errors):
            return EncryptedPDF()
        cause = cause.__cause__ or cause.__context__
    return CorruptPDF()


def _read_page(page: PageText) -> _Page:
    """(body lines, what the header/footer said, line pitches) of one page."""
    height = page.height
    body: list[_Raw] = []
    said: dict[str, Any] = {}
    for ln in page.lines:
        glyphs = ln.glyphs
        text = " ".join(ln.text.split())
        if not glyphs or not text:
            continue
        in_head = ln.bottom <= height * HEADER_BAND
        in_foot = ln.top >= height * FOOTER_BAND
        if in_head and (m := HEADER.match(text)):
            said["council"] = " ".join(m.group(1).split())
            said["date"] = parse_numeric_date(m.group(2)) if m.group(2) else None
            continue
        if (in_head or in_foot) and (m := SIDE.match(text)):
            said["number"] = int(m.group(1))
            continue
        first = text.split(" ", 1)[0]
        first_width = glyphs[min(len(first), len(glyphs)) - 1][1] - glyphs[0][0]
        body.append(_Raw(text, ln.x0, ln.x1, ln.top, ln.bottom, ln.bold, first_width,
                         row=_is_row(glyphs, skip=len(first) if first in _LEADERS else 0)))
    pitches = [b.top - a.top for a, b in zip(body, body[1:]) if b.top > a.top]
    return _with_links(body, page.links), said, pitches


def _is_row(glyphs: tuple[tuple[float, float], ...], skip: int) -> bool:
    """Cells: a gap of several character widths inside the line (after any bullet or marker)."""
    widths = sorted(x1 - x0 for x0, x1 in glyphs)
    wide = ROW_GAP * widths[len(widths) // 2]
    return any(b[0] - a[1] > wide for a, b in zip(glyphs[skip:], glyphs[skip + 1 :]))


def _with_links(body: list[_Raw], hyperlinks: tuple[tuple[str, float, float], ...]) -> list[_Raw]:
    """URL lines at the page foot marked as links; each annotation placed after its line."""
    foot = len(body)
    while foot > 0 and is_url_line(body[foot - 1].text):
        foot -= 1
    placed: dict[int, list[str]] = {}
    for uri, top, bottom in hyperlinks:
        centre = (top + bottom) / 2
        over = [k for k, b in enumerate(body) if b.top - 2 <= centre <= b.bottom + 2]
        if over and over[0] < foot:
            placed.setdefault(over[-1], []).append(uri)
    in_body = {u for us in placed.values() for u in us}
    out: list[_Raw] = []
    for k, b in enumerate(body):
        if k >= foot:
            if b.text not in in_body:
                out.append(_link(b, b.text))
            continue
        out.append(b)
        out += [_link(b, u) for u in dict.fromkeys(placed.get(k, []))]
    return out


def _link(anchor: _Raw, uri: str) -> _Raw:
    return _Raw(uri, anchor.x0, anchor.x1, anchor.top, anchor.bottom, False, 0.0, link=True)


def _assemble(pages: list[_Page]) -> Extracted:
    body = [b for lines, _, _ in pages for b in lines if not b.link]
    left = median(round(b.x0) for b in body) if body else 0.0
    rights = sorted(b.x1 for b in body)
    right = rights[int(len(rights) * 0.98)] if rights else 1.0
    column = max(right - left, 1.0)
    pitch = median(p for _, _, ps in pages for p in ps) if any(ps for _, _, ps in pages) else 12.0
    numbers = page_numbers([said.get("number") for _, said, _ in pages])
    council: str | None = next((s["council"] for _, s, _ in pages if s.get("council")), None)
    when: date | None = next((s["date"] for _, s, _ in pages if s.get("date")), None)
    any_bold = any(b.bold for b in body)  # without any, boldness tells nothing
    lines: list[Line] = []
    for (raw, _, _), number in zip(pages, numbers):
        previous: _Raw | None = None
        for b in raw:
            if b.link:
                lines.append(Line(b.text, number, link=True))
                continue
            gap = previous is not None and b.top - previous.top > GAP * pitch
            lines.append(
                Line(b.text, number, gap_before=gap, bold=b.bold if any_bold else None,
                     fill=min(max((b.x1 - left) / column, 0.0), 1.0), lead=b.first_width / column,
                     row=b.row)
            )
            previous = b
    return Extracted(tuple(lines), max(numbers, default=0), council, when)
