"""The lease that makes one process of many run the scheduler (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

from bot.state.lease import Lease


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_one_holder_at_a_time_until_it_lapses_or_is_released(state_url):
    clock = Clock()
    a = Lease(state_url, "scheduler", ttl=30, holder="a", clock=clock)
    b = Lease(state_url, "scheduler", ttl=30, holder="b", clock=clock)
    assert a.acquire() and not b.acquire()
    clock.now += 20
    assert a.acquire() and not b.acquire()  # renewed: good for 30 s from now
    clock.now += 25
    assert not b.acquire() and a.holds() and b.current_holder() == "a"
    clock.now += 10  # a stopped renewing (hung or dead): the lease runs out
    assert not a.holds() and b.acquire() and not a.acquire()
    b.release()
    assert a.acquire() and a.holds()


def test_of_many_processes_taking_a_free_lease_exactly_one_gets_it(state_url):
    wins: list[str] = []
    barrier = threading.Barrier(8)

    def take(name: str) -> None:
        lease = Lease(state_url, "scheduler", holder=name)
        barrier.wait()
        if lease.acquire():
            wins.append(name)

    threads = [threading.Thread(target=take, args=(f"p{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1
    assert Lease(state_url, "scheduler", holder="x").current_holder() == wins[0]
