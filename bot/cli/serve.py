"""`kkrbot serve`: the Slack bot, in Socket Mode (default, needs SLACK_APP_TOKEN) or HTTP (`--http`).

Thin: the settings' checks and the running are in bot/slack/run.py (registered in bot/cli/main.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from bot import wiring
from bot.cli.options import INDEX_OPTION, engine_for
from bot.settings import Settings
from bot.slack.run import CannotStart, missing_setting


@click.command("serve")
@click.option("--http", "http_mode", is_flag=True, help="Serve Slack's HTTP requests on /slack/events instead of Socket Mode.")
@click.option("--port", type=int, default=3000, show_default=True, help="Port for --http.")
@click.option("--host", default="0.0.0.0", show_default=True, help="Address for --http.")
@INDEX_OPTION
@click.pass_obj
def serve_command(settings: Settings, http_mode: bool, port: int, host: str, index_dir: Path | None) -> None:
    """Run the Slack bot and the digest scheduler until stopped."""
    from bot.slack.run import run_bot

    if problem := missing_setting(settings, http=http_mode):
        raise click.ClickException(problem)
    from bot.fetch.sources import SourceError

    settings = wiring.with_index(settings, index_dir)
    try:
        schedule = settings.fetch_config().schedule  # a bad fetch setting stops the start, in one line
    except SourceError as e:
        raise click.ClickException(str(e)) from e
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("kkrbot.serve").info(
        "fetching from KL's KKR pages: %s", f"cron '{schedule}' (KKRBOT_FETCH_SCHEDULE)" if schedule else "off")
    try:
        run_bot(settings, engine_for(settings), http_mode=http_mode, host=host, port=port)
    except CannotStart as e:
        raise click.ClickException(str(e)) from e
