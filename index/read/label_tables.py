"""Two-column tables of a label and a short cell, rebuilt from a section's lines (the text path).

index/read/tables.py rebuilds tables whose rows end in numbers; a list of bodies and their seats
("Rar Øst 5, heraf 1 til formandskabet plus 5", "Bestyrelsen for Erhvervshuset" / "Midtjylland" /
"4 medlemmer, heraf 1 formand") has one cell of words after a count, and an extractor writes it
one cell per line, labels and cells broken over lines. Its columns are told by the shapes its
lines repeat:
- a **row line**: a short label, then a cell that begins with a count ("CDEU s bestyrelse 3
  medlemmer"); two such rows the extractor ran into one line are parted after a closing bracket
  ("… 5 medlemmer (1 overlap til PPU) Praksisplanudvalget 5 medlemmer");
- a **cell line** beginning with a count, under the label's lines ("Samarbejdsudvalget for
  kiropraktorer" / "1"): the label is the short lines above it, a line break in it a wrap when the
  next line's first word would not have fit on the line (the label's longest line is the column);
  a short line before that is a **heading** over the rows below ("Erhvervsområdet"), kept as a row
  of its own with an empty cell;
- a cell goes on over lines in lower case, inside an open bracket, or while its running text has
  not ended ("Endvidere står KKR for … hvem der er" / "indstillingsberettiget …");
- a label with running text under it is a row whose cell is that text ("Uddannelsesudvalget" /
  "KKR udpeger 7 kommunalbestyrelsesmedlemmer. …").
Three or more rows of a count make a table; above them, a header line whose period or word
repeats names both columns ("Udvalg 2018-2022 Antal medlemmer 2018-2022 (der udpeges af KKR)").
Every label and cell is the item's own text (line breaks made spaces). Running text after a blank
line ends the table.

Pure: `find_label_tables` takes one section's text and gives `TextTable`s, as `find_tables` does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from index.lazy_patterns import lazy
from index.model import Table
from index.read.tables import TextTable

__all__ = ["find_label_tables"]

MIN_ROWS = 3  # rows with a count that make a table
MAX_LABEL = 70  # characters of a label (or of one of its lines)
MAX_CELL_WORDS = 8  # words of a count's cell on a row line
MAX_CELL_LINE = 60  # characters of a cell line under its label
RUNNING = 70  # a line this long, or a sentence, is running text
_COUNT = lazy(r"^\(?\d[\d.,]*\)?[,.]?$")
_YEARISH = lazy(r"^(?:19|20)\d\d(?:[-/]\d{2,4})?$")
_DIGIT = lazy(r"\d")
_PARTED = lazy(r"\)\s+(?=[A-ZÆØÅ][^\s()]*(?:\s+[^\s\d()]+){0,5}\s+\d)")


@dataclass
class _Row:
    label: list[tuple[int, int]]  # (start, end) of each label line
    cell: list[tuple[int, int]] = field(default_factory=list)  # of each cell line
    heading: bool = False


def _enough_short_counts(text: str) -> bool:
    """Does the text have MIN_ROWS short lines holding a number (a table's rows can be there)?"""
    seen = 0
    for line in text.split("\n"):
        if len(line) <= MAX_LABEL + MAX_CELL_LINE and _DIGIT.search(line):
            seen += 1
            if seen >= MIN_ROWS:
                return True
    return False


def _line_spans(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for raw in text.split("\n"):
        out.append((at, at + len(raw)))
        at += len(raw) + 1
    return out


def _sentence(t: str) -> bool:
    return t.endswith((".", ":", "?", "!")) and len(t.split()) >= 4


def _running(t: str) -> bool:
    return len(t) > RUNNING or _sentence(t)


def _split_row(t: str) -> int | None:
    """Where a row line's cell begins (its count), or None: a short label first, not a sentence;
    a year in the label stays there when a count follows it ("Politisk partnerskabsgruppe 2020 1")."""
    tokens = t.split()
    for k, tok in enumerate(tokens):
        if not _COUNT.match(tok):
            continue
        if k == 0:
            return None
        if _YEARISH.match(tok.rstrip(".,")):
            continue  # a year names the row ("Politisk partnerskabsgruppe 2020 1"), it counts nothing
        label = " ".join(tokens[:k])
        if len(label) > MAX_LABEL or label.endswith((".", ":", ",")) or not label[0].isupper() or " " + tok not in t:
            return None
        cut = t.index(" " + tok) + 1
        parted = _PARTED.search(t, cut)  # a second row run into this line ends this one's cell
        cell = t[cut : parted.start() + 1] if parted else t[cut:]
        if len(cell.split()) > MAX_CELL_WORDS or ". " in cell or cell.endswith(":"):
            return None
        if len(cell.split()) >= 2 and all(_COUNT.match(c) for c in cell.split()):
            return None  # a row of figures: index/read/tables.py's kind
        return cut
    return None


def _cell_line(t: str) -> bool:
    """A cell under its label, beginning with a count ("1 og 1 suppleant"); not with a year
    (a header's "Dimensionering" / "2026"), not a row of figures."""
    words = t.split()
    if not words or _COUNT.match(words[0]) is None or _YEARISH.match(words[0].rstrip(".,")):
        return False
    return len(t) <= MAX_CELL_LINE and not t.endswith(":") and not (len(words) >= 2 and all(_COUNT.match(w) for w in words))


def _label_line(t: str) -> bool:
    return bool(t) and len(t) <= MAX_LABEL and t[0].isupper() and not _running(t) and _split_row(t) is None and not _cell_line(t)


def _wraps(line: str, nxt: str, width: int) -> bool:
    """Is the break between two label lines the column's wrap (the next word would not have fit)?"""
    return len(line) + 1 + len(nxt.split()[0]) > width


def _open(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    joined = " ".join(text[a:b] for a, b in spans)
    return joined.count("(") > joined.count(")")


def _ends(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Has a cell's text come to an end (a short value, or a sentence that ended)?"""
    last = text[spans[-1][0] : spans[-1][1]].strip()
    if len(spans) == 1 and not _running(last):
        return True
    return last.endswith((".", ")", "!", "?"))


def _parse(text: str, lines: list[tuple[int, int]], k: int) -> tuple[list[_Row], int]:
    """Rows from line k on, and the line after them."""
    rows: list[_Row] = []
    pending: list[list[tuple[int, int]]] = []  # label lines (each with its lower-case continuation)
    blank = False
    j = k
    while j < len(lines):
        a, b = lines[j]
        raw = text[a:b]
        t = raw.strip()
        lead = a + len(raw) - len(raw.lstrip())
        span = (lead, lead + len(t))
        if not t:
            blank = True
            j += 1
            continue
        cur = rows[-1] if rows and rows[-1].cell else None
        cut = _split_row(t)
        if cut is not None and not (cur and _open(text, cur.cell)):
            rows += [_Row(g, heading=True) for g in pending]
            pending = []
            rows += _row_line(text, span, cut)
        elif _cell_line(t) and pending:
            rows += _labelled(text, pending, [span])
            pending = []
        elif pending and not blank and (t[0].islower() or _open(text, pending[-1])):
            pending[-1].append(span)  # a label's (or the header's) wrapped rest
        elif cur and not pending and (t[0].islower() or t[0] in "()" or _open(text, cur.cell) or not _ends(text, cur.cell)):
            cur.cell.append(span)
        elif _running(t):
            if pending:
                rows += _labelled(text, pending, [span])
                pending = []
            elif cur and not blank:
                cur.cell.append(span)
            else:
                break
        elif _label_line(t):
            pending.append([span])
        else:
            break
        blank = False
        j += 1
    # the table ends with its last row of a count: a sub-heading and its paragraph after it are text
    while rows and not (rows[-1].cell and _COUNT.match(_words(text, rows[-1].cell).split()[0])):
        rows.pop()
    return rows, j


def _row_line(text: str, span: tuple[int, int], cut: int) -> list[_Row]:
    """One row line, or two the extractor ran together after a closing bracket."""
    a, b = span
    t = text[a:b]
    m = _PARTED.search(t, cut)
    if m and _split_row(t[m.end() :]) is not None:
        first = _Row([(a, a + cut - 1)], [(a + cut, a + m.start() + 1)])
        rest = a + m.end()
        return [first, *_row_line(text, (rest, b), _split_row(t[m.end() :]) or 0)]
    return [_Row([(a, a + cut - 1)], [(a + cut, b)])]


def _labelled(text: str, labels: list[list[tuple[int, int]]], cell: list[tuple[int, int]]) -> list[_Row]:
    """Label lines over a cell: the lines the column wrapped make the label; a line before them
    that did not wrap into the next is a heading."""
    def line(g: list[tuple[int, int]]) -> str:
        return _words(text, g)

    width = max(len(line(g)) for g in labels)
    k = len(labels) - 1
    while k > 0 and _wraps(line(labels[k - 1]), line(labels[k]), width):
        k -= 1
    return [_Row(g, heading=True) for g in labels[:k]] + [_Row([s for g in labels[k:] for s in g], cell)]


def _words(text: str, spans: Sequence[tuple[int, int]]) -> str:
    return " ".join(" ".join(text[a:b].split()) for a, b in spans)


def _header(t: str) -> tuple[str, str]:
    """A header line as the two columns' headers: parted after the first of a word or period it
    names twice ("Udvalg 2018-2022 | Antal medlemmer 2018-2022 (der udpeges af KKR)")."""
    tokens = t.split()
    for k, tok in enumerate(tokens):
        if len(tok) >= 4 and tokens.count(tok) == 2 and 0 < k < len(tokens) - 1 and tokens.index(tok) == k:
            return " ".join(tokens[: k + 1]), " ".join(tokens[k + 1 :])
    return "", t


def find_label_tables(text: str, page_at: Callable[[int], int], taken: Sequence[tuple[int, int]] = ()) -> list[TextTable]:
    """The label tables in one section's text, outside the regions `taken` (tables found already)."""
    if not _enough_short_counts(text):
        return []  # fewer short lines holding a number than a table has rows: most sections
    lines = _line_spans(text)
    free = [all(not (s <= a < e) for s, e in taken) for a, _ in lines]
    out: list[TextTable] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        t = text[a:b].strip()
        if not free[k] or not t or _running(t) or (t[0].islower()):
            k += 1
            continue
        rows, end = _parse(text, lines, k)
        counted = [r for r in rows if r.cell and _COUNT.match(_words(text, r.cell).split()[0])]
        if len(counted) < MIN_ROWS or not all(free[k:end]):
            k = max(end, k + 1)
            continue
        out.append(_table(text, rows, page_at))
        k = end
    return out


def _table(text: str, rows: list[_Row], page_at: Callable[[int], int]) -> TextTable:
    """The rows as a Table: among the headings before the first row with a cell, the line whose
    word or period repeats is the header, the lines above it the caption."""
    lead = 0
    while lead < len(rows) and rows[lead].heading:
        lead += 1
    head, caption, start = ("", ""), "", rows[0].label[0][0]
    for h in range(lead):
        split = _header(_words(text, rows[h].label))
        if split[0]:
            head, caption = split, " ".join(_words(text, r.label) for r in rows[:h])
            rows = rows[h + 1 :]
            break
    body = tuple((_words(text, r.label), _words(text, r.cell)) for r in rows)
    spans = tuple((r.label[0][0], (r.cell or r.label)[-1][1]) for r in rows)
    table = Table(header=head, rows=body, page=page_at(spans[0][0]), caption=caption)
    return TextTable(table, spans, start, spans[-1][1])
