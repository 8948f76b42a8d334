"""`kkrbot chat`: the bot in a terminal (bot/chat.py), no Slack needed (registered in bot/cli/main.py).

With `--sample` the bundled corpus is ingested first (by `kkrbot ingest --sample`), so a fresh
machine shows the product without a Slack workspace.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Iterator

import click

from bot import wiring
from bot.cli.options import INDEX_OPTION, TODAY_OPTION, day, engine_for
from bot.settings import Settings


def _lines(prompt: bool) -> Iterator[str]:
    stdin = sys.stdin
    while True:
        if prompt:
            try:
                line = input("kkr> ")
            except EOFError:
                return
        else:
            line = stdin.readline()
            if not line:
                return
        line = line.strip()
        if not line:
            return
        yield line


@click.command("chat")
@INDEX_OPTION
@click.option("--sample", is_flag=True, help="First ingest the bundled sample corpus (unchanged ones are skipped).")
@TODAY_OPTION
@click.pass_context
def chat_command(ctx: click.Context, index_dir: Path | None, sample: bool, today: datetime | None) -> None:
    """Talk to kkrbot in the terminal: one question per line; a number presses a button; an empty line or Ctrl-D ends."""
    from bot.chat import chat_loop
    from bot.render.labels import label

    if sample:  # the group's own `kkrbot ingest --sample`, the same lines
        ingest = ctx.parent.command.get_command(ctx.parent, "ingest") if ctx.parent else None
        ctx.invoke(ingest, index_dir=index_dir, meeting_date=None, council=None, sample=True, paths=())
    settings: Settings = wiring.with_index(ctx.obj, index_dir)
    interactive = sys.stdin.isatty()
    clock = wiring.clock(settings, day(today))
    with engine_for(settings) as engine:
        conversation = wiring.conversation(settings, engine, clock)
        if interactive:
            click.echo(label("chat_banner", items=engine.item_count(), index=engine.index_dir) + "\n")
        chat_loop(conversation, _lines(interactive), click.echo)
