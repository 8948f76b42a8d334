"""`kkrbot feedback`: the 👍/👎 votes on answers, for evaluating the search (registered in bot/cli/main.py)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from bot import wiring
from bot.cli.options import INDEX_OPTION
from bot.settings import Settings


@click.command("feedback")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="One JSON object per vote.")
@click.option("--down", is_flag=True, help="Only the 👎 votes (the questions to look at).")
@click.pass_obj
def feedback_command(settings: Settings, index_dir: Path | None, as_json: bool, down: bool) -> None:
    """Print the votes people gave answers in Slack, oldest first."""
    settings = wiring.with_index(settings, index_dir)
    if settings.database_url is None and not settings.state_path.is_file():  # reading must not create the state file
        click.echo(f"no votes yet ({settings.state_path} does not exist)", err=True)
        return
    votes = wiring.feedback(settings, wiring.clock(settings)).votes("down" if down else None)
    for v in votes:
        if as_json:
            click.echo(json.dumps(v.as_dict(), ensure_ascii=False))
        else:
            items = ", ".join(v.item_ids) or "not found"
            click.echo(f"{v.at.isoformat(timespec='minutes')} {'👍' if v.vote == 'up' else '👎'} {v.user}: {v.question} → {items}")
    if not as_json:
        ups = sum(v.vote == "up" for v in votes)
        click.echo(f"{len(votes)} vote(s): {ups} 👍, {len(votes) - ups} 👎", err=True)
