"""The bot's SQLite state file (Settings.state_path), shared by subscriptions, the ledger and feedback.

A connection per call, so Slack's listener threads, scheduler jobs and the CLI can use the file at once;
every write is one transaction that takes SQLite's write lock at its first statement.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def create_tables(path: Path, schema: str) -> None:
    """Create the file and the tables of `schema` (CREATE TABLE IF NOT EXISTS ...) if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30)
    try:
        db.executescript(schema)  # commits on its own: not inside a transaction()
    finally:
        db.close()


@contextmanager
def transaction(path: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction that holds SQLite's write lock from its first statement."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    db.row_factory = sqlite3.Row
    try:
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    finally:
        db.close()
