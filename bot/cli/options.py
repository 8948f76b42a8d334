"""What every `kkrbot` command shares: the `--index` and `--today` options, and opening the engine
with the store's errors as one line for people."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from bot import wiring
from bot.settings import Settings

INDEX_OPTION = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path),
    help="Index folder (default: KKRBOT_INDEX, else var/index); the state file is kkrbot.sqlite beside it.",
)  # fmt: skip
TODAY_OPTION = click.option(
    "--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="Stand on this date (YYYY-MM-DD) instead of today."
)


def day(today: datetime | None) -> date | None:
    return today.date() if today else None


def engine_for(settings: Settings):
    """The engine, or a ClickException naming the index and what is wrong with it."""
    from index.store import StoreError

    try:
        return wiring.open_engine(settings)
    except StoreError as e:
        raise click.ClickException(str(e)) from e
