"""Two `kkrbot serve --http` processes on one PostgreSQL, as behind a load balancer (issue 14, item 7):
an event retried to the other process is answered once, and a weekly digest due when they start is
posted once, by the one process that holds the scheduler lease."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.digests.scheduler import DIGEST_JOB, build_scheduler, stop_scheduler, trigger_for
from bot.settings import Settings
from bot.state.posting import PostingState
from bot.state.subscriptions import DigestSubscription
from tests.bot.slack.test_http import dm
from tests.support.fakeslack import BOT_TOKEN
from tests.support.processes import Kkrbot, free_port
from tests.support.slackapp import SECRET, SOSU, SlackAppUnderTest

TZ = ZoneInfo("Europe/Copenhagen")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekly_digest_due_now(pg_url: str, settings: Settings) -> str:
    """C-WEEKLY subscribed weekly at a time 5 minutes ago, its job stored as a scheduler left it when
    that slot fell due (as if every process had been down for it): the next scheduler to start runs it."""
    slot = (datetime.now(TZ) - timedelta(minutes=5)).replace(second=0, microsecond=0)
    sub = DigestSubscription("C-WEEKLY", "weekly", f"{slot:%H:%M}", WEEKDAYS[slot.weekday()], (), "U1",
                             created_at=slot - timedelta(days=2))  # fmt: skip
    PostingState.open(pg_url, clock=lambda: datetime.now(TZ)).subscriptions.set(sub)
    scheduler = build_scheduler(settings)
    scheduler.start(paused=True)
    scheduler.add_job(DIGEST_JOB, trigger_for(sub, "Europe/Copenhagen"), args=[sub.channel], id="digest:C-WEEKLY",
                      name="digest C-WEEKLY", next_run_time=trigger_for(sub, "Europe/Copenhagen").last_fire_time(datetime.now(TZ)))  # fmt: skip
    stop_scheduler(scheduler)  # (a plain shutdown would run the due job here, and fail)
    return slot.strftime("%-d. ")


def test_two_processes_on_one_postgresql_answer_a_retried_event_once_and_post_a_digest_once(
    pg_url, fake_slack, sample_index, tmp_path
):
    settings = Settings(index_dir=sample_index.index_dir, database_url=pg_url)
    weekly_digest_due_now(pg_url, settings)
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake_slack.api_url,
           "KKRBOT_DATABASE_URL": pg_url, "KKRBOT_FETCH_SCHEDULE": "off"}  # fmt: skip
    ports = free_port(), free_port()
    procs = [Kkrbot(["serve", "--http", "--host", "127.0.0.1", "--port", str(p), "--index", str(sample_index.index_dir)], env, tmp_path)
             for p in ports]  # fmt: skip
    try:
        for proc, port in zip(procs, ports):
            proc.wait_healthy(port)
        [digest] = fake_slack.wait_for(lambda: [p for p in fake_slack.posts() if p["channel"] == "C-WEEKLY"])
        assert "KKR" in digest["text"]
        leaders = [p for p in procs if any("this process runs the scheduled jobs" in line for line in p.lines)]
        assert len(leaders) == 1  # the other stands by: both started with the job due, one ran it

        a, b = (SlackAppUnderTest(fake_slack, port, None) for port in ports)
        event = dm(SOSU, "1700009000.000100", client_msg_id="c-shared")
        assert a.send_event(event, event_id="EvSHARED").status == 200
        fake_slack.wait_for(lambda: [p for p in fake_slack.posts() if p["channel"] == "D-ANNE"])
        retried = b.send_event(event, event_id="EvSHARED", retry=1)  # Slack retries to the other process
        assert retried.status == 200 and retried.body == ""
        procs[1].wait_for_line("duplicate delivery of EvSHARED ignored")  # b saw a's delivery in the database
        again = b.send_event(dm(SOSU, "1700009000.000200"), event_id="EvNEW")  # and still answers new ones
        assert again.status == 200
        fake_slack.wait_for(lambda: len([p for p in fake_slack.posts() if p["channel"] == "D-ANNE"]) == 2)
    finally:
        codes = [p.stop() for p in procs]
    assert codes == [0, 0], "\n".join(p.output for p in procs)
    assert len([p for p in fake_slack.posts() if p["channel"] == "C-WEEKLY"]) == 1
    assert len([p for p in fake_slack.posts() if p["channel"] == "D-ANNE"]) == 2
    for p in procs:
        assert BOT_TOKEN not in p.output and SECRET not in p.output
