"""AnswerEngine: the one object the bot and the CLI talk to; Whoosh stays behind it.

It keeps one searcher open (a snapshot of the index) and the caches that depend on it
(vocabulary, titles); `refresh()` moves them to the latest commit. A lock serialises use
of the searcher, which Slack's listener threads would otherwise share.
"""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

from whoosh.query import Term

from index.answer import answer
from index.model import AgendaItem, Answer, Meeting
from index.search import weighting
from index.store import (
    IngestResult,
    ingest_meeting,
    ingest_meetings,
    open_index,
    read_item,
    read_items,
    read_meetings,
    vocabulary,
)

__all__ = ["AnswerEngine", "IngestResult"]


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

    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer:
        """The best items for `question` (Danish or English), or "not found" with closest topics."""
        with self._lock:
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

    def refresh(self) -> None:
        """See the latest commit (also one made by another process); drop the caches."""
        with self._lock:
            if not self._searcher.up_to_date():
                # Searcher.refresh() fails on a snapshot of an empty index (Whoosh 2.7.5): reopen.
                old, self._searcher = self._searcher, self._ix.searcher(weighting=weighting())
                old.close()
            self._vocabulary = None
            self._titles = None

    def vocabulary(self) -> dict[str, int]:
        """The index's surface words → item counts, for typo correction (cached)."""
        with self._lock:
            if self._vocabulary is None:
                self._vocabulary = vocabulary(self._searcher)
            return self._vocabulary

    def _all_titles(self) -> tuple[str, ...]:
        if self._titles is None:
            self._titles = tuple(
                dict.fromkeys(json.loads(f["data"])["title"] for f in self._searcher.documents(kind="item"))
            )
        return self._titles

    def close(self) -> None:
        with self._lock:
            self._searcher.close()

    def __enter__(self) -> AnswerEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
