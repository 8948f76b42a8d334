"""One answer per Slack message, however often Slack delivers it.

Slack re-sends an event when our ack is late or lost (`X-Slack-Retry-Num` over HTTP, `retry_attempt`
in Socket Mode), the last retry ~5 minutes after the first; and a message can arrive under two event
types (`message.im` and `app_mention`). Bolt answers each delivery. This middleware remembers the
keys of every event it let through (`event:<event_id>`, `msg:<channel>:<ts>`, `client_msg:<id>`) for
`ttl` (15 minutes) and acks anything seen before with an empty 200, before any listener runs.
A retry whose first delivery we never saw (the bot was down) is answered: it may be the only one.
The memory is per process: after a restart, a retry of an event answered before it is answered again.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from slack_bolt import BoltRequest, BoltResponse

log = logging.getLogger(__name__)

TTL_SECONDS = 15 * 60  # > Slack's retry window (~5 minutes), with room for clock trouble


class SeenEvents:
    """Keys seen in the last `ttl` seconds; `first_time` is atomic across listener threads."""

    def __init__(self, ttl: float = TTL_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.ttl, self.clock = ttl, clock
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()
        self._pruned = clock()

    def first_time(self, keys: list[str]) -> bool:
        """True (and remember every key) unless one of `keys` was seen within the ttl."""
        now = self.clock()
        with self._lock:
            if now - self._pruned > 60:
                self._seen = {k: t for k, t in self._seen.items() if now - t < self.ttl}
                self._pruned = now
            if any(now - self._seen.get(k, -1e18) < self.ttl for k in keys):
                return False
            for k in keys:
                self._seen[k] = now
            return True


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
        if keys and not seen.first_time(keys):
            log.info("duplicate delivery of %s ignored (retry %d)", body.get("event_id"), retry_number(req))
            return BoltResponse(status=200, body="")
        return next()

    return dedupe
