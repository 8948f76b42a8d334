"""The one sender of the bot's messages: every answer, apology and notice goes out here, checked,
retried, and never lost without a trace.

Both ways out (the Web API client and posts to a response_url) carry the retry policy of
bot/slack/retry.py: Retry-After honoured, transient failures sent again with backoff for a
bounded time, no message sent twice. Here, on top: blocks Slack refuses (`invalid_blocks`,
`msg_too_long`, …) are sent again as the plain fallback text; and what still did not arrive is
logged (ids and the reason, never the text) and recorded in the state database
(bot/state/undelivered.py). The methods return a `Delivered`, they do not raise.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.conversation import clean_question
from bot.render.answers import Reply, apology
from bot.slack.retry import SlackRetry, why
from bot.state.undelivered import Undelivered, UndeliveredStore
from index.question.text import detect_language

log = logging.getLogger(__name__)

BLOCK_ERRORS = {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "too_many_blocks", "no_text", "invalid_arguments"}
PLAIN_LIMIT = 3000  # characters of fallback text sent when the blocks were refused
RESPONSE_URL_TIMEOUT = 15  # seconds for one post to a response_url


@dataclass(frozen=True)
class Delivered:
    """What became of one message: `ok`, Slack's answer (`data`: channel, ts) or why not (`error`)."""

    ok: bool
    data: dict | None = None
    error: str | None = None


def plain(reply: Reply) -> str:
    text = reply.text.strip() or "…"
    return text if len(text) <= PLAIN_LIMIT else text[: PLAIN_LIMIT - 1].rsplit(" ", 1)[0] + " …"


def apology_for(text: str) -> Reply:
    """The short apology in the language the person wrote in (Danish when unsure)."""
    try:
        return apology(detect_language(re.findall(r"\w+", clean_question(text[:1000]).lower())))
    except Exception:  # noqa: BLE001 - an apology must not fail
        log.exception("language detection failed")
        return apology("da")


def slack_error(e: SlackApiError) -> str:
    return str(e.response.get("error") if e.response is not None else "unknown")


def _failure(e: Exception) -> str:
    """Why a call failed, for the log and the record: Slack's error code, a status, or an exception type."""
    if isinstance(e, SlackApiError):
        status = e.response.status_code if e.response is not None else None
        code = e.response.get("error") if e.response is not None else None
        return f"{code} (HTTP {status})" if code and status not in (None, 200) else str(code or f"HTTP {status}")
    return why(None, e)


class Sender:
    """Posts, updates and response_url replies for the bot's listeners (see the module doc)."""

    def __init__(self, client: WebClient, *, retry: SlackRetry | None = None, undelivered: UndeliveredStore | None = None) -> None:
        self.client = client
        self.retry = retry or next((h for h in client.retry_handlers if isinstance(h, SlackRetry)), None) or SlackRetry()
        self.undelivered = undelivered

    def stop(self) -> None:
        """The bot is stopping: waits between retries end now (what is unsent is recorded)."""
        self.retry.stop()

    # --- the Web API ---------------------------------------------------------------------------

    def post(self, reply: Reply, *, channel: str, thread_ts: str | None = None, user: str | None = None,
             kind: str = "answer", expected: frozenset[str] = frozenset()) -> Delivered:  # fmt: skip
        """chat.postMessage with blocks; refused blocks → the text alone. Errors in `expected`
        (e.g. not_in_channel) are the caller's to handle: returned, not recorded."""
        common: dict[str, Any] = {"channel": channel, "unfurl_links": False, "unfurl_media": False}
        if thread_ts:
            common["thread_ts"] = thread_ts
        try:
            try:
                return Delivered(True, self.client.chat_postMessage(text=reply.text, blocks=reply.blocks, **common).data)
            except SlackApiError as e:
                if slack_error(e) not in BLOCK_ERRORS:
                    raise
                log.error("chat.postMessage refused the blocks (%s); sending the text alone", slack_error(e))
                return Delivered(True, self.client.chat_postMessage(text=plain(reply), **common).data)
        except Exception as e:  # noqa: BLE001 - recorded, not raised: nobody upstream can do better
            if isinstance(e, SlackApiError) and slack_error(e) in expected:
                return Delivered(False, error=slack_error(e))
            return self.keep(reply, "chat.postMessage", e, kind=kind, channel=channel, thread_ts=thread_ts, user=user)

    def update(self, reply: Reply, *, channel: str, ts: str, user: str | None = None, kind: str = "answer") -> Delivered:
        """chat.update of the message at `ts`; refused blocks → the text alone."""
        try:
            try:
                return Delivered(True, self.client.chat_update(channel=channel, ts=ts, text=reply.text, blocks=reply.blocks).data)
            except SlackApiError as e:
                if slack_error(e) not in BLOCK_ERRORS:
                    raise
                log.error("chat.update refused the blocks (%s); sending the text alone", slack_error(e))
                return Delivered(True, self.client.chat_update(channel=channel, ts=ts, text=plain(reply), blocks=[]).data)
        except Exception as e:  # noqa: BLE001
            return self.keep(reply, "chat.update", e, kind=kind, channel=channel, thread_ts=ts, user=user)

    # --- response_url ----------------------------------------------------------------------------

    def respond(self, response_url: str, reply: Reply, *, user: str | None = None, channel: str | None = None,
                kind: str = "answer", response_type: Literal["ephemeral", "in_channel"] | None = None,
                replace_original: bool | None = None) -> Delivered:  # fmt: skip
        """A message through an interaction's response_url (None: Slack's default for the option);
        refused blocks → the text alone."""
        webhook = WebhookClient(response_url, timeout=RESPONSE_URL_TIMEOUT, retry_handlers=[self.retry])
        try:
            resp = webhook.send(text=reply.text, blocks=reply.blocks, unfurl_links=False, unfurl_media=False,
                                response_type=response_type, replace_original=replace_original)  # fmt: skip
            if resp.status_code != 200 and resp.body in BLOCK_ERRORS:
                log.error("response_url refused the blocks (%s %s); sending the text alone", resp.status_code, resp.body[:40])
                resp = webhook.send(text=plain(reply), response_type=response_type, replace_original=replace_original)
        except Exception as e:  # noqa: BLE001
            return self.keep(reply, "response_url", e, kind=kind, channel=channel, user=user)
        if resp.status_code == 200:
            return Delivered(True, {"status": 200})
        error = f"HTTP {resp.status_code}" + (f" {resp.body[:40]}" if resp.body and len(resp.body) < 60 else "")
        return self.keep(reply, "response_url", error, kind=kind, channel=channel, user=user)

    def delete_original(self, response_url: str) -> Delivered:
        webhook = WebhookClient(response_url, timeout=RESPONSE_URL_TIMEOUT, retry_handlers=[self.retry])
        try:
            resp = webhook.send_dict({"delete_original": True})
        except Exception as e:  # noqa: BLE001 - the private copy stays; nothing is lost
            log.warning("deleting the original through its response_url failed: %s", _failure(e))
            return Delivered(False, error=_failure(e))
        return Delivered(resp.status_code == 200, error=None if resp.status_code == 200 else f"HTTP {resp.status_code}")

    # --- what could not be delivered ----------------------------------------------------------------

    def keep(self, reply: Reply, method: str, failure: Exception | str, *, kind: str, channel: str | None = None,
              thread_ts: str | None = None, user: str | None = None) -> Delivered:  # fmt: skip
        """Log and record a message that could not be delivered (`failure`: the exception or why)."""
        error = failure if isinstance(failure, str) else _failure(failure)
        record = Undelivered(kind, method, error, reply.text, tuple(reply.blocks), channel, thread_ts, user)
        number = None
        if self.undelivered is not None:
            try:
                number = self.undelivered.record(record)
            except Exception:  # noqa: BLE001 - the log line below still says what was lost
                log.exception("recording an undelivered %s failed", kind)
        where = f"for {user or '?'} in {channel or '?'}"
        kept = f"; kept as undelivered #{number}" if number is not None else "; not kept (no state database)"
        log.error("%s %s could not be delivered by %s: %s%s", kind, where, method, error, kept)
        return Delivered(False, error=error)
