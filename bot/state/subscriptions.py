"""Which channels get a KKR digest, when and of which councils: the `digest_subscriptions` table
in the state database (bot/state/db.py). One row per channel; setting it again replaces it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from sqlalchemy import Column, String, Table, Text, delete, select

from bot.clock import Clock
from bot.state.db import StateDB, metadata, open_state

Cadence = Literal["daily", "weekly"]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

digest_subscriptions = Table(
    "digest_subscriptions", metadata,
    Column("channel", String(64), primary_key=True),
    Column("cadence", String(8), nullable=False),
    Column("weekday", String(3)),
    Column("time", String(5), nullable=False),
    Column("councils", Text, nullable=False, server_default="[]"),
    Column("created_by", String(64)),
    Column("created_at", String(40), nullable=False),
)  # fmt: skip


HORIZON_DAYS = 14  # the days ahead a channel's digest shows


@dataclass(frozen=True)
class DigestSubscription:
    channel: str
    cadence: Cadence
    time: str  # "08:00", Europe/Copenhagen
    weekday: str | None = None  # "mon" .. "sun" for weekly
    councils: tuple[str, ...] = ()  # empty: every council
    created_by: str | None = None
    created_at: datetime | None = None

    def takes(self, council: str) -> bool:
        """Whether this channel gets the digests and arrival posts of `council`."""
        return not self.councils or council.casefold() in {c.casefold() for c in self.councils}


class Subscriptions:
    """The channels' digest subscriptions (in a URL, a SQLite path or an open StateDB); a
    connection per call, so jobs, listeners and the CLI share it across threads."""

    def __init__(self, where: str | Path | StateDB, *, clock: Clock):
        self.db = open_state(where)
        self.clock = clock  # the process's clock (bot/clock.py): a new subscription's time

    def set(self, sub: DigestSubscription) -> None:
        """Subscribe `sub.channel`, or change its subscription (its creation time is kept)."""
        values = {"channel": sub.channel, "cadence": sub.cadence, "weekday": sub.weekday, "time": sub.time,
                  "councils": json.dumps(list(sub.councils)), "created_by": sub.created_by,
                  "created_at": (sub.created_at or self.clock().astimezone(timezone.utc)).isoformat()}  # fmt: skip
        stmt = self.db.insert(digest_subscriptions).values(**values)
        changed = {k: stmt.excluded[k] for k in ("cadence", "weekday", "time", "councils", "created_by")}
        with self.db.write() as c:
            c.execute(stmt.on_conflict_do_update(index_elements=["channel"], set_=changed))

    def remove(self, channel: str) -> bool:
        """False when the channel had none."""
        with self.db.write() as c:
            return c.execute(delete(digest_subscriptions).where(digest_subscriptions.c.channel == channel)).rowcount > 0

    def of(self, channel: str) -> DigestSubscription | None:
        return next((s for s in self.all() if s.channel == channel), None)

    def all(self) -> list[DigestSubscription]:
        with self.db.read() as c:
            rows = c.execute(select(digest_subscriptions).order_by(digest_subscriptions.c.channel)).mappings().all()
        return [
            DigestSubscription(r["channel"], r["cadence"], r["time"], r["weekday"], tuple(json.loads(r["councils"])),
                               r["created_by"], datetime.fromisoformat(r["created_at"]))
            for r in rows
        ]  # fmt: skip
