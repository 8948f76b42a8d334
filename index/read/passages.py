"""An item's text → the passages an answer can quote, made once at ingest.

Three kinds, each a verbatim slice of one sub-section's text (so its page is known):
- a **sentence** (index.read.sentences: "ca.", "kr.", "3. sept. 2021" do not end one);
- a **list**: two or more bullet or numbered lines with the sentence that leads into them
  ("KKR Midtjyllands fagområder i kommende valgperiode:" + "- Kollektiv trafik" ...), kept
  as one passage, since a list answers as a whole ("which areas", "what is on the agenda");
- a table **row**, pointing at its table (index.read.tables; a label and a short cell:
  index.read.label_tables), whose header labels its cells.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Callable, Iterable, Sequence

from index.lazy_patterns import lazy
from index.model import ItemSection, Passage, Table
from index.read.sentences import sentence_spans
from index.read.pdf_tables import RawTable, table_of
from index.read.table_merge import continued, join_tables
from index.read.label_tables import find_label_tables
from index.read.tables import find_tables

__all__ = ["BULLET", "item_parts", "prose_words"]

_PUNCT = ".,;:!?()[]{}\"'”“’‘«»*"
# A sentence that announces a list even across a blank line ("Der er foreløbig følgende punkter
# til mødet den 1. september 2026.").
_ANNOUNCES = lazy(r"\b(?:følgende|nedenstående|the following)\b", re.IGNORECASE)
BULLET = lazy(r"^\s*(?:[–\-•▪◦*·o](?=\s)|\d{1,2}[.)](?=\s)|[a-zæøå]\)(?=\s))")


def _is_bullet(line: str) -> bool:
    return bool(BULLET.match(line)) and len(line.strip()) > 2


def prose_words(texts: Iterable[str]) -> frozenset[str]:
    """The words (casefolded) of lines of running text, not of a table's broken cells: what
    tells "Sjæl" + "land" is one word ("sjælland" is written elsewhere) or two ("hele landet")."""
    words: set[str] = set()
    for text in texts:
        for line in text.split("\n"):
            tokens = line.split()
            if len(tokens) >= 4:
                words.update(t.strip(_PUNCT).casefold() for t in tokens)
    return frozenset(words)


def item_parts(
    sections: Sequence[ItemSection], known: Callable[[str], bool] | None = None, pdf_tables: Sequence[RawTable] = ()
) -> tuple[tuple[Table, ...], tuple[Passage, ...]]:
    """The tables an extractor flattened in the item's text, and its passages (in order).
    `known` says whether the document writes a word (default: the item's own prose);
    `pdf_tables` are the document's ruled tables as pdfplumber read them: those whose rows are
    in this item's text give their header and cells (index/read/table_merge.py)."""
    if known is None:
        words = prose_words(s.text for s in sections)
        known = lambda w: w.casefold() in words  # noqa: E731
    pdf = continued([t for t in (table_of(raw) for raw in pdf_tables) if t is not None])
    used: set[int] = set()
    tables: list[Table] = []
    passages: list[Passage] = []
    for si, s in enumerate(sections):
        taken: list[tuple[int, int]] = []
        found_here = find_tables(s.text, s.page_at, known)
        if pdf:
            found_here = join_tables(s.text, found_here, pdf, s.page_at, used)
        found_here += find_label_tables(s.text, s.page_at, [(f.start, f.end) for f in found_here])
        for found in found_here:
            ti = len(tables)
            tables.append(replace(found.table, region=(si, found.start, found.end)))
            for ri, (a, b) in enumerate(found.spans):
                if not any(found.table.rows[ri][1:]):
                    continue  # a heading over rows ("Erhvervsområdet"): shown in the table, no answer itself
                passages.append(Passage(s.text[a:b], s.heading, s.page_at(a), "row", si, a, b, ti, ri))
            taken.append((found.start, found.end))
        passages += _prose(s, si, taken)
    passages.sort(key=lambda p: (p.section_index, p.start))
    return tuple(tables), tuple(passages)


def _lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, at = [], a
    for raw in text[a:b].split("\n"):
        out.append((at, at + len(raw)))
        at += len(raw) + 1
    return out


def _prose(s: ItemSection, si: int, taken: list[tuple[int, int]]) -> list[Passage]:
    """Sentences and lists of the text outside the tables."""
    text = s.text
    free, at = [], 0
    for a, b in sorted(taken):
        free.append((at, a))
        at = max(at, b)
    free.append((at, len(text)))
    out: list[Passage] = []

    def add(a: int, b: int, kind: str) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Passage(text[a:b], s.heading, s.page_at(a), kind, si, a, b))  # type: ignore[arg-type]

    for fa, fb in free:
        lines = [(a, b) for a, b in _lines(text, fa, fb)]
        k = 0
        while k < len(lines):
            end = _list_end(text, lines, k)
            if end - k >= 2:
                lead = _lead_in(text, lines, k, out)
                add(lead if lead is not None else lines[k][0], lines[end - 1][1], "list")
                k = end
                continue
            a, b = lines[k]
            for x, y in sentence_spans(text[a:b]):
                add(a + x, a + y, "sentence")
            k += 1
    return out


def _list_end(text: str, lines: list[tuple[int, int]], k: int) -> int:
    """The line after the bullets that begin at line k (k itself when no bullet is there).
    A line in lower case after a bullet continues it; one blank line may part two bullets."""
    j = k
    while j < len(lines) and _is_bullet(text[lines[j][0] : lines[j][1]]):
        j += 1
        while j < len(lines):
            line = text[lines[j][0] : lines[j][1]].strip()
            if line and line[0].islower() and not _is_bullet(line):
                j += 1  # the bullet's wrapped rest
            elif not line and j + 1 < len(lines) and _is_bullet(text[lines[j + 1][0] : lines[j + 1][1]]):
                j += 1
            else:
                break
    return j


def _lead_in(text: str, lines: list[tuple[int, int]], k: int, out: list[Passage]) -> int | None:
    """Where the sentence leading into the list at line k begins: the last sentence of the
    line above (across one blank line when it ends with ":" or says "følgende"); that sentence is taken out of
    `out`, the list holds it."""
    j = k - 1
    if j >= 0 and not text[lines[j][0] : lines[j][1]].strip():
        j -= 1
        line = text[lines[j][0] : lines[j][1]] if j >= 0 else ""
        if not (line.rstrip().endswith(":") or _ANNOUNCES.search(line)):
            return None
    if j < 0 or _is_bullet(text[lines[j][0] : lines[j][1]]):
        return None
    a, b = lines[j]
    spans = sentence_spans(text[a:b])
    if not spans:
        return None
    start = a + spans[-1][0]
    if out and out[-1].start == start and out[-1].kind == "sentence":
        out.pop()
        return start
    return None
