"""A settable clock for scheduler tests that still runs APScheduler's own due-job logic.

APScheduler 3.11's triggers take `now` as an argument, but its scheduler (`_process_jobs`,
adding jobs) and its executor (the misfire check) read `datetime.now` themselves. `install`
swaps the `datetime` those two modules see for one that reads this clock; everything else in
APScheduler runs unchanged. `tick` moves the clock and processes due jobs; with `DebugExecutor`
the jobs run in the calling thread, so they have finished when `tick` returns.
"""

from __future__ import annotations

from datetime import datetime

import apscheduler.executors.base
import apscheduler.schedulers.base
from apscheduler.executors.debug import DebugExecutor


class FakeClock:
    def __init__(self, start: datetime):
        assert start.tzinfo is not None
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def install(self, monkeypatch) -> None:
        clock = self

        class ClockDatetime(datetime):
            @classmethod
            def now(cls, tz=None):  # type: ignore[override]
                return clock.now.astimezone(tz) if tz else clock.now.replace(tzinfo=None)

        monkeypatch.setattr(apscheduler.schedulers.base, "datetime", ClockDatetime)
        monkeypatch.setattr(apscheduler.executors.base, "datetime", ClockDatetime)

    def tick(self, scheduler, to: datetime) -> None:
        """Move to `to` and let the scheduler run whatever is due by then."""
        self.now = to
        scheduler._process_jobs()


def sync_executors() -> dict:
    """Scheduler options: jobs run inside `_process_jobs`, in the thread that calls it."""
    return {"executors": {"default": DebugExecutor()}}
