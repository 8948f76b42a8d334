"""AnswerEngine: the one object the bot and the CLI talk to; Whoosh stays behind it.

It keeps one searcher open (a snapshot of the index) and the caches that depend on it
(vocabulary, titles); `refresh()` moves them to the latest commit. A lock serialises use
of the searcher, which Slack's listener threads would otherwise share.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

from whoosh.index import LockError
from whoosh.query import Term

from index.search.answer import answer
from index.model import AgendaItem, Answer, Meeting
from index.search.rank import weighting
from index.store import (
    IngestResult,
    StoreLocked,
    ingest_meeting,
    ingest_meetings,
    item_meta,
    open_index,
    read_item,
    read_items,
    read_meetings,
    vocabulary,
)

__all__ = ["AnswerEngine", "IngestResult"]

REFRESH_EVERY = 1.0  # seconds between checks for commits made by another process


class AnswerEngine:
    """Questions in, Answers out; meetings in, IngestResults out."""

    def __init__(self, index_dir: str | Path, *, lock_timeout: float = 2.0) -> None:
        self.index_dir = Path(index_dir)
        self.lock_timeout = lock_timeout
        self._ix = open_index(self.index_dir)
        self._searcher = self._ix.searcher(weighting=weighting())
        self._lock = threading.RLock()
        self._vocabulary: dict[str, int] | None = None
        self._titles: tuple[str, ...] | None = None
        self._checked = time.monotonic()

    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer:
        """The best items for `question` (Danish or English), or "not found" with closest topics."""
        with self._lock:
            self._follow()
            return answer(
                self._searcher, question, vocabulary=self.vocabulary(), today=today, limit=limit, titles=self._all_titles
            )

    def item(self, item_id: str) -> AgendaItem | None:
        with self._lock:
            return read_item(self._searcher, item_id)

    def items(self) -> list[AgendaItem]:
        """Every stored item, meeting by meeting (council, date, kind), in document order."""
        with self._lock:
            return read_items(self._searcher)

    def item_count(self) -> int:
        """How many items are stored (0: nothing ingested yet)."""
        with self._lock:
            meetings = sum(1 for _ in self._searcher.docs_for_query(Term("kind", "meeting")))
            return self._searcher.doc_count() - meetings  # doc_count skips deleted documents

    def meetings(self) -> list[Meeting]:
        with self._lock:
            return read_meetings(self._searcher)

    def ingest(self, meeting: Meeting) -> IngestResult:
        """Store one meeting atomically (see index.store.ingest_meeting), then refresh."""
        with self._lock:
            result = ingest_meeting(self._ix, meeting, lock_timeout=self.lock_timeout)
            if result.status != "unchanged":
                self.refresh()
            return result

    def ingest_many(self, meetings: list[Meeting]) -> list[IngestResult]:
        """Store many meetings in one commit, all or nothing (bulk loads), then refresh."""
        with self._lock:
            results = ingest_meetings(self._ix, list(meetings), lock_timeout=self.lock_timeout)
            if any(r.status != "unchanged" for r in results):
                self.refresh()
            return results

    def _follow(self) -> None:
        """See commits made by another process (`kkrbot ingest` while the bot runs): at most
        one check a second, since the check lists the index folder."""
        now = time.monotonic()
        if now - self._checked < REFRESH_EVERY:
            return
        self._checked = now
        try:
            current = self._searcher.up_to_date()
        except OSError:
            return  # the folder is being rewritten; the next question checks again
        if not current:
            self.refresh()

    def optimize(self) -> None:
        """Merge the index's segments into one. Each bulk commit leaves a segment and every
        query visits every segment: after a large load this makes queries faster."""
        with self._lock:
            try:
                writer = self._ix.writer(timeout=self.lock_timeout)
            except LockError as e:
                raise StoreLocked(f"{self.index_dir}: the index is locked by another writer; try again shortly") from e
            writer.commit(optimize=True)
            self.refresh()

    def refresh(self) -> None:
        """See the latest commit (also one made by another process). The caches are dropped
        only when there is a new commit, so calling this often costs nothing."""
        with self._lock:
            if not self._searcher.up_to_date():
                # Searcher.refresh() fails on a snapshot of an empty index (Whoosh 2.7.5): reopen.
                old, self._searcher = self._searcher, self._ix.searcher(weighting=weighting())
                old.close()
                self._vocabulary = None
                self._titles = None
            self._checked = time.monotonic()

    def vocabulary(self) -> dict[str, int]:
        """The index's surface words → item counts, for typo correction (cached)."""
        with self._lock:
            if self._vocabulary is None:
                self._vocabulary = vocabulary(self._searcher)
            return self._vocabulary

    def _all_titles(self) -> tuple[str, ...]:
        if self._titles is None:
            docs = sorted(self._searcher.docs_for_query(Term("kind", "item")))
            self._titles = tuple(dict.fromkeys(item_meta(self._searcher, d)["title"] for d in docs))
        return self._titles

    def close(self) -> None:
        with self._lock:
            self._searcher.close()

    def __enter__(self) -> AnswerEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
