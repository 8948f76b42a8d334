"""`kkrbot serve`: the Slack bot, in Socket Mode (default, needs SLACK_APP_TOKEN) or HTTP (`--http`).

Also starts the digest scheduler (bot/digests/scheduler.py) with the same engine and Slack client, and
shuts it down on exit (Ctrl-C or SIGTERM), and refreshes the index snapshot every minute so
documents ingested from a shell meanwhile are answered. A missing token is one line naming the variable and
where Slack shows it; nothing starts then.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from bot.settings import Settings
from bot.cli.ingest import INDEX_OPTION, engine_for

log = logging.getLogger("kkrbot.serve")

REFRESH_EVERY = 60.0  # seconds: items stored by another process (`kkrbot ingest`) are answered within this

WHERE = {
    "SLACK_BOT_TOKEN": "Slack shows it under OAuth & Permissions → Bot User OAuth Token (xoxb-…)",
    "SLACK_SIGNING_SECRET": "Slack shows it under Basic Information → App Credentials → Signing Secret",
    "SLACK_APP_TOKEN": "Slack shows it under Basic Information → App-Level Tokens (xapp-…, scope connections:write); "
    "or run `kkrbot serve --http` behind a public URL",
}


def missing_setting(settings: Settings, *, http: bool) -> str | None:
    """The first variable `serve` needs and lacks, as one line for people; None when all are set."""
    needed = [("SLACK_BOT_TOKEN", settings.slack_bot_token)]
    needed.append(("SLACK_SIGNING_SECRET", settings.slack_signing_secret) if http else ("SLACK_APP_TOKEN", settings.slack_app_token))
    for name, value in needed:
        if not value:
            return f"{name} is not set (in the environment or .env): {WHERE[name]}"
    return None


def keep_fresh(engine: Any, stop: threading.Event, every: float = REFRESH_EVERY) -> threading.Thread:
    """Move the engine's searcher to the latest commit every `every` seconds, so documents that
    `kkrbot ingest` stores from a shell while the bot runs are seen without a restart."""

    def run() -> None:
        while not stop.wait(every):
            try:
                engine.refresh()
            except Exception:  # noqa: BLE001 - the next round tries again; answers use the old snapshot
                log.exception("index refresh failed")

    thread = threading.Thread(target=run, name="kkrbot-index-refresh", daemon=True)
    thread.start()
    return thread


def build_conversation(settings: Settings, engine: Any, runtime: Any, service: Any) -> Any:
    """The handler core with the digest subcommands and the feedback store of this process."""
    from bot.slack.listeners import files as digest_listeners
    from bot.conversation import Conversation
    from bot.state.db import state_for
    from bot.state.feedback import FeedbackStore

    from bot.fetch.service import status_subcommand

    words = {**digest_listeners.subcommands(runtime, service), "status": status_subcommand(settings)}
    return Conversation(engine, clock=runtime.clock, subcommands=words, feedback=FeedbackStore(state_for(settings)))


@click.command("serve")
@click.option("--http", "http_mode", is_flag=True, help="Serve Slack's HTTP requests on /slack/events instead of Socket Mode.")
@click.option("--port", type=int, default=3000, show_default=True, help="Port for --http.")
@click.option("--host", default="0.0.0.0", show_default=True, help="Address for --http.")
@INDEX_OPTION
@click.pass_obj
def serve_command(settings: Settings, http_mode: bool, port: int, host: str, index_dir: Path | None) -> None:
    """Run the Slack bot and the digest scheduler until stopped."""
    if problem := missing_setting(settings, http=http_mode):
        raise click.ClickException(problem)
    if index_dir:
        settings = replace(settings, index_dir=index_dir)
    from bot.fetch.sources import SourceError

    try:
        schedule = settings.fetch_config().schedule  # a bad fetch setting stops the start, in one line
    except SourceError as e:
        raise click.ClickException(str(e)) from e
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    engine = engine_for(settings, None)
    log.info("fetching from KL's KKR pages: %s", f"cron '{schedule}' (KKRBOT_FETCH_SCHEDULE)" if schedule else "off")
    serve(settings, engine, http_mode=http_mode, host=host, port=port)


def serve(settings: Settings, engine: Any, *, http_mode: bool, host: str = "0.0.0.0", port: int = 3000) -> None:
    from slack_sdk.errors import SlackApiError

    from bot.slack.app import create_app, slack_client
    from bot.digests.leader import start_digests

    client = slack_client(settings)
    try:
        client.auth_test()
    except SlackApiError as e:
        raise click.ClickException(f"Slack refused SLACK_BOT_TOKEN ({e.response.get('error')}): {WHERE['SLACK_BOT_TOKEN']}") from e
    except OSError as e:  # URLError, refused connection, DNS: one line, not a trace
        raise click.ClickException(f"cannot reach Slack's Web API at {settings.slack_api_url} (SLACK_API_URL): {e}") from e
    try:
        service = start_digests(settings, engine, client)
    except ValueError as e:  # KKRBOT_FETCH_SCHEDULE that is not crontab fields
        raise click.ClickException(str(e)) from e
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # SIGTERM ends like Ctrl-C: the finally below runs
    stop = threading.Event()
    keep_fresh(engine, stop)
    try:
        conversation = build_conversation(settings, engine, service.runtime, service)
        app = create_app(settings, conversation, client=client, runtime=service.runtime, service=service)
        if http_mode:
            from bot.slack.http import make_server

            server = make_server(app, host, port)
            log.info("kkrbot serving Slack over HTTP on %s:%d/slack/events", host, server.server_port)
            try:
                server.serve_forever()
            finally:
                server.server_close()
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            log.info("kkrbot connecting to Slack in Socket Mode")
            handler = SocketModeHandler(app, settings.slack_app_token)
            try:
                handler.start()
            finally:
                handler.close()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        service.shutdown(wait=False)
        engine.close()
        log.info("kkrbot stopped")
