"""Text as a PDF extractor wrote it (the bundled sample corpus) → pages of lines.

What the extractor left, and how it is read here:
- an empty line between every two lines: an artefact, dropped; a line holding only spaces
  is a real empty paragraph in the document, kept as a paragraph break (`gap_before`);
- pages joined by a single newline, each page's text starting with a space: a line that
  starts with a space right after a non-empty line begins a new page;
- page headers "KKR Midtjylland  | 30-08-2021" + "SIDE  |  9" on some pages: removed, and
  used for the council, the date and the page numbers (a running count the headers correct);
- link lines repeated at the foot of a page: marked as links;
- the attachment marker "./." split over three lines ".", "/", ".": put back together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from index.lazy_patterns import lazy
from index.dates import parse_numeric_date
from index.read.headings import has_leaders
from index.read.lines import Extracted, Line, is_url_line, page_numbers

__all__ = ["HEADER", "SIDE", "read_text"]

HEADER = lazy(r"^\s*(KKR\s+[A-ZÆØÅ][\wæøåÆØÅ]+)\s*\|\s*(\d{1,2}-\d{1,2}-\d{4})\s*$")
SIDE = lazy(r"^\s*SIDE\s*\|\s*(\d+)\s*$", re.IGNORECASE)


@dataclass
class _Page:
    raw: list[str] = field(default_factory=list)
    number: int | None = None  # as a header stated it

    def has_text(self) -> bool:
        return any(r.strip() for r in self.raw)


def read_text(text: str) -> Extracted:
    """Split extractor text into numbered pages of body lines; see the module docstring."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages, council, when = _pages(text)
    numbers = page_numbers([p.number for p in pages])
    width = _column_chars(text)
    lines: list[Line] = []
    for page, number in zip(pages, numbers):
        lines.extend(_page_lines(page.raw, number, width))
    return Extracted(tuple(lines), max(numbers, default=0), council, when)


def _pages(text: str) -> tuple[list[_Page], str | None, date | None]:
    physical = text.split("\n")
    pages = [_Page()]
    council: str | None = None
    when: date | None = None
    for i, raw in enumerate(physical):
        new_page = raw.startswith(" ") and (
            (i > 0 and physical[i - 1] != "") or (i == 1 and physical[0] == "")
        )
        header = HEADER.match(raw)
        side = SIDE.match(raw)
        if header:
            council = council or " ".join(header.group(1).split())
            when = when or parse_numeric_date(header.group(2))
            new_page = True
        if new_page and (pages[-1].has_text() or (i == 1 and physical[0] == "")):
            pages.append(_Page())
        if side:
            pages[-1].number = int(side.group(1))
        elif not header:
            pages[-1].raw.append(raw)
    return pages, council, when


def _column_chars(text: str) -> float:
    """The width of a full line in characters: a high percentile of the long lines' lengths
    (not of URLs, nor of contents lines, whose dot leaders run as long as the extractor likes)."""
    lengths = sorted(
        len(s) for s in (r.strip() for r in text.split("\n"))
        if len(s) >= 20 and not is_url_line(s) and not has_leaders(s)
    )
    return float(lengths[int(len(lengths) * 0.97)]) if lengths else 80.0


def _page_lines(raw: list[str], page: int, width: float) -> list[Line]:
    texts: list[tuple[str, bool]] = []  # (text, gap before)
    gap = False
    for r in raw:
        if r == "":
            continue
        if not r.strip():
            gap = True
            continue
        texts.append((" ".join(r.split()), gap))
        gap = False
    texts = _join_split_markers(texts)
    foot = len(texts)
    while foot > 0 and is_url_line(texts[foot - 1][0]):
        foot -= 1
    out = []
    for k, (t, g) in enumerate(texts):
        first = t.split(" ", 1)[0]
        out.append(
            Line(t, page, gap_before=g, fill=min(len(t) / width, 1.0), lead=len(first) / width,
                 link=k >= foot)
        )
    return out


def _join_split_markers(texts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """".", "/", "." on three lines is the attachment marker "./." the extractor split."""
    out: list[tuple[str, bool]] = []
    k = 0
    while k < len(texts):
        if [t for t, _ in texts[k : k + 3]] == [".", "/", "."]:
            out.append(("./.", texts[k][1]))
            k += 3
        else:
            out.append(texts[k])
            k += 1
    return out
