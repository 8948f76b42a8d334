"""👍/👎 votes on answers, kept for evaluating the search (which questions fail, on which items).

One table in the bot's state database (bot/state/db.py, beside the digests' tables). A vote is
stored with the question and the item ids shown, so a 👎 can be replayed against a later index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from sqlalchemy import Column, Integer, String, Table, Text, insert, select

from bot.clock import Clock
from bot.state.db import StateDB, metadata, open_state

Vote = Literal["up", "down"]

feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("user", String(64), nullable=False),
    Column("question", Text, nullable=False),
    Column("item_ids", Text, nullable=False, server_default="[]"),
    Column("vote", String(4), nullable=False),
    Column("answer_id", String(100)),
    sqlite_autoincrement=True,
)  # fmt: skip


@dataclass(frozen=True)
class FeedbackVote:
    at: datetime
    user: str
    question: str
    item_ids: tuple[str, ...]
    vote: Vote
    answer_id: str | None = None

    def as_dict(self) -> dict:
        return {"at": self.at.isoformat(), "user": self.user, "question": self.question,
                "item_ids": list(self.item_ids), "vote": self.vote, "answer_id": self.answer_id}  # fmt: skip


class FeedbackStore:
    """Votes in the bot's state database (a URL, a SQLite path or an open StateDB)."""

    def __init__(self, where: str | Path | StateDB, *, clock: Clock):
        self.db = open_state(where)
        self.clock = clock

    def record(self, user: str, question: str, item_ids: tuple[str, ...] | list[str], vote: Vote,
               at: datetime | None = None, answer_id: str | None = None) -> None:  # fmt: skip
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        when = (at or self.clock().astimezone(timezone.utc)).isoformat()
        with self.db.write() as c:
            c.execute(insert(feedback).values(at=when, user=user, question=question, vote=vote, answer_id=answer_id,
                                              item_ids=json.dumps(list(item_ids), ensure_ascii=False)))  # fmt: skip

    def votes(self, vote: Vote | None = None) -> list[FeedbackVote]:
        """Every vote, oldest first (only `vote` ones when given)."""
        f = feedback.c
        query = select(f.at, f.user, f.question, f.item_ids, f.vote, f.answer_id).order_by(f.id)
        with self.db.read() as c:
            rows = c.execute(query.where(f.vote == vote) if vote else query).all()
        return [FeedbackVote(datetime.fromisoformat(at), u, q, tuple(json.loads(ids)), v, a) for at, u, q, ids, v, a in rows]
