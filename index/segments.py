"""What each segment of the index holds, read once per segment and kept while the segment exists.

A Whoosh segment never changes once written (deleting a document only marks it dead), and a
commit adds one small segment, or merges a few small ones into one. So the values the search
needs of the whole index — the typo vocabulary, the item titles, the document table — are read
per segment and kept (`SegmentCaches`), and those of a commit are put together from its
segments' values, live documents only: after a commit only the new segment is read, not the
20,000 items before it (reading the vocabulary of every segment again cost ~0.5 s at 20k items).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import numpy as np
from whoosh.searching import Searcher

from index.search.bm25 import leaf_postings
from index.search.columns import DocTable

__all__ = ["Leaf", "SegmentCaches", "join_acronyms", "join_tables", "join_titles", "join_vocabulary", "leaves",
           "segment_acronyms", "segment_table", "segment_titles", "segment_vocabulary"]  # fmt: skip

T = TypeVar("T")


class SegmentCaches:
    """Values that depend only on one segment, shared by every commit (and thread) that holds it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._values: dict[tuple[str, str], Any] = {}

    def get(self, segment: str | None, name: str, build: Callable[[], T]) -> T:
        if segment is None:  # not a segment (the empty index): nothing worth keeping
            return build()
        with self._lock:  # a second thread waits for the value rather than reading the segment again
            key = (segment, name)
            if key not in self._values:
                self._values[key] = build()
            return self._values[key]

    def retain(self, segments: Collection[str]) -> None:
        """Forget the segments not in `segments` (merged away by a newer commit)."""
        with self._lock:
            for key in [k for k in self._values if k[0] not in segments]:
                del self._values[key]


@dataclass(frozen=True)
class Leaf:
    """One segment of a commit: its reader, its first document number in the commit, its id."""

    reader: Any
    offset: int
    segment: str | None  # None: no segment (the empty index's reader)


def leaves(searcher: Searcher) -> list[Leaf]:
    out = []
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        segment = reader.segment()
        out.append(Leaf(reader, offset, segment.segment_id() if segment is not None else None))
    return out


# --- compounds by their last word ----------------------------------------------------------------

def segment_term_ends(reader: Any, field: str) -> list[str]:
    """One segment's terms of `field` written backwards, sorted: the terms ending with a word
    ("sundhedsreform", "uddannelsesreform" for "reform") are one run of it, found by bisection.
    Per segment, so a commit of one document reads only its new segment."""
    return sorted(_text(t)[::-1] for t in reader.lexicon(field))


# --- the typo vocabulary ------------------------------------------------------------------------

def segment_vocabulary(reader: Any) -> dict[str, int]:
    """One segment's surface words → how many of its items hold each (dead ones included, as a
    merge has not dropped them yet: they only rank typo corrections)."""
    if "vocab" in reader.schema:  # per meeting: the word's weight is its count of items
        return {_text(term): int(info.weight()) for term, info in reader.iter_field("vocab")}
    return {_text(term): info.doc_frequency() for term, info in reader.iter_field("words")}  # an older index


def join_vocabulary(parts: Sequence[dict[str, int]]) -> dict[str, int]:
    """The segments' vocabularies added up: the largest copied, the others added to it."""
    if len(parts) == 1:
        return parts[0]
    ordered = sorted(parts, key=len, reverse=True)
    out = dict(ordered[0]) if ordered else {}
    for part in ordered[1:]:
        for word, n in part.items():
            out[word] = out.get(word, 0) + n
    return out


# --- the acronyms the documents define ----------------------------------------------------------

def segment_acronyms(reader: Any) -> list[tuple[str, str]]:
    """One segment's (acronym, name) pairs, as its meeting documents hold them ("kd-net",
    "kommunaldirektørnetværket i midtjylland"); dead ones included, as in the vocabulary."""
    if "acronyms" not in reader.schema:  # an index made before them
        return []
    return [tuple(_text(t).split("=", 1)) for t in reader.lexicon("acronyms") if "=" in _text(t)]  # type: ignore[misc]


def join_acronyms(parts: Sequence[list[tuple[str, str]]]) -> dict[str, tuple[str, ...]]:
    """acronym → every name the index's documents define it by."""
    out: dict[str, dict[str, None]] = {}
    for part in parts:
        for acronym, name in part:
            out.setdefault(acronym, {})[name] = None
    return {acronym: tuple(names) for acronym, names in out.items()}


# --- item titles ----------------------------------------------------------------------------------

def segment_titles(reader: Any) -> list[tuple[int, str]]:
    """(document number in the segment, title) of every item of one segment, dead ones included."""
    docs = _docs(reader, "kind", "item")
    meta = reader.column_reader("meta") if "meta" in reader.schema and reader.has_column("meta") else None
    out = []
    for d in docs.tolist():
        raw = meta[d] if meta is not None else b""
        if raw:
            out.append((d, json.loads(raw)["title"]))
            continue
        f = reader.stored_fields(d)  # an index made before the meta column
        out.append((d, json.loads(f["brief"] if "brief" in f else f.get("data", "{}")).get("title", "")))
    return out


def join_titles(segments: Sequence[Leaf], parts: Sequence[list[tuple[int, str]]], live: np.ndarray) -> tuple[str, ...]:
    """Every live item's title once, in document order."""
    titles = (title for leaf, part in zip(segments, parts) for d, title in part if live[leaf.offset + d])
    return tuple(dict.fromkeys(titles))


# --- the document table -------------------------------------------------------------------------

def segment_table(reader: Any) -> DocTable:
    """One segment's part of the `DocTable`, dead documents included, from the postings of the
    exact-match fields: one read per distinct value."""
    size = reader.doc_count_all()
    is_item = np.zeros(size, dtype=bool)
    is_item[_docs(reader, "kind", "item")] = True
    six_one = np.zeros(size, dtype=bool)
    six_one[_docs(reader, "item_number", "6.1")] = True
    six_one &= is_item
    councils = [_text(t) for t in reader.lexicon("council")]
    council = np.full(size, -1, dtype=np.int16)
    for k, name in enumerate(councils):
        council[_docs(reader, "council", name)] = k
    day = np.zeros(size, dtype=np.int32)
    for t in reader.lexicon("meeting_date"):
        text = _text(t)
        try:
            ordinal = date.fromisoformat(text).toordinal()
        except ValueError:
            continue
        day[_docs(reader, "meeting_date", text)] = ordinal
    return DocTable(councils, council, day, is_item, six_one)


def join_tables(parts: Sequence[DocTable], live: np.ndarray) -> DocTable:
    """The segments' tables end to end (in document order), dead documents blanked out."""
    councils = sorted({name for part in parts for name in part.councils})
    at = {name: k for k, name in enumerate(councils)}
    renumbered = []
    for part in parts:
        to_joined = np.array([at[name] for name in part.councils] + [-1], dtype=np.int16)  # index -1: none
        renumbered.append(to_joined[part.council])
    council = np.concatenate(renumbered) if parts else np.zeros(0, dtype=np.int16)
    day = np.concatenate([p.day for p in parts]) if parts else np.zeros(0, dtype=np.int32)
    is_item = np.concatenate([p.is_item for p in parts]) if parts else np.zeros(0, dtype=bool)
    six_one = np.concatenate([p.six_one for p in parts]) if parts else np.zeros(0, dtype=bool)
    council[~live] = -1
    day[~live] = 0
    return DocTable(councils, council, day, is_item & live, six_one & live)


def _docs(reader: Any, field: str, value: str) -> np.ndarray:
    """Document numbers (in the segment) of `value` in an exact-match field, dead ones included."""
    if field not in reader.schema:
        return np.empty(0, dtype=np.int64)
    btext = reader.schema[field].to_bytes(value)
    if (field, btext) not in reader:
        return np.empty(0, dtype=np.int64)
    return leaf_postings(reader, field, btext)[0]


def _text(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term
