"""The language a person's Slack is set to, for what the bot shows before anyone has asked anything
(App Home): English when Slack's locale for them is English ("en-US", "en-GB"), else Danish.

Read with `users.info` (`include_locale`; scope users:read) and kept per user for `TTL` seconds:
people rarely change Slack's language, and App Home opens often. The lookup never holds up the
tab: it is one attempt (a client without retries, from bot/slack/client.py), and when it fails
the tab is Danish now and the lookup is tried again at a later opening (after `RETRY_FAILED`).
When Slack answers 429, no user is looked up until its Retry-After has passed (Danish meanwhile).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.retry import retry_after_header

log = logging.getLogger(__name__)

DANISH, ENGLISH = "da", "en"
TTL = 3600.0  # seconds a user's language is kept
RETRY_FAILED = 300.0  # seconds before a user whose lookup failed is looked up again
MAX_USERS = 10_000  # users kept; the least recently looked up go first


def language_for(locale: str | None) -> str:
    """"en" for an English locale ("en-US", "en_GB", "en"), else "da" (Danish, or unknown)."""
    return ENGLISH if (locale or "").lower().replace("_", "-").split("-")[0] == "en" else DANISH


class UserLanguages:
    """`of(user)`: the language to show `user` in; see the module doc. Safe across threads."""

    def __init__(self, client: WebClient, *, ttl: float = TTL, retry_failed: float = RETRY_FAILED,
                 max_users: int = MAX_USERS, monotonic: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.client = client  # one attempt per call (bot/slack/client.py, retry=False)
        self.ttl, self.retry_failed, self.max_users, self.monotonic = ttl, retry_failed, max_users, monotonic
        self._known: OrderedDict[str, tuple[str, float]] = OrderedDict()  # user → (language, until)
        self._quiet_until = float("-inf")  # Slack said 429: no lookups before this
        self._lock = threading.Lock()
        self._scope_missing_said = False

    def of(self, user: str) -> str:
        now = self.monotonic()
        with self._lock:
            found = self._known.get(user)
            if found is not None and found[1] > now:
                self._known.move_to_end(user)
                return found[0]
            if now < self._quiet_until:
                return DANISH  # rate limited: not kept, so the next opening after the pause asks
        language, keep = self._look_up(user)
        with self._lock:
            self._known[user] = (language, self.monotonic() + keep)
            self._known.move_to_end(user)
            while len(self._known) > self.max_users:
                self._known.popitem(last=False)
        return language

    def _look_up(self, user: str) -> tuple[str, float]:
        """(language, seconds to keep it)."""
        try:
            found = self.client.users_info(user=user, include_locale=True)
        except SlackApiError as e:
            error = e.response.get("error") if e.response is not None else None
            if e.response is not None and e.response.status_code == 429:
                wait = retry_after_header(e.response.headers)
                with self._lock:
                    self._quiet_until = max(self._quiet_until, self.monotonic() + wait)
                log.warning("users.info rate limited: App Home in Danish for %.0f s", wait)
                return DANISH, 0.0
            if error == "missing_scope" and not self._scope_missing_said:
                self._scope_missing_said = True
                log.warning("users.info needs the users:read scope (reinstall the app from manifest.yml): App Home in Danish")
            else:
                log.info("users.info for %s failed (%s): App Home in Danish", user, error)
            return DANISH, self.retry_failed
        except OSError as e:  # Slack unreachable: URLError, timeouts
            log.info("users.info for %s failed (%s): App Home in Danish", user, type(e).__name__)
            return DANISH, self.retry_failed
        profile = found.get("user") or {}
        return language_for(profile.get("locale")), self.ttl

