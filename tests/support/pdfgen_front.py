"""KL's published front matter, drawn by `pdfgen.meeting_pdf`: cover, contents, participants.

As issue 9 describes KL's files: the cover has the kind in letter-spaced capitals with the
year ("D A G S O R D E N 2 0 2 4"), the council in capitals, and "Dato:" / "Sted:" labels with
their values as separate runs; the table of contents has one line per section and item, dot
leaders and page numbers, in one column or two (balanced, on shared baselines, so a reader
gets both columns' text on one line); the Deltagerfortegnelse is a table of name (party),
municipality and role under "Deltagere", then "Afbud".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Sequence

from reportlab.pdfbase import pdfmetrics

from index.model import DocumentKind, Meeting, Participant
from tests.support.pdfgen import BOLD, BOTTOM, HEIGHT, LEFT, REGULAR, RIGHT, TOP, wrap

if TYPE_CHECKING:
    from tests.support.pdfgen import Layout, _Writer

__all__ = ["Front", "draw_contents", "draw_cover", "draw_participants"]

KIND_WORD = {"agenda": "DAGSORDEN", "minutes": "REFERAT"}
SIZE, LEAD = 10.0, 15.0
PAGE_W = 18.0  # room for the page number at the right edge
COLUMN_GAP = 24.0


@dataclass(frozen=True)
class Front:
    """What the cover says and who the minutes list."""

    kind: DocumentKind
    council: str
    meeting_date: date
    start_time: str  # "10:00"
    venue: tuple[str, ...]  # address lines
    participants: tuple[Participant, ...] = ()


def draw_cover(w: _Writer, front: Front) -> None:
    c = w.c
    text = c.beginText(LEFT, HEIGHT - 260)
    text.setFont(REGULAR, 26)
    text.setCharSpace(8)  # Word's "expanded" spacing
    text.textLine(f"{KIND_WORD[front.kind]} {front.meeting_date.year}")
    text.setCharSpace(0)  # the spacing is a text state that would outlive this text object
    c.drawText(text)
    c.setFont(BOLD, 18)
    c.drawString(LEFT, HEIGHT - 300, front.council.upper())
    values = [f"{front.meeting_date:%d-%m-%Y} kl. {front.start_time}", *front.venue]
    c.setFont(BOLD, 11)
    for k, label in enumerate(("Dato:", "Sted:")):
        c.drawString(LEFT, HEIGHT - 360 - 16 * k, label)
    c.setFont(REGULAR, 11)
    for k, value in enumerate(values):
        c.drawString(LEFT + 60, HEIGHT - 360 - 16 * k, value)
    w.fresh = False
    w.finish_page()


@dataclass(frozen=True)
class _Row:
    number: str  # on the entry's first line only
    text: str
    bold: bool
    indent: float  # of the number
    title_at: float  # of the title, from the column's left edge
    page: int | None  # on the entry's last line only


def _entries(meeting: Meeting, front: Front, pages: Layout | None) -> list[tuple[str, str, bool, int]]:
    """(number, title, bold, page) of every contents entry, as KL lists them."""
    def page_of(key: str) -> int:
        if pages is None:
            return 0
        if key == "P":
            return pages.participants_page or 0
        return pages.item_pages.get(key, (0,))[0] if "." in key else pages.heading_pages.get(key, 0)

    out = [("", "Deltagerfortegnelse", True, page_of("P"))] if front.participants else []
    titles = {i.item_number: i.title for i in meeting.items}
    for s in meeting.sections:
        out.append((f"{s.number}.", s.title, True, page_of(str(s.number))))
        out += [(f"{n}.", " ".join(titles[n].split()), False, page_of(n)) for n in s.item_numbers]
    return out


def _rows(entries: list[tuple[str, str, bool, int]], width: float) -> list[_Row]:
    rows = []
    for number, title, bold, page in entries:
        item = number.count(".") > 1
        indent = 14.0 if item else 0.0
        title_at = indent + (28.0 if item else 20.0 if number else 0.0)
        lines = wrap(title, BOLD if bold else REGULAR, SIZE, width - title_at - PAGE_W - 30, hyphenate=False)
        for k, line in enumerate(lines):
            rows.append(_Row(number if k == 0 else "", line, bold, indent, title_at,
                             page if k == len(lines) - 1 else None))
    return rows


def _draw_row(w: _Writer, row: _Row, x0: float, width: float, y: float) -> None:
    c, font = w.c, BOLD if row.bold else REGULAR
    c.setFont(font, SIZE)
    if row.number:
        c.drawString(x0 + row.indent, y, row.number)
    c.drawString(x0 + row.title_at, y, row.text)
    if row.page is None:
        return
    end = x0 + row.title_at + pdfmetrics.stringWidth(row.text, font, SIZE) + 4
    dots = int((x0 + width - PAGE_W - 4 - end) / pdfmetrics.stringWidth(".", font, SIZE))
    c.drawString(end, y, "." * max(dots, 5))
    c.drawRightString(x0 + width, y, str(row.page))


def draw_contents(w: _Writer, meeting: Meeting, front: Front, pages: Layout | None, *, two_columns: bool) -> None:
    """The contents, from a fresh page on; `pages` is the first pass's layout (None: zeros)."""
    entries = _entries(meeting, front, pages)
    width = (RIGHT - LEFT - COLUMN_GAP) / 2 if two_columns else RIGHT - LEFT
    rows = _rows(entries, width)
    w.c.setFont(BOLD, 16)
    w.c.drawString(LEFT, TOP - 10, "Indholdsfortegnelse")
    top = TOP - 40
    per_column = int((top - BOTTOM) / LEAD)
    first = w.page
    while rows:
        if two_columns:
            left_n = min(per_column, (len(rows) + 1) // 2) if len(rows) <= 2 * per_column else per_column
            columns = [rows[:left_n], rows[left_n : left_n + per_column]]
            rows = rows[left_n + len(columns[1]) :]
        else:
            columns, rows = [rows[:per_column]], rows[per_column:]
        for k, column in enumerate(columns):
            for n, row in enumerate(column):
                _draw_row(w, row, LEFT + k * (width + COLUMN_GAP), width, top - n * LEAD)
        w.fresh = False
        w.finish_page()
        top = TOP
    w.layout.contents_pages = tuple(range(first, w.page))


def draw_participants(w: _Writer, people: Sequence[Participant]) -> None:
    """Deltagerfortegnelse on a page of its own: name (party), municipality, role."""
    w.new_page()
    w.layout.participants_page = w.page
    w.line("Deltagerfortegnelse", font=BOLD, size=14, lead=22)
    for label, present in (("Deltagere", True), ("Afbud", False)):
        group = [p for p in people if p.present == present]
        if not group:
            continue
        w.gap(10)
        w.line(label, font=BOLD, size=11, lead=17)
        for p in group:
            name = f"{p.name} ({p.party})" if p.party else p.name
            w.line(name)
            w.c.setFont(REGULAR, 10)
            w.c.drawString(LEFT + 170, w.y, p.municipality or "")
            w.c.drawString(LEFT + 300, w.y, p.role or "")
