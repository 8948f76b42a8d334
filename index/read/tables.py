"""Tables an extractor flattened, rebuilt from a section's lines (the text path).

An extractor writes a table one row per line ("KKR Midtjylland 668 1.006 1.304 1.417"),
or one cell per line with the row's numbers together ("KKR" / "Midtj" / "ylland" /
"668 668 1.304 1.304"), and its header above as loose lines. Where the columns can be
told, they are rebuilt: two or more rows with the same count of numbers after a label, and
above them the header lines up to the prose before the table. The last header cells name
the columns; cells before them that divide the columns evenly are groups spanning them
("Social- og sundhedshjælpere" over two "Dimensionering" columns), one more is the row
labels' heading, anything else a caption. Rows of words only (a list of bodies and their
seats) cannot be told from prose and stay lines.

Pure: `find_tables` takes the text and gives `TextTable`s with where each row lies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from index.lazy_patterns import lazy
from index.model import Table

__all__ = ["TextTable", "find_tables"]

_NUMBER = lazy(r"^\(?[-+]?\d[\d.,]*\)?%?$")
_YEAR = lazy(r"^(?:19|20)\d\d$")
MAX_LABEL_LINES = 5  # a row label broken over more lines than this is no label
MAX_FRAGMENT = 30  # characters of one broken label line
MAX_HEADER_LINES = 20
MAX_LABEL = 80


@dataclass(frozen=True)
class TextTable:
    """A rebuilt table and, for each row, its (start, end) in the section text."""

    table: Table
    spans: tuple[tuple[int, int], ...]
    start: int  # where the header (or the first row) begins
    end: int


@dataclass
class _Line:
    text: str
    start: int
    end: int

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class _Row:
    line: int  # index of the line holding the numbers
    label: str  # on the same line ("KKR Hovedstaden"), "" when on the lines above
    values: list[str]


def _lines(text: str) -> list[_Line]:
    out, at = [], 0
    for raw in text.split("\n"):
        out.append(_Line(raw, at, at + len(raw)))
        at += len(raw) + 1
    return out


def _cells(tokens: list[str]) -> list[str]:
    """Numbers at the end of a line as cells; "(22) 172" (in brackets, then a number) is one."""
    cells: list[str] = []
    for tok in tokens:
        if cells and cells[-1].startswith("(") and cells[-1].endswith(")") and " " not in cells[-1] and not tok.startswith("("):
            cells[-1] += " " + tok
        else:
            cells.append(tok)
    return cells


def _row(line: str, index: int) -> _Row | None:
    tokens = line.split()
    k = len(tokens)
    while k > 0 and _NUMBER.match(tokens[k - 1]):
        k -= 1
    values = _cells(tokens[k:])
    label = " ".join(tokens[:k])
    if not label and len(values) >= 3 and _YEAR.match(values[0]):
        label, values = values[0], values[1:]  # "2021 5.751 3.492 9.243": the year labels the row
    if len(values) < 2 or len(label) > MAX_LABEL or label.endswith((".", ":", ",")):
        return None
    return _Row(index, label, values)


def _fragment(line: _Line) -> bool:
    """A piece of a row label broken over lines ("KKR", "Sjæl", "land")."""
    t = line.text.strip()
    return bool(t) and len(t) <= MAX_FRAGMENT and not _NUMBER.match(t.split()[-1]) and not t.endswith((".", ":"))


def _prose(line: _Line) -> bool:
    t = line.text.strip()
    return len(t) > 100 or (t.endswith((".", ":", "?", "!")) and (len(t.split()) >= 6 or len(t) > 50))


def glue(parts: list[str], known: Callable[[str], bool]) -> str:
    """A label broken over lines, whole: "Sjæl" + "land" → "Sjælland", "Syd" + "dan" + "mar"
    + "k" → "Syddanmark", when the document knows the whole word, or not its first piece, or
    not all of the rest; "Hele" + "landet" stay apart."""
    pieces = [p.strip() for p in parts if p.strip()]
    out: list[str] = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        run = []
        while k + 1 + len(run) < len(pieces) and _piece(pieces[k + 1 + len(run)]):
            run.append(pieces[k + 1 + len(run)])
        last = p.rsplit(" ", 1)[-1]
        whole = (last + "".join(run)).casefold()
        if run and last.isalpha() and (known(whole) or not known(last.casefold()) or not all(known(r.casefold()) for r in run)):
            out.append(p + "".join(run))
            k += 1 + len(run)
            continue
        out.append(p)
        k += 1
    return " ".join(out)


def _piece(text: str) -> bool:
    return " " not in text and text.isalpha() and text[0].islower()


def _header_cells(lines: list[_Line]) -> list[str]:
    """Header lines as cells: a line starting with a digit ("2026"), in lower case, with a
    bracket, or inside one left open, belongs to the cell above."""
    cells: list[str] = []
    for ln in lines:
        t = " ".join(ln.text.split())
        if not t:
            continue
        opened = cells and cells[-1].count("(") > cells[-1].count(")")
        if cells and (t[0].isdigit() or t[0].islower() or t[0] == "(" or opened):
            cells[-1] += " " + t
        else:
            cells.append(t)
    return cells


def _split_corner(heads: list[str]) -> tuple[str, list[str]]:
    """"Uddannelsessted Dimensionering 2024/2025 …" beside "Dimensionering 2024/2025 …": the
    row labels' heading ran into the first column's; the other columns say where it ends."""
    words = [h.split() for h in heads]
    common = words[1][0] if len(words) > 1 and words[1] else ""
    if not common or not all(w and w[0] == common for w in words[1:]) or not words[0] or words[0][0] == common:
        return "", heads
    if common not in words[0]:
        return "", heads
    cut = words[0].index(common)
    return " ".join(words[0][:cut]), [" ".join(words[0][cut:]), *heads[1:]]


def _groups(cells: list[str], n: int) -> int:
    """How many of `cells` (from their end) are groups over the n columns: a count that
    divides n evenly, more than one and fewer than n; 0 when none does."""
    for g in range(min(len(cells), n - 1), 1, -1):
        if n % g == 0:
            return g
    return 0


def _layout(cells: list[str], n: int) -> tuple[str, list[str], list[str], str]:
    """(caption, group of each column, column headers, row labels' heading) from header cells."""
    if len(cells) < n:
        return " ".join(cells), [""] * n, [""] * n, ""
    corner, heads = _split_corner(cells[-n:])
    rest = cells[:-n]
    groups = [""] * n
    # groups right above the headers, or above the row labels' heading ("KKR")
    for lead, tail in ((rest[:-1], rest[-1:]), (rest, [])):
        if corner and tail:
            continue
        g = _groups(lead, n)
        if g:
            groups = [lead[len(lead) - g + c // (n // g)] for c in range(n)]
            corner = corner or (tail[0] if tail else "")
            rest = lead[: len(lead) - g]
            break
    else:
        if rest and not corner and len(rest[-1]) <= MAX_FRAGMENT:
            corner, rest = rest[-1], rest[:-1]
    return " ".join(rest), groups, heads, corner


def find_tables(text: str, page_at: Callable[[int], int], known: Callable[[str], bool] = lambda w: False) -> list[TextTable]:
    """The tables in one section's text (see the module docstring); `page_at` maps an offset
    to its page, `known` says whether the document uses a word (for broken labels)."""
    lines = _lines(text)
    rows = [r for i, ln in enumerate(lines) if (r := _row(ln.text, i))]
    out: list[TextTable] = []
    k = 0
    while k < len(rows):
        run = [rows[k]]
        while k + len(run) < len(rows):
            nxt = rows[k + len(run)]
            between = lines[run[-1].line + 1 : nxt.line]
            if len(between) > MAX_LABEL_LINES or not all(_fragment(b) for b in between) or (between and nxt.label):
                break
            run.append(nxt)
        k += len(run)
        counts = Counter(len(r.values) for r in run)
        n, seen = counts.most_common(1)[0]
        run = [r for r in run if len(r.values) == n]
        if len(run) < 2 or seen < 2:
            continue
        out.append(_table(lines, run, n, page_at, known))
    return out


def _table(lines: list[_Line], run: list[_Row], n: int, page_at: Callable[[int], int], known: Callable[[str], bool]) -> TextTable:
    first = run[0].line
    label_lines: list[list[_Line]] = []
    for j, r in enumerate(run):
        if r.label:
            label_lines.append([])
            continue
        above = run[j - 1].line + 1 if j else None
        if above is not None:
            label_lines.append(lines[above : r.line])
        else:
            label_lines.append([])  # the first row's label: settled below, from the others
    if not run[0].label:
        leads = Counter(ls[0].text.strip() for ls in label_lines[1:] if ls)
        lead = leads.most_common(1)[0][0] if leads else None
        j = first - 1
        while j > 0 and lines[j - 1].text.strip() and first - j < MAX_LABEL_LINES and lines[j].text.strip() != lead and _fragment(lines[j - 1]):
            j -= 1
        if lead is None or lines[j].text.strip() != lead:
            j = first - 1  # no common first piece: the line right above
        label_lines[0] = lines[j:first]
        first = j
    top = first
    while top > 0 and first - top < MAX_HEADER_LINES and not _prose(lines[top - 1]):
        top -= 1
    while top < first and lines[top].blank:
        top += 1
    caption, groups, heads, corner = _layout(_header_cells(lines[top:first]), n)
    labels = [r.label or glue([ln.text for ln in ls], known) for r, ls in zip(run, label_lines)]
    spans = tuple(
        ((ls[0].start if ls else lines[r.line].start), lines[r.line].end) for r, ls in zip(run, label_lines)
    )
    table = Table(
        header=(corner, *heads),
        rows=tuple((label, *r.values) for label, r in zip(labels, run)),
        page=page_at(spans[0][0]),
        groups=("", *groups) if any(groups) else (),
        caption=caption,
    )
    return TextTable(table, spans, lines[top].start, spans[-1][1])
