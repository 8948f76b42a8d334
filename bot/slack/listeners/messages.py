"""Questions in a DM (`message.im`) and @mentions in channels (`app_mention`).

A DM is answered in the DM, a mention in its thread (the thread it was written in, else a new
thread under it) with a 👀 reaction while the bot works, removed after, also on failure.
Ignored: our own messages (Bolt drops them), other bots and Slackbot, edits/deletes/joins (any
subtype), channel `message` events (a mention arrives as `app_mention` too; that one is answered),
and events without a channel or a user (nothing to answer to; logged).
"""

from __future__ import annotations

import logging
from typing import Callable

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation import Conversation, clean_question
from bot.slack.answering import Answering
from bot.slack.send import slack_error

log = logging.getLogger(__name__)

WORKING = "eyes"


def from_a_person(event: dict) -> bool:
    return not event.get("bot_id") and not event.get("subtype") and event.get("user") not in (None, "USLACKBOT")


def dm_question(event: dict) -> bool:
    """Bolt matcher: a person's plain message in a DM with the bot."""
    return event.get("channel_type") == "im" and from_a_person(event)


def addressable(event: dict, *fields: str) -> bool:
    """The event names where to answer; a malformed one is logged and left."""
    missing = [f for f in fields if not isinstance(event.get(f), str) or not event.get(f)]
    if missing:
        log.warning("a %s event without %s: not answered", event.get("type"), " or ".join(missing))
    return not missing


def register(app: App, conversation: Conversation, answering: Answering) -> None:
    def on_dm(event: dict, client: WebClient) -> None:
        text = event.get("text") or ""  # Slack's markup is undone by the Conversation
        if not clean_question(text[:1000]) or not addressable(event, "channel", "user"):
            return
        answer(conversation, answering, text, user=event["user"], channel=event["channel"])

    def on_mention(event: dict, client: WebClient) -> None:
        if not from_a_person(event) or not addressable(event, "channel", "user", "ts"):
            return
        text = event.get("text") or ""
        channel, ts = event["channel"], event["ts"]
        reacted = react(client.reactions_add, channel, ts)
        try:
            answer(conversation, answering, text, user=event["user"], channel=channel, thread_ts=event.get("thread_ts") or ts)
        finally:
            if reacted:
                react(client.reactions_remove, channel, ts)

    def ignore(event: dict) -> None:
        """Every other message event: acked (else Bolt answers 404 and Slack retries), not answered."""

    app.event("message", matchers=[dm_question])(on_dm)
    app.event("message")(ignore)
    app.event("app_mention")(on_mention)


def answer(conversation: Conversation, answering: Answering, text: str, *, user: str, channel: str, thread_ts: str | None = None) -> None:
    """Ask (in the pool), post (through the sender); logs carry ids, never the text."""
    kind, reply = answering.reply(lambda: conversation.question(text, user=user), text, failed=f"answering {user} in {channel} failed")
    if reply is not None and answering.sender.post(reply, channel=channel, thread_ts=thread_ts, user=user, kind=kind).ok:
        log.info("answered %s in %s", user, channel)


def react(call: Callable[..., object], channel: str, ts: str) -> bool:
    """Add or remove the 👀 (`call`: the client's reactions_add or reactions_remove); a failure
    here only costs the reaction."""
    try:
        call(channel=channel, timestamp=ts, name=WORKING)
        return True
    except SlackApiError as e:
        log.warning("%s failed: %s", call.__name__, slack_error(e))
        return False
    except OSError as e:  # Slack unreachable after the client's retries
        log.warning("%s failed: %s", call.__name__, type(e).__name__)
        return False
