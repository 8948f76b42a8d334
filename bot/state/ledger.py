"""What was already posted where: the ledger of the bot's unasked posts (digests, arrival posts,
alert DMs), the `ledger` table in the state database (bot/state/db.py).

Every post is *claimed* here in its own transaction before it is sent, under a unique key, so two
runs of one job, two processes, a restart or a misfire can never send it twice: the claim is one
`INSERT … ON CONFLICT` that only a new key or a `failed` row lets through. A failed send is marked
`failed`, which lets a later run claim it again. A crash between sending and marking leaves the
row `claimed`: at most once, never twice.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, utils
from sqlalchemy import Column, ColumnElement, Connection, String, Table, Text, and_, func, select, update

from bot.clock import Clock
from bot.state.db import StateDB, metadata, open_state

PostKind = Literal["digest", "arrival", "alert"]
NEAR_DUPLICATE_TITLE = 90  # rapidfuzz token_set_ratio: agenda and minutes titles of one item

ledger = Table(
    "ledger", metadata,
    Column("kind", String(16), primary_key=True),
    Column("target", String(64), primary_key=True),
    Column("key", String(300), primary_key=True),
    Column("status", String(8), nullable=False),  # claimed | posted | failed
    Column("claimed_at", String(40), nullable=False),
    Column("posted_at", String(40)),
    Column("message_ts", String(40)),
    Column("error", Text),
    Column("council", String(64)),
    Column("item_number", String(16)),
    Column("title", Text),
    Column("meeting_date", String(10)),
)  # fmt: skip


class PostLedger:
    """The ledger (in a URL, a SQLite path or an open StateDB); a connection per call, so jobs,
    listeners and the CLI share it across threads and processes."""

    def __init__(self, where: str | Path | StateDB, *, clock: Clock):
        self.db = open_state(where)
        self.clock = clock  # the process's clock (bot/clock.py): times are stored as UTC text

    def _now(self) -> str:
        return self.clock().astimezone(timezone.utc).isoformat()

    def claim(self, kind: PostKind, target: str, key: str) -> bool:
        """True when this caller may post (new, or an earlier attempt failed); False otherwise."""
        with self.db.write() as c:
            return self._claim(c, kind, target, key, {})

    def claim_alert(self, user: str, item_id: str, council: str, item_number: str, title: str,
                    meeting_date: date | None) -> bool:  # fmt: skip
        """Claim an alert unless the user had one for the same item (agenda vs. minutes: same
        council and item number, the same meeting date where both are known, a similar title)."""
        with self.db.write() as c:
            self.db.serialize(c, f"alert:{user}")  # the check and the claim as one step
            rows = c.execute(
                select(ledger.c.key, ledger.c.title, ledger.c.meeting_date).where(
                    ledger.c.kind == "alert", ledger.c.target == user, ledger.c.council == council,
                    ledger.c.item_number == item_number, ledger.c.status != "failed")
            ).all()  # fmt: skip
            for r in rows:
                same_day = r.meeting_date is None or meeting_date is None or r.meeting_date == meeting_date.isoformat()
                similar = fuzz.token_set_ratio(r.title, title, processor=utils.default_process,
                                               score_cutoff=NEAR_DUPLICATE_TITLE)  # fmt: skip
                if r.key != item_id and same_day and similar:
                    return False
            extra = {"council": council, "item_number": item_number, "title": title,
                     "meeting_date": meeting_date.isoformat() if meeting_date else None}  # fmt: skip
            return self._claim(c, "alert", user, item_id, extra)

    def _claim(self, c: Connection, kind: str, target: str, key: str, extra: dict) -> bool:
        """Insert a `claimed` row, or turn a `failed` one back into `claimed`: one statement, so of
        two claimers (threads or processes) exactly one gets the row back."""
        values = {"kind": kind, "target": target, "key": key, "status": "claimed", "claimed_at": self._now(), **extra}
        stmt = self.db.insert(ledger).values(**values)
        again = {k: stmt.excluded[k] for k in values if k not in ("kind", "target", "key")}
        again |= {"posted_at": None, "message_ts": None, "error": None}
        stmt = stmt.on_conflict_do_update(index_elements=["kind", "target", "key"], set_=again, where=ledger.c.status == "failed")
        return c.execute(stmt.returning(ledger.c.key)).first() is not None  # (an INSERT's rowcount is not reliable)

    def mark_posted(self, kind: PostKind, target: str, key: str, message_ts: str | None = None) -> None:
        with self.db.write() as c:
            c.execute(update(ledger).where(_row(kind, target, key))
                      .values(status="posted", posted_at=self._now(), message_ts=message_ts, error=None))  # fmt: skip

    def mark_failed(self, kind: PostKind, target: str, key: str, error: str) -> None:
        with self.db.write() as c:
            c.execute(update(ledger).where(_row(kind, target, key)).values(status="failed", error=error[:500]))

    def status(self, kind: PostKind, target: str, key: str) -> str | None:
        with self.db.read() as c:
            return c.execute(select(ledger.c.status).where(_row(kind, target, key))).scalar()

    def last_digest_slot(self, channel: str) -> datetime | None:
        """The slot of the channel's latest posted digest (digest keys are UTC ISO times, so they sort)."""
        with self.db.read() as c:
            key = c.execute(select(func.max(ledger.c.key)).where(
                ledger.c.kind == "digest", ledger.c.target == channel, ledger.c.status == "posted")).scalar()  # fmt: skip
        return datetime.fromisoformat(key) if key else None

    def posts(self, kind: PostKind | None = None) -> list[tuple[str, str, str, str]]:
        """Every ledger row as (kind, target, key, status), oldest claim first."""
        query = select(ledger.c.kind, ledger.c.target, ledger.c.key, ledger.c.status).order_by(ledger.c.claimed_at)
        if kind is not None:
            query = query.where(ledger.c.kind == kind)
        with self.db.read() as c:
            return [(r.kind, r.target, r.key, r.status) for r in c.execute(query)]


def _row(kind: str, target: str, key: str) -> ColumnElement[bool]:
    return and_(ledger.c.kind == kind, ledger.c.target == target, ledger.c.key == key)
