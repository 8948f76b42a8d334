"""What posting without being asked reads and writes, as one value: the four stores of
bot/state/ on the one state database, built together (bot/wiring.py) and handed to the digest
jobs, the announcing of arrivals and the /kkr subcommands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.clock import Clock
from bot.state.arrivals import Arrivals
from bot.state.db import StateDB, open_state
from bot.state.follows import Follows
from bot.state.ledger import PostLedger
from bot.state.subscriptions import Subscriptions


@dataclass(frozen=True)
class PostingState:
    subscriptions: Subscriptions  # which channels get a digest, when, of which councils
    follows: Follows  # who follows which topic
    ledger: PostLedger  # what was posted where (each post claimed before it is sent)
    arrivals: Arrivals  # what came in, and the outbox of what is still to be announced

    @classmethod
    def open(cls, where: str | Path | StateDB, *, clock: Clock) -> PostingState:
        """The four stores on the state database `where` (a URL, a SQLite path or an open StateDB)."""
        db = open_state(where)
        return cls(Subscriptions(db, clock=clock), Follows(db, clock=clock), PostLedger(db, clock=clock), Arrivals(db))
