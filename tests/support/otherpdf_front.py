"""KL's front matter for the fpdf2 generator: cover, Mission / Vision, contents, participants.

As issue 9 describes KL's published files. The cover's labels and values, and the contents'
numbers and titles, are separate text runs; in the two-column contents a page's numbers are
written before its titles, so an extractor that follows the content stream gets them apart
("1.1.\\n2.\\nSiden sidst ....... 4").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.support.otherpdf_flow import break_lines, place_lines
from tests.support.otherpdf_layout import Doc, Record

MISSION = ("KL bidrager til at udvikle og fastholde et stærkt lokalt demokrati. KL varetager "
           "kommunernes fælles interesser og er kommunernes samlede forhandlingsorganisation, "
           "videnscenter og forum for fælles initiativer og beslutninger.")
VISION = ("KL opnår, med et helhedsperspektiv på opgaveløsningen, indflydelse og resultater på "
          "kommunernes vegne, til gavn for borgerne og samfundet.")
KIND_WORD = {"agenda": "DAGSORDEN", "minutes": "REFERAT"}


def cover(doc: Doc, meeting: dict[str, Any]) -> None:
    doc.add_page()
    doc.set_fill_color(0, 61, 107)
    doc.rect(0, 0, doc.w, 16, style="F")
    doc.rect(doc.l_margin, 62, 2, 40, style="F")
    doc.set_fill_color(255, 255, 255)
    x = doc.l_margin + 7
    doc.style(22)
    doc.set_char_spacing(5)  # Word's "expanded" spacing: extractors see spaced capitals
    doc.set_xy(x, 62)
    doc.cell(w=doc.epw, h=12, text=f"{KIND_WORD[meeting['kind']]} {meeting['date'][:4]}")
    doc.set_char_spacing(0)
    doc.style(17, bold=True)
    doc.set_xy(x, 80)
    doc.cell(w=doc.epw, h=9, text=meeting["council"].upper())
    day = "-".join(reversed(meeting["date"].split("-")))
    values = [f"{day} kl. {meeting['time']}", *meeting["venue"]]
    doc.style(11, bold=True)  # labels first, then values: two runs per line
    for n, label in enumerate(("Dato:", "Sted:")):
        doc.set_xy(x, 122 + n * 7)
        doc.cell(w=20, h=6, text=label)
    doc.style(11)
    for n, value in enumerate(values):
        doc.set_xy(x + 22, 122 + n * 7)
        doc.cell(w=doc.epw - 30, h=6, text=value)


def mission(doc: Doc) -> None:
    doc.add_page()
    doc.set_y(150)
    for heading, text in (("Mission", MISSION), ("Vision", VISION)):
        doc.style(13, bold=True)
        doc.cell(w=60, h=7, text=heading, new_x="LMARGIN", new_y="NEXT")
        doc.style(11)
        place_lines(doc, break_lines(doc, text, 115, hyphenate=False),
                    x=doc.l_margin - doc.c_margin, line_height=5.5)
        doc.ln(6)


@dataclass
class _Entry:
    number: str  # "" for Deltagerfortegnelse
    title: str
    key: str  # the Record key of its page
    level: int
    bold: bool = False


@dataclass
class _Op:
    page: int  # index among the contents pages
    x: float
    y: float
    w: float
    text: str
    bold: bool
    is_number: bool
    align: str = "L"


def contents(doc: Doc, meeting: dict[str, Any], rec: Record, pages: Record | None, *,
             two_columns: bool, heading: bool, with_participants: bool, bold: str) -> None:
    """The table of contents: one line per section and item, dot leaders, page numbers.

    `bold`: which lines are bold, "sections" (as the section headings), "all" or "none".
    """
    entries = [_Entry("", "Deltagerfortegnelse", "Deltagerfortegnelse", 0)] if with_participants else []
    for sec in meeting["sections"]:
        entries.append(_Entry(f"{sec['number']}.", sec["title"], f"S{sec['number']}", 0))
        entries += [_Entry(f"{it['number']}.", it["title"], it["number"], 1) for it in sec["items"]]
    size, lh, gap = 10.0, 5.0, 10.0
    col_w = (doc.epw - gap) / 2 if two_columns else doc.epw
    top = doc.t_margin + (14 if heading else 0)
    laid = []
    for e in entries:
        e.bold = bold == "all" or (bold == "sections" and e.level == 0)
        doc.style(size, bold=e.bold)
        indent, num_w = (0.0, 8.0) if e.level == 0 else (4.0, 11.0)
        text_w = col_w - indent - num_w - 9.0 - 9.0  # room for the leader dots
        lines = break_lines(doc, e.title, text_w, hyphenate=False)
        laid.append((e, indent, num_w, text_w, lines, len(lines) * lh + (2.5 if e.level == 0 else 1.0)))
    # Word balances the columns of a section: the first column ends near half the height.
    bottom = doc.page_break_trigger
    if two_columns:
        bottom = min(bottom, top + sum(h for *_, h in laid) / 2 + lh)
    ops: list[_Op] = []
    page, col, y = 0, 0, top
    page_w = 9.0
    for e, indent, num_w, text_w, lines, height in laid:
        doc.style(size, bold=e.bold)
        if y + height > bottom:
            if two_columns and col == 0:
                col, y, bottom = 1, top, doc.page_break_trigger
            else:
                page, col, y = page + 1, 0, doc.t_margin
                top, bottom = doc.t_margin, doc.page_break_trigger
        x0 = doc.l_margin + col * (col_w + gap)
        if e.level == 0 and e.number and y > top:
            y += 1.5
        if e.number:
            ops.append(_Op(page, x0 + indent, y, num_w, e.number, e.bold, True))
        for n, line in enumerate(lines):
            ops.append(_Op(page, x0 + indent + num_w, y + n * lh, text_w, line.text, e.bold, False))
        last_y = y + (len(lines) - 1) * lh
        end_x = x0 + indent + num_w + doc.get_string_width(lines[-1].text) + 1.5
        num = str(pages.pages.get(e.key, 0)) if pages else "0"
        dots_w = x0 + col_w - page_w - end_x
        dots = "." * max(3, int(dots_w / doc.get_string_width(".")) - 1)
        ops.append(_Op(page, end_x, last_y, dots_w, dots, e.bold, False))
        ops.append(_Op(page, x0 + col_w - page_w, last_y, page_w, num, e.bold, False, "R"))
        y += height
    for p in range(page + 1):
        doc.add_page()
        rec.contents_pages.append(doc.page_no())
        if heading and p == 0:
            doc.style(16, bold=True)
            doc.set_xy(doc.l_margin, doc.t_margin)
            doc.cell(w=doc.epw, h=8, text="Indholdsfortegnelse")
        mine = [o for o in ops if o.page == p]
        if two_columns:  # numbers first in the content stream
            mine.sort(key=lambda o: not o.is_number)
        for o in mine:
            doc.style(size, bold=o.bold)
            doc.set_xy(o.x - doc.c_margin, o.y)
            doc.cell(w=o.w + doc.c_margin, h=lh, text=o.text, align=o.align)


def participants_page(doc: Doc, people: list[dict[str, Any]], rec: Record, size: float) -> None:
    """Deltagerfortegnelse: name, municipality, role; then "Afbud" for those who sent it."""
    doc.add_page()
    rec.pages["Deltagerfortegnelse"] = doc.page_no()
    doc.style(size + 4, bold=True)
    doc.cell(w=doc.epw, h=8, text="Deltagerfortegnelse", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.style(size)
    role_w = max(doc.get_string_width(p["role"]) for p in people) + 2
    cols = (0.0, doc.epw * 0.4, doc.epw - role_w)
    for label, present in (("Deltagere", True), ("Afbud", False)):
        group = [p for p in people if p.get("present", True) == present]
        if not group:
            continue
        doc.style(size + 0.5, bold=True)
        doc.cell(w=doc.epw, h=7, text=label, new_x="LMARGIN", new_y="NEXT")
        doc.style(size)
        for p in group:
            y = doc.get_y()
            for x, text in zip(cols, (p["name"], p["municipality"], p["role"])):
                doc.set_xy(doc.l_margin + x - doc.c_margin, y)
                doc.cell(w=min(cols[1], role_w), h=5.2, text=text)
            doc.set_xy(doc.l_margin, y + 5.6)
        doc.ln(4)
