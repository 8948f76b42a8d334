"""A user's language for App Home from Slack's locale (users.info against the fake Web API): kept
for a while, looked up again after, Danish whenever Slack cannot say."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient

from bot.slack.languages import UserLanguages, language_for
from tests.support.fakeslack import BOT_TOKEN


@pytest.mark.parametrize("locale, language", [("en-US", "en"), ("en-GB", "en"), ("en_AU", "en"), ("EN", "en"),
                                              ("da-DK", "da"), ("sv-SE", "da"), ("", "da"), (None, "da")])  # fmt: skip
def test_english_locales_read_english_and_every_other_danish(locale, language):
    assert language_for(locale) == language


def test_a_language_is_kept_for_its_ttl_then_looked_up_again(slack):
    client, fake = slack
    fake.users["U-JANE"] = "en-US"
    now = [1000.0]
    languages = UserLanguages(client, ttl=3600, monotonic=lambda: now[0])
    assert languages.of("U-JANE") == "en" and languages.of("U-JANE") == "en"
    assert len(fake.of("users.info")) == 1
    fake.users["U-JANE"] = "da-DK"  # she switched Slack to Danish
    now[0] += 3599
    assert languages.of("U-JANE") == "en"
    now[0] += 2
    assert languages.of("U-JANE") == "da" and len(fake.of("users.info")) == 2


def test_a_failed_lookup_is_danish_and_tried_again_later_not_at_every_opening(slack):
    client, fake = slack
    now = [1000.0]
    languages = UserLanguages(client, retry_failed=300, monotonic=lambda: now[0])
    assert languages.of("U-NEW") == "da" and languages.of("U-NEW") == "da"  # user_not_found (not yet visible)
    assert len(fake.of("users.info")) == 1
    fake.users["U-NEW"] = "en-GB"
    now[0] += 301
    assert languages.of("U-NEW") == "en" and len(fake.of("users.info")) == 2


def test_slack_unreachable_is_danish_without_an_error(slack):
    _, fake = slack
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url, retry_handlers=[])  # what retries end in, without slack-sdk's 0.5-1 s wait
    fake.users["U-JANE"] = "en-US"
    fake.down()
    try:
        assert UserLanguages(client).of("U-JANE") == "da"
    finally:
        fake.up()


def test_the_least_recently_seen_users_are_forgotten_beyond_the_limit(slack):
    client, fake = slack
    fake.users.update({f"U{n}": "en-US" for n in range(3)})
    languages = UserLanguages(client, max_users=2)
    for user in ("U0", "U1", "U0", "U2"):  # U1 is the least recently seen when U2 comes
        languages.of(user)
    languages.of("U0")
    languages.of("U1")
    assert [p["user"] for p in fake.of("users.info")] == ["U0", "U1", "U2", "U1"]
