"""Keys of Slack deliveries already let through, in the state database, so an event that Slack
retries (within ~5 minutes, also after a restart, also to another process behind the load
balancer) is answered once. bot/slack/dedupe.py decides what the keys of a delivery are.

`first_time(keys)` is one transaction: expired keys are removed, then every key inserted with
`ON CONFLICT DO NOTHING`; only if all were new does it commit. Two processes offering the same key
at once: the second insert waits for the first transaction and then finds the row.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from sqlalchemy import Column, Float, String, Table, delete

from bot.state.db import StateDB, metadata, open_state

TTL_SECONDS = 15 * 60  # > Slack's retry window (~5 minutes), with room for clock trouble
PRUNE_EVERY = 60.0

seen_events = Table(
    "seen_events", metadata,
    Column("key", String(200), primary_key=True),
    Column("seen_at", Float, nullable=False, index=True),  # Unix time
)  # fmt: skip


class _Seen(Exception):
    """Rolls back the keys inserted before one that was seen."""


class SeenEvents:
    """Keys seen in the last `ttl` seconds, shared by every process on the database."""

    def __init__(self, where: str | Path | StateDB, ttl: float = TTL_SECONDS, clock: Callable[[], float] = time.time):
        self.db, self.ttl, self.clock = open_state(where), ttl, clock
        self._pruned = float("-inf")

    def first_time(self, keys: list[str]) -> bool:
        """True (and remember every key) unless one of `keys` was seen within the ttl."""
        now = self.clock()
        keys = sorted(set(keys))  # one order for everyone: no deadlock between two processes
        try:
            with self.db.write() as c:
                if now - self._pruned > PRUNE_EVERY:
                    c.execute(delete(seen_events).where(seen_events.c.seen_at <= now - self.ttl))
                    self._pruned = now
                else:
                    c.execute(delete(seen_events).where(seen_events.c.key.in_(keys), seen_events.c.seen_at <= now - self.ttl))
                for key in keys:
                    stmt = self.db.insert(seen_events).values(key=key, seen_at=now).on_conflict_do_nothing()
                    if c.execute(stmt.returning(seen_events.c.key)).first() is None:
                        raise _Seen
        except _Seen:
            return False
        return True
