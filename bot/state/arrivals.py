"""What came in, and what is still to be announced: the `arrivals` table, also the outbox.

An ingest *stages* each new document here (status `staged`, with its item ids) before the index
commit, in its own transaction. After the commit whoever sees the document in the index first
marks it `arrived` (its arrival time, which digests read); once its arrival posts and alerts are
out it is `announced`. A process killed anywhere on that way leaves a row that the next ingest or
the bot's outbox job finishes (bot/digests/announce.py: `announce_pending`); a staged row whose
document never reached the index (the commit failed, or the process died before it) is dropped.
The document id is the key, so a re-run neither doubles nor loses an arrival.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Column, RowMapping, String, Table, Text, delete, select, update

from bot.state.db import StateDB, metadata, open_state

ArrivalStatus = str  # "staged" | "arrived" | "announced"

arrivals = Table(
    "arrivals", metadata,
    Column("document", String(300), primary_key=True),  # "kkr-midtjylland/2026-06-17/minutes"
    Column("council", String(64), nullable=False),
    Column("meeting_date", String(10)),
    Column("kind", String(16), nullable=False),
    Column("source", Text, nullable=False),
    Column("arrived_at", String(40), nullable=False),  # staged: when staged; then when it was first seen stored
    Column("status", String(10), nullable=False, server_default="announced"),  # rows of older kkrbots were done
    Column("item_ids", Text, nullable=False, server_default="[]"),
    Column("staged_by", String(40)),
)  # fmt: skip

COUNTED = ("arrived", "announced")  # what digests see: documents known to be in the index


@dataclass(frozen=True)
class Arrival:
    document: str  # "kkr-midtjylland/2026-06-17/minutes"
    council: str
    meeting_date: date | None
    kind: str
    source: str
    arrived_at: datetime
    item_ids: tuple[str, ...] = ()
    status: ArrivalStatus = "announced"


def _utc(t: datetime) -> str:
    return t.astimezone(timezone.utc).isoformat()


def _values(a: Arrival, status: str, token: str | None = None) -> dict:
    return {"document": a.document, "council": a.council, "meeting_date": a.meeting_date.isoformat() if a.meeting_date else None,
            "kind": a.kind, "source": a.source, "arrived_at": _utc(a.arrived_at), "status": status,
            "item_ids": json.dumps(list(a.item_ids)), "staged_by": token}  # fmt: skip


def _arrival(r: RowMapping) -> Arrival:
    return Arrival(r["document"], r["council"], date.fromisoformat(r["meeting_date"]) if r["meeting_date"] else None,
                   r["kind"], r["source"], datetime.fromisoformat(r["arrived_at"]), tuple(json.loads(r["item_ids"] or "[]")),
                   r["status"])  # fmt: skip


class Arrivals:
    """The arrivals table (in a URL, a SQLite path or an open StateDB); a connection per call."""

    def __init__(self, where: str | Path | StateDB):
        self.db = open_state(where)

    def record(self, a: Arrival) -> bool:
        """Record a document as arrived and announced (nothing left to post). False when it had
        arrived before (its first arrival time is kept)."""
        with self.db.write() as c:
            stmt = self.db.insert(arrivals).values(**_values(a, "announced")).on_conflict_do_nothing()
            return c.execute(stmt.returning(arrivals.c.document)).first() is not None

    def stage(self, new: list[Arrival], token: str) -> None:
        """Before an index commit: the documents it adds. A document already arrived is left as it
        is (a new version of it is not a new arrival); a staged one takes the newer item ids."""
        if not new:
            return
        with self.db.write() as c:
            for a in new:
                stmt = self.db.insert(arrivals).values(**_values(a, "staged", token))
                again = {k: stmt.excluded[k] for k in ("council", "meeting_date", "kind", "source", "arrived_at", "item_ids", "staged_by")}
                c.execute(stmt.on_conflict_do_update(index_elements=["document"], set_=again, where=arrivals.c.status == "staged"))

    def unstage(self, token: str) -> None:
        """The commit these were staged for failed: forget them."""
        with self.db.write() as c:
            c.execute(delete(arrivals).where(arrivals.c.staged_by == token, arrivals.c.status == "staged"))

    def pending(self, statuses: tuple[ArrivalStatus, ...] = ("staged", "arrived")) -> list[Arrival]:
        """Staged and arrived-but-not-announced documents (or only those of `statuses`), oldest first."""
        query = select(arrivals).where(arrivals.c.status.in_(statuses)).order_by(arrivals.c.arrived_at)
        with self.db.read() as c:
            return [_arrival(r) for r in c.execute(query).mappings()]

    def confirm(self, document: str, at: datetime) -> bool:
        """A staged document is in the index: it arrived now. False if someone else confirmed it."""
        with self.db.write() as c:
            return c.execute(update(arrivals).where(arrivals.c.document == document, arrivals.c.status == "staged")
                             .values(status="arrived", arrived_at=_utc(at))).rowcount > 0  # fmt: skip

    def drop_stale(self, document: str, staged_before: datetime) -> bool:
        """A staged document that is not in the index and was staged before `staged_before`: its
        commit never happened."""
        with self.db.write() as c:
            return c.execute(delete(arrivals).where(arrivals.c.document == document, arrivals.c.status == "staged",
                                                    arrivals.c.arrived_at < _utc(staged_before))).rowcount > 0  # fmt: skip

    def mark_announced(self, document: str) -> None:
        with self.db.write() as c:
            c.execute(update(arrivals).where(arrivals.c.document == document, arrivals.c.status == "arrived").values(status="announced"))

    def get(self, document: str) -> Arrival | None:
        with self.db.read() as c:
            row = c.execute(select(arrivals).where(arrivals.c.document == document)).mappings().first()
        return _arrival(row) if row else None

    def since(self, since: datetime | None, kind: str | None = None) -> list[Arrival]:
        """Documents known to be stored that arrived after `since` (all when None), oldest first."""
        query = select(arrivals).where(arrivals.c.status.in_(COUNTED)).order_by(arrivals.c.arrived_at)
        if kind is not None:
            query = query.where(arrivals.c.kind == kind)
        with self.db.read() as c:
            out = [_arrival(r) for r in c.execute(query).mappings()]
        return [a for a in out if since is None or a.arrived_at > since]


STALE_STAGING = timedelta(hours=1)  # a commit takes seconds; a staged row this old lost its commit
