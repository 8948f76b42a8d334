"""One scheduler across processes: of several ScheduledDigests on one state database, only the lease
holder runs the scheduler; a standby takes over when the holder leaves or its lease runs out (SQLite
and PostgreSQL). Ticks are called directly, with a fake clock for the lease."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from bot.digests.leader import ScheduledDigests
from bot import wiring
from bot.clock import wall_clock
from bot.digests.scheduler import DigestService, build_scheduler
from bot.settings import Settings
from bot.state.lease import Lease
from bot.state.posting import PostingState
from bot.state.subscriptions import DigestSubscription
from tests.support.fakeclock import sync_executors

TZ = ZoneInfo("Europe/Copenhagen")


class LeaseClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def processes(state_url, sample_index, tmp_path):
    """Two 'processes' (each its own runtime, scheduler and lease holder) on one state database."""
    settings = Settings(index_dir=sample_index.index_dir, database_url=state_url)
    posting = PostingState.open(state_url, clock=wall_clock("Europe/Copenhagen"))
    posting.subscriptions.set(DigestSubscription("C1", "weekly", "08:00", "mon"))
    lease_clock = LeaseClock()
    made: list[ScheduledDigests] = []

    def process(name: str) -> ScheduledDigests:
        rt = wiring.runtime(settings, sample_index.engine, wall_clock("Europe/Copenhagen"))
        digests = ScheduledDigests(rt, lambda: DigestService(rt, build_scheduler(settings, **sync_executors())),
                                   Lease(state_url, "scheduler", ttl=30, holder=name, clock=lease_clock))  # fmt: skip
        made.append(digests)
        return digests

    yield process, lease_clock, posting
    for d in made:
        d.shutdown(wait=False)


def test_only_the_lease_holder_runs_the_scheduler_and_a_standby_takes_over(processes):
    process, clock, posting = processes
    a, b = process("a"), process("b")
    a.tick()
    b.tick()
    assert a.leading and not b.leading
    monday_8 = a.next_run("C1")  # the scheduler's answer; the standby computes it from the subscription
    assert b.next_run("C1") == monday_8 and (monday_8.weekday(), monday_8.hour, monday_8.tzinfo) == (0, 8, TZ)

    posting.subscriptions.set(DigestSubscription("C2", "daily", "07:00"))  # answered by b: only the store changes
    b.schedule(posting.subscriptions.of("C2"))
    assert a.service.next_run("C2") is None
    clock.now += 10
    a.tick()  # the holder's renewal brings its jobs in step
    assert a.service.next_run("C2") == b.next_run("C2") and a.service.next_run("C2").hour == 7

    clock.now += 31  # a hangs: no renewal for longer than the lease
    b.tick()
    assert b.leading and b.service.next_run("C2") is not None
    a.tick()  # a wakes up, finds the lease taken and stops its scheduler
    assert not a.leading

    b.shutdown()  # a clean stop gives the lease up: a takes over at once
    a.tick()
    assert a.leading


def test_a_holder_that_cannot_reach_the_database_stops_before_its_lease_runs_out(processes, monkeypatch):
    process, clock, _ = processes
    a = process("a")
    a.tick()
    assert a.leading

    def unreachable() -> bool:
        raise OSError("connection refused")

    monkeypatch.setattr(a.lease, "acquire", unreachable)
    a.tick()  # the lease has 30 s left: keep leading
    assert a.leading
    clock.now += 25
    monkeypatch.setattr("bot.digests.leader.time.monotonic", lambda: 1e12)  # our own view: the lease is about to run out
    a.tick()
    assert not a.leading
