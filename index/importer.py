"""Import many files: read them in worker processes, store them from this one in batches.

Each file is read (PDF or extractor text → `Meeting`) and prepared (its index documents
analysed, `index.prepare`) in a worker process (`index.import_worker`), so both cores work;
this process is the only writer and commits every `batch_documents` meetings or
`batch_seconds` seconds. A commit is
Whoosh's atomic switch to new segments: a killed import leaves the index holding whole
documents only (those of the batches committed), and a failed batch is retried one document
per commit, so one bad document costs only itself.

A re-run is cheap: every stored meeting records its file's key (size, SHA-256 and the
--date/--council given), and a file whose key is stored is skipped without being read. Only
files whose size matches a stored key are hashed here.

Outcomes are reported in the order of the files, each once its document is committed.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from index.import_worker import FileRead, FileTask, file_key, read_file
from index.prepare import PreparedMeeting
from index.store import IngestResult, StoreError

if TYPE_CHECKING:
    from index.engine import AnswerEngine

__all__ = ["FileOutcome", "FileTask", "file_key", "import_files", "read_file"]

Status = Literal["added", "replaced agenda", "replaced minutes", "unchanged", "failed"]
BATCH_DOCUMENTS = 100  # each commit writes every term of its batch once and merges small segments:
BATCH_SECONDS = 30.0  # small commits cost ~4x the CPU of large ones (docs/benchmarks.md)
MIN_FILES_FOR_WORKERS = 4  # fewer are read here: starting a worker costs ~0.2-0.5 s of imports


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file. `skipped`: unchanged and not even read (its key is stored)."""

    source: str
    status: Status
    items: int = 0
    pages: int = 0
    reason: str | None = None
    result: IngestResult | None = None
    skipped: bool = False
    note: str | None = None  # the contents' cross-check: "contents lists 3.7, not found"


@dataclass
class _Slot:
    """One file's place in the report order, filled when its outcome is known."""

    task: FileTask
    outcome: FileOutcome | None = None
    pages: int = 0
    note: str | None = None


@dataclass
class _Run:
    engine: AnswerEngine
    report: Callable[[FileOutcome], None]
    committed: Callable[[], None]
    batch_documents: int
    batch_seconds: float
    waiting: deque[_Slot] = field(default_factory=deque)
    batch: list[tuple[_Slot, PreparedMeeting]] = field(default_factory=list)
    batch_started: float = 0.0
    outcomes: list[FileOutcome] = field(default_factory=list)

    def settle(self, slot: _Slot, read: FileRead) -> None:
        if read.prepared is None:
            slot.outcome = FileOutcome(slot.task.source, "failed", reason=read.reason)
            return
        if not self.batch:
            self.batch_started = time.monotonic()
        slot.pages, slot.note = read.pages, read.note
        self.batch.append((slot, read.prepared))
        if len(self.batch) >= self.batch_documents or time.monotonic() - self.batch_started >= self.batch_seconds:
            self.commit()

    def commit(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        try:
            results = self.engine.ingest_many([p for _, p in batch])
        except Exception:  # retried one by one below: only the document at fault fails
            results = [self._alone(p) for _, p in batch]
        for (slot, _), result in zip(batch, results):
            if isinstance(result, str):
                slot.outcome = FileOutcome(slot.task.source, "failed", pages=slot.pages, reason=result)
            else:
                slot.outcome = FileOutcome(slot.task.source, result.status, result.count, slot.pages, result=result,
                                           note=slot.note)

    def _alone(self, prepared: PreparedMeeting) -> IngestResult | str:
        try:
            return self.engine.ingest_many([prepared])[0]
        except StoreError as e:
            return str(e)
        except Exception as e:
            return f"unexpected {type(e).__name__}: {' '.join(str(e).split())}"

    def emit(self) -> None:
        """Report the outcomes that are known, in file order."""
        while self.waiting and self.waiting[0].outcome is not None:
            outcome = self.waiting.popleft().outcome
            self.outcomes.append(outcome)
            self.report(outcome)


def import_files(
    engine: AnswerEngine,
    tasks: Iterable[FileTask],
    *,
    meeting_date: date | None = None,
    council: str | None = None,
    workers: int | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
    batch_seconds: float = BATCH_SECONDS,
    report: Callable[[FileOutcome], None] = lambda outcome: None,
    committed: Callable[[], None] = lambda: None,
) -> list[FileOutcome]:
    """Import `tasks` into `engine` (an `AnswerEngine`); `report` hears each outcome in order,
    `committed` is called after each commit that stored something (before its outcomes are
    reported).

    `workers`: reader processes (default: one per core; 0 or 1 reads in this process, as
    does a run with fewer than MIN_FILES_FOR_WORKERS files to read).
    """
    tasks = list(tasks)
    known = engine.file_keys()
    sizes = {k.split(":", 1)[0] for k in known}
    run = _Run(engine, report, committed, max(1, batch_documents), batch_seconds)
    to_read: list[_Slot] = []
    for task in tasks:
        slot = _Slot(task)
        run.waiting.append(slot)
        try:
            if str(task.path.stat().st_size) in sizes and file_key(task.path, meeting_date, council) in known:
                slot.outcome = FileOutcome(task.source, "unchanged", skipped=True)
                continue
        except OSError:
            pass  # the reader says what is wrong with it, in its words
        to_read.append(slot)
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers <= 1 or len(to_read) < MIN_FILES_FOR_WORKERS:
        for slot in to_read:
            run.settle(slot, read_file(slot.task, meeting_date, council))
            run.emit()
    else:
        _read_in_workers(run, to_read, workers, meeting_date, council)
    run.commit()
    run.emit()
    return run.outcomes


def _read_in_workers(run: _Run, slots: list[_Slot], workers: int, meeting_date: date | None, council: str | None) -> None:
    """Keep every worker busy with the next files while this process stores what they read,
    taking their answers in file order; at most a few files wait read, so memory stays flat."""
    context = multiprocessing.get_context("spawn")  # safe beside threads, the same on every OS
    ahead = 2 * workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        submitted: deque[tuple[_Slot, Future]] = deque()
        pending = iter(slots)
        for slot in pending:
            submitted.append((slot, pool.submit(read_file, slot.task, meeting_date, council)))
            if len(submitted) >= ahead:
                break
        while submitted:
            slot, future = submitted.popleft()
            read = future.result()
            nxt = next(pending, None)
            if nxt is not None:
                submitted.append((nxt, pool.submit(read_file, nxt.task, meeting_date, council)))
            run.settle(slot, read)
            run.emit()
