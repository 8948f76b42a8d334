"""Page layout of the fpdf2 generator: the document class, fonts, and the agenda's body.

The front matter (cover, Mission / Vision, contents, participants) is in `otherpdf_front`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fpdf import FPDF, FontFace

from tests.support.otherpdf_flow import break_lines, place_lines

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CORE_FONTS = ("times", "helvetica", "courier")


@dataclass(frozen=True)
class Margins:
    """Page margins in mm. Not fpdf2's 10 mm defaults, nor the other generator's."""

    left: float = 27.0
    top: float = 30.0
    right: float = 21.0
    bottom: float = 24.0


@dataclass
class Record:
    """Where things landed: item numbers, "S3" for section 3, "Deltagerfortegnelse"."""

    pages: dict[str, int] = field(default_factory=dict)
    page_ends: dict[str, int] = field(default_factory=dict)
    contents_pages: list[int] = field(default_factory=list)


_WIDTHS: dict[tuple, float] = {}  # string widths, for every Doc of this process (Doc.get_string_width)


class Doc(FPDF):
    """A4 with KL's running header and "SIDE | n" footer once `running` is set."""

    def __init__(self, margins: Margins, header_text: str, family: str, core: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(margins.left, margins.top, margins.right)
        self.set_auto_page_break(True, margin=margins.bottom)
        self.margins = margins
        self.header_text = header_text
        self.family = family
        self.core = core
        self.running_from = 0  # the first page with header and footer; 0: none
        if core:
            self.core_fonts_encoding = "windows-1252"  # – ’ ” as Word writes them

    def get_string_width(self, s: str, normalized: bool = False, markdown: bool = False) -> float:
        # fpdf2 copies its graphics state on every call, and the line breaking measures each
        # word and each growing line: the same strings, in the same fonts, thousands of times.
        key = (self.family, self.font_family, self.font_style, self.font_size_pt, self.font_stretching,
               self.char_spacing, s, normalized, markdown)  # fmt: skip
        width = _WIDTHS.get(key)
        if width is None:
            width = _WIDTHS[key] = super().get_string_width(s, normalized, markdown)
        return width

    def normalize_text(self, text: str) -> str:
        # The non-breaking hyphen of one sample: neither windows-1252 nor Lato has it.
        return super().normalize_text(text.replace("\u2011", "-"))

    def style(self, size: float, bold: bool = False, italic: bool = False) -> None:
        self.set_font(self.family, ("B" if bold else "") + ("I" if italic else ""), size)

    @property
    def running(self) -> bool:
        return 0 < self.running_from <= self.page_no()

    def header(self) -> None:
        if not self.running:
            return
        self.style(8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 12)
        self.cell(w=self.epw, h=4, text=self.header_text, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if not self.running:
            return
        self.style(8)
        y = self.h - 13
        right = self.w - self.r_margin
        num = str(self.page_no())
        wn = self.get_string_width(num)
        self.set_xy(right - wn - 1, y)
        self.cell(w=wn + 1, h=4, text=num)
        self.set_xy(right - wn - 5, y)
        self.cell(w=3, h=4, text="|")
        ws = self.get_string_width("SIDE")
        self.set_xy(right - wn - 7 - ws, y)
        self.cell(w=ws + 1, h=4, text="SIDE")


def new_doc(meeting: dict[str, Any], font: str, margins: Margins) -> Doc:
    day = "-".join(reversed(meeting["date"].split("-")))
    header = f"{meeting['council']} | {day}"
    if font in CORE_FONTS:
        return Doc(margins, header, font, core=True)
    if font == "lato":
        import font_lato

        files = Path(font_lato.__file__).parent / "files"
        styles = {"": "Lato-Regular.ttf", "B": "Lato-Bold.ttf", "I": "Lato-Italic.ttf"}
    elif font == "dejavu":
        files = DEJAVU
        styles = {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf", "I": "DejaVuSerif-Italic.ttf"}
    else:
        raise ValueError(f"otherpdf: unknown font {font!r}")
    doc = Doc(margins, header, font, core=False)
    for style, name in styles.items():
        doc.add_font(font, style, files / name)
    return doc


def body(doc: Doc, meeting: dict[str, Any], rec: Record, size: float) -> None:
    """Sections each on a new page, items flowing, headings bold, text re-flowed."""
    lh = size * 0.5
    for sec in meeting["sections"]:
        doc.add_page()
        doc.style(size + 4, bold=True)
        y = doc.get_y()
        doc.cell(w=10, h=8, text=f"{sec['number']}.")
        doc.set_xy(doc.l_margin + 10, y)
        doc.cell(w=doc.epw - 10, h=8, text=sec["title"], new_x="LMARGIN", new_y="NEXT")
        rec.pages[f"S{sec['number']}"] = doc.page_no()
        doc.ln(5)
        for item in sec["items"]:
            _item(doc, item, rec, size, lh)


def _item(doc: Doc, item: dict[str, Any], rec: Record, size: float, lh: float) -> None:
    indent = 13.0
    doc.style(size + 1.5, bold=True)
    title = break_lines(doc, item["title"], doc.epw - indent)
    need = len(title) * (lh + 1) + 5 * lh + 12
    if doc.get_y() + need > doc.page_break_trigger:
        doc.add_page()
    doc.ln(3)
    y = doc.get_y()
    doc.cell(w=indent, h=lh + 1, text=f"{item['number']}.")
    doc.set_y(y)
    pages = place_lines(doc, title, x=doc.l_margin + indent - doc.c_margin, line_height=lh + 1)
    rec.pages[item["number"]] = pages[0]
    if item["case"]:
        doc.style(size - 1.5)
        doc.ln(1)
        doc.cell(w=doc.epw, h=lh, text=item["case"], new_x="LMARGIN", new_y="NEXT")
    anchors = _anchors(item)
    for s, sub in enumerate(item["subsections"]):
        doc.style(size + 0.5, bold=True)
        if doc.get_y() + 4 * lh + 4 > doc.page_break_trigger:
            doc.add_page()
        doc.ln(lh * 0.8)
        doc.cell(w=doc.epw, h=lh + 0.5, text=sub["heading"], new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)
        for b, block in enumerate(sub["blocks"]):
            _block(doc, block, size, lh, anchors.get((s, b), {}))
    rec.page_ends[item["number"]] = doc.page_no()


def _block(doc: Doc, block: dict[str, Any], size: float, lh: float, anchors: dict[int, str]) -> None:
    if block["kind"] == "table":
        _table(doc, block, size)
        return
    doc.style(size)
    x = doc.l_margin - doc.c_margin
    if block["kind"] == "bullet":
        lines = break_lines(doc, block["text"], doc.epw - 7, anchors)
        if doc.get_y() + lh > doc.page_break_trigger:
            doc.add_page()
        y = doc.get_y()
        doc.set_xy(doc.l_margin + 1, y)
        doc.cell(w=5, h=lh, text=block["marker"])
        doc.set_y(y)
        place_lines(doc, lines, x=x + 7, line_height=lh)
        doc.ln(0.6)
    else:
        place_lines(doc, break_lines(doc, block["text"], doc.epw, anchors), x=x, line_height=lh)
        doc.ln(lh * 0.55)


def _table(doc: Doc, block: dict[str, Any], size: float) -> None:
    doc.style(size - 1.5)
    widths = block.get("widths") or [1] * len(block["rows"][0])
    heads = block.get("header_rows", 1)
    doc.ln(1)
    with doc.table(col_widths=widths, width=doc.epw, align="LEFT", text_align="LEFT",
                   num_heading_rows=heads, first_row_as_headings=heads > 0,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
                   line_height=(size - 1.5) * 0.45, padding=1.2, borders_layout="ALL") as table:
        for cells in block["rows"]:
            row = table.row()
            for i, text in enumerate(cells):
                if text is None:
                    continue
                span = 1
                while i + span < len(cells) and cells[i + span] is None:
                    span += 1
                row.cell(text, colspan=span)
    doc.ln(3)


def _anchors(item: dict[str, Any]) -> dict[tuple[int, int], dict[int, str]]:
    """Where each of the item's links goes: on the URL if the text writes it, else on a
    "her" ("kan ses her"), else on the file name the text names, else on the last word of
    a paragraph, from the item's last one up; (sub, block) → word → URL."""
    out: dict[tuple[int, int], dict[int, str]] = {}
    used: set[tuple[int, int, int]] = set()
    texts = [(s, b, blk["text"].split()) for s, sub in enumerate(item["subsections"])
             for b, blk in enumerate(sub["blocks"]) if blk["kind"] != "table"]
    texts_at = {(s, b): words for s, b, words in texts}
    for url in item["links"]:
        name = url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
        tests = (lambda w: w.startswith(url[:30]),
                 lambda w: w.strip(".:,;") == "her",
                 lambda w: bool(name) and name in w)
        spots = [(s, b, i) for s, b, words in texts for i in range(len(words))]
        last_words = [(s, b, len(words) - 1) for s, b, words in reversed(texts)]
        for test in (*tests, None):
            spot = next((p for p in (spots if test else last_words) if p not in used
                         and (test is None or test(texts_at[p[:2]][p[2]]))), None)
            if spot:
                used.add(spot)
                out.setdefault(spot[:2], {})[spot[2]] = url
                break
    return out
