"""Do the question's words meet in an item: the densest window of one to three sentences
of one sub-section, for the refusal (index.search.answer). What a hit shows is chosen from
the item's stored passages by index.search.shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from index.lazy_patterns import lazy
from index.acronyms import coordinated_acronyms
from index.analysis import WORD, word_stems
from index.model import AgendaItem

MAX_CHARS = 400
MAX_SENTENCES = 3
# A sentence ends at ". " (not inside "1.006" or "bl.a. x"), or at a line break before a
# bullet, a capital letter or a number: the documents keep one list row per line.
_BOUNDARY = lazy(r"(?<=[.!?:])\s+(?=[\"'(A-ZÆØÅ0-9–-])|\n+(?=\s*[-–•o]?\s*[\"'(A-ZÆØÅ0-9–-])")


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


@lru_cache(maxsize=8192)
def section_units(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[frozenset[str], ...]]:
    """The sentences (and table rows) of `text` as spans, and the index terms of each: the
    same for every question, so read once per text (the rerank and the gate read the same
    items for every question about them)."""
    units = _units(text)
    unit_terms: list[set[str]] = [set() for _ in units]
    k = 0
    for x, _, s in _word_spans(text):
        while k < len(units) - 1 and x >= units[k + 1][0]:
            k += 1
        unit_terms[k] |= s
    for (a, b), terms in zip(units, unit_terms):  # "Social- og sundheds- assistenter" holds "ssa", as its item does
        terms.update(coordinated_acronyms(text[a:b]))
    return tuple(units), tuple(frozenset(t) for t in unit_terms)


def _terms_by_unit(text: str, stems: frozenset[str]) -> tuple[tuple[tuple[int, int], ...], list[tuple[int, frozenset[str]]]]:
    """The sentences (and table rows) of `text` as spans, and (number, which of `stems` it holds)
    of each sentence that holds any of them."""
    units, unit_terms = section_units(text)
    return units, [(k, t & stems) for k, t in enumerate(unit_terms) if not t.isdisjoint(stems)]


def densest_window(
    item: AgendaItem, score: Callable[[frozenset[str]], float], relevant: frozenset[str], extra: frozenset[str] = frozenset()
) -> float:
    """The best `score` of the question terms (`relevant`) that occur together: in one window
    of up to MAX_SENTENCES sentences of one sub-section, with `extra` (the title's terms)
    counted in every window. For the refusal: a question whose words the item has only
    far apart ("åbningstiderne for borgerservice i Randers": "Randers" in a table row,
    "åbningstid" pages away) is not what the item is about."""
    scored = {extra: score(extra)}  # many windows hold the same terms: score each set once
    for section in item.sections:
        units, held = _terms_by_unit(section.text, relevant)
        # Only windows from and to a sentence holding terms: one beginning or ending with a
        # sentence of none holds no more than the window without it.
        for a, (i, first) in enumerate(held):
            found = extra
            for j, terms in held[a:]:
                if j >= i + MAX_SENTENCES or (j > i and units[j][1] - units[i][0] > MAX_CHARS):
                    break
                if not terms <= found:
                    found = found | terms
                    if found not in scored:
                        scored[found] = score(found)
    return max(scored.values())
