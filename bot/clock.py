"""The bot's one clock: a function returning the current time, aware, in the configured timezone.

It is built at the edge (bot/wiring.py, from `--today` or the wall clock) and passed to whatever
needs the time: the Conversation, the scheduled jobs, the state stores. Nothing else in kkrbot
reads the time, so tests and `--today` can stand on any day.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Callable
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]


def wall_clock(timezone: str) -> Clock:
    zone = ZoneInfo(timezone)
    return lambda: datetime.now(zone)


def fixed_clock(day: date, timezone: str) -> Clock:
    """Noon of `day`, always: for `--today` (a person standing on another day)."""
    fixed = datetime.combine(day, time(12), ZoneInfo(timezone))
    return lambda: fixed


def clock_for(timezone: str, today: date | None = None) -> Clock:
    return wall_clock(timezone) if today is None else fixed_clock(today, timezone)
