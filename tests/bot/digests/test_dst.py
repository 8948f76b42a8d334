"""The two DST nights of 2027 in Europe/Copenhagen: digests set in the 02:00-03:00 hour fire once,
at the documented time, and nothing spins (APScheduler 3.11's CronTrigger loops forever on the
autumn night; bot/digests/times.py replaces it).

Spring, Sunday 2027-03-28: at 02:00 CET the clocks jump to 03:00 CEST; 02:00-02:59 does not exist.
Autumn, Sunday 2027-10-31: at 03:00 CEST the clocks go back to 02:00 CET; 02:00-02:59 happens twice.
"""

from __future__ import annotations

import pickle
import threading
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot import wiring
from bot.digests.scheduler import DigestService, build_scheduler, last_slot, trigger_for
from bot.digests.times import DigestTrigger, LocalCronTrigger
from bot.state.subscriptions import DigestSubscription
from tests.support.fakeclock import FakeClock, sync_executors

TZ = ZoneInfo("Europe/Copenhagen")
UTC = timezone.utc
SPRING, AUTUMN = (2027, 3, 28), (2027, 10, 31)


def utc(day: tuple[int, int, int], hour: int, minute: int = 0) -> datetime:
    return datetime(*day, hour, minute, tzinfo=UTC)


def bounded(fn, *args, seconds: float = 10.0):
    """Run `fn` in a thread and fail, instead of hanging the suite, if it has not returned in time."""
    out: list = []
    thread = threading.Thread(target=lambda: out.append(fn(*args)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{getattr(fn, '__name__', fn)} did not return within {seconds} s: a loop spins"
    return out[0]


def fire_times(trigger, start: datetime, end: datetime) -> list[datetime]:
    """Every fire time in [start, end), walked the way APScheduler's due-job loop walks them."""
    out, t = [], trigger.get_next_fire_time(None, start)
    while t is not None and t < end:
        out.append(t)
        nxt = trigger.get_next_fire_time(t, end)
        assert nxt is None or nxt > t, f"{trigger}: {nxt} after {t}"
        t = nxt
    return out


@pytest.mark.parametrize(
    "time_, spring_fire, autumn_fire",
    [
        ("02:30", utc(SPRING, 1), utc(AUTUMN, 0, 30)),  # spring: at the jump (03:00 CEST); autumn: the first 02:30
        ("02:00", utc(SPRING, 1), utc(AUTUMN, 0)),
        ("02:59", utc(SPRING, 1), utc(AUTUMN, 0, 59)),
        ("03:00", utc(SPRING, 1), utc(AUTUMN, 2)),  # 03:00 exists once on both nights
        ("01:59", utc(SPRING, 0, 59), utc(AUTUMN, 23, 59) - timedelta(days=1)),
    ],
)
def test_a_daily_time_in_the_changing_hour_fires_once_on_both_nights(time_, spring_fire, autumn_fire):
    hour, minute = map(int, time_.split(":"))
    trigger = DigestTrigger(hour, minute, None, "Europe/Copenhagen")
    for fire, day in ((spring_fire, SPRING), (autumn_fire, AUTUMN)):
        midnight = datetime(*day, tzinfo=TZ)
        night = bounded(fire_times, trigger, midnight - timedelta(days=1), midnight + timedelta(days=2))
        assert len(night) == 3 and fire in night  # the day before, the night itself, the day after
        assert [t.astimezone(TZ).date() for t in night] == [(datetime(*day) + timedelta(days=d)).date() for d in (-1, 0, 1)]
        assert bounded(last_slot, trigger, fire + timedelta(minutes=90)) == fire


def test_the_autumn_night_that_hangs_aps_cron_trigger_has_one_slot_per_day():
    trigger = DigestTrigger(2, 30, "sun", "Europe/Copenhagen")
    assert bounded(last_slot, trigger, utc(AUTUMN, 3)) == utc(AUTUMN, 0, 30)  # asked after the second 02:30
    assert bounded(trigger.get_next_fire_time, utc(AUTUMN, 0, 30), utc(AUTUMN, 3)) == utc((2027, 11, 7), 1, 30)
    assert bounded(fire_times, trigger, utc((2027, 10, 1), 0), utc((2027, 11, 15), 0)) == [
        utc((2027, 10, 3), 0, 30), utc((2027, 10, 10), 0, 30), utc((2027, 10, 17), 0, 30), utc((2027, 10, 24), 0, 30),
        utc(AUTUMN, 0, 30), utc((2027, 11, 7), 1, 30), utc((2027, 11, 14), 1, 30),
    ]  # fmt: skip


def test_crontab_jobs_fire_once_in_the_repeated_hour_and_at_the_jump_in_the_missing_one():
    every_half_hour = LocalCronTrigger("*/30 * * * *", "Europe/Copenhagen")
    autumn = bounded(fire_times, every_half_hour, utc(AUTUMN, 0) - timedelta(hours=1), utc(AUTUMN, 3))
    assert [t.astimezone(TZ).strftime("%H:%M%z") for t in autumn] == [
        "01:00+0200", "01:30+0200", "02:00+0200", "02:30+0200", "03:00+0100", "03:30+0100"]  # fmt: skip
    spring = bounded(fire_times, every_half_hour, utc(SPRING, 0), utc(SPRING, 2))
    assert [t.astimezone(TZ).strftime("%H:%M%z") for t in spring] == ["01:00+0100", "01:30+0100", "03:00+0200", "03:30+0200"]
    fetch = LocalCronTrigger("0 7-19/3 * * mon-fri", "Europe/Copenhagen")  # the fetch job's default
    assert bounded(fetch.get_next_fire_time, None, utc(AUTUMN, 12)) == utc((2027, 11, 1), 6)
    assert pickle.loads(pickle.dumps(fetch)).get_next_fire_time(None, utc(AUTUMN, 12)) == utc((2027, 11, 1), 6)
    with pytest.raises(ValueError):
        LocalCronTrigger("every hour", "Europe/Copenhagen")


@pytest.fixture
def night(tmp_path, monkeypatch, sample_index, slack):
    """Channels with digests at 02:30 (daily and weekly on Sunday) and 03:00, and a scheduler on a fake clock."""
    client, fake = slack
    clock = FakeClock(utc(SPRING, 12) - timedelta(days=1))
    clock.install(monkeypatch)
    settings = sample_index.settings_for(tmp_path, slack_bot_token="xoxb-test", slack_api_url=fake.api_url)
    posting = wiring.posting_state(settings, clock)
    posting.subscriptions.set(DigestSubscription("C-DAILY", "daily", "02:30", created_at=clock.now - timedelta(days=1)))
    posting.subscriptions.set(DigestSubscription("C-SUNDAY", "weekly", "02:30", "sun", created_at=clock.now - timedelta(days=1)))
    posting.subscriptions.set(DigestSubscription("C-THREE", "daily", "03:00", created_at=clock.now - timedelta(days=1)))
    service = DigestService(wiring.runtime(settings, sample_index.engine, clock, client=client, posting=posting),
                            build_scheduler(settings, **sync_executors()))  # fmt: skip
    service.start()
    yield clock, service, fake
    service.shutdown(wait=False)


def walk(clock, service, start: datetime, end: datetime, step=timedelta(minutes=10)) -> None:
    t = start
    while t <= end:
        bounded(clock.tick, service.scheduler, t)
        t += step


def posted(fake, channel: str) -> list[str]:
    return [p["text"] for p in fake.posts() if p["channel"] == channel]


@pytest.mark.parametrize("day", [SPRING, AUTUMN], ids=["spring", "autumn"])
def test_on_both_nights_each_digest_is_posted_once_at_its_time(night, day):
    clock, service, fake = night
    clock.now = utc(day, 12) - timedelta(days=1)  # Saturday noon
    service.shutdown()
    service.start()
    walk(clock, service, utc(day, 12) - timedelta(days=1), utc(day, 5))
    for channel in ("C-DAILY", "C-SUNDAY", "C-THREE"):
        assert len(posted(fake, channel)) == 1, channel
    keys = {target: key for kind, target, key, status in service.runtime.posting.ledger.posts("digest") if status == "posted"}
    expected = {"C-DAILY": utc(day, 1) if day == SPRING else utc(day, 0, 30), "C-THREE": utc(day, 1) if day == SPRING else utc(day, 2)}
    assert datetime.fromisoformat(keys["C-DAILY"]) == expected["C-DAILY"] and keys["C-SUNDAY"] == keys["C-DAILY"]
    assert datetime.fromisoformat(keys["C-THREE"]) == expected["C-THREE"]
    assert service.next_run("C-DAILY") == trigger_for(service.runtime.posting.subscriptions.of("C-DAILY"), "Europe/Copenhagen").get_next_fire_time(None, clock.now)
    walk(clock, service, utc(day, 5, 10), utc(day, 23), step=timedelta(hours=1))
    assert len(posted(fake, "C-DAILY")) == 1 and len(posted(fake, "C-SUNDAY")) == 1  # nothing more that day
