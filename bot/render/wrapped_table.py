"""A table whose cells are words ("5, heraf 1 til formandskabet plus 5 suppleanter (der er et
ligestillingskrav)"), as a code block whose cells wrap over lines instead of being cut.

A table of figures lines up its numbers and cuts a long label with "…" (bot/render/shown.py's
`table_block`); a table of a label and a cell of words (index/read/label_tables.py) would lose
the cell's text that way, and the whole-item view shows the table in place of that text. So each
cell wraps inside its column, every word kept, and a row of a heading alone ("Erhvervsområdet")
stands on its line.
"""

from __future__ import annotations

import textwrap

from index.model import Table

__all__ = ["has_word_cells", "wrapped_block"]

LABEL_WIDTH = 40  # characters of the row labels' column at most


def has_word_cells(table: Table) -> bool:
    """Does a value cell hold words beyond a unit ("5 medlemmer (1 overlap til PPU)")?"""
    return any(sum(ch.isalpha() for ch in c) > 3 for row in table.rows for c in row[1:])


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width, break_long_words=False, break_on_hyphens=False) or [""]


def wrapped_block(table: Table, width: int) -> str:
    """The caption, the header, then each row, its cells wrapped side by side within `width`."""
    cols = max([len(table.header), *(len(r) for r in table.rows)])
    rows = [[*r, *[""] * (cols - len(r))] for r in table.rows]
    head = [*table.header, *[""] * (cols - len(table.header))]
    label_w = min(LABEL_WIDTH, max(len(" ".join(r[0].split())) for r in [head, *rows]))
    rest = max(12, (width - label_w - 2 * (cols - 1)) // max(1, cols - 1))
    widths = [label_w] + [rest] * (cols - 1)
    lines = _wrap(table.caption, width) if table.caption else []
    for k, row in enumerate([head, *rows]):
        if k == 0 and not any(row):
            continue
        cells = [_wrap(c, widths[c_i]) for c_i, c in enumerate(row)]
        for n in range(max(len(c) for c in cells)):
            parts = [(c[n] if n < len(c) else "").ljust(widths[i]) for i, c in enumerate(cells)]
            lines.append("  ".join(parts).rstrip())
        if k == 0:
            lines.append("-" * min(max(len(x) for x in lines), width))
    return "\n".join(lines)
