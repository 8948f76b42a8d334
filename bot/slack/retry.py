"""How every call to Slack survives Slack's faults: one retry policy for the Web API client and
for response_url posts (slack-sdk's retry-handler hook, so every caller of the client gets it).

- HTTP 429: wait what `Retry-After` says, then send again.
- Not sent at all (connection refused, DNS, connect timeout: urllib's URLError), HTTP 5xx, and
  Slack's `ratelimited`, `service_unavailable`, `request_timeout`: back off (1, 2, 4 … 30 s,
  with jitter) and send again.
- Sent, but no answer came (reset or timeout while reading) or `internal_error`: Slack may have
  acted on it, so only calls that are safe to repeat are sent again; a new message
  (chat.postMessage, chat.postEphemeral, a response_url post) is not, so it never shows twice.
- All within `deadline` seconds of the first failure; a wait that would end past it is not
  started. `stop()` (the bot is stopping) ends every wait at once and retries nothing more.

What still failed reaches the caller as slack-sdk's error; bot/slack/send.py records it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from typing import Callable, Mapping
from urllib.error import HTTPError, URLError
from urllib.parse import urlparse

from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

log = logging.getLogger(__name__)

DEADLINE = 120.0  # seconds of retrying after the first failure
FIRST_WAIT, LONGEST_WAIT = 1.0, 30.0
RETRY_AFTER_DEFAULT = 1.0  # a 429 without a readable Retry-After
TRANSIENT = {"ratelimited", "service_unavailable", "request_timeout"}  # ok:false, not acted on
MAYBE_DONE = {"internal_error"}  # ok:false, "some aspect of the operation may have succeeded"
NEW_MESSAGE = {"chat.postMessage", "chat.postEphemeral", "chat.meMessage", "chat.scheduleMessage"}


def method_of(request: HttpRequest) -> str:
    """The Web API method of a request ("chat.postMessage"), or "response_url" for anything else."""
    path = urlparse(request.url).path
    head, _, method = path.rpartition("/")
    return method if head.endswith("/api") and method else "response_url"


def repeatable(method: str) -> bool:
    """Safe to send again after an answer that never came: the call does not make a new message."""
    return method not in NEW_MESSAGE and method != "response_url"


def retry_after(response: HttpResponse) -> float:
    return retry_after_header(response.headers)


def retry_after_header(headers: Mapping[str, str | list[str]]) -> float:
    """Seconds of a Retry-After header (any case; slack-sdk gives a value or a list of them)."""
    for name, values in headers.items():
        if name.lower() == "retry-after":
            value = values[0] if isinstance(values, list) else values
            try:
                return max(0.0, float(value))
            except (TypeError, ValueError):
                break
    return RETRY_AFTER_DEFAULT


class SlackRetry(RetryHandler):
    """The policy of the module doc, for slack-sdk's WebClient and WebhookClient."""

    def __init__(self, deadline: float = DEADLINE, *, stop: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic, first_wait: float = FIRST_WAIT,
                 longest_wait: float = LONGEST_WAIT, sleep: Callable[[float], object] | None = None) -> None:  # fmt: skip
        """`sleep(seconds)` waits between attempts; by default until the seconds pass or `stop()`
        (tests that check what is waited for, not that time passes, record it instead)."""
        super().__init__(max_retry_count=1_000_000)  # bounded by the deadline, not a count
        self.deadline, self.clock = deadline, clock
        self.stopping = stop or threading.Event()
        self.sleep = sleep or self.stopping.wait
        self.first_wait, self.longest_wait = first_wait, longest_wait

    def stop(self) -> None:
        """The bot is stopping: end every wait now, start no new one."""
        self.stopping.set()

    def __deepcopy__(self, memo: dict) -> SlackRetry:
        return self  # Bolt copies the client for each lazy listener: the policy and its stop stay shared

    def can_retry(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                  error: Exception | None = None) -> bool:  # fmt: skip
        if self.stopping.is_set():
            return False
        wait = self._wait_for(request, response, error, state)
        if wait is None:
            return False
        values = state.custom_values if state.custom_values is not None else {}
        state.custom_values = values
        first = values.setdefault("first_failure", self.clock())
        if self.clock() + wait > first + self.deadline:
            log.warning("%s: giving up after %.0f s of Slack failures (%s)", method_of(request), self.clock() - first, why(response, error))
            return False
        values["wait"] = wait
        return True

    def _wait_for(self, request: HttpRequest, response: HttpResponse | None, error: Exception | None,
                  state: RetryState) -> float | None:  # fmt: skip
        """Seconds to wait before sending again, or None: do not send again."""
        backoff = min(self.longest_wait, self.first_wait * 2**state.current_attempt) * random.uniform(0.8, 1.2)
        if response is not None:
            if response.status_code == 429:
                return retry_after(response)
            if response.status_code >= 500:
                return backoff
            error_code = (response.body or {}).get("error") if response.status_code == 200 else None
            if error_code in TRANSIENT:
                return backoff
            if error_code in MAYBE_DONE and repeatable(method_of(request)):
                return backoff
            return None
        if isinstance(error, HTTPError):
            return None  # a status with no response object: not ours to judge
        if isinstance(error, URLError):
            return backoff  # it never left: connection refused, DNS, connect timeout
        if isinstance(error, OSError) and repeatable(method_of(request)):
            return backoff  # sent, no answer (reset, read timeout): only what is safe to repeat
        return None

    def prepare_for_next_attempt(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                                 error: Exception | None = None) -> None:  # fmt: skip
        wait = (state.custom_values or {}).get("wait", self.first_wait)
        log.info("%s: %s; sending again in %.1f s", method_of(request), why(response, error), wait)
        self.sleep(wait)
        state.next_attempt_requested = not self.stopping.is_set()
        state.increment_current_attempt()


def why(response: HttpResponse | None, error: Exception | None) -> str:
    """A failure in words for the log: a status, Slack's error code or the exception's type (no URL, no token)."""
    if response is not None:
        code = (response.body or {}).get("error") if response.status_code == 200 else None
        return f"HTTP {response.status_code}" + (f" {code}" if code else "")
    if isinstance(error, URLError):
        reason = error.reason
        return f"not sent: {type(reason).__name__ if isinstance(reason, BaseException) else reason}"
    return type(error).__name__ if error else "unknown"
