"""Slack wiring for the digests issue: the DM file-share listener and the /kkr subcommands.

`register(app, runtime, service)` is called by the app factory (bot/slack/app.py) when a runtime is
given, before the generic DM listener, so a PDF sent in a DM is taken in instead of being read
as a question. The subcommands go into the /kkr router of bot/slack/listeners/commands.py.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.digests import commands as digest_commands
from bot.digests.leader import ScheduledDigests
from bot.digests.scheduler import Runtime
from bot.digests.intake import handle_pdf_share, is_pdf_share

log = logging.getLogger(__name__)


def file_share_matcher(event: dict) -> bool:
    """A DM carrying at least one PDF (Bolt listener matcher)."""
    return event.get("subtype") == "file_share" and is_pdf_share(event)


def register(app: Any, runtime: Runtime, service: ScheduledDigests | None = None) -> None:
    """Register the DM PDF listener on a Bolt `app`, and the subcommands if the router is there."""

    def on_pdf(event: dict, client: Any) -> None:
        if event.get("bot_id"):  # Bolt already drops our own events; other bots' files are not ours to take
            return
        outcomes = handle_pdf_share(runtime, event, client)
        log.info("DM upload: %s", ", ".join(f"{o.source}: {o.status}" for o in outcomes))

    app.event({"type": "message", "subtype": "file_share"}, matchers=[file_share_matcher])(on_pdf)


def subcommands(runtime: Runtime, service: ScheduledDigests | None = None) -> dict[str, Any]:
    """`name → handler(args, *, channel, user) -> reply text` for the /kkr router."""

    def make(name: str):
        def handler(args: str, *, channel: str, user: str) -> str:
            return digest_commands.handle(name, args, channel=channel, user=user, store=runtime.store, service=service)

        return handler

    return {name: make(name) for name in digest_commands.SUBCOMMANDS}
