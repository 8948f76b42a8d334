"""A PDF's ruled tables (index/read/pdf_tables.py) joined to the item text they were flattened in.

The text path rebuilds a table from the extractor's lines (index/read/tables.py) but cannot
always tell its header cells apart; pdfplumber reads the ruled table whole. When a PDF table's
row labels are a text table's, the PDF's header, groups and cells replace the text's (the
rows keep their place in the text, so their passages stay verbatim). A PDF table the text
path did not find (rows of words only) is placed where its row labels and last cells occur
in the text, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from index.model import Table
from index.read.tables import TextTable

__all__ = ["continued", "join_tables"]

MIN_ROWS = 2
REACH = 400  # letters of the text a row's cells may lie apart
PREFIX = 24  # letters of a cell that find it in the text (a long cell may be hyphenated further on)


def _bare(text: str) -> str:
    return "".join(text.split()).casefold()


def join_tables(text: str, found: list[TextTable], pdf: list[Table], page_at: Callable[[int], int],
                used: set[int]) -> list[TextTable]:  # fmt: skip
    """`found` (this section's text tables) with the labels of the PDF tables that match them,
    and the PDF tables placed in `text` that none matched; `used` collects the PDF tables taken."""
    out: list[TextTable] = []
    for t in found:
        k = next((k for k, p in enumerate(pdf) if k not in used and _matches(t.table, p)), None)
        if k is None:
            out.append(t)
            continue
        used.add(k)
        out.append(replace(t, table=_relabelled(t.table, pdf[k])))
    for k, p in enumerate(pdf):
        if k in used:
            continue
        placed = _placed(text, p, page_at, taken=[(t.start, t.end) for t in out])
        if placed is not None:
            used.add(k)
            out.append(placed)
    return sorted(out, key=lambda t: t.start)


def continued(tables: list[Table]) -> list[Table]:
    """A table continued on the next page (its header repeated) as one."""
    out: list[Table] = []
    for t in tables:
        if out and out[-1].header == t.header and out[-1].groups == t.groups:
            out[-1] = replace(out[-1], rows=out[-1].rows + t.rows)
        else:
            out.append(t)
    return out


def _matches(t: Table, p: Table) -> bool:
    labels = {_bare(r[0]) for r in p.rows if r and r[0]}
    hits = sum(1 for r in t.rows if _bare(r[0]) in labels)
    return hits >= max(MIN_ROWS, (len(t.rows) + 1) // 2) and len(p.header) == len(t.header)


def _relabelled(t: Table, p: Table) -> Table:
    by_label = {_bare(r[0]): r for r in p.rows if r and r[0]}
    rows = tuple(tuple(by_label.get(_bare(r[0]), r)) for r in t.rows)
    return replace(t, header=p.header, groups=p.groups, caption=p.caption, rows=rows)


def _placed(text: str, p: Table, page_at: Callable[[int], int], taken: Sequence[tuple[int, int]]) -> TextTable | None:
    """`p` where its rows are in `text`: each row the lines from its label to its last cell (or
    from the last cell to the label: a label set in the middle of a tall cell comes after it),
    in order."""
    keep = [k for k, ch in enumerate(text) if not ch.isspace()]
    bare = "".join(text[k] for k in keep).casefold()
    spans: list[tuple[int, int]] = []
    rows = []
    at = 0
    for row in p.rows:
        label = _bare(row[0])[:PREFIX] if row and row[0] else ""
        last = next((_bare(c)[:PREFIX] for c in reversed(row[1:]) if c), "")
        if not label or not last:
            continue
        a = bare.find(label, at)
        if a < 0:
            continue
        # the value is after its label, or (a label set in the middle of a tall cell) before it
        lo = max(at, a - REACH)
        b = bare.find(last, lo, a + len(label) + REACH)
        if b < 0:
            continue
        first, final = min(a, b), max(a + len(label), b + len(last))
        start = text.rfind("\n", 0, keep[first]) + 1
        end = text.find("\n", keep[final - 1])
        end = len(text) if end < 0 else end
        if any(x < end and start < y for x, y in taken + spans):
            continue
        spans.append((start, end))
        rows.append(row)
        at = final
    if len(spans) < MIN_ROWS:
        return None
    table = replace(p, rows=tuple(rows), page=page_at(spans[0][0]))
    return TextTable(table, tuple(spans), spans[0][0], spans[-1][1])
