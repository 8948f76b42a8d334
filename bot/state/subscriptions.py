"""Who wants what, and what was already posted where: one small SQLite file next to the index.

Three things live here: channel digest subscriptions, users' topic follows, and the ledger of
posts (digests, arrival posts, alert DMs). Every post is *claimed* in the ledger in its own
transaction before it is sent, under a unique key, so two runs of one job, a restart or a
misfire can never send it twice: the second claim finds the row and backs off. A failed send is
marked `failed`, which lets a later run claim it again. A crash between sending and marking
leaves the row `claimed`: at most once, never twice.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import ContextManager, Literal

from rapidfuzz import fuzz, utils

from bot.state.db import create_tables, transaction

Cadence = Literal["daily", "weekly"]
PostKind = Literal["digest", "arrival", "alert"]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NEAR_DUPLICATE_TITLE = 90  # rapidfuzz token_set_ratio: agenda and minutes titles of one item

_SCHEMA = """
CREATE TABLE IF NOT EXISTS digest_subscriptions (
    channel TEXT PRIMARY KEY,
    cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
    weekday TEXT,
    time TEXT NOT NULL,
    councils TEXT NOT NULL DEFAULT '[]',
    created_by TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS follows (
    user TEXT NOT NULL,
    topic TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user, topic)
);
CREATE TABLE IF NOT EXISTS ledger (
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed')),
    claimed_at TEXT NOT NULL,
    posted_at TEXT,
    message_ts TEXT,
    error TEXT,
    council TEXT,
    item_number TEXT,
    title TEXT,
    meeting_date TEXT,
    PRIMARY KEY (kind, target, key)
);
CREATE TABLE IF NOT EXISTS arrivals (
    document TEXT PRIMARY KEY,
    council TEXT NOT NULL,
    meeting_date TEXT,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    arrived_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class DigestSubscription:
    channel: str
    cadence: Cadence
    time: str  # "08:00", Europe/Copenhagen
    weekday: str | None = None  # "mon" .. "sun" for weekly
    councils: tuple[str, ...] = ()  # empty: every council
    created_by: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class Arrival:
    document: str  # "kkr-midtjylland/2026-06-17/minutes"
    council: str
    meeting_date: date | None
    kind: str
    source: str
    arrived_at: datetime


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


class SubscriptionStore:
    """Opens a connection per call, so jobs, listeners and the CLI can share it across threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        create_tables(self.path, _SCHEMA)

    def _tx(self) -> ContextManager[sqlite3.Connection]:
        return transaction(self.path)

    # --- digest subscriptions ---------------------------------------------------------------

    def set_digest(self, sub: DigestSubscription) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO digest_subscriptions VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(channel) DO UPDATE SET"
                " cadence=excluded.cadence, weekday=excluded.weekday, time=excluded.time,"
                " councils=excluded.councils, created_by=excluded.created_by",
                (sub.channel, sub.cadence, sub.weekday, sub.time, json.dumps(list(sub.councils)),
                 sub.created_by, (sub.created_at or datetime.now(timezone.utc)).isoformat()),
            )  # fmt: skip

    def remove_digest(self, channel: str) -> bool:
        with self._tx() as db:
            return db.execute("DELETE FROM digest_subscriptions WHERE channel = ?", (channel,)).rowcount > 0

    def digest(self, channel: str) -> DigestSubscription | None:
        return next((s for s in self.digests() if s.channel == channel), None)

    def digests(self) -> list[DigestSubscription]:
        with self._tx() as db:
            rows = db.execute("SELECT * FROM digest_subscriptions ORDER BY channel").fetchall()
        return [
            DigestSubscription(r["channel"], r["cadence"], r["time"], r["weekday"], tuple(json.loads(r["councils"])),
                               r["created_by"], datetime.fromisoformat(r["created_at"]))
            for r in rows
        ]  # fmt: skip

    # --- topic follows ----------------------------------------------------------------------

    def follow(self, user: str, topic: str) -> bool:
        """False when the user already follows the topic."""
        with self._tx() as db:
            cur = db.execute("INSERT OR IGNORE INTO follows VALUES (?, ?, ?)", (user, _topic(topic), _now()))
            return cur.rowcount > 0

    def unfollow(self, user: str, topic: str) -> bool:
        with self._tx() as db:
            return db.execute("DELETE FROM follows WHERE user = ? AND topic = ?", (user, _topic(topic))).rowcount > 0

    def following(self, user: str) -> list[str]:
        with self._tx() as db:
            rows = db.execute("SELECT topic FROM follows WHERE user = ? ORDER BY created_at", (user,)).fetchall()
        return [r["topic"] for r in rows]

    def follows(self) -> list[tuple[str, str]]:
        """Every (user, topic)."""
        with self._tx() as db:
            return [(r["user"], r["topic"]) for r in db.execute("SELECT user, topic FROM follows ORDER BY user")]

    # --- the ledger ---------------------------------------------------------------------------

    def claim(self, kind: PostKind, target: str, key: str) -> bool:
        """True when this caller may post (new, or an earlier attempt failed); False otherwise."""
        with self._tx() as db:
            return _claim(db, kind, target, key, {})

    def claim_alert(self, user: str, item_id: str, council: str, item_number: str, title: str,
                    meeting_date: date | None) -> bool:  # fmt: skip
        """Claim an alert unless the user had one for the same item (agenda vs. minutes: same
        council and item number, the same meeting date where both are known, a similar title)."""
        with self._tx() as db:
            rows = db.execute(
                "SELECT key, title, meeting_date FROM ledger WHERE kind = 'alert' AND target = ? AND council = ?"
                " AND item_number = ? AND status != 'failed'",
                (user, council, item_number),
            ).fetchall()
            for r in rows:
                same_day = r["meeting_date"] is None or meeting_date is None or r["meeting_date"] == meeting_date.isoformat()
                similar = fuzz.token_set_ratio(r["title"], title, processor=utils.default_process,
                                               score_cutoff=NEAR_DUPLICATE_TITLE)  # fmt: skip
                if r["key"] != item_id and same_day and similar:
                    return False
            extra = {"council": council, "item_number": item_number, "title": title,
                     "meeting_date": meeting_date.isoformat() if meeting_date else None}  # fmt: skip
            return _claim(db, "alert", user, item_id, extra)

    def mark_posted(self, kind: PostKind, target: str, key: str, message_ts: str | None = None) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE ledger SET status = 'posted', posted_at = ?, message_ts = ?, error = NULL"
                " WHERE kind = ? AND target = ? AND key = ?",
                (_now(), message_ts, kind, target, key),
            )

    def mark_failed(self, kind: PostKind, target: str, key: str, error: str) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE ledger SET status = 'failed', error = ? WHERE kind = ? AND target = ? AND key = ?",
                (error[:500], kind, target, key),
            )

    def status(self, kind: PostKind, target: str, key: str) -> str | None:
        with self._tx() as db:
            row = db.execute("SELECT status FROM ledger WHERE kind = ? AND target = ? AND key = ?",
                             (kind, target, key)).fetchone()  # fmt: skip
        return row["status"] if row else None

    def last_digest_slot(self, channel: str) -> datetime | None:
        """The slot of the channel's latest posted digest (digest keys are UTC ISO times, so they sort)."""
        with self._tx() as db:
            row = db.execute("SELECT MAX(key) AS k FROM ledger WHERE kind = 'digest' AND target = ? AND status = 'posted'",
                             (channel,)).fetchone()  # fmt: skip
        return datetime.fromisoformat(row["k"]) if row["k"] else None

    def posts(self, kind: PostKind | None = None) -> list[tuple[str, str, str, str]]:
        """Every ledger row as (kind, target, key, status), for `digest show` and tests."""
        with self._tx() as db:
            rows = db.execute("SELECT kind, target, key, status FROM ledger ORDER BY claimed_at").fetchall()
        return [tuple(r) for r in rows if kind is None or r["kind"] == kind]

    # --- documents as they arrive -----------------------------------------------------------

    def record_arrival(self, a: Arrival) -> bool:
        """False when the document had arrived before (its first arrival time is kept)."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO arrivals VALUES (?, ?, ?, ?, ?, ?)",
                (a.document, a.council, a.meeting_date.isoformat() if a.meeting_date else None, a.kind, a.source,
                 a.arrived_at.isoformat()),
            )  # fmt: skip
            return cur.rowcount > 0

    def arrivals_since(self, since: datetime | None, kind: str | None = None) -> list[Arrival]:
        with self._tx() as db:
            rows = db.execute("SELECT * FROM arrivals ORDER BY arrived_at").fetchall()
        out = [
            Arrival(r["document"], r["council"], date.fromisoformat(r["meeting_date"]) if r["meeting_date"] else None,
                    r["kind"], r["source"], datetime.fromisoformat(r["arrived_at"]))
            for r in rows
        ]  # fmt: skip
        return [a for a in out if (since is None or a.arrived_at > since) and (kind is None or a.kind == kind)]


def _topic(topic: str) -> str:
    return " ".join(topic.split()).lower()


def _claim(db: sqlite3.Connection, kind: str, target: str, key: str, extra: dict) -> bool:
    row = db.execute("SELECT status FROM ledger WHERE kind = ? AND target = ? AND key = ?", (kind, target, key)).fetchone()
    if row is not None and row["status"] != "failed":
        return False
    db.execute("DELETE FROM ledger WHERE kind = ? AND target = ? AND key = ?", (kind, target, key))
    db.execute(
        "INSERT INTO ledger (kind, target, key, status, claimed_at, council, item_number, title, meeting_date)"
        " VALUES (?, ?, ?, 'claimed', ?, ?, ?, ?, ?)",
        (kind, target, key, _now(), extra.get("council"), extra.get("item_number"), extra.get("title"),
         extra.get("meeting_date")),
    )  # fmt: skip
    return True
