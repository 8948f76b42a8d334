"""A PDF's pages as positioned text lines, read with PDFium (pypdfium2): the fast path.

pdfplumber builds a Python object per character through pdfminer (~10 ms a page); PDFium
parses in C, so here only the character boxes, the text object of each character (for its
font: bold or not) and the link annotations cross into Python. The characters are then
grouped into lines by the rules pdfplumber's `extract_text_lines` applies (cluster by top
within 3 pt, order by x, split words at blanks and at gaps over 3 pt), so both readers give
`index.pdf` the same lines. Boxes follow pdfminer: bottom at the font's descent, top one font
size above it, x from the glyph's advance.

A file PDFium cannot read faithfully raises `NeedsPdfminer` and `index.pdf` reads it with
pdfplumber as before: a damaged cross-reference table (PDFium would silently recover part of
the file), a rotated page, rotated or vertical text, or a file PDFium cannot open at all.
`PageText.ruled` tells which pages hold rules (thin path objects, as a ruled table draws):
the pages worth pdfplumber's table extraction.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from index.errors import EncryptedPDF

__all__ = ["NeedsPdfminer", "PageText", "TextLine", "is_bold_font", "read_pages"]

TOLERANCE = 3.0  # pdfplumber's x and y tolerance: a wider gap starts a word, a taller one a line
RULE = 3.0  # a path object thinner than this (pt) in one direction is a rule
MIN_RULES = 3  # rules on a page that may hold a ruled table
BOLD_WEIGHT = 600  # semibold and up, as the font-name test counts "semibold" and "demi"
# characters written otherwise: ligatures as pdfplumber expands them, and PDFium's marks
# for a hyphen that ends a line
_ODD = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st",
        "\x02": "-", "\ufffe": "-"}


class NeedsPdfminer(Exception):
    """PDFium cannot read this file as pdfminer would; the reason says why."""


@dataclass(frozen=True)
class TextLine:
    """One line as pdfplumber's `extract_text_lines` gives it (y measured from the page top).

    `glyphs` are the (x0, x1) of its non-blank characters in reading order; `bold` is true
    when every one of them is set in a bold font.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    glyphs: tuple[tuple[float, float], ...]
    bold: bool


@dataclass(frozen=True)
class PageText:
    """A page's height, text lines (top to bottom), links (uri, top, bottom) and rules."""

    height: float
    lines: tuple[TextLine, ...]
    links: tuple[tuple[str, float, float], ...]
    ruled: bool = False


def is_bold_font(fontname: str) -> bool:
    """A bold face by its name ("AAAAAA+Helvetica-Bold", "Arial,Black", "Calibri-Semibold")."""
    name = fontname.split("+", 1)[-1].lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold", "demi"))


def read_pages(data: bytes) -> Iterator[PageText]:
    """Each page's text lines, page by page (memory stays flat in long files).

    Raises EncryptedPDF, or NeedsPdfminer (possibly after some pages) for pdfplumber to decide.
    """
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPDF() from e
        raise NeedsPdfminer(f"PDFium cannot open it: {e}") from e
    try:
        if not pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(doc.raw):
            raise NeedsPdfminer("damaged cross-reference table")
        for k in range(len(doc)):
            yield _read_page(doc, k)
    finally:
        doc.close()


# the C calls made once per character, typed to take and return plain ints (no conversions)
def _retyped(fn, restype, *argtypes):
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


_text_object = _retyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_loose_box = _retyped(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int,
                      ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_origin = _retyped(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int,
                   ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@dataclass(frozen=True)
class _Font:
    size: float  # the font size in page units (pdfminer's char height)
    bold: bool
    # A font whose descriptor says descent 0 (LibreOffice writes /Ascent 0 /Descent 0): PDFium's
    # loose box is then each glyph's own, and a "g" would leave its line. pdfminer puts the
    # bottom on the baseline then; so do we, from the character's origin.
    on_baseline: bool = False


def _read_page(doc: pdfium.PdfDocument, index: int) -> PageText:
    page = doc[index]
    try:
        if page.get_rotation() % 360:
            raise NeedsPdfminer("rotated page")
        # PDFium's MediaBox getter does not inherit from the page tree (a box on /Pages only,
        # as fpdf2 writes it, reads as US Letter): the page's bounding box does.
        _, _, _, top_edge = page.get_mediabox(fallback_ok=False) or page.get_bbox()
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, top_edge)
        finally:
            textpage.close()
        return PageText(height, tuple(_lines(chars)), tuple(_links(page, top_edge)), _ruled(page))
    finally:
        page.close()


def _chars(textpage: pdfium.PdfTextPage, top_edge: float) -> list[tuple[str, float, float, float, float, bool]]:
    """(text, x0, x1, top, bottom, bold) of each character the PDF draws, in content order."""
    raw = textpage.raw
    handle = ctypes.cast(raw, ctypes.c_void_p).value
    count = pdfium_c.FPDFText_CountChars(raw)
    text = _page_text(raw, count)
    box = pdfium_c.FS_RECTF()
    at = ctypes.addressof(box)
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    origin_at = (ctypes.addressof(origin_x), ctypes.addressof(origin_y))
    fonts: dict[int, _Font] = {}
    out = []
    text_object, loose_box = _text_object, _loose_box
    for i in range(count):
        obj = text_object(handle, i)
        if not obj:  # a space or line break PDFium generated: pdfminer knows none
            continue
        font = fonts.get(obj)
        if font is None:
            font = fonts[obj] = _font(raw, i, obj)
        loose_box(handle, i, at)
        if font.on_baseline:
            _origin(handle, i, *origin_at)
            bottom = top_edge - origin_y.value
        else:
            bottom = top_edge - box.bottom
        ch = text[i] if text is not None else chr(pdfium_c.FPDFText_GetUnicode(raw, i))
        if ch in _ODD:
            ch = _ODD[ch]
        out.append((ch, box.left, box.right, bottom - font.size, bottom, font.bold))
    return out


def _page_text(raw, count: int) -> str | None:
    """All characters' text in one call, or None when it does not map one to one."""
    if count <= 0:
        return ""
    buf = ctypes.create_string_buffer(2 * (count + 1))
    written = pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="replace")
    return text if len(text) == count else None


def _font(raw, index: int, obj: int) -> _Font:
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(raw, index, ctypes.byref(matrix))
    if not (matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0):
        raise NeedsPdfminer("rotated or vertical text")
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    size = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(handle, ctypes.byref(size))
    font = pdfium_c.FPDFTextObj_GetFont(handle)
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
    bold = is_bold_font(name.value.decode("latin-1")) or pdfium_c.FPDFFont_GetWeight(font) >= BOLD_WEIGHT
    descent = ctypes.c_float()
    pdfium_c.FPDFFont_GetDescent(font, size, ctypes.byref(descent))
    return _Font(size.value * matrix.d, bold, on_baseline=descent.value == 0)


def _lines(chars: list[tuple[str, float, float, float, float, bool]]) -> list[TextLine]:
    """pdfplumber's line building: cluster by top, sort by x, split words, join with spaces.

    It handles every character of every page: each character is unpacked once, pdfplumber's
    test of a new word is inline, a line's extent is taken from its columns.
    """
    cluster = _clusters(c[3] for c in chars)
    words: list[tuple[float, list[tuple]]] = []  # (top, characters)
    word: list[tuple] = []
    row = prev = None
    for c in sorted(chars, key=lambda c: (cluster[c[3]], c[1])):
        ch, x0, _, top, _, _ = c
        if cluster[top] != row:
            row = cluster[top]
            if word:
                words.append((min([c[3] for c in word]), word))
            word = []
        if ch.isspace():
            if word:
                words.append((min([c[3] for c in word]), word))
            word = []
        # pdfplumber's test: the character goes back, jumps a gap, or leaves the baseline
        elif word and (x0 < prev[1] or x0 > prev[2] + TOLERANCE or abs(top - prev[3]) > TOLERANCE):
            words.append((min([c[3] for c in word]), word))
            word = [c]
        else:
            word.append(c)
        prev = c
    if word:
        words.append((min([c[3] for c in word]), word))
    word_cluster = _clusters(top for top, _ in words)
    lines = []
    for _, same_line in groupby(words, key=lambda w: word_cluster[w[0]]):
        group = [w for _, w in same_line]
        _, x0s, x1s, tops, bottoms, bold = zip(*[c for w in group for c in w])
        lines.append(TextLine(
            " ".join(["".join([c[0] for c in w]) for w in group]),
            min(x0s), max(x1s), min(tops), max(bottoms), tuple(zip(x0s, x1s)), all(bold),
        ))
    return lines


def _clusters(values) -> dict[float, int]:
    """Each value → its cluster: sorted values chained while each is within TOLERANCE of the last."""
    out: dict[float, int] = {}
    k, last = -1, None
    for v in sorted(set(values)):
        if last is None or v > last + TOLERANCE:
            k += 1
        out[v] = k
        last = v
    return out


def _links(page: pdfium.PdfPage, top_edge: float) -> list[tuple[str, float, float]]:
    """(uri, top, bottom) of each link annotation that opens a web address."""
    doc = page.pdf.raw
    out = []
    pos = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(doc, action, None, 0)
        buf = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(doc, action, buf, size)
        uri = buf.value.decode("utf-8", errors="replace")
        if uri and pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            low, high = sorted((rect.bottom, rect.top))
            out.append((uri, top_edge - high, top_edge - low))
    return out


def _ruled(page: pdfium.PdfPage) -> bool:
    """Whether the page draws rules (thin path objects) or boxed cells (stroked rectangles),
    as a ruled table does."""
    rules = 0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for k in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
        thin = min(right.value - left.value, top.value - bottom.value) < RULE
        if not thin:
            pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
            thin = bool(stroke.value) and pdfium_c.FPDFPath_CountSegments(obj) in (4, 5)  # a cell's box
        if thin:
            rules += 1
            if rules >= MIN_RULES:
                return True
    return False
