"""Scheduled digests: APScheduler with its jobs in SQLite, and the ledger that makes posts happen once.

One cron job per subscribed channel (`digest:<channel>`), added only when missing, so a restart
keeps each job's next run time and APScheduler can see what it missed while the bot was down.
`coalesce=True` turns any number of missed runs into one; `MISFIRE_GRACE` bounds how late that one
may still come. Every digest is claimed in the ledger under (channel, scheduled slot) before it is
posted, so a second run of the same slot (two schedulers, a retry, a restart) posts nothing.
Job functions are module-level (`bot.digests:run_digest_job`) with plain arguments; what they need
at run time (engine, state stores, Slack client, clock) is the process's `Runtime`, installed by
`DigestService.start()`. Run exactly one scheduler per job store: APScheduler 3 does not coordinate
several (the ledger would still stop double posts, but jobs would run twice).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.digests.announce import announce_pending
from bot.digests.times import DigestTrigger, LocalCronTrigger
from bot.digests.runtime import Runtime, current_runtime, current_service, install_runtime
from bot.render.digests import digest_blocks
from bot.settings import Settings
from bot.state.db import state_for
from bot.state.subscriptions import HORIZON_DAYS, DigestSubscription
from index.model import AgendaItem
from index.search.upcoming import UpcomingMeeting, upcoming_meetings

log = logging.getLogger(__name__)

MISFIRE_GRACE = timedelta(hours=6)  # a digest missed while the bot was down is still posted this late
INBOX_EVERY = timedelta(minutes=1)
RETRY_AFTER = timedelta(minutes=15)  # a digest whose post failed (Slack down, rate limit) is tried again
DIGEST_JOB = "bot.digests:run_digest_job"
INBOX_JOB = "bot.digests:scan_inbox_job"
OUTBOX_JOB = "bot.digests:announce_pending_job"
OUTBOX_EVERY = timedelta(minutes=1)  # arrivals staged by `kkrbot ingest` without Slack, or by a killed process
FETCH_JOB = "bot.fetch:run_fetch_job"  # fetching from KL's site (bot/fetch), when a schedule is given
FETCH_JOB_ID = "fetch:kl"


# --- when ---------------------------------------------------------------------------------------


def trigger_for(sub: DigestSubscription, tz: str) -> DigestTrigger:
    """The channel's digest time as a trigger that fires once a day across DST (bot/digests/times.py)."""
    hour, minute = (int(x) for x in sub.time.split(":"))
    return DigestTrigger(hour, minute, sub.weekday if sub.cadence == "weekly" else None, tz)


def last_slot(trigger: DigestTrigger, now: datetime) -> datetime | None:
    """The latest time ≤ now at which the trigger fired: the slot a (possibly late) run belongs to."""
    return trigger.last_fire_time(now)


# --- what ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Digest:
    channel: str
    slot: datetime
    upcoming: tuple[UpcomingMeeting, ...]
    decisions: tuple[AgendaItem, ...]


def build_digest(rt: Runtime, sub: DigestSubscription, slot: datetime) -> Digest:
    """Meetings in the next 14 days from the slot's date; decisions from minutes that arrived
    after the channel's previous digest slot (or its subscription) and by this slot."""
    today = slot.astimezone(rt.tz).date()
    upcoming = [u for u in upcoming_meetings(rt.engine.meetings(), today=today, horizon_days=HORIZON_DAYS) if sub.takes(u.council)]
    since = rt.posting.ledger.last_digest_slot(sub.channel) or sub.created_at
    arrived = {a.document for a in rt.posting.arrivals.since(since, kind="minutes") if a.arrived_at <= slot and sub.takes(a.council)}
    decisions = [i for i in rt.engine.items() if i.id.rsplit("/", 1)[0] in arrived and i.decision]
    decisions.sort(key=lambda i: (i.council, i.meeting_date or today, _number_key(i.item_number)))
    return Digest(sub.channel, slot, tuple(upcoming), tuple(decisions))


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def render_digest(rt: Runtime, digest: Digest) -> tuple[str, list[dict]]:
    return digest_blocks(digest.upcoming, digest.decisions, today=digest.slot.astimezone(rt.tz).date(),
                         horizon_days=HORIZON_DAYS)  # fmt: skip


def post_digest(rt: Runtime, channel: str, now: datetime) -> str:
    """Post the digest of the slot `now` falls in, once. Returns what happened (for logs and tests)."""
    sub = rt.posting.subscriptions.of(channel)
    if sub is None:
        return "not subscribed"
    slot = last_slot(trigger_for(sub, rt.settings.timezone), now)
    if slot is None:
        return "no slot yet"
    key = slot.astimezone(timezone.utc).isoformat()
    if not rt.posting.ledger.claim("digest", channel, key):
        return "already posted"
    try:
        text, blocks = render_digest(rt, build_digest(rt, sub, slot))
        if rt.client is None:
            raise RuntimeError("no Slack client configured")
        resp = rt.client.chat_postMessage(channel=channel, text=text, blocks=blocks, unfurl_links=False)
    except Exception as e:  # noqa: BLE001 - marked failed so the next run may retry, then re-raised
        rt.posting.ledger.mark_failed("digest", channel, key, f"{type(e).__name__}: {e}")
        log.exception("digest for %s at %s failed", channel, key)
        raise
    rt.posting.ledger.mark_posted("digest", channel, key, resp.get("ts"))
    log.info("digest posted to %s for %s", channel, key)
    return "posted"


def announce_pending_job() -> int:
    """The scheduled outbox job (referenced as text in the job store): announce what any process
    staged and did not finish (bot/digests/announce.py)."""
    rt = current_runtime()
    return len(announce_pending(engine=rt.engine, posting=rt.posting, client=rt.client, now=rt.clock()).documents)


def run_digest_job(channel: str) -> str:
    """The scheduled job (referenced as text in the job store). A failed post is tried again
    `RETRY_AFTER` later by a one-off job; the ledger lets that retry claim the same slot."""
    rt = current_runtime()
    try:
        return post_digest(rt, channel, rt.clock())
    except Exception:
        service = current_service()
        if service is not None and service.scheduler.running:
            when = rt.clock() + RETRY_AFTER
            service.scheduler.add_job(DIGEST_JOB, DateTrigger(run_date=when), args=[channel], replace_existing=True,
                                       id=f"retry:digest:{channel}", name=f"retry digest {channel}")  # fmt: skip
        raise


# --- the scheduler -------------------------------------------------------------------------------


def build_scheduler(settings: Settings, **options: Any) -> BackgroundScheduler:
    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=state_for(settings).engine)},
        job_defaults={"coalesce": True, "misfire_grace_time": int(MISFIRE_GRACE.total_seconds()), "max_instances": 1},
        timezone=ZoneInfo(settings.timezone),
        **options,
    )


def stop_scheduler(scheduler: BackgroundScheduler, *, wait: bool = True) -> None:
    """Shut a scheduler down without its last look at the job store. APScheduler 3.11 wakes its thread
    once more after `shutdown()` has stopped the executors: a job due then fails to start, yet its
    next run time is moved on in the store, so the process taking over would never run it. Detach the
    store first (its rows stay)."""
    if not scheduler.running:
        return
    scheduler.pause()
    for alias in list(scheduler._jobstores):  # noqa: SLF001 - no public list of aliases in 3.11
        scheduler.remove_jobstore(alias, shutdown=False)
    scheduler.shutdown(wait=wait)


class DigestService:
    """Owns the one scheduler of the process: starts it, keeps jobs in step with subscriptions."""

    def __init__(self, runtime: Runtime, scheduler: BackgroundScheduler | None = None, *, fetch_schedule: str | None = None):
        """`fetch_schedule`: crontab fields for the fetch job (`kkrbot serve` passes
        KKRBOT_FETCH_SCHEDULE); None: no fetch job (and a stored one is removed)."""
        self.runtime = runtime
        self.scheduler = scheduler or build_scheduler(runtime.settings)
        self.fetch_schedule = fetch_schedule

    def start(self) -> None:
        """Start paused, bring jobs in step, then run: missed runs are seen before anything changes."""
        install_runtime(self.runtime, self)
        self.scheduler.start(paused=True)
        self.sync()
        self.scheduler.resume()

    def shutdown(self, wait: bool = True) -> None:
        stop_scheduler(self.scheduler, wait=wait)

    def sync(self) -> None:
        """Add missing jobs, reschedule changed ones, drop jobs of channels that unsubscribed."""
        subs = {f"digest:{s.channel}": s for s in self.runtime.posting.subscriptions.all()}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("digest:") and job.id not in subs:
                job.remove()
        for sub in subs.values():
            self.schedule(sub)
        if self.runtime.settings.inbox_dir is not None and self.scheduler.get_job("intake:inbox") is None:
            every = IntervalTrigger(seconds=int(INBOX_EVERY.total_seconds()), start_date=self.runtime.clock(),
                                    timezone=self.runtime.tz)  # fmt: skip  (start_date: else it reads the wall clock)
            self.scheduler.add_job(INBOX_JOB, every, id="intake:inbox", name="scan the inbox folder")
        if self.scheduler.get_job("outbox:announce") is None:
            every = IntervalTrigger(seconds=int(OUTBOX_EVERY.total_seconds()), start_date=self.runtime.clock(),
                                    timezone=self.runtime.tz)  # fmt: skip
            self.scheduler.add_job(OUTBOX_JOB, every, id="outbox:announce", name="announce pending arrivals")
        self._schedule_fetch()

    def _schedule_fetch(self) -> None:
        """The fetch job, added only when missing and rescheduled only when its schedule changed,
        like the digests: a restart keeps its next run time (and runs a missed one once)."""
        job = self.scheduler.get_job(FETCH_JOB_ID)
        if self.fetch_schedule is None:
            if job is not None:
                job.remove()
            return
        try:
            trigger = LocalCronTrigger(self.fetch_schedule, self.runtime.settings.timezone)  # DST-safe (times.py)
        except ValueError as e:
            raise ValueError(f"KKRBOT_FETCH_SCHEDULE={self.fetch_schedule!r}: not crontab fields "
                             f"(minute hour day month weekday): {e}") from None  # fmt: skip
        if job is None:
            self.scheduler.add_job(FETCH_JOB, trigger, id=FETCH_JOB_ID, name="fetch agendas and minutes from KL")
        elif str(job.trigger) != str(trigger):
            self.scheduler.reschedule_job(FETCH_JOB_ID, trigger=trigger)

    def schedule(self, sub: DigestSubscription) -> None:
        """Add the channel's job if missing; reschedule it only if its time changed (that resets it)."""
        job_id = f"digest:{sub.channel}"
        trigger = trigger_for(sub, self.runtime.settings.timezone)
        job = self.scheduler.get_job(job_id)
        if job is None:
            self.scheduler.add_job(DIGEST_JOB, trigger, args=[sub.channel], id=job_id, name=f"digest {sub.channel}")
        elif str(job.trigger) != str(trigger):
            self.scheduler.reschedule_job(job_id, trigger=trigger)

    def unschedule(self, channel: str) -> None:
        if self.scheduler.get_job(f"digest:{channel}") is not None:
            self.scheduler.remove_job(f"digest:{channel}")

    def next_run(self, channel: str) -> datetime | None:
        """When the channel's digest runs next, in the bot's zone."""
        job = self.scheduler.get_job(f"digest:{channel}")
        return job.next_run_time.astimezone(self.runtime.tz) if job and job.next_run_time else None
