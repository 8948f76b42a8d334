"""Opening the state database: one URL for everything, private files, old files upgraded in place."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timezone

import pytest

from bot.settings import Settings, load_settings
from bot.state.db import StateError, open_state, shown_url, state_for, state_url
from bot.state.feedback import FeedbackStore
from bot.state.posting import PostingState

CLOCK = lambda: datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)  # noqa: E731


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_state_file_is_private_unless_an_umask_is_set(tmp_path):
    settings = Settings(index_dir=tmp_path / "a" / "index")
    PostingState.open(state_for(settings), clock=CLOCK)
    assert settings.state_path == tmp_path / "a" / "kkrbot.sqlite"
    assert mode(settings.state_path) == 0o600 and mode(settings.state_path.parent) == 0o700

    shared = load_settings({"KKRBOT_INDEX": str(tmp_path / "b" / "index"), "KKRBOT_UMASK": "027"}, dotenv_path=None)
    PostingState.open(state_for(shared), clock=CLOCK)
    assert mode(shared.state_path) == 0o640 and mode(shared.state_path.parent) == 0o750


def test_an_umask_that_is_not_octal_is_one_clear_error():
    with pytest.raises(ValueError, match="KKRBOT_UMASK='rw' is not an octal umask"):
        load_settings({"KKRBOT_UMASK": "rw"}, dotenv_path=None)


def test_the_database_url_wins_and_the_state_file_setting_still_works(tmp_path):
    env = {"KKRBOT_INDEX": str(tmp_path / "index"), "KKRBOT_STATE_DB": str(tmp_path / "old.sqlite")}
    assert load_settings(env, dotenv_path=None).state_url == f"sqlite:///{tmp_path / 'old.sqlite'}"
    env["KKRBOT_DATABASE_URL"] = "postgresql://kkrbot:s3cret@db.internal/kkrbot"
    url = load_settings(env, dotenv_path=None).state_url
    assert url == "postgresql+psycopg://kkrbot:s3cret@db.internal/kkrbot"  # the driver kkrbot installs
    assert "s3cret" not in shown_url(url) and "s3cret" not in repr(load_settings(env, dotenv_path=None))
    assert state_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"


def test_an_unreachable_database_is_one_line_without_the_password():
    with pytest.raises(StateError) as e:
        open_state("postgresql://kkrbot:s3cret@127.0.0.1:1/kkrbot?connect_timeout=2")
    assert "s3cret" not in str(e.value) and "\n" not in str(e.value)
    assert str(e.value).startswith("postgresql+psycopg://kkrbot:***@127.0.0.1:1/kkrbot")
    with pytest.raises(StateError, match="no driver"):
        open_state("nosuchdb://x/y")


OLD_SCHEMA = """
CREATE TABLE digest_subscriptions (channel TEXT PRIMARY KEY, cadence TEXT NOT NULL, weekday TEXT, time TEXT NOT NULL,
    councils TEXT NOT NULL DEFAULT '[]', created_by TEXT, created_at TEXT NOT NULL);
CREATE TABLE arrivals (document TEXT PRIMARY KEY, council TEXT NOT NULL, meeting_date TEXT, kind TEXT NOT NULL,
    source TEXT NOT NULL, arrived_at TEXT NOT NULL);
CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL, question TEXT NOT NULL,
    item_ids TEXT NOT NULL DEFAULT '[]', vote TEXT NOT NULL CHECK (vote IN ('up', 'down')), answer_id TEXT);
INSERT INTO digest_subscriptions VALUES ('C1', 'weekly', 'mon', '08:00', '[]', 'U1', '2026-08-10T09:00:00+02:00');
INSERT INTO arrivals VALUES ('kkr-m/2026-06-17/minutes', 'KKR Midtjylland', '2026-06-17', 'minutes', '003.txt', '2026-11-20T12:00:00+00:00');
INSERT INTO feedback (at, user, question, vote) VALUES ('2026-11-20T12:00:00+00:00', 'U1', 'sosu?', 'up');
"""


def test_a_state_file_of_an_older_kkrbot_is_upgraded_in_place_and_keeps_its_rows(tmp_path):
    path = tmp_path / "kkrbot.sqlite"
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    db.close()
    posting = PostingState.open(path, clock=CLOCK)
    assert [s.channel for s in posting.subscriptions.all()] == ["C1"]
    [arrival] = posting.arrivals.since(None)
    assert arrival.document == "kkr-m/2026-06-17/minutes" and arrival.status == "announced"  # nothing left to post
    assert [v.question for v in FeedbackStore(path, clock=CLOCK).votes()] == ["sosu?"]
    assert posting.follows.follow("U1", "klima")  # and the tables it lacked were created


def test_a_relative_state_file_is_the_one_in_the_working_directory_of_the_day(tmp_path, monkeypatch):
    """The process keeps one StateDB per URL: a relative path must not reuse another folder's file
    (`kkrbot ingest --index ix` run in two folders by one process, as the CLI tests do)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    monkeypatch.chdir(tmp_path / "a")
    first = open_state("kkrbot.sqlite")
    monkeypatch.chdir(tmp_path / "b")
    second = open_state("kkrbot.sqlite")
    assert first is not second and state_url("kkrbot.sqlite") == f"sqlite:///{tmp_path / 'b' / 'kkrbot.sqlite'}"
