"""AnswerEngine: the one object the bot and the CLI talk to; Whoosh stays behind it.

Reads go through an `IndexSnapshot` (the index as of one commit) of the calling thread: a Whoosh
searcher reads its files by seek-then-read on shared file objects, so one searcher used by two
threads returns garbage (index/snapshot.py); a searcher per thread lets questions run side by
side. The snapshots of one commit share what depends only on it (vocabulary, titles, the
document table), built once from the values of its segments, which are kept across commits
(index/segments.py): after a commit only the new segment is read. Every read first follows
commits made by another process (`kkrbot ingest` while the bot runs), checking at most every
`refresh_every` seconds; the engine's own ingests are seen at once. Writers wait for Whoosh's own lock; questions never wait for a writer.

A question goes parse → rank (one pass for candidates, then the rerank) → answer.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from whoosh.index import LockError
from whoosh.searching import Searcher

from index.model import AgendaItem, Answer, Hit, Meeting
from index.question.parse import ParsedQuestion, parse_question
from index.search.answer import answer, shown_hit
from index.search.attendance import AttendanceAnswer, answer_attendance, attendance_asked
from index.search.loose_window import widened
from index.search.meeting_asked import placed_day
from index.search.bound_meeting import bound_placed
from index.search.year_placed import placed_window
from index.search.numbers import numbers_as_written
from index.search.rank import concepts_of, rank
from index.search.recorded_meeting import recorded_lines
from index.search.reorder import reorder
from index.segment_files import release_pages
from index.segments import SegmentCaches
from index.snapshot import CommitCaches, IndexSnapshot
from index.store import (
    BeforeCommit,
    IngestResult,
    LockWait,
    PreparedMeeting,
    StoreLocked,
    file_keys,
    ingest_meetings,
    open_index,
    read_meeting,
    read_meetings,
)

__all__ = ["AnswerEngine", "IngestResult"]

LOCK_WAIT = 600.0  # seconds an ingest waits for the index lock: a bulk import holds it batch after batch
REFRESH_EVERY = 1.0  # seconds between checks for commits made by another process


class AnswerEngine:
    """Questions in, Answers out; meetings in, IngestResults out. Safe to share between threads."""

    def __init__(self, index_dir: str | Path, *, lock_timeout: float = LOCK_WAIT, dir_mode: int = 0o700,
                 refresh_every: float = REFRESH_EVERY) -> None:  # fmt: skip
        """`lock_timeout`: how long an ingest waits for another writer (a bulk import commits batch
        after batch); `dir_mode`: of the index folder if it is created here; `refresh_every`: how
        often a read checks for another process's commits."""
        self.index_dir = Path(index_dir)
        self.lock_timeout = lock_timeout
        self.refresh_every = refresh_every
        self.on_lock_wait: LockWait | None = None  # hears the seconds waited for the lock, about once a second
        self._ix = open_index(self.index_dir, dir_mode=dir_mode)
        self._caches_lock = threading.Lock()
        self._caches: dict[int, CommitCaches] = {}
        self._segments = SegmentCaches()
        self._local = threading.local()
        self._open: weakref.WeakSet[IndexSnapshot] = weakref.WeakSet()
        self._closed = False
        self.before_commit: BeforeCommit | None = None  # heard before every ingest commit (the bot's outbox)
        self._checked = time.monotonic()
        self._latest = -1  # the newest commit seen: every thread's next read moves to it
        self._latest = self._mine().generation

    @property
    def _snapshot(self) -> IndexSnapshot:
        """This thread's snapshot (tests read the store through it)."""
        return self._mine()

    @property
    def _searcher(self) -> Searcher:
        """This thread's searcher (tests look at segments through it)."""
        return self._mine().searcher

    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer:
        """The best items for `question` (Danish or English), or "not found" with closest topics."""
        snapshot = self._mine()
        parsed = self._read(snapshot, question, today)
        ranking = reorder(rank(snapshot, parsed, today=today, limit=max(limit * 2, 10)), parsed)  # the orders after rank: search/reorder.py
        try:
            return recorded_lines(answer(question, parsed, ranking, snapshot, limit=limit), parsed)
        finally:
            release_pages()  # what it read of the index stays in the page cache, not in our RSS

    @staticmethod
    def _read(snapshot: IndexSnapshot, question: str, today: date | None) -> ParsedQuestion:
        """The question read against this index: a day without its year placed where a meeting is
        known (meeting_asked.placed_day), a month without its year likewise (search/year_placed.py), its numbers as the documents write them (search/numbers.py)."""
        parsed = parse_question(question, vocabulary=snapshot.vocabulary(), acronyms=snapshot.acronyms(), today=today)
        return numbers_as_written(snapshot, widened(snapshot, placed_window(snapshot, bound_placed(snapshot, placed_day(snapshot, parsed)))))  # search/loose_window.py, bound_meeting.py

    def shown(self, question: str, item_id: str, *, today: date | None = None) -> Hit | None:
        """What item `item_id` shows as the first hit for `question`, whatever the ranking (its
        answer line and passages): `kkrbot eval --gold-first` scores the showing apart from the
        finding. None when no such item is stored."""
        snapshot = self._mine()
        docnum = snapshot.searcher.document_number(id=item_id, kind="item")
        if docnum is None:
            return None
        parsed = self._read(snapshot, question, today)
        return shown_hit(snapshot, docnum, concepts_of(snapshot, parsed), parsed)

    def item(self, item_id: str) -> AgendaItem | None:
        return self._mine().item_by_id(item_id)

    def has_item(self, item_id: str) -> bool:
        """Whether an item is stored, without reading it (the outbox asks this of every staged one)."""
        return self._mine().searcher.document_number(id=item_id, kind="item") is not None

    def items(self) -> list[AgendaItem]:
        """Every stored item, meeting by meeting (council, date, kind), in document order."""
        return self._mine().items()

    def item_count(self) -> int:
        """How many items are stored (0: nothing ingested yet)."""
        return self._mine().item_count()

    def meetings(self) -> list[Meeting]:
        return self._mine().meetings()

    def vocabulary(self) -> dict[str, int]:
        """The index's surface words → item counts, for typo correction (cached per commit)."""
        return self._mine().vocabulary()

    def meeting(self, meeting_id: str) -> Meeting | None:
        """One stored meeting with its items ("kkr-midtjylland/2026-06-17/minutes"), for the
        whole-meeting view."""
        return read_meeting(self._mine().searcher, meeting_id)

    def attendance(self, question: str, *, today: date | None = None) -> AttendanceAnswer | None:
        """Who took part in (or sent apologies to) the meeting `question` names, from its
        participant list; None when the question is not about that (then `ask` it)."""
        asked = attendance_asked(question)
        if asked is None:
            return None
        snapshot = self._mine()
        parsed = parse_question(question, vocabulary=snapshot.vocabulary(), acronyms=snapshot.acronyms(), today=today)
        return answer_attendance(question, parsed, read_meetings(snapshot.searcher, with_items=False), asked)

    def ingest(self, meeting: Meeting, *, before_commit: BeforeCommit | None = None) -> IngestResult:
        """Store one meeting atomically (see index.store.ingest_meeting), then refresh."""
        return self.ingest_many([meeting], before_commit=before_commit)[0]

    def ingest_many(self, meetings: Sequence[Meeting | PreparedMeeting], *,
                    before_commit: BeforeCommit | None = None) -> list[IngestResult]:  # fmt: skip
        """Store many meetings in one commit, all or nothing (bulk loads), then refresh.
        Meetings may come prepared (`index.prepare`): the analysis then is already done.
        `before_commit` (default: the engine's `before_commit`, set by the bot to stage arrivals)
        hears what the commit adds, just before it (see index.store.ingest_meetings)."""
        # Not under a lock of ours: waiting for another writer's lock must hold up nothing else.
        results = ingest_meetings(self._ix, list(meetings), lock_timeout=self.lock_timeout, on_lock_wait=self.on_lock_wait,
                                  before_commit=before_commit or self.before_commit)  # fmt: skip
        if any(r.status != "unchanged" for r in results):
            self.refresh()
        return results

    def file_keys(self) -> set[str]:
        """The "size:sha256" keys of the files the stored meetings were read from (see
        `index.importer`): a file with one of them is in already."""
        self.refresh()
        return file_keys(self._searcher)

    def _mine(self) -> IndexSnapshot:
        """The calling thread's snapshot, moved to the newest commit seen (see the module doc)."""
        self._follow()
        mine: IndexSnapshot | None = getattr(self._local, "snapshot", None)
        if mine is not None and mine.generation >= self._latest:
            return mine
        if self._closed:
            raise StoreClosed(f"{self.index_dir}: the engine was closed")
        fresh = IndexSnapshot.of(self._ix, caches=self._caches_of, segments=self._segments)
        self._local.snapshot = fresh
        self._open.add(fresh)
        if mine is not None:
            mine.close()
        if fresh.generation >= self._latest:  # the newest commit: forget the segments it merged away
            self._segments.retain(fresh.segment_ids())
        self._latest = max(self._latest, fresh.generation)
        return fresh

    def _caches_of(self, generation: int) -> CommitCaches:
        """The shared caches of one commit; those of older commits are let go."""
        with self._caches_lock:
            found = self._caches.get(generation)
            if found is None:
                found = self._caches[generation] = CommitCaches()
                for old in [g for g in self._caches if g < generation]:
                    del self._caches[old]
            return found

    def _follow(self) -> None:
        """See commits made by another process: at most one check every `refresh_every`
        seconds, since the check lists the index folder."""
        now = time.monotonic()
        if now - self._checked < self.refresh_every:
            return
        self._checked = now
        try:
            latest = self._ix.latest_generation()
        except OSError:
            return  # the folder is being rewritten; the next read checks again
        self._latest = max(self._latest, latest)

    def optimize(self) -> None:
        """Merge the index's segments into one. Each bulk commit leaves a segment and every
        query visits every segment: after a large load this makes queries faster."""
        try:
            writer = self._ix.writer(timeout=self.lock_timeout)
        except LockError as e:
            raise StoreLocked(f"{self.index_dir}: the index is locked by another writer; try again shortly") from e
        writer.commit(optimize=True)
        self.refresh()

    def refresh(self) -> None:
        """See the latest commit (also one made by another process): every thread's next read
        moves to it. Calling this often costs nothing but a look at the index folder."""
        self._latest = max(self._latest, self._ix.latest_generation())
        self._checked = time.monotonic()

    def close(self) -> None:
        """Close every thread's snapshot; reads after this raise StoreClosed."""
        self._closed = True
        for snapshot in list(self._open):
            snapshot.close()
        self._local = threading.local()

    def __enter__(self) -> AnswerEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class StoreClosed(RuntimeError):
    """A read on an engine after `close()`."""
