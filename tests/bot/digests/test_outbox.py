"""Arrivals and ingest as one unit (issue 14, item 6): a real `kkrbot ingest` subprocess is killed
(kill -9) at each step between staging the arrival, the index commit, the Slack post and marking
it; after a restart (the same command, run in the test's process) the arrival is announced
exactly once.

The killed run is the real command with one pause added: `tests/support/pause_at.py` lets a named
step finish, prints `PAUSED <step>` and waits, so the test kills the process exactly there.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.cli.main import main
from bot.settings import Settings
from bot.state.posting import PostingState
from bot.state.subscriptions import DigestSubscription
from index.samples import sample_paths
from tests.support.fakeslack import BOT_TOKEN
from tests.support.processes import Kkrbot

MIDT_MINUTES = "kkr-midtjylland/2026-06-17/minutes"
NOW = datetime(2026, 6, 18, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(request, tmp_path, fake_slack):
    """Channels subscribed in a state database: the SQLite file beside the index, or (when the test's
    `backend` is "postgresql") a PostgreSQL database named by KKRBOT_DATABASE_URL."""
    settings = Settings(index_dir=tmp_path / "var" / "index")
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": fake_slack.api_url, "KKRBOT_INDEX": str(settings.index_dir),
           "KKRBOT_FETCH_SCHEDULE": "off"}  # fmt: skip
    state = settings.state_path
    if getattr(request, "param", "sqlite") == "postgresql":
        state = env["KKRBOT_DATABASE_URL"] = request.getfixturevalue("pg_url")
    posting = PostingState.open(state, clock=lambda: NOW)
    posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon", ("KKR Midtjylland",)))
    posting.subscriptions.set(DigestSubscription("C-ALL", "daily", "07:00"))
    minutes = next(p for p in sample_paths() if "Midtjylland" in p.read_text(encoding="utf-8")[:3000] and "Beslutning" in p.read_text(encoding="utf-8"))
    return settings, posting, env, minutes, tmp_path


def ingest(env: dict, cwd: Path, path: Path, *, pause_at: str) -> Kkrbot:
    """The real command in a process of its own, paused after `pause_at` to be killed there."""
    args = ["ingest", str(path)]
    repo = str(Path(__file__).resolve().parents[3])  # tests/support/pause_at.py is not installed
    return Kkrbot([pause_at, *args], {**env, "PYTHONPATH": repo}, cwd, python_args=["-m", "tests.support.pause_at"])


def ingest_here(env: dict, cwd: Path, path: Path, monkeypatch) -> Result:
    """The same command run again in this process (the restart: it reads what the killed one left)."""
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(main, ["ingest", str(path)], env={**env, "SLACK_APP_TOKEN": None})


def arrival_posts(fake_slack) -> list[tuple[str, str]]:
    return sorted((p["channel"], p["text"][:40]) for p in fake_slack.posts() if p["channel"].startswith("C-"))


@pytest.mark.parametrize(
    "step, world", [("staged", "sqlite"), ("committed", "sqlite"), ("committed", "postgresql"), ("posted", "sqlite")],
    indirect=["world"],
)
def test_killed_at_any_step_the_arrival_is_announced_exactly_once_after_a_restart(world, fake_slack, step, monkeypatch):
    settings, posting, env, minutes, cwd = world
    killed = ingest(env, cwd, minutes, pause_at=step)
    killed.wait_for_line(f"PAUSED {step}")
    killed.kill()
    before = arrival_posts(fake_slack)
    assert len(before) == (1 if step == "posted" else 0)  # the first channel's post went out just before the kill

    again = ingest_here(env, cwd, minutes, monkeypatch)  # the restart: the same command again
    assert again.exit_code == 0, again.output
    assert ("unchanged" if step != "staged" else "added") in again.output
    after = arrival_posts(fake_slack)
    assert sorted({c for c, _ in after}) == ["C-ALL", "C-MIDT"] and len(after) == 2, after  # each channel once
    [arrival] = posting.arrivals.since(None)
    assert arrival.document.startswith("kkr-midtjylland/") and arrival.status == "announced"

    third = ingest_here(env, cwd, minutes, monkeypatch)
    assert third.exit_code == 0 and "unchanged" in third.output
    assert arrival_posts(fake_slack) == after


# --- the outbox in one process, on SQLite and PostgreSQL ----------------------------------------

from datetime import timedelta  # noqa: E402

from bot.digests.announce import announce_pending, ingest_announced  # noqa: E402
from bot.state.arrivals import Arrival  # noqa: E402
from index.engine import AnswerEngine  # noqa: E402
from index.read.document import read_document  # noqa: E402

T0 = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)


def test_an_ingest_without_slack_leaves_its_posts_to_a_process_with_slack(state_url, tmp_path, slack):
    client, fake = slack
    posting = PostingState.open(state_url, clock=lambda: NOW)
    posting.subscriptions.set(DigestSubscription("C-ALL", "daily", "07:00"))
    path = next(p for p in sample_paths() if "Midtjylland" in p.read_text(encoding="utf-8")[:3000])
    with AnswerEngine(tmp_path / "index") as engine:
        [result], said = ingest_announced(engine, [read_document(path, source=path.name)], posting=posting, client=None, now=T0)
        assert result.status == "added" and said.documents and said.arrivals == []
        [arrival] = posting.arrivals.since(None)  # stored: digests count it from now on
        assert arrival.status == "arrived" and arrival.arrived_at == T0
        later = announce_pending(engine=engine, posting=posting, client=client, now=T0 + timedelta(minutes=1))
        assert later.arrivals == [("C-ALL", arrival.document)] and len(fake.posts()) == 1
        assert announce_pending(engine=engine, posting=posting, client=client, now=T0 + timedelta(minutes=2)).documents == []
        assert len(fake.posts()) == 1 and posting.arrivals.since(None)[0].status == "announced"


def test_a_staged_arrival_whose_commit_never_happened_is_dropped_once_it_is_stale(state_url, tmp_path, slack):
    client, fake = slack
    posting = PostingState.open(state_url, clock=lambda: NOW)
    posting.subscriptions.set(DigestSubscription("C-ALL", "daily", "07:00"))
    ghost = Arrival("kkr-x/2026-12-01/agenda", "KKR Sjælland", None, "agenda", "x.pdf", T0, ("kkr-x/2026-12-01/agenda/1.1",), "staged")
    posting.arrivals.stage([ghost], "t1")
    with AnswerEngine(tmp_path / "index") as engine:
        announce_pending(engine=engine, posting=posting, client=client, now=T0 + timedelta(minutes=5))
        assert [a.status for a in posting.arrivals.pending()] == ["staged"]  # perhaps still committing elsewhere
        announce_pending(engine=engine, posting=posting, client=client, now=T0 + timedelta(hours=2))
    assert posting.arrivals.pending() == [] and posting.arrivals.since(None) == [] and fake.posts() == []


def test_arrivals_waiting_for_slack_are_not_read_again_by_each_ingest(state_url, tmp_path, slack):
    client, fake = slack
    posting = PostingState.open(state_url, clock=lambda: NOW)
    posting.subscriptions.set(DigestSubscription("C-ALL", "daily", "07:00"))
    paths = sample_paths()
    with AnswerEngine(tmp_path / "index") as engine:
        for k, path in enumerate(paths):  # one ingest after another without Slack: each finishes its own
            _, said = ingest_announced(engine, [read_document(path, source=path.name)], posting=posting, client=None,
                                       now=T0 + timedelta(minutes=k))  # fmt: skip
            assert len(said.documents) == 1 and said.arrivals == []
        assert announce_pending(engine=engine, posting=posting, client=None, now=T0 + timedelta(hours=1)).documents == []
        waiting = posting.arrivals.pending()
        assert len(waiting) == len(paths) and {a.status for a in waiting} == {"arrived"} and fake.posts() == []
        later = announce_pending(engine=engine, posting=posting, client=client, now=T0 + timedelta(hours=1))
    assert sorted(later.arrivals) == sorted(("C-ALL", a.document) for a in waiting) and len(fake.posts()) == len(paths)
    assert posting.arrivals.pending() == []


def test_with_no_channel_and_no_follower_arrivals_are_announced_without_posting(state_url, tmp_path, slack):
    client, fake = slack
    posting = PostingState.open(state_url, clock=lambda: NOW)
    posting.subscriptions.set(DigestSubscription("C-NORD", "daily", "07:00", councils=("KKR Nordjylland",)))
    path = next(p for p in sample_paths() if "Midtjylland" in p.read_text(encoding="utf-8")[:3000])
    with AnswerEngine(tmp_path / "index") as engine:
        _, said = ingest_announced(engine, [read_document(path, source=path.name)], posting=posting, client=client, now=T0)
    assert said.documents and said.arrivals == [] and said.alerts == [] and fake.posts() == []
    assert posting.arrivals.pending() == [] and [a.status for a in posting.arrivals.since(None)] == ["announced"]
