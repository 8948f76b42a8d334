"""Events Slack sends every app whether subscribed or not: acked and logged (unhandled, Bolt
would answer 404 and Slack would retry them)."""

from __future__ import annotations

import logging

from slack_bolt import App

log = logging.getLogger(__name__)


def register(app: App) -> None:
    def on_uninstalled(event: dict, body: dict) -> None:
        log.warning("kkrbot was uninstalled from team %s: its tokens no longer work", body.get("team_id"))

    def on_tokens_revoked(event: dict, body: dict) -> None:
        tokens = event.get("tokens") or {}
        log.warning("Slack revoked %d bot token(s) of team %s", len(tokens.get("bot") or []), body.get("team_id"))

    app.event("app_uninstalled")(on_uninstalled)
    app.event("tokens_revoked")(on_tokens_revoked)
