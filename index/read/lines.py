"""The one representation both readers (PDF and text) end in: pages of positioned lines.

Everything after this point (segmentation, cleaning, meeting facts) is shared, so a PDF
and the text a PDF extractor made of it give the same items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from index.lazy_patterns import lazy

__all__ = ["Extracted", "Line", "URL_LINE", "is_url_line", "page_numbers"]

URL_LINE = lazy(r"^(?:https?://|www\.)\S+$")


@dataclass(frozen=True)
class Line:
    """One line of body text as laid out on its page, header and footer already removed.

    `fill` is how much of the text column the line covers and `lead` how much its first
    word would take (both 0..1 of the column width; None when unknown): a line followed by
    a word that would have fitted on it was ended on purpose, not wrapped.
    `bold` is None when the source has no font data (text files).
    `link` marks a link line at the page foot (the target of a hyperlink on the page),
    which is not body text. `row` marks cells set apart by wide gaps on one baseline (a table
    row): it keeps a line of its own.
    """

    text: str
    page: int
    gap_before: bool = False
    bold: bool | None = None
    fill: float | None = None
    lead: float | None = None
    link: bool = False
    row: bool = False


@dataclass(frozen=True)
class Extracted:
    """A document's lines plus what its page headers said (council, date) and its length.

    `ruled_pages` are the 0-based indexes of the PDF pages that draw rules (as a ruled table
    does): the only pages worth a table extractor's time; `tables` what it found there (rows
    of cells, index/read/pdf_tables.py).
    """

    lines: tuple[Line, ...]
    page_count: int
    council: str | None = None
    meeting_date: date | None = None
    ruled_pages: tuple[int, ...] = ()
    tables: tuple[tuple[tuple[str | None, ...], ...], ...] = ()


def is_url_line(text: str) -> bool:
    return bool(URL_LINE.match(text.strip()))


def page_numbers(stated: list[int | None]) -> list[int]:
    """Running page numbers, reset by every page a header numbered.

    Pages before the first numbered one count back from it when that stays >= 1.
    """
    anchors = [(k, n) for k, n in enumerate(stated) if n is not None]
    if not anchors:
        return list(range(1, len(stated) + 1))
    k0, n0 = anchors[0]
    start = n0 - k0 if n0 - k0 >= 1 else 1
    out: list[int] = []
    current = start - 1
    for k, n in enumerate(stated):
        current = n if n is not None else current + 1
        out.append(current)
    return out
