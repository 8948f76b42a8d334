"""Scheduled digests with a fake clock, the real scheduler and job store, the fake Slack Web API.

Each digest test runs APScheduler's own due-job logic (see tests/support/fakeclock.py) against a
SQLite job store in tmp_path, restarts the scheduler by building a new one on the same file,
and counts the chat.postMessage calls the fake Slack server received.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot import wiring
from bot.digests.scheduler import DigestService, build_scheduler, run_digest_job
from bot.state.arrivals import Arrival
from bot.state.subscriptions import DigestSubscription
from tests.support.fakeclock import FakeClock, sync_executors

TZ = ZoneInfo("Europe/Copenhagen")


def at(day: int, hour: int, minute: int = 0, month: int = 8) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


@pytest.fixture
def world(tmp_path, monkeypatch, sample_index, slack):
    """A clock on Sunday 2026-08-16 noon, a state file, channel C1 subscribed weekly Monday 08:00."""
    client, fake = slack
    clock = FakeClock(at(16, 12))
    clock.install(monkeypatch)
    settings = sample_index.settings_for(tmp_path, slack_bot_token="xoxb-test", slack_api_url=fake.api_url)
    posting = wiring.posting_state(settings, clock)
    posting.subscriptions.set(DigestSubscription("C1", "weekly", "08:00", "mon", (), "U1", created_at=at(10, 9)))
    services: list[DigestService] = []

    def start() -> DigestService:
        rt = wiring.runtime(settings, sample_index.engine, clock, client=client, posting=posting)
        service = DigestService(rt, build_scheduler(settings, **sync_executors()))
        service.start()
        services.append(service)
        return service

    class World:
        pass

    w = World()
    w.clock, w.posting, w.fake, w.start, w.settings, w.sample = clock, posting, fake, start, settings, sample_index.engine
    w.digests = lambda channel=None: [c for c in fake.posts() if channel is None or c["channel"] == channel]
    yield w
    for s in services:
        s.shutdown(wait=False)


def test_weekly_digest_is_posted_at_its_time_once_across_a_restart_between_runs(world):
    service = world.start()
    assert service.next_run("C1") == at(17, 8)
    world.clock.tick(service.scheduler, at(17, 7, 59))
    assert world.digests() == []
    world.clock.tick(service.scheduler, at(17, 8))
    world.clock.tick(service.scheduler, at(17, 9))
    [first] = world.digests()
    assert first["channel"] == "C1" and "17. august 2026" in first["text"]
    assert "1. september 2026" not in str(first["blocks"])  # 15 days away: outside the 14-day window

    service.shutdown()
    world.clock.now = at(17, 10)
    service = world.start()  # restart between two runs: nothing is due, nothing is posted
    world.clock.tick(service.scheduler, at(17, 11))
    assert len(world.digests()) == 1
    world.clock.tick(service.scheduler, at(24, 8))
    assert len(world.digests()) == 2
    second = world.digests()[1]
    blocks = str(second["blocks"])
    assert "1. september 2026" in blocks and "foreløbig" in blocks and "herbergsområdet" in blocks
    assert [p for p in world.fake.posts() if p["channel"] != "C1"] == []  # unsubscribed channels get nothing


def test_a_digest_due_while_the_bot_was_down_is_posted_once_when_it_returns(world):
    service = world.start()
    service.shutdown()
    world.clock.now = at(24, 11)  # down for two Mondays: 08-17 and 08-24 08:00 both missed
    service = world.start()  # start() processes due jobs at once: one coalesced run, 3 hours late
    service.scheduler._process_jobs()
    [posted] = world.digests()
    assert "24. august 2026" in posted["text"]
    service.shutdown()
    world.clock.now = at(24, 11, 30)
    service = world.start()  # a second restart while the ledger already has that slot
    world.clock.tick(service.scheduler, at(24, 12))
    assert len(world.digests()) == 1
    assert service.next_run("C1") == at(31, 8)


def test_a_digest_missed_beyond_the_grace_period_is_skipped_not_posted_late(world):
    service = world.start()
    service.shutdown()
    world.clock.now = at(17, 14, 30)  # 6.5 hours after the slot
    service = world.start()
    service.scheduler._process_jobs()
    assert world.digests() == []
    world.clock.tick(service.scheduler, at(24, 8))
    assert len(world.digests()) == 1


def test_two_schedulers_or_two_runs_of_one_slot_post_once(world):
    a, b = world.start(), world.start()
    world.clock.now = at(17, 8)
    a.scheduler._process_jobs()
    b.scheduler._process_jobs()
    assert run_digest_job("C1") == "already posted"
    assert len(world.digests()) == 1


def test_unsubscribed_channel_gets_nothing_and_its_job_goes(world):
    world.posting.subscriptions.set(DigestSubscription("C2", "daily", "07:00"))
    service = world.start()
    assert service.next_run("C2") == at(17, 7)
    world.posting.subscriptions.remove("C2")
    service.unschedule("C2")
    for t in (at(17, 7), at(17, 8), at(18, 7), at(18, 9)):
        world.clock.tick(service.scheduler, t)
    assert [p["channel"] for p in world.fake.posts()] == ["C1"]
    assert service.next_run("C2") is None


def test_decisions_from_minutes_that_arrived_since_the_last_digest(world):
    service = world.start()
    world.clock.tick(service.scheduler, at(17, 8))
    doc = next(i.id.rsplit("/", 1)[0] for i in world.sample.items() if i.meeting_date and i.meeting_date.isoformat() == "2026-06-17")
    world.posting.arrivals.record(Arrival(doc, "KKR Midtjylland", None, "minutes", "003", at(20, 15).astimezone(timezone.utc)))
    world.clock.tick(service.scheduler, at(24, 8))
    world.clock.tick(service.scheduler, at(31, 8))
    first, second, third = (str(p["blocks"]) for p in world.digests())
    assert "Beslutninger" not in first and "Beslutninger" in second and "Beslutninger" not in third
    assert "tog orienteringen til efterretning" in second


def test_a_failed_digest_post_is_retried_and_then_posted_once(world):
    service = world.start()
    world.fake.failing.add("C1")
    world.clock.tick(service.scheduler, at(17, 8))
    assert len(world.digests()) == 1  # tried, Slack said ok: false
    assert world.posting.ledger.status("digest", "C1", "2026-08-17T06:00:00+00:00") == "failed"
    world.fake.failing.clear()
    world.clock.tick(service.scheduler, at(17, 8, 10))
    assert len(world.digests()) == 1
    world.clock.tick(service.scheduler, at(17, 8, 15))
    world.clock.tick(service.scheduler, at(17, 9))
    assert len(world.digests()) == 2 and "17. august 2026" in world.digests()[1]["text"]
    assert world.posting.ledger.status("digest", "C1", "2026-08-17T06:00:00+00:00") == "posted"
