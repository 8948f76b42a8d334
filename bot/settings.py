"""All configuration, read once from the environment and an optional `.env` file.

Nothing else in kkrbot reads `os.environ`: handlers, jobs and the CLI get a Settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from bot.fetch.sources import FetchConfig

DEFAULT_INDEX_DIR = "var/index"
FETCH_SETTINGS = ("KKRBOT_SOURCES", "KKRBOT_ARCHIVE", "KKRBOT_FETCH_DELAY", "KKRBOT_FETCH_CONTACT",
                  "KKRBOT_FETCH_TIMEOUT", "KKRBOT_FETCH_MAX_MB", "KKRBOT_FETCH_SCHEDULE")  # fmt: skip


@dataclass(frozen=True)
class Settings:
    index_dir: Path
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    inbox_dir: Path | None = None
    timezone: str = "Europe/Copenhagen"
    state_db: Path | None = None  # the SQLite state file (KKRBOT_STATE_DB)
    database_url: str | None = None  # all bot state in one database (KKRBOT_DATABASE_URL); wins over state_db
    umask: int | None = None  # KKRBOT_UMASK: files and folders kkrbot creates follow it; unset: private
    admins: frozenset[str] = frozenset()  # Slack user ids that may see `/kkr status` (KKRBOT_ADMINS)
    fetch_values: tuple[tuple[str, str], ...] = ()  # the FETCH_SETTINGS given, read by `fetch_config()`
    workers: int = 2  # KKRBOT_WORKERS: questions answered at once by `kkrbot serve`
    answer_seconds: float = 5.0  # KKRBOT_ANSWER_SECONDS: a question's time budget
    http_timeout: int = 10  # KKRBOT_HTTP_TIMEOUT: seconds a connection to `serve --http` may stay silent

    def fetch_config(self) -> FetchConfig:
        """Sources and manners of fetching from KL's site. Read when a fetch needs them, so a
        bad KKRBOT_SOURCES stops `kkrbot fetch` and the fetch job (bot.fetch.sources.SourceError,
        one line) but not `kkrbot ask`."""
        from bot.fetch.sources import fetch_config

        return fetch_config(dict(self.fetch_values))

    @property
    def state_path(self) -> Path:
        """The SQLite state file: KKRBOT_STATE_DB, else `kkrbot.sqlite` beside the index (used when
        KKRBOT_DATABASE_URL is not set)."""
        return self.state_db or self.index_dir.parent / "kkrbot.sqlite"

    @property
    def state_url(self) -> str:
        """Where the bot's state lives: KKRBOT_DATABASE_URL, else the SQLite file `state_path`."""
        from bot.state.db import state_url  # SQLAlchemy is imported only by commands that use state

        return state_url(self.database_url or self.state_path)

    @property
    def dir_mode(self) -> int:
        """Mode of the folders kkrbot creates (index, state file's folder): 0700 unless KKRBOT_UMASK says."""
        return 0o700 if self.umask is None else 0o777 & ~self.umask

    @property
    def file_mode(self) -> int:
        """Mode of the SQLite state file kkrbot creates: 0600 unless KKRBOT_UMASK says."""
        return 0o600 if self.umask is None else 0o666 & ~self.umask

    def __repr__(self) -> str:  # secrets (tokens, a database password) never reach logs
        return f"Settings(index_dir={str(self.index_dir)!r}, slack_api_url={self.slack_api_url!r})"


def load_settings(env: Mapping[str, str] | None = None, dotenv_path: str | Path | None = ".env") -> Settings:
    """Environment wins over `.env`; `.env` wins over defaults."""
    values: dict[str, str] = {}
    if dotenv_path and Path(dotenv_path).is_file():
        from dotenv import dotenv_values  # only where there is a .env: every `kkrbot` command starts here

        values.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
    values.update(os.environ if env is None else env)

    def get(name: str) -> str | None:
        v = values.get(name, "").strip()
        return v or None

    return Settings(
        index_dir=Path(get("KKRBOT_INDEX") or DEFAULT_INDEX_DIR),
        slack_bot_token=get("SLACK_BOT_TOKEN"),
        slack_app_token=get("SLACK_APP_TOKEN"),
        slack_signing_secret=get("SLACK_SIGNING_SECRET"),
        slack_api_url=get("SLACK_API_URL") or "https://slack.com/api/",
        inbox_dir=Path(p) if (p := get("KKRBOT_INBOX")) else None,
        timezone=get("KKRBOT_TIMEZONE") or "Europe/Copenhagen",
        state_db=Path(p) if (p := get("KKRBOT_STATE_DB")) else None,
        admins=frozenset((get("KKRBOT_ADMINS") or "").replace(",", " ").split()),
        fetch_values=tuple((k, v) for k in FETCH_SETTINGS if (v := get(k)) is not None),
        database_url=get("KKRBOT_DATABASE_URL"),
        umask=_umask(get("KKRBOT_UMASK")),
        workers=_number("KKRBOT_WORKERS", get("KKRBOT_WORKERS"), 2, int, 1, 64),
        answer_seconds=_number("KKRBOT_ANSWER_SECONDS", get("KKRBOT_ANSWER_SECONDS"), 5.0, float, 0.5, 120),
        http_timeout=_number("KKRBOT_HTTP_TIMEOUT", get("KKRBOT_HTTP_TIMEOUT"), 10, int, 1, 300),
    )


def _number(name: str, value: str | None, default: float, kind: type, low: float, high: float):
    """A numeric setting between `low` and `high`; anything else is a one-line error naming it."""
    if value is None:
        return default
    try:
        number = kind(value)
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise ValueError(f"{name}={value!r} is not a number from {low:g} to {high:g}")
    return number


def _umask(value: str | None) -> int | None:
    """"027" / "0o027" → 0o027. A value that is not an octal mask is a one-line error."""
    if value is None:
        return None
    try:
        mask = int(value.removeprefix("0o"), 8)
    except ValueError:
        mask = -1
    if not 0 <= mask <= 0o777:
        raise ValueError(f"KKRBOT_UMASK={value!r} is not an octal umask such as 027")
    return mask
