"""Whoosh's BM25F, computed with numpy over Whoosh's own posting blocks.

Whoosh scores a query one posting at a time in pure Python (~8 µs a posting): on 20k items a
question with a few common words costs 100+ ms. Here the same (field, term) postings are read
block by block into arrays and scored all at once with the same formula, the same idf, average
and (byte-encoded) field lengths, so the scores are Whoosh's own up to float summation order,
and ties go to the lower document number as in Whoosh's top-N collector.

A `Scorer` belongs to one searcher (an index snapshot): `scorer_for(searcher)` keeps one per
searcher and builds its per-document arrays (field lengths, which documents are live) once.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from index.search.reader import Clause

BM25_B = 0.75  # length normalisation
BM25_K1 = 3.0  # term-frequency saturation: high, a topic an item is about recurs in it

# Postings kept scored per searcher (16 bytes each, ~0.3 MiB): questions share their words, and reading
# a term's posting blocks from Whoosh was a tenth of a question's CPU.
SCORED_POSTINGS_KEPT = 20_000

# Whoosh keeps a field's length per document in one byte; this table decodes it.
_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


class Scorer:
    """BM25F (Whoosh's `scoring.BM25F`) of OR queries over one searcher's snapshot."""

    def __init__(self, searcher: Searcher, B: float, K1: float) -> None:  # noqa: N803 (BM25's names)
        self.searcher = searcher
        self.B, self.K1 = B, K1
        self.leaves = [(leaf.reader(), offset) for leaf, offset in searcher.leaf_searchers()]
        self.size = searcher.doc_count_all()
        self.live = np.ones(self.size, dtype=bool)
        for reader, offset in self.leaves:
            if reader.has_deletions():
                self.live[[offset + d for d in reader.deleted_docs_set]] = False
        self._norms: dict[str, np.ndarray] = {}
        self._df: dict[tuple[str, str], int] = {}
        self._scored: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()  # term_scores, recent last
        self._scored_postings = 0

    def doc_frequency(self, field: str, term: str) -> int:
        """`searcher.doc_frequency`, remembered: a Whoosh lookup visits every segment."""
        key = (field, term)
        found = self._df.get(key)
        if found is None:
            found = self._df[key] = self.searcher.doc_frequency(field, term)
        return found

    def _norm(self, field: str) -> np.ndarray:
        """K1 · ((1 − B) + B · length / average length) of every document, for `field`."""
        if field not in self._norms:
            lengths = np.zeros(self.size, dtype=np.float64)
            for reader, offset in self.leaves:
                lengths[offset : offset + reader.doc_count_all()] = _field_lengths(reader, field)
            avgfl = self.searcher.avg_field_length(field) or 1
            self._norms[field] = self.K1 * ((1 - self.B) + self.B * lengths / avgfl)
        return self._norms[field]

    def postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, term frequencies) of `term` in `field`, live documents only."""
        ids, tfs = [], []
        btext = self.searcher.schema[field].to_bytes(term)
        for reader, offset in self.leaves:
            if (field, btext) not in reader:
                continue
            i, w = leaf_postings(reader, field, btext)
            ids.append(i + offset)
            tfs.append(w)
        if not ids:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        i, w = np.concatenate(ids), np.concatenate(tfs)
        keep = self.live[i]
        return (i, w) if keep.all() else (i[keep], w[keep])

    def term_scores(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, BM25F scores) of one term in one field (read-only arrays, kept for
        the next questions up to SCORED_POSTINGS_KEPT postings)."""
        key = (field, term)
        found = self._scored.get(key)
        if found is not None:
            self._scored.move_to_end(key)
            return found
        found = self._term_scores(field, term)
        for array in found:
            array.setflags(write=False)
        self._scored[key] = found
        self._scored_postings += len(found[0])
        while self._scored_postings > SCORED_POSTINGS_KEPT and len(self._scored) > 1:
            _, (ids, _) = self._scored.popitem(last=False)
            self._scored_postings -= len(ids)
        return found

    def _term_scores(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        ids, tf = self.postings(field, term)
        if not len(ids):
            return ids, tf
        idf = self.searcher.idf(field, term)
        return ids, idf * ((tf * (self.K1 + 1)) / (tf + self._norm(field)[ids]))

    def scores(self, clauses: Sequence[Clause]) -> np.ndarray:
        """The OR of `clauses`: a score per document number (0: no clause matched)."""
        total = np.zeros(self.size, dtype=np.float64)
        for c in clauses:
            if len(c.terms) == 1:
                ids, s = self.term_scores(c.field, c.terms[0])
                total[ids] += s * c.boost if c.boost != 1.0 else s
                continue
            part = np.zeros(self.size, dtype=np.float64)
            count = np.zeros(self.size, dtype=np.int32)
            for t in c.terms:
                ids, s = self.term_scores(c.field, t)
                part[ids] += s
                count[ids] += 1
            both = count == len(c.terms)
            total[both] += part[both] * c.boost if c.boost != 1.0 else part[both]
        return total

    def top(self, clauses: Sequence[Clause], limit: int) -> list[tuple[int, float]]:
        """The best `limit` (document number, score), best first; ties: lower number first."""
        return top_of(self.scores(clauses), limit)


def top_of(scores: np.ndarray, limit: int) -> list[tuple[int, float]]:
    hits = np.flatnonzero(scores)
    if len(hits) > limit:
        cut = np.partition(scores[hits], len(hits) - limit)[len(hits) - limit]
        hits = hits[scores[hits] >= cut]  # all ties at the cut stay; the sort settles them
    order = np.lexsort((hits, -scores[hits]))[:limit]
    return [(int(hits[k]), float(scores[hits[k]])) for k in order]


def leaf_postings(reader, field: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
    """One segment's postings as arrays, read a block at a time (no per-posting Python)."""
    fmt = reader.schema[field].format
    m = reader._terms.matcher(field, btext, fmt, scorer=None)
    if not isinstance(m, W3LeafMatcher) or m._byteids:  # another codec: the slow, general way
        ids, tfs = [], []
        while m.is_active():
            ids.append(m.id())
            tfs.append(m.weight())
            m.next()
        return np.array(ids, dtype=np.int64), np.array(tfs, dtype=np.float64)
    ids, tfs = [], []
    while True:
        m._read_data()
        deltas, weights = m._data[0], m._data[1]
        n = m._blocklength
        ids.append(np.cumsum(np.array(deltas, dtype=np.int64)))
        if weights is None:
            tfs.append(np.ones(n, dtype=np.float64))
        elif isinstance(weights, float):
            tfs.append(np.full(n, weights, dtype=np.float64))
        else:
            tfs.append(np.array(weights, dtype=np.float64))
        if m._lastblock:
            break
        m._goto(m._nextoffset)
    return np.concatenate(ids), np.concatenate(tfs)


def _field_lengths(reader, field: str) -> np.ndarray:
    """Every document's length in `field`, as Whoosh decodes it (0 when it has none)."""
    out = np.zeros(reader.doc_count_all(), dtype=np.float64)
    column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN) if hasattr(reader, "_perdoc") else None
    if column is None:
        return out
    raw = column._dbfile.get(column._basepos, column._count) if column._count else b""
    out[: len(raw)] = _LENGTHS[np.frombuffer(raw, dtype=np.uint8)]
    return out


_SCORERS: weakref.WeakKeyDictionary[Searcher, Scorer] = weakref.WeakKeyDictionary()


def scorer_for(searcher: Searcher, B: float, K1: float) -> Scorer:  # noqa: N803
    """The searcher's `Scorer` (made once per searcher and parameters)."""
    s = _SCORERS.get(searcher)
    if s is None or (s.B, s.K1) != (B, K1):
        s = _SCORERS[searcher] = Scorer(searcher, B, K1)
    return s
