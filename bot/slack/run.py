"""Running the Slack bot: Socket Mode or HTTP, with the digest scheduler beside it, until stopped.

What `kkrbot serve` runs. A refused token, an unreachable Slack or a bad fetch schedule is a
`CannotStart` with one line for people (naming the variable and where Slack shows it); nothing starts then.
The engine follows the index's commits (index/engine.py), so documents ingested from a shell
meanwhile are answered. Serving, and stopping within 10 s on SIGTERM, is bot/slack/serving.py.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot import wiring
from bot.settings import Settings

if TYPE_CHECKING:
    from index.engine import AnswerEngine

log = logging.getLogger("kkrbot.serve")


class CannotStart(Exception):
    """The bot cannot start (Slack refuses or cannot be reached, a setting is wrong): the message
    is one line for people."""


WHERE = {
    "SLACK_BOT_TOKEN": "Slack shows it under OAuth & Permissions → Bot User OAuth Token (xoxb-…)",
    "SLACK_SIGNING_SECRET": "Slack shows it under Basic Information → App Credentials → Signing Secret",
    "SLACK_APP_TOKEN": "Slack shows it under Basic Information → App-Level Tokens (xapp-…, scope connections:write); "
    "or run `kkrbot serve --http` behind a public URL",
}


def missing_setting(settings: Settings, *, http: bool) -> str | None:
    """The first variable the bot needs and lacks, as one line for people; None when all are set."""
    needed = [("SLACK_BOT_TOKEN", settings.slack_bot_token)]
    needed.append(("SLACK_SIGNING_SECRET", settings.slack_signing_secret) if http else ("SLACK_APP_TOKEN", settings.slack_app_token))
    for name, value in needed:
        if not value:
            return f"{name} is not set (in the environment or .env): {WHERE[name]}"
    return None


def run_bot(settings: Settings, engine: AnswerEngine, *, http_mode: bool, host: str = "0.0.0.0", port: int = 3000) -> None:
    from slack_sdk.errors import SlackApiError

    from bot.slack.app import create_app
    from bot.slack.serving import serve_until_stopped

    client = wiring.slack_client(settings)
    check = wiring.slack_client(settings, retry=False)
    assert client is not None and check is not None  # missing_setting() checked the token
    try:
        check.auth_test()
    except SlackApiError as e:
        raise CannotStart(f"Slack refused SLACK_BOT_TOKEN ({e.response.get('error')}): {WHERE['SLACK_BOT_TOKEN']}") from e
    except OSError as e:  # URLError, refused connection, DNS: one line, not a trace
        raise CannotStart(f"cannot reach Slack's Web API at {settings.slack_api_url} (SLACK_API_URL): {e}") from e
    clock = wiring.clock(settings)
    rt = wiring.runtime(settings, engine, clock, client=client)
    try:
        service = wiring.start_digests(rt)
    except ValueError as e:  # KKRBOT_FETCH_SCHEDULE that is not crontab fields
        raise CannotStart(str(e)) from e
    try:
        conversation = wiring.conversation(settings, engine, clock, digests=rt, service=service)
        answering = wiring.answering(settings, client, clock)
        app = create_app(settings, conversation, client=client, runtime=rt, answering=answering)
        serve_until_stopped(app, answering, settings, http_mode=http_mode, host=host, port=port,
                            ready=lambda: f"ready: {engine.item_count()} items")  # fmt: skip
    except KeyboardInterrupt:
        pass
    finally:
        service.shutdown(wait=False)
        engine.close()
        log.info("kkrbot stopped")
