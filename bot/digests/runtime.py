"""What scheduled jobs and intake use: one `Runtime` per process, installed when the scheduler starts.

Jobs in APScheduler's job store carry only plain arguments (a channel id), so the engine, the
state stores, the Slack client and the clock they need are this process's `Runtime`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.settings import Settings

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.digests.scheduler import DigestService
    from bot.state.posting import PostingState
    from index.engine import AnswerEngine


@dataclass
class Runtime:
    settings: Settings
    engine: AnswerEngine
    posting: PostingState  # digest subscriptions, follows, the post ledger, arrivals
    client: WebClient | None  # None where Slack is not configured
    clock: Clock

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.settings.timezone)


_runtime: Runtime | None = None
_service: DigestService | None = None


def install_runtime(runtime: Runtime | None, service: DigestService | None = None) -> None:
    global _runtime, _service
    _runtime, _service = runtime, service


def current_runtime() -> Runtime:
    if _runtime is None:
        raise RuntimeError("no kkrbot runtime installed: start DigestService first")
    return _runtime


def current_service() -> DigestService | None:
    return _service
