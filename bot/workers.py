"""Questions answered by a bounded pool of worker threads, each within a time budget.

Slack's listeners hand the work of one question (search and rendering: a callable) to
`QuestionPool.run`, which returns its result or raises
- `Busy` when the queue is full, when no worker took the question within `patience` seconds
  (by default the budget), or when the pool is closing ("busy, try again in a minute");
- `TooSlow` when a worker started on it and did not finish within the `budget` ("that took too
  long, try fewer words").
So one slow question never holds back the others, and every asker hears back within patience
plus budget.

Threads, not processes: a question is 20-60 ms of Python and numpy over a searcher per thread
(index/engine.py), and Python cannot stop a thread, so a worker that overruns is left to finish
its question (its result is dropped) while a spare thread takes its place; at most `spares`
stand in at once. Questions are capped in length (bot/conversation.py), which bounds how long
one can take.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

WORKERS = 2
QUEUE_SIZE = 100
BUDGET_SECONDS = 5.0
LISTENER_THREADS = 256  # Bolt's listeners (acks and answers) on threads made on demand, up to this


class Busy(Exception):
    """No worker took the question in time (queue full, waited out its budget, or closing)."""


class TooSlow(Exception):
    """A worker started on the question and did not finish within the budget."""


@dataclass(eq=False)
class _Job:
    work: Callable[[], Any]
    running: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    state: str = "queued"  # queued → running → finished; or abandoned by the asker
    result: Any = None
    error: BaseException | None = None
    started: float = 0.0

    def outcome(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.result


class QuestionPool:
    """`workers` threads over a queue of `queue_size`; see the module doc."""

    def __init__(self, workers: int = WORKERS, *, queue_size: int = QUEUE_SIZE, budget: float = BUDGET_SECONDS,
                 patience: float | None = None, spares: int | None = None, name: str = "kkrbot-answer") -> None:  # fmt: skip
        if workers < 1 or queue_size < 1 or budget <= 0:
            raise ValueError("a question pool needs at least one worker, a queue and a budget")
        self.workers, self.budget, self.name = workers, budget, name
        self.patience = budget if patience is None else patience
        self.spares = workers if spares is None else spares
        self._queue: queue.Queue[_Job | None] = queue.Queue(queue_size)
        self._lock = threading.Lock()
        self._threads: set[threading.Thread] = set()
        self._overrunning = 0
        self._closed = False
        self._started = 0
        for _ in range(workers):
            self._start_thread()

    def run(self, work: Callable[[], T]) -> T:
        """`work()` on a worker thread, its result (or exception) here; Busy or TooSlow after the budget."""
        if self._closed:
            raise Busy("the pool is closing")
        job = _Job(work)
        try:
            self._queue.put_nowait(job)
        except queue.Full:
            raise Busy("the queue is full") from None
        if not job.running.wait(self.patience):
            with self._lock:
                if job.state == "queued":
                    job.state = "abandoned"
                    raise Busy(f"no worker was free within {self.patience:g} s")
        if job.done.wait(max(0.0, job.started + self.budget - time.monotonic())):
            return job.outcome()
        with self._lock:
            if job.state == "finished":  # done just as the budget ran out
                return job.outcome()
            job.state = "abandoned"
            self._overrunning += 1
            self._stand_in()
        raise TooSlow(f"not answered within {self.budget:g} s")

    @property
    def overrunning(self) -> int:
        """Workers still busy with a question whose asker was told it took too long."""
        return self._overrunning

    def close(self, timeout: float = 5.0) -> bool:
        """Take no more questions; queued ones are answered Busy; wait up to `timeout` seconds for
        the ones running. True when every worker has ended."""
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                self._finish(job, error=Busy("the bot is stopping"))
        for _ in threads:
            self._queue.put(None)
        end = time.monotonic() + timeout
        for t in threads:
            t.join(max(0.0, end - time.monotonic()))
        return not any(t.is_alive() for t in threads)

    # --- the workers -----------------------------------------------------------------------

    def _start_thread(self) -> None:
        self._started += 1
        t = threading.Thread(target=self._work, name=f"{self.name}-{self._started}", daemon=True)
        self._threads.add(t)
        t.start()

    def _stand_in(self) -> None:
        """With the lock held: a spare thread for a worker stuck on an abandoned question."""
        able = len(self._threads) - self._overrunning
        if not self._closed and able < self.workers and len(self._threads) < self.workers + self.spares:
            self._start_thread()

    def _work(self) -> None:
        me = threading.current_thread()
        while (job := self._queue.get()) is not None:
            with self._lock:
                if job.state != "queued":  # its asker was already told "busy"
                    continue
                job.state, job.started = "running", time.monotonic()
                job.running.set()
            try:
                result, error = job.work(), None
            except BaseException as e:  # noqa: BLE001 - handed to the asker's thread
                result, error = None, e
            if self._finish(job, result, error):
                continue
            with self._lock:  # it overran: the asker heard "too slow" already
                self._overrunning -= 1
                surplus = len(self._threads) - self._overrunning > self.workers
                if surplus:
                    self._threads.discard(me)
            log.warning("a question finished %.1f s after it started, over its %g s budget", time.monotonic() - job.started, self.budget)
            if surplus:  # a spare stood in meanwhile: one thread too many now
                return
        with self._lock:
            self._threads.discard(me)

    def _finish(self, job: _Job, result: Any = None, error: BaseException | None = None) -> bool:
        """Hand the outcome to the asker; False when the asker gave up waiting."""
        with self._lock:
            if job.state == "abandoned":
                return False
            job.state, job.result, job.error = "finished", result, error
        job.running.set()  # an asker still waiting for a worker wakes up too
        job.done.set()
        return True


class ListenerExecutor(Executor):
    """An executor for Bolt's listeners whose threads are daemons, made on demand up to
    `max_workers` and reused: a listener still waiting on Slack when the bot stops does not keep
    the process alive (concurrent.futures' pool joins its threads at exit). `drain(timeout)`
    waits for the work submitted so far."""

    def __init__(self, max_workers: int = LISTENER_THREADS, name: str = "kkrbot-listener", *, ready: int = 0) -> None:
        self.max_workers, self.name = max_workers, name
        self._work: queue.SimpleQueue[tuple[Future, Callable, tuple, dict]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._idle = 0
        self._pending = 0
        self._all_done = threading.Condition(self._lock)
        with self._lock:
            for _ in range(min(ready, max_workers)):  # started now, not inside the first burst of requests
                self._start()
                self._idle += 1

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            self._pending += 1
            if self._idle == 0 and self._threads < self.max_workers:
                self._start()
            else:
                self._idle -= 1 if self._idle else 0
        self._work.put((future, fn, args, kwargs))
        return future

    def _start(self) -> None:
        self._threads += 1
        threading.Thread(target=self._run, name=f"{self.name}-{self._threads}", daemon=True).start()

    def drain(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for every submitted call to end; True if they did."""
        end = time.monotonic() + timeout
        with self._all_done:
            while self._pending:
                left = end - time.monotonic()
                if left <= 0 or not self._all_done.wait(left):
                    return self._pending == 0
        return True

    def _run(self) -> None:
        while True:
            future, fn, args, kwargs = self._work.get()
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args, **kwargs))
                except BaseException as e:  # noqa: BLE001 - the future carries it
                    future.set_exception(e)
            with self._all_done:
                self._pending -= 1
                self._idle += 1
                if not self._pending:
                    self._all_done.notify_all()
