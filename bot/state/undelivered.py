"""Messages the bot could not deliver to Slack, kept instead of lost.

bot/slack/send.py records a message here when Slack refused it or could not be reached for as
long as the retry policy allows (bot/slack/retry.py): where it was going, what it was, the last
error (a status or Slack's error code, never a token or a response_url) and the message itself,
so an operator can see what people missed and send it again. One table in the state database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Column, Integer, String, Table, Text, func, insert, select

from bot.clock import Clock
from bot.state.db import StateDB, metadata, open_state

undelivered = Table(
    "undelivered", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),  # ISO time of the last attempt
    Column("kind", String(40), nullable=False),  # what it was: answer, apology, busy, ingest reply …
    Column("method", String(40), nullable=False),  # chat.postMessage, chat.update, response_url
    Column("channel", String(64)),
    Column("thread_ts", String(32)),
    Column("user", String(64)),
    Column("error", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("blocks", Text, nullable=False, server_default="[]"),
    sqlite_autoincrement=True,
)  # fmt: skip


@dataclass(frozen=True)
class Undelivered:
    kind: str
    method: str
    error: str
    text: str
    blocks: tuple[dict, ...] = ()
    channel: str | None = None
    thread_ts: str | None = None
    user: str | None = None
    at: datetime | None = None


class UndeliveredStore:
    """The undelivered messages in the bot's state database (a URL, a SQLite path or an open StateDB)."""

    def __init__(self, where: str | Path | StateDB, *, clock: Clock) -> None:
        self.db = open_state(where)
        self.clock = clock  # the process's clock (bot/clock.py)

    def record(self, message: Undelivered) -> int:
        """Keep `message`; its id."""
        when = (message.at or self.clock()).isoformat()
        with self.db.write() as c:
            result = c.execute(insert(undelivered).values(
                at=when, kind=message.kind, method=message.method, channel=message.channel, thread_ts=message.thread_ts,
                user=message.user, error=message.error[:200], text=message.text,
                blocks=json.dumps(list(message.blocks), ensure_ascii=False)))  # fmt: skip
            return int(result.inserted_primary_key[0])

    def recent(self, limit: int = 50) -> list[Undelivered]:
        """The latest `limit` messages, newest first."""
        u = undelivered.c
        query = select(u.at, u.kind, u.method, u.error, u.text, u.blocks, u.channel, u.thread_ts, u.user)
        with self.db.read() as c:
            rows = c.execute(query.order_by(u.id.desc()).limit(limit)).all()
        return [Undelivered(kind, method, error, text, tuple(json.loads(blocks)), channel, thread_ts, user, datetime.fromisoformat(at))
                for at, kind, method, error, text, blocks, channel, thread_ts, user in rows]  # fmt: skip

    def count(self) -> int:
        with self.db.read() as c:
            return int(c.execute(select(func.count()).select_from(undelivered)).scalar_one())
