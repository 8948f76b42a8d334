"""One committed state of the Whoosh index, read-only: the store as the search stage sees it.

`IndexSnapshot` implements `index.search.reader.IndexReader` over a Whoosh searcher, and keeps
what depends on that state: the numpy BM25F scorer, the per-document table, the vocabulary
and the titles. A new commit means a new snapshot (`AnswerEngine.refresh`); nothing here
writes.

A searcher reads its segment files by seek-then-read on one shared file object, so two threads
must never use one searcher (concurrent reads return garbage or raise). Each thread gets its own
snapshot (`AnswerEngine` keeps one per thread); what depends only on the commit (vocabulary,
titles, the document table) is built once per commit and shared through `CommitCaches`, from
the values of its segments, which are read once per segment and kept across commits
(index/segments.py): after a commit only the new segment is read.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date
from functools import cached_property, lru_cache, partial
from typing import Any, TypeVar

from whoosh import scoring
from whoosh.index import FileIndex
from whoosh.query import Term
from whoosh.searching import Searcher

from index.model import AgendaItem, Meeting
from index.search.bm25 import BM25_B, BM25_K1, Scorer, scorer_for
from index.search.columns import DocTable
from index.search.reader import Clause, ItemMeta
from index.segments import (
    Leaf, SegmentCaches, join_acronyms, join_tables, join_titles, join_vocabulary, leaves, segment_acronyms,
    segment_table, segment_titles, segment_term_ends, segment_vocabulary,
)  # fmt: skip
from index.store import item_meta, item_stems, read_item, read_items, read_meetings, stored_item

__all__ = ["CommitCaches", "IndexSnapshot"]

T = TypeVar("T")

# Documents read recently, kept decoded per snapshot: the rerank and the answer read the same items
# question after question (~15 KiB a whole item, up to ~40 KiB an item's terms, 1 KiB its meta). Sized
# for the bot's memory (docs/benchmarks.md, a lean process: < 150 MB after 200 questions at 20k items).
RECENT_ITEMS = 32  # whole items and their terms
RECENT_CANDIDATES = 256  # candidates' metas
RECENT_WORDS = 1024  # ... and the index terms beginning with a question word (rank.concepts_of: every long word)


class CommitCaches:
    """Values that depend only on a commit, built once by the first snapshot that needs them and
    shared by every snapshot of that commit (they are read-only once built)."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._values: dict[str, Any] = {}

    def get(self, name: str, build: Callable[[], T]) -> T:
        with self._lock:  # a second thread waits for the value rather than building it again
            if name not in self._values:
                self._values[name] = build()
            return self._values[name]


class IndexSnapshot:
    """The index as of one commit, for one thread (see the module doc); `close()` when done with it."""

    def __init__(self, searcher: Searcher, caches: CommitCaches | None = None, segments: SegmentCaches | None = None) -> None:
        self.searcher = searcher
        self.caches = caches or CommitCaches()
        self.segments = segments or SegmentCaches()
        self._items = lru_cache(maxsize=RECENT_ITEMS)(partial(stored_item, searcher))
        self._stems = lru_cache(maxsize=RECENT_ITEMS)(partial(item_stems, searcher))
        self._metas = lru_cache(maxsize=RECENT_CANDIDATES)(partial(_item_meta, searcher))
        # (no cache may hold the snapshot itself: a closed one must be freed at once, see AnswerEngine._open)
        self._prefixed = lru_cache(maxsize=RECENT_WORDS)(partial(_terms_with_prefix, searcher))

    @classmethod
    def of(cls, ix: FileIndex, caches: Callable[[int], CommitCaches] | None = None,
           segments: SegmentCaches | None = None) -> IndexSnapshot:  # fmt: skip
        """The latest commit of `ix`, its searcher scoring with our BM25F parameters; `caches`
        gives the shared caches of a commit (by generation) and `segments` those of the segments
        (kept across commits), else the snapshot keeps its own."""
        searcher = ix.searcher(weighting=scoring.BM25F(B=BM25_B, K1=BM25_K1))
        snapshot = cls(searcher, segments=segments)
        if caches is not None:
            snapshot.caches = caches(snapshot.generation)
        return snapshot

    def segment_ids(self) -> set[str]:
        """The segments this commit is made of."""
        return {leaf.segment for leaf in self._leaves if leaf.segment is not None}

    @property
    def generation(self) -> int:
        """The commit this snapshot reads (-1: the empty index, before any commit)."""
        found = self.searcher.reader().generation()
        return -1 if found is None else found

    @property
    def _scorer(self) -> Scorer:
        return scorer_for(self.searcher, BM25_B, BM25_K1)  # one per searcher: it remembers frequencies

    # --- IndexReader: what the search stage needs ---------------------------------------------

    def doc_count(self) -> int:
        return self.searcher.doc_count()

    def doc_frequency(self, field: str, term: str) -> int:
        return self._scorer.doc_frequency(field, term)

    def terms_with_prefix(self, field: str, prefix: str) -> Iterable[str]:
        return self._prefixed(field, prefix)

    def terms_with_suffix(self, field: str, suffix: str) -> Iterable[str]:
        key, found = suffix[::-1], set()
        for ends in self._per_segment(f"ends:{field}", lambda reader: segment_term_ends(reader, field)):
            at = bisect_left(ends, key)
            while at < len(ends) and ends[at].startswith(key):
                found.add(ends[at][::-1])
                at += 1
        return sorted(found)

    def top(self, clauses: Sequence[Clause], limit: int) -> list[tuple[int, float]]:
        return self._scorer.top(clauses, limit)

    def meta(self, docnum: int) -> ItemMeta:
        return self._metas(docnum)

    def stems(self, docnum: int) -> frozenset[str]:
        return self._stems(docnum)

    def item(self, docnum: int) -> AgendaItem:
        return self._items(docnum)

    def table(self) -> DocTable:
        return self.caches.get("table", self._build_table)

    def titles(self) -> Collection[str]:
        return self.caches.get("titles", self._build_titles)

    # --- the rest of the engine's reading ---------------------------------------------------------

    def item_by_id(self, item_id: str) -> AgendaItem | None:
        return read_item(self.searcher, item_id)

    def items(self) -> list[AgendaItem]:
        return read_items(self.searcher)

    def meetings(self) -> list[Meeting]:
        return read_meetings(self.searcher)

    def item_count(self) -> int:
        meetings = sum(1 for _ in self.searcher.docs_for_query(Term("kind", "meeting")))
        return self.searcher.doc_count() - meetings  # doc_count skips deleted documents

    def vocabulary(self) -> dict[str, int]:
        """The index's surface words → item counts, for typo correction."""
        return self.caches.get("vocabulary", self._build_vocabulary)

    def acronyms(self) -> dict[str, tuple[str, ...]]:
        """acronym → the names the index's documents define it by ("kd-net": "kommunaldirektørnetværket
        i midtjylland"), for reading questions (index/question/acronyms_asked.py)."""
        return self.caches.get("acronyms", lambda: join_acronyms(self._per_segment("acronyms", segment_acronyms)))

    def up_to_date(self) -> bool:
        return self.searcher.up_to_date()

    def close(self) -> None:
        self.searcher.close()
        for kept in (self._items, self._stems, self._metas, self._prefixed):
            kept.cache_clear()

    @cached_property
    def _leaves(self) -> list[Leaf]:
        return leaves(self.searcher)  # a snapshot's searcher, and so its segments, never change

    def _per_segment(self, name: str, build: Callable[[Any], T]) -> list[T]:
        """`build(segment reader)` of each segment, in document order, read once per segment."""
        return [self.segments.get(leaf.segment, name, lambda r=leaf.reader: build(r)) for leaf in self._leaves]

    def _build_vocabulary(self) -> dict[str, int]:
        return join_vocabulary(self._per_segment("vocabulary", segment_vocabulary))

    def _build_titles(self) -> tuple[str, ...]:
        return join_titles(self._leaves, self._per_segment("titles", segment_titles), self._scorer.live)

    def _build_table(self) -> DocTable:
        return join_tables(self._per_segment("table", segment_table), self._scorer.live)


def _item_meta(searcher: Searcher, docnum: int) -> ItemMeta:
    f = item_meta(searcher, docnum)
    return ItemMeta(
        f["id"], f["council"], date.fromisoformat(f["meeting_date"]) if f["meeting_date"] else None,
        f["document_kind"], f["item_number"], f["title"], f["decision"], tuple(f["title_stems"].split()),
        f.get("window", ""),
    )  # fmt: skip


def _terms_with_prefix(searcher: Searcher, field: str, prefix: str) -> tuple[str, ...]:
    return tuple(t.decode() if isinstance(t, bytes) else t for t in searcher.reader().expand_prefix(field, prefix))
