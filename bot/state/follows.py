"""Who follows which topic (`/kkr follow …`): the `follows` table in the state database
(bot/state/db.py). Topics are kept as typed, whitespace collapsed and lower-cased, so "Lærepladser"
and " lærepladser " are one follow."""

from __future__ import annotations

from datetime import timezone
from pathlib import Path

from sqlalchemy import Column, String, Table, delete, select

from bot.clock import Clock
from bot.state.db import StateDB, metadata, open_state

follows = Table(
    "follows", metadata,
    Column("user", String(64), primary_key=True),
    Column("topic", String(500), primary_key=True),
    Column("created_at", String(40), nullable=False),
)  # fmt: skip


class Follows:
    """People's topic follows (in a URL, a SQLite path or an open StateDB); a connection per call."""

    def __init__(self, where: str | Path | StateDB, *, clock: Clock):
        self.db = open_state(where)
        self.clock = clock  # the process's clock (bot/clock.py): when a follow began, for its order

    def follow(self, user: str, topic: str) -> bool:
        """False when the user already follows the topic."""
        stmt = self.db.insert(follows).values(user=user, topic=topic_key(topic),
                                              created_at=self.clock().astimezone(timezone.utc).isoformat())  # fmt: skip
        with self.db.write() as c:
            return c.execute(stmt.on_conflict_do_nothing().returning(follows.c.user)).first() is not None

    def unfollow(self, user: str, topic: str) -> bool:
        """False when the user did not follow the topic."""
        with self.db.write() as c:
            return c.execute(delete(follows).where(follows.c.user == user, follows.c.topic == topic_key(topic))).rowcount > 0

    def of(self, user: str) -> list[str]:
        """The user's topics, oldest follow first."""
        with self.db.read() as c:
            rows = c.execute(select(follows.c.topic).where(follows.c.user == user).order_by(follows.c.created_at))
            return [r.topic for r in rows]

    def all(self) -> list[tuple[str, str]]:
        """Every (user, topic)."""
        with self.db.read() as c:
            return [(r.user, r.topic) for r in c.execute(select(follows.c.user, follows.c.topic).order_by(follows.c.user))]


def topic_key(topic: str) -> str:
    return " ".join(topic.split()).lower()
