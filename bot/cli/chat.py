"""`kkrbot chat`: the bot in a terminal, through the same Conversation the Slack listeners use.

Each line is a direct message (a line starting with `/kkr` is the slash command); the reply's
blocks are printed as text. Buttons are numbered: typing the number presses it. With `--sample`
the bundled corpus is ingested first (by `kkrbot ingest --sample`), so a fresh machine shows the
product without a Slack workspace. Added to the `kkrbot` group in bot/cli/main.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Callable, Iterator
from zoneinfo import ZoneInfo

import click

from bot.cli.ask import TODAY_OPTION
from bot.render.answers import Reply
from bot.settings import Settings
from bot.cli.ingest import INDEX_OPTION, engine_for, ingest_command
from bot.render.plain_text import blocks_to_text

CHAT_USER = "terminal"
CHAT_CHANNEL = "terminal"
SLACK_ONLY = "“/kkr {name}” virker kun i Slack (den gemmer abonnementer for en kanal eller en bruger)."


def make_clock(timezone: str, today: date | None) -> Callable[[], datetime]:
    """The wall clock, or noon of `today` when the user stands on a fixed date."""
    tz = ZoneInfo(timezone)
    if today is None:
        return lambda: datetime.now(tz)
    fixed = datetime.combine(today, time(12), tz)
    return lambda: fixed


def buttons(reply: Reply) -> list[tuple[str, str, str]]:
    """(label, action_id, value) of every button in `reply`, in reading order."""
    found = []
    for b in reply.blocks:
        elements = [b["accessory"]] if b.get("accessory") else []
        elements += b.get("elements", []) if b.get("type") == "actions" else []
        found += [(e["text"]["text"], e["action_id"], e.get("value", "")) for e in elements if e.get("type") == "button"]
    return found


def render(reply: Reply) -> str:
    """The reply as text, each button shown as `[n label]` so it can be pressed by its number."""
    text = blocks_to_text(reply.blocks)
    for n, (label, _, _) in enumerate(buttons(reply), 1):
        text = text.replace(f"[{label}]", f"[{n} {label}]", 1)
    return text


def _lines(prompt: bool) -> Iterator[str]:
    stdin = click.get_text_stream("stdin")
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


def chat_loop(conversation, lines: Iterator[str], echo: Callable[[str], None]) -> None:
    """Send each line through `conversation` as a DM (or `/kkr …` command); print the replies."""
    last: list[tuple[str, str, str]] = []
    for line in lines:
        if line.isdigit() and 1 <= int(line) <= len(last):
            _, action_id, value = last[int(line) - 1]
            reply = conversation.action(action_id, value, user=CHAT_USER)
            if reply is None:
                continue
        elif line == "/kkr" or line.startswith("/kkr "):
            reply = conversation.command(line[4:].strip(), user=CHAT_USER, channel=CHAT_CHANNEL)
        else:
            reply = conversation.question(line, user=CHAT_USER)
        last = buttons(reply)
        echo(render(reply) + "\n")


def _slack_only(name: str) -> Callable[..., str]:
    return lambda args, *, channel, user: SLACK_ONLY.format(name=name)


@click.command("chat")
@INDEX_OPTION
@click.option("--sample", is_flag=True, help="First ingest the bundled sample corpus (unchanged ones are skipped).")
@TODAY_OPTION
@click.pass_context
def chat_command(ctx: click.Context, index_dir: Path | None, sample: bool, today: datetime | None) -> None:
    """Talk to kkrbot in the terminal: one question per line; a number presses a button; an empty line or Ctrl-D ends."""
    from bot.conversation import Conversation
    from bot.digests.commands import SUBCOMMANDS
    from bot.state.db import state_for
    from bot.state.feedback import FeedbackStore

    settings: Settings = ctx.obj
    if sample:
        ctx.invoke(ingest_command, index_dir=index_dir, meeting_date=None, council=None, sample=True, paths=())
    interactive = click.get_text_stream("stdin").isatty()
    with engine_for(settings, index_dir) as engine:
        # the state beside the index asked for (KKRBOT_DATABASE_URL / KKRBOT_STATE_DB still win)
        state = state_for(replace(settings, index_dir=index_dir) if index_dir else settings)
        conversation = Conversation(
            engine,
            clock=make_clock(settings.timezone, today.date() if today else None),
            subcommands={name: _slack_only(name) for name in SUBCOMMANDS},
            feedback=FeedbackStore(state),
        )
        if interactive:
            click.echo(f"kkrbot chat · {engine.item_count()} punkter i {engine.index_dir}. Spørg løs; et tal trykker på knappen med det nummer; tom linje eller Ctrl-D slutter.\n")
        chat_loop(conversation, _lines(interactive), click.echo)
