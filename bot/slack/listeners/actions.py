"""Buttons on an answer: show the whole item, more results, 👍/👎, share in the channel.

Acked first, then `Conversation.action` decides the Reply; where it goes depends on the button:
show item / more → a new ephemeral message; feedback → the Reply (the same answer with thanks
instead of 👍/👎) replaces the message clicked (response_url for an ephemeral message, chat.update
otherwise); share → the Reply is posted in the channel and the private original deleted (in a
channel the bot may not post in, the clicker is told to invite it). A button without a
response_url (App Home) gets its Reply in the user's DM.
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App
from slack_bolt.context.ack import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation import Conversation
from bot.render.answers import FEEDBACK_DOWN, FEEDBACK_UP, SHARE, Reply
from bot.slack.send import apology_for, post_reply, respond_reply, slack_error, update_message

log = logging.getLogger(__name__)

OUR_ACTIONS = re.compile(r"^kkr_")
NOT_A_MEMBER = {"not_in_channel", "channel_not_found"}  # a private channel the bot was not invited to
INVITE_ME = "Jeg kan ikke skrive i denne kanal. Inviter mig med `/invite @kkrbot` og tryk igen. (I can't post here: invite me first.)"


def register(app: App, conversation: Conversation) -> None:
    def on_action(ack: Ack, body: dict, action: dict, respond: Respond, client: WebClient) -> None:
        ack()
        user = (body.get("user") or {}).get("id", "")
        action_id = action.get("action_id", "")
        try:
            reply = conversation.action(action_id, action.get("value"), user=user)
            if reply is not None:
                place(reply, action, body, respond, client, user)
            log.info("action %s by %s", action_id, user)
        except Exception:  # noqa: BLE001 - the clicker gets an apology, the log the trace
            log.exception("action %s by %s failed", action_id, user)
            place(apology_for(""), {"action_id": "apology"}, body, respond, client, user)

    app.action(OUR_ACTIONS)(on_action)


def place(reply: Reply, action: dict, body: dict, respond: Respond, client: WebClient, user: str) -> None:
    """Put the Reply where the button asks for it (see the module docstring)."""
    action_id = action.get("action_id")
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    ephemeral = bool(container.get("is_ephemeral"))
    can_respond = bool(body.get("response_url"))
    message_ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    if action_id in (FEEDBACK_UP, FEEDBACK_DOWN):  # the same answer, with thanks instead of the buttons
        if ephemeral and can_respond:
            return respond_reply(respond, reply, replace_original=True)
        if channel and message_ts:
            return update_message(client, channel=channel, ts=message_ts, text=reply.text, blocks=reply.blocks)
    if action_id == SHARE and channel:
        try:
            post_reply(client, reply, channel=channel)
        except SlackApiError as e:
            if slack_error(e) not in NOT_A_MEMBER or not can_respond:
                raise
            log.info("share in %s refused (%s)", channel, slack_error(e))
            return respond_reply(respond, Reply(INVITE_ME, [{"type": "section", "text": {"type": "mrkdwn", "text": INVITE_ME}}]),
                                 response_type="ephemeral", replace_original=False)  # fmt: skip
        if ephemeral and can_respond:
            respond(delete_original=True)
        return
    if can_respond:
        respond_reply(respond, reply, response_type="ephemeral", replace_original=False)
    else:  # App Home: no message to answer under, so the user's DM
        dm = client.conversations_open(users=user)["channel"]["id"]
        post_reply(client, reply, channel=dm)
