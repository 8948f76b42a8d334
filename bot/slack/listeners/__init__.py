"""Slack listeners by area; `register` adds them all to a Bolt app (order matters: Bolt runs the
first listener that matches, so specific message listeners come before the catch-all)."""

from __future__ import annotations

from typing import Any

from bot.slack.listeners import actions, commands, home, lifecycle, messages


def register(app: Any, conversation: Any) -> None:
    commands.register(app, conversation)
    messages.register(app, conversation)
    actions.register(app, conversation)
    home.register(app, conversation)
    lifecycle.register(app)
