"""Questions in a DM (`message.im`) and @mentions in channels (`app_mention`).

A DM is answered in the DM, a mention in its thread (the thread it was written in, else a new
thread under it) with a 👀 reaction while the bot works, removed after, also on failure.
Ignored: our own messages (Bolt drops them), other bots and Slackbot, edits/deletes/joins (any
subtype), and channel `message` events (a mention arrives as `app_mention` too; that one is answered).
"""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation import Conversation, clean_question
from bot.slack.send import apology_for, post_reply, slack_error

log = logging.getLogger(__name__)

WORKING = "eyes"


def from_a_person(event: dict) -> bool:
    return not event.get("bot_id") and not event.get("subtype") and event.get("user") not in (None, "USLACKBOT")


def dm_question(event: dict) -> bool:
    """Bolt matcher: a person's plain message in a DM with the bot."""
    return event.get("channel_type") == "im" and from_a_person(event)


def register(app: App, conversation: Conversation) -> None:
    def on_dm(event: dict, client: WebClient) -> None:
        text = event.get("text") or ""  # Slack's markup is undone by the Conversation
        if not clean_question(text):
            return
        answer(conversation, client, text, user=event["user"], channel=event["channel"])

    def on_mention(event: dict, client: WebClient) -> None:
        if not from_a_person(event):
            return
        text = event.get("text") or ""
        channel, ts = event["channel"], event["ts"]
        reacted = react(client, "reactions_add", channel, ts)
        try:
            answer(conversation, client, text, user=event["user"], channel=channel, thread_ts=event.get("thread_ts") or ts)
        finally:
            if reacted:
                react(client, "reactions_remove", channel, ts)

    def ignore(event: dict) -> None:
        """Every other message event: acked (else Bolt answers 404 and Slack retries), not answered."""

    app.event("message", matchers=[dm_question])(on_dm)
    app.event("message")(ignore)
    app.event("app_mention")(on_mention)


def answer(conversation: Conversation, client: WebClient, text: str, *, user: str, channel: str, thread_ts: str | None = None) -> None:
    """Ask, post; on any failure post the apology, and log the trace (never the text)."""
    try:
        reply = conversation.question(text, user=user)
        post_reply(client, reply, channel=channel, thread_ts=thread_ts)
        log.info("answered %s in %s", user, channel)
    except Exception:  # noqa: BLE001 - the asker gets an apology, the log the trace
        log.exception("answering %s in %s failed", user, channel)
        post_reply(client, apology_for(text), channel=channel, thread_ts=thread_ts)


def react(client: WebClient, method: str, channel: str, ts: str) -> bool:
    """Add or remove the 👀; a failure here only costs the reaction."""
    try:
        getattr(client, method)(channel=channel, timestamp=ts, name=WORKING)
        return True
    except SlackApiError as e:
        log.warning("%s failed: %s", method, slack_error(e))
        return False
