"""A lease in the state database: which one of several processes does a job that must run once
(the digest scheduler). The holder renews it well before it expires; when the holder dies or
hangs, the lease runs out and another process takes it over.

Taking and renewing are one statement (`INSERT … ON CONFLICT DO UPDATE … WHERE` the row is ours
or expired), so of two processes exactly one holds the lease. Times are the processes' wall clocks
(Unix time): hosts sharing a database must keep their clocks in step (NTP), to well within `ttl`.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from pathlib import Path
from typing import Callable

from sqlalchemy import Column, Float, String, Table, delete, select

from bot.state.db import StateDB, metadata, open_state

leases = Table(
    "leases", metadata,
    Column("name", String(64), primary_key=True),
    Column("holder", String(200), nullable=False),
    Column("expires_at", Float, nullable=False),  # Unix time
)  # fmt: skip


def holder_name() -> str:
    """This process, as other processes and the operator see it in the table."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Lease:
    """The lease `name`, taken for `ttl` seconds at a time by `holder`."""

    def __init__(self, where: str | Path | StateDB, name: str, *, ttl: float = 30.0, holder: str | None = None,
                 clock: Callable[[], float] = time.time):  # fmt: skip
        self.db, self.name, self.ttl, self.clock = open_state(where), name, ttl, clock
        self.holder = holder or holder_name()

    def acquire(self) -> bool:
        """Take or renew the lease; True while this holder has it."""
        now = self.clock()
        stmt = self.db.insert(leases).values(name=self.name, holder=self.holder, expires_at=now + self.ttl)
        stmt = stmt.on_conflict_do_update(
            index_elements=["name"], set_={"holder": stmt.excluded.holder, "expires_at": stmt.excluded.expires_at},
            where=(leases.c.holder == self.holder) | (leases.c.expires_at < now),
        )
        with self.db.write() as c:
            return c.execute(stmt.returning(leases.c.holder)).first() is not None

    def holds(self) -> bool:
        """This holder has the lease and it has not run out (a read; does not renew)."""
        with self.db.read() as c:
            row = c.execute(select(leases.c.holder, leases.c.expires_at).where(leases.c.name == self.name)).first()
        return row is not None and row.holder == self.holder and row.expires_at > self.clock()

    def current_holder(self) -> str | None:
        with self.db.read() as c:
            row = c.execute(select(leases.c.holder, leases.c.expires_at).where(leases.c.name == self.name)).first()
        return row.holder if row is not None and row.expires_at > self.clock() else None

    def release(self) -> None:
        """Give the lease up at once (a clean shutdown), so another process need not wait for it to run out."""
        with self.db.write() as c:
            c.execute(delete(leases).where(leases.c.name == self.name, leases.c.holder == self.holder))
