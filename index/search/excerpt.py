"""The passage that answers: a verbatim window of one to three sentences around the densest match.

The excerpt is cut from one sub-section's text (so it is a substring of the item's text
and its page is that section's `page_at`), scored by the IDF of the distinct question
terms it contains. Highlights are the character spans of the words whose index terms
matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.analysis import WORD, word_stems
from index.model import BESLUTNING, INDSTILLING, AgendaItem

MAX_CHARS = 400
MAX_SENTENCES = 3
# A sentence ends at ". " (not inside "1.006" or "bl.a. x"), or at a line break before a
# bullet, a capital letter or a number: the documents keep one list row per line.
_BOUNDARY = re.compile(r"(?<=[.!?:])\s+(?=[\"'(A-ZÆØÅ0-9–-])|\n+(?=\s*[-–•o]?\s*[\"'(A-ZÆØÅ0-9–-])")


@dataclass(frozen=True)
class Passage:
    text: str
    heading: str
    page: int
    highlights: tuple[tuple[int, int], ...]
    score: float


def _units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or list row in `text`, stripped of outer whitespace."""
    spans, at = [], 0
    for m in _BOUNDARY.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _word_spans(text: str) -> Iterable[tuple[int, int, set[str]]]:
    for m in WORD.finditer(text):
        yield m.start(), m.end(), word_stems(m.group().lower())


def highlight_spans(text: str, stems: frozenset[str]) -> tuple[tuple[int, int], ...]:
    return tuple((a, b) for a, b, s in _word_spans(text) if s & stems)


def _trim(text: str, a: int, b: int, hits: list[tuple[int, int]]) -> tuple[int, int]:
    """Shorten [a, b) to MAX_CHARS around its matches, cutting at word boundaries."""
    if b - a <= MAX_CHARS:
        return a, b
    inside = [h for h in hits if a <= h[0] and h[1] <= b]
    centre = (inside[0][0] + inside[-1][1]) // 2 if inside else a
    start = max(a, min(centre - MAX_CHARS // 2, b - MAX_CHARS))
    end = min(b, start + MAX_CHARS)
    while start > a and not text[start - 1].isspace():
        start += 1
    while end < b and end > start and not text[end].isspace():
        end -= 1
    return start, end


# A figure: a number with a thousands point or of three digits or more, not a year.
_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d{3,})(?![\d.,]\d)")


def _has_figure(text: str) -> bool:
    return any(not (len(m.group()) == 4 and m.group()[:2] in ("19", "20")) for m in _FIGURE.finditer(text))


def _figure_spans(text: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the sentences or rows of `text` that name one of `names` next to a figure."""
    return [(a, b) for a, b in _units(text) if _has_figure(text[a:b]) and any(s & names for _, _, s in _word_spans(text[a:b]))]


def _terms_by_unit(text: str, stems: frozenset[str]) -> tuple[list[tuple[int, int]], list[set[str]]]:
    """The sentences (and table rows) of `text` as spans, and which of `stems` each holds."""
    units = _units(text)
    unit_terms: list[set[str]] = [set() for _ in units]
    k = 0
    for x, _, s in _word_spans(text):
        while k < len(units) - 1 and x >= units[k + 1][0]:
            k += 1
        unit_terms[k] |= s & stems
    return units, unit_terms


def best_passage(
    item: AgendaItem,
    weights: dict[str, tuple[str, float]],
    *,
    bonus_terms: frozenset[str] = frozenset(),
    prefer_decision: bool = False,
    figures_of: frozenset[str] = frozenset(),
) -> Passage:
    """The densest window of the item's text for the question's concepts; `weights` maps an
    index term to (its concept, the concept's IDF), so a compound's parts count once.

    `bonus_terms` (e.g. a year asked about) add a little; `prefer_decision` favours the
    Beslutning when it matches as well as any other section. `figures_of` (for a question
    asking how many or how much: the council's name): a window with a sentence or table row
    that names it next to a figure wins over any without ("KKR Midtjylland 668 1.006 1.304
    1.417" is the council's own row of the table the other sentences introduce). Without any match the
    recommendation (else the first text) is quoted from its beginning.
    """
    stems = frozenset(weights) | bonus_terms | figures_of
    best: tuple[bool, float, int, int, int, int] | None = None  # row, score, -length, section, start, end
    for si, section in enumerate(item.sections):
        text = section.text
        units, unit_terms = _terms_by_unit(text, stems)
        rows = [bool(figures_of and t & figures_of) and _has_figure(text[a:b]) for t, (a, b) in zip(unit_terms, units)]
        for i in range(len(units)):
            found: set[str] = set()
            row = False
            for j in range(i, min(i + MAX_SENTENCES, len(units))):
                a, b = units[i][0], units[j][1]
                if j > i and b - a > MAX_CHARS:
                    break
                found |= unit_terms[j]
                row = row or rows[j]
                concepts: dict[str, float] = {}  # a concept counts once, by its best rendering
                for s in found:
                    if s in weights:
                        key, w = weights[s]
                        concepts[key] = max(concepts.get(key, 0.0), w)
                score = sum(concepts.values()) + 0.5 * len(found & bonus_terms)
                if score <= 0 and not row:
                    continue
                score -= 0.05 * (j - i)  # one sentence is better than three for the same words
                if prefer_decision and section.heading == BESLUTNING:
                    score *= 1.2
                key = (row, score, -(b - a), -si, a, b)
                if best is None or key > best:
                    best = key
    if best is None:
        section = next((s for s in item.sections if s.heading == INDSTILLING and s.text), None)
        section = section or next((s for s in item.sections if s.text), None)
        if section is None:
            return Passage("", "", item.page_start, (), 0.0)
        units = _units(section.text)
        a, b = units[0] if units else (0, len(section.text))
        a, b = _trim(section.text, a, b, [])
        si, score = item.sections.index(section), 0.0
    else:
        _, score, _, neg_si, a, b = best
        si = -neg_si
    section = item.sections[si]
    text = section.text
    hits = [(x, y) for x, y, s in _word_spans(text[a:b]) if s & stems]
    hits = [(x + a, y + a) for x, y in hits]
    if best is not None and best[0]:  # keep the council's figure when the window is cut
        hits = [(x + a, y + a) for x, y in _figure_spans(text[a:b], figures_of)] or hits
    a, b = _trim(text, a, b, hits)
    excerpt = text[a:b]
    return Passage(excerpt, section.heading, section.page_at(a), highlight_spans(excerpt, stems), score)


def densest_window(
    item: AgendaItem, score: Callable[[frozenset[str]], float], relevant: frozenset[str], extra: frozenset[str] = frozenset()
) -> float:
    """The best `score` of the question terms (`relevant`) that occur together: in one window
    of up to MAX_SENTENCES sentences of one sub-section, with `extra` (the title's terms)
    counted in every window. For the refusal: a question whose words the item has only
    far apart ("åbningstiderne for borgerservice i Randers": "Randers" in a table row,
    "åbningstid" pages away) is not what the item is about."""
    best = score(extra)
    for section in item.sections:
        units, unit_terms = _terms_by_unit(section.text, relevant)
        for i in range(len(units)):
            found = set(extra)
            for j in range(i, min(i + MAX_SENTENCES, len(units))):
                if j > i and units[j][1] - units[i][0] > MAX_CHARS:
                    break
                if unit_terms[j] - found or j == i:
                    found |= unit_terms[j]
                    best = max(best, score(frozenset(found)))
    return best
