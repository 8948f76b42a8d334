"""How the Slack listeners answer: the work of a question (the Conversation, with its search) runs
in the QuestionPool within its time budget (bot/workers.py), and what comes of it goes out through
the one Sender (bot/slack/send.py).

`reply(work, text)` gives (kind, Reply): the work's own Reply ("answer"), or a fixed sentence in
the asker's language when the pool was busy ("busy") or the question overran its budget ("too
slow"), or the apology when the work raised ("apology", the trace in the log, not the text).
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from bot.render.answers import Reply
from bot.render.notices import notice_reply
from bot.slack.send import Sender, apology_for
from bot.workers import Busy, ListenerExecutor, QuestionPool, TooSlow
from index.question.text import detect_language

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.clock import Clock
    from bot.settings import Settings

log = logging.getLogger(__name__)

LISTENERS_READY = 64  # listener threads started with the bot: a burst of requests finds them waiting
DELIVERY_GRACE = 2.0  # seconds the listeners get at a stop to deliver what the pool answered


def language_of(text: str) -> str:
    """"en" or "da" for the first words of `text` (a question may be very long: its head decides)."""
    return detect_language(re.findall(r"\w+", text[:1000].lower()))


@dataclass
class Answering:
    """The pool the questions run in, the sender the replies go out by, and the threads Bolt runs
    the listeners on (daemons, so a stop is never held up by a listener waiting on Slack)."""

    pool: QuestionPool
    sender: Sender
    listeners: ListenerExecutor = field(default_factory=ListenerExecutor)

    @classmethod
    def of(cls, settings: Settings, client: WebClient, clock: Clock) -> Answering:
        """KKRBOT_WORKERS threads with KKRBOT_ANSWER_SECONDS each, and a sender on `client` that
        keeps what it could not deliver in the state database."""
        from bot.state.db import state_for
        from bot.state.undelivered import UndeliveredStore

        pool = QuestionPool(settings.workers, budget=settings.answer_seconds)
        sender = Sender(client, undelivered=UndeliveredStore(state_for(settings), clock=clock))
        return cls(pool, sender, ListenerExecutor(ready=LISTENERS_READY))

    def reply(self, work: Callable[[], Reply | None], text: str, *, failed: str) -> tuple[str, Reply | None]:
        """Run `work` in the pool; `failed` is the log line if it raises (ids only, never the text)."""
        try:
            return "answer", self.pool.run(work)
        except Busy as e:
            log.warning("%s: not answered, busy (%s)", failed.removesuffix(" failed"), e)
            return "busy", notice_reply("busy", language_of(text))
        except TooSlow as e:
            log.warning("%s: not answered, too slow (%s)", failed.removesuffix(" failed"), e)
            return "too slow", notice_reply("too_slow", language_of(text))
        except Exception:  # noqa: BLE001 - the asker gets an apology, the log the trace
            log.exception(failed)
            return "apology", apology_for(text)

    def close(self, timeout: float) -> bool:
        """Stop: no new questions (queued ones are told busy); the running ones get the pool's
        budget to finish and the listeners a little more to deliver them; then the sender's waits
        end (what is still unsent is kept). Within `timeout` seconds; True if all was done."""
        end = time.monotonic() + timeout
        left = lambda: max(0.0, end - time.monotonic())  # noqa: E731
        pool_done = self.pool.close(timeout=min(self.pool.budget, left()))
        delivered = self.listeners.drain(min(DELIVERY_GRACE, max(0.0, left() - 1.0)))
        self.sender.stop()
        return pool_done and (delivered or self.listeners.drain(min(1.0, left())))
