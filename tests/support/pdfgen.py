"""PDFs laid out like KL's agendas and minutes, generated from segmented content, for tests.

`meeting_pdf` draws a `Meeting` the way KL's Word template prints it: a page header
"KKR Midtjylland | 17-06-2026" in the top band and "SIDE | N" in the foot band, a preamble
page, each section "N. Title" on a new page, bold item titles and sub-headings, body text
wrapped to the column with hyphenated line ends, table rows in columns, "./." in the margin
beside attachment lines, and link lines at the page foot (with a link annotation over the
item's text). It returns a `Layout` recording where each item and section landed, so tests
can check the page numbers ingest finds. Given a `Front` (tests/support/pdfgen_front.py), it
prints KL's published front matter too: a cover page, Mission / Vision, a one- or two-column
table of contents with dot leaders and page numbers, a Deltagerfortegnelse for minutes, and the
running header and footer from the contents page on.

Each distinct PDF is drawn once per test process (tests/support/pdfcache.py).

Also: `encrypted_pdf`, `image_only_pdf`, `truncated_pdf`, `plain_pdf` for the bad inputs, and
`odd_layout_pdf` (scaled text, words placed one by one, a ruled table, optionally a rotated page)
for the corners where two PDF readers could part.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from index.model import Meeting
from tests.support.pdfcache import once_per_process

if TYPE_CHECKING:
    from tests.support.pdfgen_front import Front

__all__ = [
    "Layout",
    "encrypted_pdf",
    "image_only_pdf",
    "inherited_mediabox_pdf",
    "meeting_pdf",
    "odd_layout_pdf",
    "plain_pdf",
    "truncated_pdf",
]

REGULAR, BOLD = "KLSans", "KLSans-Bold"
pdfmetrics.registerFont(TTFont(REGULAR, "Vera.ttf"))  # bundled with reportlab
pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))

WIDTH, HEIGHT = A4
LEFT, RIGHT = 72.0, WIDTH - 72.0
TOP = HEIGHT - 85.0
BOTTOM = 100.0  # body stops here; link lines and the page number sit below
BODY, LEADING = 10.0, 13.5
HANG = 14.0  # bullet continuation indent
MAX_FOOT_LINKS = 4
PREAMBLE = (
    ("Mission", "KL bidrager til at udvikle og fastholde et stærkt lokalt demokrati. KL varetager "
     "kommunernes fælles interesser og er kommunernes samlede forhandlingsorganisation, "
     "videnscenter og forum for fælles initiativer og beslutninger."),
    ("Vision", "KL opnår, med et helhedsperspektiv på opgaveløsningen, indflydelse og resultater "
     "på kommunernes vegne, til gavn for borgerne og samfundet."),
)
# Characters the bundled font lacks, and what a typesetter would print instead.
SUBSTITUTES = {"\u2011": "-"}
_TABLE_ROW = re.compile(r"^\S.{0,40}?(?: [\d.,%]+){2,6}$")
_BULLET = re.compile(r"^(?:[–\-•o]|\d{1,2}[.)]|[a-z][.)]) ")


@dataclass
class Layout:
    """Where things were drawn: pages are 1-based, as the footer prints them."""

    page_count: int = 0
    item_pages: dict[str, tuple[int, int]] = field(default_factory=dict)
    section_pages: dict[tuple[str, str], int] = field(default_factory=dict)
    # (item number, sub-heading, words of a line that starts a page, page)
    page_tops: list[tuple[str, str, str, int]] = field(default_factory=list)
    heading_pages: dict[str, int] = field(default_factory=dict)  # "3" → page of "3. Title"
    contents_pages: tuple[int, ...] = ()
    participants_page: int | None = None


class _Writer:
    def __init__(self, out: io.BytesIO | Path, header: str, hyphenate: bool, first_page: int) -> None:
        self.c = Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4)
        self.header, self.hyphenate = header, hyphenate
        self.first_page = first_page
        self.page, self.y = first_page, TOP
        self.foot_links: list[str] = []
        self.fresh = True  # nothing drawn on this page yet
        self.where: tuple[str, str] | None = None
        self.drawn: list[int] = []  # the page of every line drawn, in order
        self.layout = Layout()
        self.running = True  # header and footer on this page (not on a cover or Mission page)

    # pages ---------------------------------------------------------------------------
    def finish_page(self) -> None:
        c = self.c
        if self.running:
            c.setFont(REGULAR, 8)
            c.drawString(LEFT, HEIGHT - 40, self.header)
            c.drawRightString(RIGHT, 30, f"SIDE | {self.page}")
        y = 45.0
        for url in reversed(self.foot_links):
            size = min(8.0, 7.9 * (RIGHT - LEFT) / pdfmetrics.stringWidth(url, REGULAR, 7.9))
            c.setFont(REGULAR, size)
            c.drawString(LEFT, y, url)
            y += 10.5
        self.foot_links = []
        c.showPage()
        self.page += 1
        self.y, self.fresh = TOP, True

    def new_page(self) -> None:
        if not self.fresh:
            self.finish_page()

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.finish_page()

    def gap(self, height: float = LEADING * 0.8) -> None:
        if not self.fresh:
            self.y -= height

    # text ----------------------------------------------------------------------------
    def line(self, text: str, *, font: str = REGULAR, size: float = BODY, x: float = LEFT,
             lead: float = LEADING, marker: bool = False) -> None:
        self.need(lead)
        if self.fresh and self.where is not None:
            self.layout.page_tops.append((*self.where, text, self.page))
        self.y -= lead
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        self.drawn.append(self.page)
        if marker:
            self.c.setFont(REGULAR, size)
            self.c.drawString(LEFT - 30, self.y, "./.")
        self.fresh = False

    def paragraph(self, text: str, *, font: str = REGULAR, size: float = BODY, lead: float = LEADING,
                  marker: bool = False) -> None:
        indent = HANG if _BULLET.match(text) else 0.0
        for k, piece in enumerate(wrap(text, font, size, RIGHT - LEFT, indent, self.hyphenate)):
            self.line(piece, font=font, size=size, x=LEFT + (indent if k else 0), lead=lead,
                      marker=marker and k == 0)

    def table_row(self, text: str) -> None:
        cells = text.split(" ")
        numbers: list[str] = []
        while cells and re.fullmatch(r"[\d.,%]+", cells[-1]) and len(numbers) < 6:
            numbers.insert(0, cells.pop())
        self.line(" ".join(cells))
        self.c.setFont(REGULAR, BODY)
        for k, cell in enumerate(numbers):
            self.c.drawRightString(LEFT + 250 + 70 * k, self.y, cell)


def wrap(text: str, font: str, size: float, width: float, indent: float = 0.0,
         hyphenate: bool = True) -> list[str]:
    """Lines of at most `width` points; long words broken with a hyphen as Word would."""
    return list(_wrap(text, font, size, width, indent, hyphenate))


@functools.lru_cache(maxsize=1 << 16)  # the same paragraphs recur: each sample in several PDFs, contents in two passes
def _wrap(text: str, font: str, size: float, width: float, indent: float, hyphenate: bool) -> tuple[str, ...]:
    def fits(s: str, first: bool) -> bool:
        return pdfmetrics.stringWidth(s, font, size) <= width - (0 if first else indent)

    lines: list[str] = []
    cur = ""
    words = text.split(" ")
    k = 0
    while k < len(words):
        w = words[k]
        cand = f"{cur} {w}" if cur else w
        if fits(cand, not lines):
            cur, k = cand, k + 1
            continue
        head, tail = _break(w, lambda h: fits(f"{cur} {h}" if cur else h, not lines), hyphenate)
        if head:
            lines.append(f"{cur} {head}" if cur else head)
            cur, words[k] = "", tail
        elif cur:
            lines.append(cur)
            cur = ""
        else:  # a single word wider than the column
            lines.append(w)
            k += 1
    if cur:
        lines.append(cur)
    return tuple(lines)


def _break(word: str, fits, hyphenate: bool) -> tuple[str, str]:
    """The longest head of `word` that fits (ending in a hyphen) and the rest, or ("", word)."""
    url = word.startswith(("http", "www."))
    options: list[tuple[str, str]] = []
    for i in range(len(word) - 1, 1, -1):
        a, b = word[i - 1], word[i]
        if a == "-" and (url or (word[i - 2].isupper() or word[i - 2].isdigit())):
            options.append((word[:i], word[i:]))  # after a hyphen the word already has
        elif (hyphenate and not url and a.islower() and b.islower() and word[:i].isalpha()
              and i >= 3 and len(word) - i >= 3 and sum(ch.isalpha() for ch in word) >= 8):
            options.append((word[:i] + "-", word[i:]))  # a soft hyphen
    for head, tail in options:
        if fits(head):
            return head, tail
    return "", word


def meeting_pdf(
    meeting: Meeting, out: Path | io.BytesIO, *, hyphenate: bool = True, first_page: int = 1,
    front: Front | None = None, contents: Literal["one", "two"] | None = None, listed: Meeting | None = None,
) -> Layout:
    """Draw `meeting` as KL would print it; returns where each item landed.

    `first_page` is the number the footer prints on the first page (KL's PDFs often start
    past a cover and a table of contents that extraction leaves out). With `front`, the PDF
    starts with the cover (page 1), and `contents` adds a table of contents in one or two
    columns: drawn twice, since the contents print the pages the body lands on. `listed` is
    what the contents list when it is not the body (to test the cross-check).
    """
    data, layout = _printed(meeting, hyphenate, first_page, front, contents, listed)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)
    return layout


@once_per_process
def _printed(meeting: Meeting, hyphenate: bool, first_page: int, front: Front | None,
             contents: Literal["one", "two"] | None, listed: Meeting | None) -> tuple[bytes, Layout]:
    if contents and front is None:
        raise ValueError("a table of contents needs the front matter (front=...)")
    out = io.BytesIO()
    if not contents:
        layout = _render(meeting, out, hyphenate, first_page, front, None, None, None)
        return out.getvalue(), layout
    dry = _render(meeting, io.BytesIO(), hyphenate, first_page, front, contents, None, listed)
    layout = _render(meeting, out, hyphenate, first_page, front, contents, dry, listed)
    if layout.item_pages != dry.item_pages:
        raise AssertionError("pdfgen: the contents moved the body between the two passes")
    return out.getvalue(), layout


def _render(meeting: Meeting, out: Path | io.BytesIO, hyphenate: bool, first_page: int,
            front: Front | None, contents: Literal["one", "two"] | None, pages: Layout | None,
            listed: Meeting | None) -> Layout:
    from tests.support.pdfgen_front import draw_contents, draw_cover, draw_participants

    # the header dates only what the text dated: an undated sample's PDF is dated by its cover alone
    when = meeting.meeting_date.strftime("%d-%m-%Y") if meeting.meeting_date else None
    header = f"{meeting.council}  | {when}" if when else meeting.council
    w = _Writer(out, header, hyphenate, 1 if front else first_page)
    if front:
        w.running = False
        draw_cover(w, front)
    for title, text in PREAMBLE:
        w.gap(LEADING)
        w.line(title, font=BOLD, size=12, lead=18)
        w.paragraph(text)
    if front:
        w.new_page()
        w.running = True
        if contents:
            draw_contents(w, listed or meeting, front, pages, two_columns=contents == "two")
        if front.participants:
            draw_participants(w, front.participants)
    items = {it.item_number: it for it in meeting.items}
    for section in meeting.sections:
        w.new_page()
        w.line(f"{section.number}. {section.title}", font=BOLD, size=14, lead=22)
        w.layout.heading_pages[str(section.number)] = w.page
        for number in section.item_numbers:
            _draw_item(w, items[number])
    w.finish_page()
    w.c.save()
    w.layout.page_count = w.page - 1  # the last printed number
    return w.layout


def _draw_item(w: _Writer, item) -> None:
    if len(w.foot_links) + len(item.links) > MAX_FOOT_LINKS:
        w.finish_page()
    w.need(LEADING * 6)
    w.gap(LEADING)
    w.where = None
    first = w.page
    w.paragraph(f"{item.item_number}. {_typeset(item.title)}", font=BOLD, size=12, lead=17)
    workers = " / ".join(item.case_workers)
    w.line(f"{item.case_number} {workers}".strip(), size=9, lead=13)
    attachments = {_typeset(a) for a in item.attachments}
    for s in item.sections:
        if s.heading:
            w.need(LEADING * 3)
            w.gap(LEADING)
            w.line(s.heading, font=BOLD, size=10.5, lead=15)
        w.where = (item.item_number, s.heading)
        before = len(w.drawn)
        for k, para in enumerate(_typeset(s.text).split("\n\n")):
            if k:
                w.gap()
            for text_line in para.split("\n"):
                if _TABLE_ROW.match(text_line):
                    w.table_row(text_line)
                else:
                    marked = any(text_line.startswith(a) for a in attachments)
                    w.paragraph(text_line, marker=marked)
        w.layout.section_pages[(item.item_number, s.heading)] = (
            w.drawn[before] if len(w.drawn) > before else w.page
        )
        w.where = None
    if item.links:
        _annotate(w, item.links)
    w.layout.item_pages[item.item_number] = (first, w.page)


def _annotate(w: _Writer, links) -> None:
    """Link annotations over the item's last line (where "her" would be), shown at the page foot."""
    for url in links:
        w.c.linkURL(url, (LEFT, w.y - 2, RIGHT, w.y + BODY), relative=0)
        w.foot_links.append(url)


def _typeset(text: str) -> str:
    for a, b in SUBSTITUTES.items():
        text = text.replace(a, b)
    return text


# bad inputs -----------------------------------------------------------------------------

def plain_pdf(lines: list[str], **canvas_args) -> bytes:
    """A one-page text PDF with the given lines (not an agenda, unless the lines make one)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, **canvas_args)
    c.setFont(REGULAR, 11)
    y = TOP
    for text in lines:
        c.drawString(LEFT, y, text)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    """Needs a user password to open."""
    return plain_pdf(["1. Godkendelse af referat"], encrypt="hemmelig")


def image_only_pdf() -> bytes:
    """A scanned page: one image, no text layer."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(img).text((20, 20), "1. Godkendelse af referat", fill="black")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(img), LEFT, 300, width=400, height=300)
    c.showPage()
    c.save()
    return buf.getvalue()


def truncated_pdf(data: bytes) -> bytes:
    """The first third of a PDF, as an interrupted download leaves it."""
    return data[: len(data) // 3]


def odd_layout_pdf(lines: list[str], *, rotate: int = 0) -> bytes:
    """The lines drawn the ways other producers draw text, on a page with a ruled table.

    The first line is plain, the second bold and scaled up by the page's transformation (not
    by its font size), the rest placed word by word with no space characters between them
    (as many producers do); below them a grid of five rules and a box, as a ruled table is
    drawn. `rotate` turns the page (its /Rotate entry).
    """
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    if rotate:
        c.setPageRotation(rotate)
    c.setFont(REGULAR, 11)
    c.drawString(LEFT, TOP, lines[0])
    c.saveState()
    c.translate(LEFT, TOP - 30)
    c.scale(1.5, 1.5)
    c.setFont(BOLD, 8)
    c.drawString(0, 0, lines[1])
    c.restoreState()
    y = TOP - 60
    for text in lines[2:]:
        x = LEFT
        for word in text.split(" "):
            c.drawString(x, y, word)
            x += pdfmetrics.stringWidth(word, REGULAR, 11) + 3.5
        y -= 15
    for k in range(5):
        c.line(LEFT, 300 + 20 * k, RIGHT, 300 + 20 * k)
    c.rect(LEFT, 200, 100, 50)
    c.showPage()
    c.save()
    return buf.getvalue()


def inherited_mediabox_pdf(lines: list[str], *, header: str, footer: str) -> bytes:
    """One A4 page whose MediaBox sits on the page tree (/Pages), not on the page, as fpdf2 and
    other producers write it: `header` in the top band, `lines` below, `footer` in the foot band.
    Written by hand (core font Helvetica, WinAnsi), since reportlab puts the box on every page."""
    def show(x: float, y: float, text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return f"BT /F1 10 Tf {x:.1f} {y:.1f} Td ({escaped}) Tj ET"

    ops = [show(LEFT, HEIGHT - 40, header), show(RIGHT - 60, 30, footer)]
    ops += [show(LEFT, TOP - 15 * k, text) for k, text in enumerate(lines)]
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 {WIDTH:.2f} {HEIGHT:.2f}] >>".encode(),
        b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
