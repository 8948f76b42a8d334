"""`/kkr …`: acked at once, answered through the response_url, visible only to the asker.

The ack is Slack's 3-second deadline; the answer comes from a lazy listener (Bolt runs it in
its thread pool after the HTTP response has left), so a slow search never costs the ack.
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App
from slack_bolt.context.ack import Ack
from slack_bolt.context.respond import Respond

from bot.conversation import HELP_WORDS, NEXT_WORDS, Conversation
from bot.digests.commands import SUBCOMMANDS
from bot.slack.send import apology_for, respond_reply
from index.question.text import detect_language

log = logging.getLogger(__name__)

COMMAND = "/kkr"
SEARCHING = {"da": "Søger …", "en": "Searching …"}
QUICK = {"", *HELP_WORDS, *NEXT_WORDS, *SUBCOMMANDS}  # answered at once: no "Søger …" first


def first_word(text: str) -> str:
    words = text.split(maxsplit=1)
    return words[0].casefold() if words else ""


def language_of(text: str) -> str:
    return detect_language(re.findall(r"\w+", text.lower()))


def register(app: App, conversation: Conversation) -> None:
    language_of("warm up")  # loads the glossary now, not inside the first ack

    def ack_kkr(ack: Ack, command: dict) -> None:
        text = command.get("text") or ""
        if first_word(text) in QUICK:
            ack()
        else:
            ack(text=SEARCHING[language_of(text)])

    def answer_kkr(command: dict, respond: Respond) -> None:
        text = command.get("text") or ""  # Slack's markup is undone by the Conversation
        user, channel = command.get("user_id", ""), command.get("channel_id", "")
        try:
            reply = conversation.command(text, user=user, channel=channel)
        except Exception:  # noqa: BLE001 - the asker gets an apology, the log the trace
            log.exception("/kkr failed for %s in %s", user, channel)
            reply = apology_for(text)
        try:
            respond_reply(respond, reply, response_type="ephemeral")
        except Exception:  # noqa: BLE001
            log.exception("/kkr answer for %s in %s could not be delivered", user, channel)
            respond_reply(respond, apology_for(text), response_type="ephemeral")

    app.command(COMMAND)(ack=ack_kkr, lazy=[answer_kkr])
