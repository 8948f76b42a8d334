"""One answer per Slack message, however often Slack delivers it, whichever process it reaches.

Slack re-sends an event when our ack is late or lost (`X-Slack-Retry-Num` over HTTP, `retry_attempt`
in Socket Mode), the last retry ~5 minutes after the first; and a message can arrive under two event
types (`message.im` and `app_mention`). Bolt answers each delivery. This middleware offers the keys
of every event (`event:<event_id>`, `msg:<channel>:<ts>`, `client_msg:<id>`) to `SeenEvents`
(bot/state/seen.py: the state database, so the memory survives restarts and is shared by every
`kkrbot serve` behind a load balancer) and acks anything seen within 15 minutes with an empty 200,
before any listener runs. A retry whose first delivery we never saw (the bot was down) is answered:
it may be the only one. A delivery is remembered before it is answered: at most once. If the state
database cannot be reached, the delivery is answered (a rare second answer beats none).
"""

from __future__ import annotations

import logging
from typing import Callable

from slack_bolt import BoltRequest, BoltResponse

from bot.state.seen import TTL_SECONDS, SeenEvents

__all__ = ["TTL_SECONDS", "SeenEvents", "dedupe_middleware", "event_keys", "retry_number"]

log = logging.getLogger(__name__)


def event_keys(body: dict) -> list[str]:
    """What identifies one delivery of an Events API event, and the message inside it."""
    keys = [f"event:{body['event_id']}"] if body.get("event_id") else []
    event = body.get("event") or {}
    answerable = event.get("type") == "app_mention" or (event.get("type") == "message" and event.get("channel_type") == "im")
    if answerable and not event.get("subtype"):  # a channel message is not answered: its mention twin is
        if event.get("channel") and event.get("ts"):
            keys.append(f"msg:{event['channel']}:{event['ts']}")
        if event.get("client_msg_id"):
            keys.append(f"client_msg:{event['client_msg_id']}")
    return keys


def retry_number(req: BoltRequest) -> int:
    raw = (req.headers.get("x-slack-retry-num") or ["0"])[0]
    attempt = req.body.get("retry_attempt") if isinstance(req.body, dict) else None  # Socket Mode envelopes
    try:
        return max(int(raw), int(attempt or 0))
    except ValueError:
        return 0


def dedupe_middleware(seen: SeenEvents) -> Callable:
    """A Bolt global middleware: events seen before are acked with 200 and go no further."""

    def dedupe(req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        body = req.body if isinstance(req.body, dict) else {}
        if body.get("type") != "event_callback":
            return next()
        keys = event_keys(body)
        try:
            first = not keys or seen.first_time(keys)
        except Exception:  # noqa: BLE001 - the state database is away: better a rare second answer than none
            log.exception("dedupe: cannot reach the state database; answering %s anyway", body.get("event_id"))
            first = True
        if not first:
            log.info("duplicate delivery of %s ignored (retry %d)", body.get("event_id"), retry_number(req))
            return BoltResponse(status=200, body="")
        return next()

    return dedupe
