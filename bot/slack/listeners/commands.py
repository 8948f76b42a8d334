"""`/kkr …`: acked at once, answered through the response_url, visible only to the asker.

The ack is Slack's 3-second deadline; the answer comes from a lazy listener (Bolt runs it on its
listener threads after the HTTP response has left), the search itself in the question pool with
its time budget (bot/slack/answering.py), so a slow search never costs the ack.
"""

from __future__ import annotations

import logging
from slack_bolt import App
from slack_bolt.context.ack import Ack

from bot.conversation import HELP_WORDS, NEXT_WORDS, Conversation
from bot.digests.commands import SUBCOMMANDS
from bot.render.labels import label
from bot.slack.answering import Answering, language_of

log = logging.getLogger(__name__)

COMMAND = "/kkr"
QUICK = {"", *HELP_WORDS, *NEXT_WORDS, *SUBCOMMANDS}  # answered at once: no "Søger …" (label `searching`) first


def first_word(text: str) -> str:
    words = text[:100].split(maxsplit=1)
    return words[0].casefold() if words else ""


def register(app: App, conversation: Conversation, answering: Answering) -> None:
    language_of("warm up")  # loads the glossary now, not inside the first ack

    def ack_kkr(ack: Ack, command: dict) -> None:
        text = command.get("text") or ""
        if first_word(text) in QUICK:
            ack()
        else:
            ack(text=label("searching", language_of(text)))

    def answer_kkr(command: dict) -> None:
        text = command.get("text") or ""  # Slack's markup is undone by the Conversation
        user, channel = command.get("user_id", ""), command.get("channel_id", "")
        kind, reply = answering.reply(lambda: conversation.command(text, user=user, channel=channel), text,
                                      failed=f"/kkr failed for {user} in {channel}")  # fmt: skip
        if not command.get("response_url"):
            log.warning("/kkr for %s in %s came without a response_url: not answered", user, channel)
            return
        if reply is not None:
            answering.sender.respond(command["response_url"], reply, user=user, channel=channel, kind=kind, response_type="ephemeral")

    app.command(COMMAND)(ack=ack_kkr, lazy=[answer_kkr])
