"""Delivering a Reply to Slack and checking that it arrived: never a silent failure.

Slack answers `ok: false` (slack-sdk raises `SlackApiError`) or, for a response_url, a non-200
status when it refuses a message; blocks it refuses (`invalid_blocks`, `msg_too_long`, ...) are
sent again as the plain fallback text, anything else is raised for the caller to log and apologise.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Callable

from slack_sdk.errors import SlackApiError

from bot.render.answers import Reply, apology
from bot.conversation import clean_question
from index.question.text import detect_language

log = logging.getLogger(__name__)

BLOCK_ERRORS = {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "too_many_blocks", "no_text", "invalid_arguments"}
PLAIN_LIMIT = 3000  # characters of fallback text sent when the blocks were refused


def plain(reply: Reply) -> str:
    text = reply.text.strip() or "…"
    return text if len(text) <= PLAIN_LIMIT else text[: PLAIN_LIMIT - 1].rsplit(" ", 1)[0] + " …"


def apology_for(text: str) -> Reply:
    """The short apology in the language the person wrote in (Danish when unsure)."""
    try:
        return apology(detect_language(re.findall(r"\w+", clean_question(text).lower())))
    except Exception:  # noqa: BLE001 - an apology must not fail
        log.exception("language detection failed")
        return apology("da")


def slack_error(e: SlackApiError) -> str:
    return str(e.response.get("error") if e.response is not None else "unknown")


def post_reply(client: Any, reply: Reply, *, channel: str, thread_ts: str | None = None) -> dict:
    """chat.postMessage with blocks; if Slack refuses the blocks, the fallback text alone."""
    common = {"channel": channel, "unfurl_links": False, "unfurl_media": False}
    if thread_ts:
        common["thread_ts"] = thread_ts
    try:
        return client.chat_postMessage(text=reply.text, blocks=reply.blocks, **common).data
    except SlackApiError as e:
        if slack_error(e) not in BLOCK_ERRORS:
            raise
        log.error("chat.postMessage refused the blocks (%s); sending the text alone", slack_error(e))
        return client.chat_postMessage(text=plain(reply), **common).data


def update_message(client: Any, *, channel: str, ts: str, text: str, blocks: list[dict]) -> None:
    try:
        client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
    except SlackApiError as e:
        if slack_error(e) not in BLOCK_ERRORS:
            raise
        log.error("chat.update refused the blocks (%s); sending the text alone", slack_error(e))
        client.chat_update(channel=channel, ts=ts, text=text[:PLAIN_LIMIT], blocks=[])


def respond_reply(respond: Callable[..., Any], reply: Reply, **kwargs: Any) -> None:
    """Send through the response_url; refused blocks → the fallback text; refused again → raise."""
    resp = respond(text=reply.text, blocks=reply.blocks, unfurl_links=False, unfurl_media=False, **kwargs)
    if resp.status_code == 200:
        return
    log.error("response_url refused the message (%s %s); sending the text alone", resp.status_code, resp.body[:100])
    resp = respond(text=plain(reply), **kwargs)
    if resp.status_code != 200:
        raise RuntimeError(f"response_url refused the message: {resp.status_code} {resp.body[:100]}")
