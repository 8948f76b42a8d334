"""Buttons on an answer: show the whole item, more results, 👍/👎, share in the channel.

Acked first, then `Conversation.action` decides the Reply (in the question pool: "more" and
"share" search again); where it goes depends on the button: show item / more → a new ephemeral
message; feedback → the Reply (the same answer with thanks instead of 👍/👎) replaces the message
clicked (response_url for an ephemeral message, chat.update otherwise); share → the Reply is
posted in the channel and the private original deleted (in a channel the bot may not post in,
the clicker is told to invite it). A button without a response_url (App Home) gets its Reply in
the user's DM. Everything goes out through the one Sender.
"""

from __future__ import annotations

import logging
import re
from slack_bolt import App
from slack_bolt.context.ack import Ack
from slack_sdk import WebClient

from bot.conversation import Conversation
from bot.render.answers import FEEDBACK_DOWN, FEEDBACK_UP, SHARE, Reply
from bot.render.notices import notice_reply
from bot.slack.answering import Answering

log = logging.getLogger(__name__)

OUR_ACTIONS = re.compile(r"^kkr_")
NOT_A_MEMBER = frozenset({"not_in_channel", "channel_not_found"})  # a private channel the bot was not invited to


def register(app: App, conversation: Conversation, answering: Answering) -> None:
    def on_action(ack: Ack, body: dict, action: dict, client: WebClient) -> None:
        ack()
        user = (body.get("user") or {}).get("id", "")
        action_id = action.get("action_id", "")
        kind, reply = answering.reply(lambda: conversation.action(action_id, action.get("value"), user=user), "",
                                      failed=f"action {action_id} by {user} failed")  # fmt: skip
        if reply is None:
            return
        if kind != "answer":
            action = {"action_id": kind}  # busy, too slow, apology: a new private message, not a replacement
        place(reply, action, body, answering, client, user, kind, conversation.language(user))
        log.info("action %s by %s", action_id, user)

    app.action(OUR_ACTIONS)(on_action)


def place(reply: Reply, action: dict, body: dict, answering: Answering, client: WebClient, user: str, kind: str = "answer",
          language: str = "da") -> None:  # fmt: skip
    """Put the Reply where the button asks for it (see the module docstring); `language`: the
    clicker's, for the note that the bot must be invited first."""
    sender = answering.sender
    action_id = action.get("action_id")
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    ephemeral = bool(container.get("is_ephemeral"))
    response_url = body.get("response_url")
    message_ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    if action_id in (FEEDBACK_UP, FEEDBACK_DOWN):  # the same answer, with thanks instead of the buttons
        if ephemeral and response_url:
            sender.respond(response_url, reply, channel=channel, replace_original=True, user=user, kind=kind)
            return
        if channel and message_ts:
            sender.update(reply, channel=channel, ts=message_ts, user=user, kind=kind)
            return
    if action_id == SHARE and channel:
        shared = sender.post(reply, channel=channel, expected=NOT_A_MEMBER if response_url else frozenset(), user=user, kind=kind)
        if not shared.ok and shared.error in NOT_A_MEMBER and response_url:
            log.info("share in %s refused (%s)", channel, shared.error)
            sender.respond(response_url, notice_reply("invite_me", language), channel=channel, user=user, kind="invite hint",
                           response_type="ephemeral", replace_original=False)  # fmt: skip
        elif shared.ok and ephemeral and response_url:
            sender.delete_original(response_url)
        return
    if response_url:
        sender.respond(response_url, reply, channel=channel, response_type="ephemeral", replace_original=False, user=user, kind=kind)
        return
    try:  # App Home: no message to answer under, so the user's DM
        dm = client.conversations_open(users=user)["channel"]["id"]
    except Exception as e:  # noqa: BLE001 - kept as undelivered, with why
        sender.keep(reply, "conversations.open", e, user=user, kind=kind)
        return
    sender.post(reply, channel=dm, user=user, kind=kind)
