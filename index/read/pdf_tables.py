"""Ruled tables of a PDF, read as tables: pdfplumber's table extraction on the pages that draw
rules (`Extracted.ruled_pages`, which the PDFium reader marks), and the rows it gives turned
into a `Table` (header, groups over the columns, rows).

pdfplumber is slow (a tenth of a second a page), so it reads only those pages; the rest of the
document is read by PDFium. The pure part (`table_of`) needs no PDF: rows of cells, None where
a cell spans the one before it (as pdfplumber gives a merged header cell).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from index.lazy_patterns import lazy
from index.model import Table

__all__ = ["RawTable", "read_tables", "table_of"]

RawTable = tuple[tuple[str | None, ...], ...]  # rows of cells as pdfplumber gives them
_NUMBER = lazy(r"^\(?[-+]?\d[\d.,]*\)?%?(?:\s+\(?\d[\d.,]*\)?)*$")
MIN_ROWS = 2
MAX_HEADER_ROWS = 3  # more rows before the first figure: a table of words, its header one row


def read_tables(data: bytes, pages: Iterable[int]) -> tuple[RawTable, ...]:
    """The tables pdfplumber finds on `pages` (0-based) of the PDF `data`, in page order."""
    import pdfplumber  # slow to import: only for PDFs with ruled pages

    out: list[RawTable] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for k in sorted(set(pages)):
            if not 0 <= k < len(pdf.pages):
                continue
            page = pdf.pages[k]
            for rows in page.extract_tables():
                table = tuple(tuple(c if c is None else str(c) for c in row) for row in rows if row)
                if len(table) >= MIN_ROWS:
                    out.append(table)
            page.close()
    return tuple(out)


def _cell(text: str | None) -> str:
    return " ".join((text or "").split())


_YEAR = lazy(r"^(?:19|20)\d\d(?:/\d{2,4})?$")


def _numeric(row: Sequence[str]) -> bool:
    """A row of figures: a number under a column, not a year (a header of years is a header)."""
    return any(_NUMBER.match(c) and not _YEAR.match(c) for c in row[1:] if c)


def table_of(raw: RawTable, page: int = 0) -> Table | None:
    """A `Table` of pdfplumber's rows: the rows before the first with a number are the header
    (two of them: groups, then the columns' own headers; a cell spanning others is None, its
    label stands over them); without numbers, the first row is the header. None when it has
    fewer than two rows under its header."""
    width = max((len(r) for r in raw), default=0)
    rows = [[_cell(c) if c is not None else None for c in r] + [""] * (width - len(r)) for r in raw]
    if width < 2:
        return None
    first = next((k for k, r in enumerate(rows) if _numeric([c or "" for c in r])), None)
    head = first if first is not None and 0 < first <= MAX_HEADER_ROWS else 1
    header_rows, body = rows[:head], rows[head:]
    body = [[c or "" for c in r] for r in body if any(c for c in r)]
    if len(body) < MIN_ROWS:
        return None
    spanned = [_spread(r) for r in header_rows]
    header = spanned[-1]
    groups = [""] * width
    caption = ""
    if len(spanned) > 1:
        groups = [g if g != h else "" for g, h in zip(spanned[-2], header)]
        caption = " ".join(c for r in spanned[:-2] for c in dict.fromkeys(r) if c)
        if groups[0]:  # a label over the row labels names the table
            caption, groups[0] = " ".join(filter(None, (caption, groups[0]))), ""
    return Table(tuple(header), tuple(tuple(r) for r in body), page, tuple(groups) if any(groups) else (), caption)


def _spread(row: list[str | None]) -> list[str]:
    """A header row with each spanning cell's label over the columns it spans."""
    out: list[str] = []
    for c in row:
        out.append(out[-1] if c is None and out else (c or ""))
    return out
