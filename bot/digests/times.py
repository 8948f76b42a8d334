"""When scheduled jobs fire: wall-clock times in the bot's zone, each exactly once whatever
daylight saving does.

APScheduler's CronTrigger (3.11) gets Europe/Copenhagen's autumn night wrong: asked for the fire
time after 02:30+02:00 on 2027-10-31 it returns 02:30+02:00 again (or an earlier time), so its own
due-job loop (`Job._get_run_times`) and any "next after" walk spin forever. Here a wall-clock time
becomes an instant by one rule (`instant`):
- a time that exists once is that time;
- a time that exists twice (the autumn night, 02:00-02:59) is its first occurrence (summer time);
- a time that does not exist (the spring night, 02:00-02:59) is the moment the clocks jump, 03:00.
`DigestTrigger` (a channel's daily or weekly digest) walks days; `LocalCronTrigger` (crontab
fields, the fetch job) computes the cron in wall-clock time and maps it. Every search is bounded,
and each answer is strictly after the previous one. Instants are returned in UTC: Python never
finds a local time of the repeated hour equal to a time in another zone (PEP 495), UTC has no such
hour.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def wall_time(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    """`day` at hour:minute in `zone` (see `instant`)."""
    return instant(datetime.combine(day, time(hour, minute)), zone)


def instant(wall: datetime, zone: ZoneInfo) -> datetime:
    """The naive wall-clock time `wall` in `zone`, as a UTC instant: the first occurrence of a
    repeated time, the end of the jump for a skipped one (see the module docstring)."""
    local = wall.replace(tzinfo=zone, fold=0)  # fold=0: the first occurrence
    if local.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None):
        return local.astimezone(timezone.utc)
    # Skipped: fold=1 reads it with the offset after the jump (an instant before it), fold=0 with
    # the offset before (an instant after it). The jump lies between: find its second.
    lo = int(local.replace(fold=1).timestamp())
    hi = int(local.timestamp())
    before = datetime.fromtimestamp(lo, zone).utcoffset()
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, zone).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return datetime.fromtimestamp(hi, timezone.utc)


class DigestTrigger(BaseTrigger):
    """Fires at `hour:minute` in `zone`, daily or on `weekday` ("mon" … "sun")."""

    def __init__(self, hour: int, minute: int, weekday: str | None, zone: str):
        if weekday is not None and weekday not in WEEKDAYS:
            raise ValueError(f"weekday must be one of {', '.join(WEEKDAYS)}, not {weekday!r}")
        self.hour, self.minute, self.weekday, self.zone = hour, minute, weekday, zone

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def fire_time_on(self, day: date) -> datetime | None:
        if self.weekday is not None and WEEKDAYS[day.weekday()] != self.weekday:
            return None
        return wall_time(day, self.hour, self.minute, self.tz)

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        """The first fire time after `previous_fire_time` (when given; it may lie before `now`, so
        missed runs are seen) or else at or after `now`."""
        start = previous_fire_time or now
        first_day = start.astimezone(self.tz).date() - timedelta(days=1)
        for offset in range(9):  # a weekly trigger fires within any 8 days
            t = self.fire_time_on(first_day + timedelta(days=offset))
            if t is not None and (t > previous_fire_time if previous_fire_time else t >= now):
                return t
        return None  # unreachable: a weekday comes round within a week

    def last_fire_time(self, now: datetime) -> datetime | None:
        """The latest fire time at or before `now` (the slot a late run belongs to); None if none
        within the last 8 days."""
        today = now.astimezone(self.tz).date()
        for back in range(9):
            t = self.fire_time_on(today - timedelta(days=back))
            if t is not None and t <= now:
                return t
        return None

    def __str__(self) -> str:
        days = "daily" if self.weekday is None else f"weekly {self.weekday}"
        return f"{days} {self.hour:02d}:{self.minute:02d} ({self.zone})"

    def __repr__(self) -> str:
        return f"<DigestTrigger {self}>"


class LocalCronTrigger(BaseTrigger):
    """Crontab fields ("0 7-19/3 * * mon-fri") read in wall-clock time in `zone`: the cron is
    computed on wall-clock times (where no DST exists) and each is mapped by `instant`. A time in
    the autumn night's repeated hour fires once; times in the spring night's missing hour fire once,
    at 03:00."""

    def __init__(self, crontab: str, zone: str):
        from apscheduler.triggers.cron import CronTrigger

        self.crontab, self.zone = crontab, zone
        self._wall = CronTrigger.from_crontab(crontab, timezone=timezone.utc)  # ValueError for bad fields

    def __getstate__(self) -> dict:
        return {"crontab": self.crontab, "zone": self.zone}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["crontab"], state["zone"])

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        zone = ZoneInfo(self.zone)
        floor = previous_fire_time or now
        wall = floor.astimezone(zone).replace(tzinfo=timezone.utc)  # the wall clock, read as if UTC
        if previous_fire_time is not None:
            wall += timedelta(microseconds=1)
        for _ in range(2000):  # wall times only grow: this leaves a repeated hour within ~60 steps
            nxt = self._wall.get_next_fire_time(None, wall)
            if nxt is None:
                return None
            t = instant(nxt.replace(tzinfo=None), zone)
            if t > floor if previous_fire_time is not None else t >= floor:
                return t
            wall = nxt + timedelta(seconds=1)
        return None

    def __str__(self) -> str:
        return f"cron[{self.crontab}] ({self.zone})"

    def __repr__(self) -> str:
        return f"<LocalCronTrigger {self}>"
