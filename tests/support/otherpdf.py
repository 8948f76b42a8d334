"""A second, independent generator of KL-like agenda and minutes PDFs, built on fpdf2.

The project's own test PDFs come from reportlab; the product is judged on PDFs from yet
another generator. This one follows issue 9's description of KL's published files, not the
project's code: a cover page ("D A G S O R D E N 2 0 2 4", the council in capitals, "Dato:"
and "Sted:" labels and values as separate runs), KL's Mission / Vision page, a table of
contents with dot leaders and page numbers (none, one column or two, with or without the
heading "Indholdsfortegnelse"), for minutes a "Deltagerfortegnelse", the running header
"KKR Midtjylland | 30-08-2021" and footer "SIDE | 3" from the contents page on, bold
headings, body text re-flowed and newly hyphenated (`otherpdf_flow`), ruled tables and link
annotations, in other fonts and margins than the other generator's.

`kl_pdf(meeting, ...)` returns the PDF's bytes and an `Expected`: what a reader must find,
taken from this generator's own layout (the page each item starts on is the page its heading
was drawn on).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

from tests.support.otherpdf_front import contents, cover, mission, participants_page
from tests.support.otherpdf_layout import Doc, Margins, Record, body, new_doc
from tests.support.pdfcache import once_per_process

Toc = Literal["none", "one", "two"]


@dataclass(frozen=True)
class ExpectedItem:
    number: str  # "3.4"
    title: str
    section: str  # "3. Regionalpolitiske sager"
    case_number: str | None  # "SAG-2026-00837"
    decision: str | None  # the Beslutning text as written (None in an agenda)
    recommendation: str | None
    page: int  # the page the item's heading is on
    page_end: int
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expected:
    council: str  # "KKR Midtjylland"
    kind: Literal["agenda", "minutes"]
    meeting_date: date  # as the cover states it
    meeting_time: str  # "10:00"
    page_count: int
    items: tuple[ExpectedItem, ...]
    contents_pages: tuple[int, ...] = ()
    participants_page: int | None = None
    participants: tuple[dict[str, Any], ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["meeting_date"] = self.meeting_date.isoformat()
        return out


@once_per_process
def kl_pdf(
    meeting: dict[str, Any],
    *,
    toc: Toc = "one",
    cover: bool = True,
    participants: list[dict[str, Any]] | None = None,
    font: str = "lato",
    margins: Margins = Margins(),
    toc_heading: bool = True,
    toc_bold: Literal["sections", "all", "none"] = "sections",
    running_header: bool = True,
    size: float = 10.5,
) -> tuple[bytes, Expected]:
    """The PDF of `meeting` (see `otherpdf_samples.sample_meeting`) and what it holds.

    `participants` (minutes only, as KL prints them) adds the Deltagerfortegnelse page;
    `toc_bold` says which contents lines are bold: "sections", "all" or "none";
    `font` is "lato" (a TrueType font from the `font-lato` wheel, embedded as a subset),
    "dejavu" (if the machine has it), or a PDF core font: "times", "helvetica", "courier".
    """
    opts = dict(toc=toc, cover=cover, participants=participants, font=font, margins=margins,
                toc_heading=toc_heading, toc_bold=toc_bold, running_header=running_header, size=size)
    # Two passes: the contents need the pages the body lands on, and take the same room
    # whatever the numbers are.
    first = _render(meeting, opts, pages=None)[1] if toc != "none" else None
    doc, record = _render(meeting, opts, pages=first)
    if first is not None and record.pages != first.pages:
        raise AssertionError("otherpdf: the contents changed the body's pages between passes")
    return bytes(doc.output()), _expected(meeting, doc, record, participants)


def _render(meeting: dict[str, Any], opts: dict[str, Any], pages: Record | None) -> tuple[Doc, Record]:
    doc = new_doc(meeting, opts["font"], opts["margins"])
    rec = Record()
    if opts["cover"]:
        cover(doc, meeting)
    mission(doc)
    if opts["running_header"]:
        doc.running_from = doc.page_no() + 1
    if opts["toc"] != "none":
        contents(doc, meeting, rec, pages, two_columns=opts["toc"] == "two",
                 heading=opts["toc_heading"], with_participants=bool(opts["participants"]),
                 bold=opts["toc_bold"])
    if opts["participants"]:
        participants_page(doc, opts["participants"], rec, opts["size"])
    body(doc, meeting, rec, opts["size"])
    return doc, rec


def _expected(meeting: dict[str, Any], doc: Doc, record: Record,
              participants: list[dict[str, Any]] | None) -> Expected:
    items = []
    for sec in meeting["sections"]:
        for it in sec["items"]:
            texts = {ss["heading"]: _text_of(ss["blocks"]) for ss in it["subsections"]}
            case = it["case"].split()[0] if it["case"] else None
            items.append(ExpectedItem(
                number=it["number"], title=it["title"], section=f"{sec['number']}. {sec['title']}",
                case_number=case, decision=texts.get("Beslutning"),
                recommendation=texts.get("Indstilling"),
                page=record.pages[it["number"]], page_end=record.page_ends[it["number"]],
                links=tuple(it["links"]),
            ))
    return Expected(
        council=meeting["council"], kind=meeting["kind"],
        meeting_date=date.fromisoformat(meeting["date"]), meeting_time=meeting["time"],
        page_count=doc.page_no(), items=tuple(items),
        contents_pages=tuple(record.contents_pages),
        participants_page=record.pages.get("Deltagerfortegnelse"),
        participants=tuple(participants or ()),
    )


def _text_of(blocks: list[dict[str, Any]]) -> str:
    parts = []
    for b in blocks:
        if b["kind"] == "table":
            parts.extend(" ".join(c for c in row if c) for row in b["rows"])
        elif b["kind"] == "bullet":
            parts.append(f"{b['marker']} {b['text']}")
        else:
            parts.append(b["text"])
    return "\n".join(parts)
