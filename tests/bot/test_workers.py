"""The question pool: bounded, each question within its budget, a stuck worker replaced, a clean close.

The work handed to the pool here is a function that waits for the test to release it: a question
that takes as long as the test wants, without sleeping for a fixed time."""

from __future__ import annotations

import threading
import time

import pytest

from bot.workers import Busy, QuestionPool, TooSlow
from tests.support.deadline import WAIT


class Gate:
    """Work that blocks until `release()`; `entered` is set once a worker has started it."""

    def __init__(self, result: object = "done") -> None:
        self.entered, self.released, self.result = threading.Event(), threading.Event(), result

    def __call__(self) -> object:
        self.entered.set()
        assert self.released.wait(30), "the test never released the work"
        return self.result

    def release(self) -> None:
        self.released.set()


def in_thread(pool: QuestionPool, work) -> dict:
    """Run `pool.run(work)` in a thread; the dict gets 'result' or 'error' and 'thread'."""
    out: dict = {}

    def ask() -> None:
        try:
            out["result"] = pool.run(work)
        except BaseException as e:  # noqa: BLE001
            out["error"] = e

    out["thread"] = t = threading.Thread(target=ask, daemon=True)
    t.start()
    return out


@pytest.fixture
def pools():
    made: list[QuestionPool] = []

    def make(*args, **kwargs) -> QuestionPool:
        made.append(pool := QuestionPool(*args, **kwargs))
        return pool

    yield make
    for pool in made:
        pool.close(timeout=5)


def test_the_result_or_the_error_of_the_work_comes_back_to_the_asker(pools):
    pool = pools(2)
    assert pool.run(lambda: 41 + 1) == 42
    with pytest.raises(ZeroDivisionError):
        pool.run(lambda: 1 / 0)


def test_questions_run_side_by_side_a_slow_one_holds_back_no_other(pools):
    pool = pools(2, budget=30)
    slow = Gate()
    first = in_thread(pool, slow)
    assert slow.entered.wait(WAIT)
    start = time.monotonic()
    assert pool.run(lambda: "quick") == "quick"  # the other worker answers at once
    assert time.monotonic() - start < 5
    slow.release()
    first["thread"].join(10)
    assert first["result"] == "done"


def test_a_full_queue_answers_busy_at_once(pools):
    pool = pools(1, queue_size=1, budget=30)
    running, queued = Gate(), Gate()
    first = in_thread(pool, running)
    assert running.entered.wait(WAIT)
    second = in_thread(pool, queued)
    while pool._queue.qsize() < 1:  # the second question is in the queue
        time.sleep(0.005)
    start = time.monotonic()
    with pytest.raises(Busy, match="queue is full"):
        pool.run(lambda: "never")
    assert time.monotonic() - start < 1
    running.release(), queued.release()
    for out in (first, second):
        out["thread"].join(10)
        assert out["result"] == "done"


def test_a_question_that_no_worker_takes_within_its_patience_is_busy_and_never_runs(pools):
    pool = pools(1, budget=30, patience=0.3, spares=0)
    running = Gate()
    first = in_thread(pool, running)
    assert running.entered.wait(WAIT)
    ran = threading.Event()
    with pytest.raises(Busy, match="no worker was free"):
        pool.run(ran.set)
    running.release()
    first["thread"].join(10)
    assert pool.run(lambda: "next") == "next"  # the worker skipped the abandoned question
    assert not ran.is_set()


def test_a_question_over_its_budget_is_too_slow_and_a_spare_stands_in(pools):
    pool = pools(1, budget=0.3, patience=30)
    stuck = Gate()
    with pytest.raises(TooSlow):
        pool.run(stuck)
    assert stuck.entered.is_set() and pool.overrunning == 1
    assert pool.run(lambda: "answered meanwhile") == "answered meanwhile"  # by the spare
    stuck.release()
    end = time.monotonic() + 10
    while (pool.overrunning or len(pool._threads) > 1) and time.monotonic() < end:
        time.sleep(0.01)
    assert pool.overrunning == 0 and len(pool._threads) == 1  # the surplus thread ended


def test_spares_are_bounded(pools):
    pool = pools(1, budget=0.2, patience=0.2, spares=1)
    gates = [Gate(), Gate()]
    for gate in gates:
        with pytest.raises(TooSlow):
            pool.run(gate)
    assert len(pool._threads) == 2  # one worker and one spare, both stuck: no third thread
    with pytest.raises(Busy):
        pool.run(lambda: "no one free")
    for gate in gates:
        gate.release()


def test_close_answers_the_queued_busy_lets_running_work_finish_and_refuses_more(pools):
    pool = pools(1, budget=30)
    running, queued = Gate(), Gate()
    first = in_thread(pool, running)
    assert running.entered.wait(WAIT)
    second = in_thread(pool, queued)
    while pool._queue.qsize() < 1:
        time.sleep(0.005)
    closing = threading.Thread(target=lambda: pool.close(timeout=10))
    closing.start()
    second["thread"].join(10)
    assert isinstance(second.get("error"), Busy) and not queued.entered.is_set()
    running.release()
    closing.join(10)
    first["thread"].join(10)
    assert first["result"] == "done" and not any(t.is_alive() for t in pool._threads)
    with pytest.raises(Busy, match="closing"):
        pool.run(lambda: "late")


def test_close_gives_up_on_work_that_does_not_end_within_its_timeout(pools):
    pool = pools(1, budget=30)
    stuck = Gate()
    in_thread(pool, stuck)
    assert stuck.entered.wait(WAIT)
    start = time.monotonic()
    assert pool.close(timeout=0.2) is False  # the daemon worker is abandoned, the caller goes on
    assert time.monotonic() - start < 2
    stuck.release()


# --- the listeners' executor ------------------------------------------------------------------------


def test_the_listener_executor_runs_calls_on_daemon_threads_reuses_them_and_drains():
    from bot.workers import ListenerExecutor

    executor = ListenerExecutor(max_workers=3, ready=2)
    assert executor._threads == 2  # started before any work came
    assert executor.submit(lambda x: x * 2, 21).result(5) == 42
    with pytest.raises(ZeroDivisionError):
        executor.submit(lambda: 1 / 0).result(5)
    gates = [Gate() for _ in range(5)]
    futures = [executor.submit(g) for g in gates]
    assert gates[0].entered.wait(WAIT) and gates[2].entered.wait(WAIT)
    assert executor._threads == 3 and not gates[3].entered.is_set()  # at most 3 threads; the rest wait their turn
    assert all(t.daemon for t in threading.enumerate() if t.name.startswith("kkrbot-listener"))
    assert executor.drain(0.1) is False
    for g in gates:
        g.release()
    assert executor.drain(10) is True and all(f.result(1) == "done" for f in futures)
    assert executor._threads == 3

