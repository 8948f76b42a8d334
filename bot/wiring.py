"""The one place that builds kkrbot's parts from Settings: the clock, the engine, the state stores,
the Slack client, the question pool and sender (`answering`), the Conversation, the digests runtime
and its scheduler. The `kkrbot` commands call it (each takes what it needs), and so do tests that
want the real thing.

Heavy libraries are imported inside the functions that need them, so a command imports only
what it uses: `kkrbot ask` loads neither Slack's SDK nor APScheduler nor SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bot.clock import Clock, clock_for
from bot.settings import Settings

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.conversation import Conversation
    from bot.digests.runtime import Runtime
    from bot.digests.leader import ScheduledDigests
    from bot.slack.answering import Answering
    from bot.state.feedback import FeedbackStore
    from bot.state.posting import PostingState
    from index.engine import AnswerEngine


def with_index(settings: Settings, index_dir: Path | None) -> Settings:
    """Settings for `--index DIR`: that index, and (unless KKRBOT_DATABASE_URL or KKRBOT_STATE_DB
    say otherwise) the state file beside it."""
    return replace(settings, index_dir=index_dir) if index_dir else settings


def clock(settings: Settings, today: date | None = None) -> Clock:
    """The process's clock: the wall clock in KKRBOT_TIMEZONE, or noon of `today` (`--today`)."""
    return clock_for(settings.timezone, today)


def open_engine(settings: Settings) -> AnswerEngine:
    """The engine over `settings.index_dir` (raises index.store.StoreError: missing, locked)."""
    from index.engine import AnswerEngine

    return AnswerEngine(settings.index_dir, dir_mode=settings.dir_mode)  # a new index folder is private (0700)


def posting_state(settings: Settings, clock: Clock) -> PostingState:
    """What posting unasked keeps in the state database: digest subscriptions, follows, the post
    ledger and arrivals."""
    from bot.state.db import state_for
    from bot.state.posting import PostingState

    return PostingState.open(state_for(settings), clock=clock)


def feedback(settings: Settings, clock: Clock) -> FeedbackStore:
    """The 👍/👎 votes in the state database."""
    from bot.state.db import state_for
    from bot.state.feedback import FeedbackStore

    return FeedbackStore(state_for(settings), clock=clock)


def slack_client(settings: Settings, *, retry: bool = True) -> WebClient | None:
    """The bot's Web API client (with its retry policy; `retry=False`: one attempt per call, for
    the check at start), or None when no bot token is set."""
    if not settings.slack_bot_token:
        return None
    from bot.slack.client import slack_client as client_for

    return client_for(settings, retry=retry)


def answering(settings: Settings, client: WebClient, clock: Clock) -> Answering:
    """How the Slack bot answers: the question pool (KKRBOT_WORKERS, KKRBOT_ANSWER_SECONDS) and the
    one sender, which keeps what it could not deliver in the state database."""
    from bot.slack.answering import Answering

    return Answering.of(settings, client, clock)


def runtime(settings: Settings, engine: AnswerEngine, clock: Clock, *, client: WebClient | None = None,
            posting: PostingState | None = None) -> Runtime:  # fmt: skip
    """What scheduled jobs, intake and fetching use: engine, state, Slack client (None: arrivals are
    recorded, not posted) and the clock."""
    from bot.digests.runtime import Runtime

    return Runtime(settings, engine, posting or posting_state(settings, clock), client, clock)


def conversation(settings: Settings, engine: AnswerEngine, clock: Clock, *, digests: Runtime | None = None,
                 service: ScheduledDigests | None = None) -> Conversation:  # fmt: skip
    """The handler core. With a digests runtime (the Slack bot) the /kkr digest, follow and status
    subcommands work on its state; without one (the terminal chat) they say they need Slack."""
    from bot.conversation import Conversation
    from bot.digests.commands import slack_only_subcommands, subcommands

    if digests is None:
        words = slack_only_subcommands()
    else:
        from bot.fetch.service import status_subcommand

        words = {**subcommands(digests.posting, service), "status": status_subcommand(settings)}
    return Conversation(engine, clock=clock, subcommands=words, feedback=feedback(settings, clock))


def start_digests(rt: Runtime) -> ScheduledDigests:
    """The scheduler (digests, the inbox job, the fetch job; its jobs in the state database), run in
    whichever `kkrbot serve` process holds the scheduler lease (bot/digests/leader.py)."""
    from bot.digests.leader import start_digests as start_leading

    return start_leading(rt)

