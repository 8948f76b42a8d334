"""The scheduled fetch in `kkrbot serve`: on its schedule, through the real scheduler and job store
with a fake clock; across a restart it neither runs twice nor loses a missed run, and unchanged
pages are not fetched again."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import wiring
from bot.digests.scheduler import FETCH_JOB_ID, DigestService, build_scheduler
from bot.fetch.sources import DEFAULT_SCHEDULE
from bot.settings import Settings
from bot.state.subscriptions import DigestSubscription
from index.engine import AnswerEngine
from index.store import meeting_id_of
from tests.support.fakeclock import FakeClock, sync_executors
from tests.support.klsite import MIDT, MIDT_PAGE, NORD, NORD_PAGE

TZ = ZoneInfo("Europe/Copenhagen")


def friday(hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 6, 20, hour, minute, tzinfo=TZ)


@pytest.fixture
def world(tmp_path, monkeypatch, kl, slack):
    client, fake = slack
    site, _, expected = kl
    clock = FakeClock(friday(6))
    clock.install(monkeypatch)
    settings = Settings(
        index_dir=tmp_path / "index", state_db=tmp_path / "kkrbot.sqlite", slack_bot_token="xoxb-test", slack_api_url=fake.api_url,
        fetch_values=(("KKRBOT_SOURCES", f"{MIDT}={site.url}{MIDT_PAGE}; {NORD}={site.url}{NORD_PAGE}"),
                      ("KKRBOT_ARCHIVE", str(tmp_path / "archive")), ("KKRBOT_FETCH_DELAY", "0"), ("KKRBOT_FETCH_TIMEOUT", "0.2")),
    )  # fmt: skip
    posting = wiring.posting_state(settings, clock)
    posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon", (MIDT,)))
    posting.subscriptions.set(DigestSubscription("C-NORD", "weekly", "08:00", "mon", (NORD,)))
    engine = AnswerEngine(settings.index_dir)
    services: list[DigestService] = []

    def start() -> DigestService:
        rt = wiring.runtime(settings, engine, clock, client=client, posting=posting)
        service = DigestService(rt, build_scheduler(settings, **sync_executors()), fetch_schedule=settings.fetch_config().schedule)
        service.start()
        services.append(service)
        return service

    yield clock, start, site, fake, expected, engine
    for s in services:
        s.shutdown(wait=False)
    engine.close()


def stored(engine: AnswerEngine) -> set[str]:
    engine.refresh()
    return {meeting_id_of(m) for m in engine.meetings()}


@pytest.mark.parametrize("kl", ["no stall"], indirect=True)  # no timeout waited out: test_run and test_fetch check it
def test_the_fetch_job_runs_on_schedule_and_once_across_restarts(world):
    clock, start, site, fake, expected, engine = world
    service = start()
    job = service.scheduler.get_job(FETCH_JOB_ID)
    assert service.fetch_schedule == DEFAULT_SCHEDULE and job.next_run_time == friday(7)  # weekdays 07-19, every 3 hours

    clock.tick(service.scheduler, friday(6, 59))
    assert site.count() == 0
    clock.tick(service.scheduler, friday(7))
    assert stored(engine) == expected.meetings and len(fake.posts()) == 5

    # A restart between two runs: the job keeps its next run, nothing runs again.
    service.shutdown(wait=False)
    site.forget()
    clock.now = friday(8, 30)
    service = start()
    assert service.scheduler.get_job(FETCH_JOB_ID).next_run_time == friday(10)
    service.scheduler._process_jobs()
    assert site.count() == 0

    # Down across the 10:00 run: it runs once on restart; the pages answer 304, no PDF is asked for again.
    service.shutdown(wait=False)
    clock.now = friday(10, 30)
    service = start()
    service.scheduler._process_jobs()
    fetched_before = [expected.paths[k] for k in ("midt_next", "midt_agenda", "midt_minutes", "corrected", "rate_limited",
                                                  "nord_minutes", "nord_copy")]  # fmt: skip
    assert site.statuses(MIDT_PAGE) == [304] and site.statuses(NORD_PAGE) == [304]
    assert [site.count(p) for p in fetched_before] == [0] * 7  # (the documents that failed are asked for again)
    clock.tick(service.scheduler, friday(12, 59))
    assert site.statuses(MIDT_PAGE) == [304]  # not run again before 13:00
    assert service.scheduler.get_job(FETCH_JOB_ID).next_run_time == friday(13)
    assert len(fake.posts()) == 5 and stored(engine) == expected.meetings


def test_a_changed_schedule_reschedules_the_job_and_off_removes_it(world):
    clock, start, *_ = world
    service = start()
    service.shutdown(wait=False)
    service = DigestService(service.runtime, build_scheduler(service.runtime.settings, **sync_executors()), fetch_schedule="30 8 * * mon")
    service.start()
    assert service.scheduler.get_job(FETCH_JOB_ID).next_run_time == datetime(2025, 6, 23, 8, 30, tzinfo=TZ)
    service.shutdown(wait=False)
    service = DigestService(service.runtime, build_scheduler(service.runtime.settings, **sync_executors()), fetch_schedule=None)
    service.start()
    assert service.scheduler.get_job(FETCH_JOB_ID) is None
    service.shutdown(wait=False)
    with pytest.raises(ValueError, match=r"KKRBOT_FETCH_SCHEDULE='every hour': not crontab fields"):
        DigestService(service.runtime, build_scheduler(service.runtime.settings, **sync_executors()), fetch_schedule="every hour").start()
