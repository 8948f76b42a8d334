"""👍/👎 votes on answers, kept for evaluating the search (which questions fail, on which items).

One table in the bot's state file (Settings.state_path, beside the digests' tables). A vote is
stored with the question and the item ids shown, so a 👎 can be replayed against a later index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from bot.state.db import create_tables, transaction

Vote = Literal["up", "down"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    question TEXT NOT NULL,
    item_ids TEXT NOT NULL DEFAULT '[]',
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    answer_id TEXT
);
"""


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
    """Votes in the bot's state file (bot/state/db.py: a connection per call, shared across threads)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        create_tables(self.path, _SCHEMA)

    def record(self, user: str, question: str, item_ids: tuple[str, ...] | list[str], vote: Vote,
               at: datetime | None = None, answer_id: str | None = None) -> None:  # fmt: skip
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        when = (at or datetime.now(timezone.utc)).isoformat()
        with transaction(self.path) as db:
            db.execute(
                "INSERT INTO feedback (at, user, question, item_ids, vote, answer_id) VALUES (?, ?, ?, ?, ?, ?)",
                (when, user, question, json.dumps(list(item_ids), ensure_ascii=False), vote, answer_id),
            )

    def votes(self, vote: Vote | None = None) -> list[FeedbackVote]:
        """Every vote, oldest first (only `vote` ones when given)."""
        sql = "SELECT at, user, question, item_ids, vote, answer_id FROM feedback"
        with transaction(self.path) as db:
            rows = db.execute(sql + (" WHERE vote = ? ORDER BY id" if vote else " ORDER BY id"), (vote,) if vote else ()).fetchall()
        return [FeedbackVote(datetime.fromisoformat(at), u, q, tuple(json.loads(ids)), v, a) for at, u, q, ids, v, a in rows]
