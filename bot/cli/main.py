"""The `kkrbot` command: a click group of thin commands over bot/wiring.py and the engine.

Each command turns our typed errors into one line for people (and exit status 1). A command's
module is imported only when it runs, and every command module imports only click and light
modules at its top, so `kkrbot --help` and `kkrbot ask` load no Slack SDK, APScheduler or
SQLAlchemy (tests/bot/cli/test_lean.py, test_main.py).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys

import click

from bot.settings import load_settings


# Each command's module is imported only when that command runs (click's lazy-group pattern):
# `kkrbot ask` need not import the scheduler, SQLAlchemy or Slack's SDK.
COMMANDS = {
    "ingest": "bot.cli.ingest:ingest_command",  # store + search
    "items": "bot.cli.ingest:items_command",
    "ask": "bot.cli.ask:ask_command",
    "eval": "bot.cli.ask:eval_command",
    "next": "bot.cli.digest:next_meetings",  # digests
    "digest": "bot.cli.digest:digest",
    "chat": "bot.cli.chat:chat_command",  # the terminal chat, feedback export
    "feedback": "bot.cli.feedback:feedback_command",
    "fetch": "bot.cli.fetch:fetch_command",  # fetching from KL's site
    "sources": "bot.cli.fetch:sources_command",
    "serve": "bot.cli.serve:serve_command",  # the Slack bot
}


class _Kkrbot(click.Group):
    """Commands loaded lazily (COMMANDS); a state database that cannot be opened is one line
    (bot.state.db.StateError), in every command."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name].split(":")
        return getattr(importlib.import_module(module), attr)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as e:
            state = sys.modules.get("bot.state.db")  # not imported: no state was opened (commands stay lean)
            if state is not None and isinstance(e, state.StateError):
                raise click.ClickException(str(e)) from e
            raise


@click.group(cls=_Kkrbot, context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """kkrbot: what your KKR decided, and what is coming up."""
    # At exit the interpreter's last full collections walk every object the command made (an open
    # index, the scheduler, Slack's SDK): 0.6-0.7 s of every `kkrbot serve` stop. Frozen objects
    # are skipped; the process's memory is freed with it. Registered once per process.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    # Most of what a command makes lives as long as the process (modules, the index's caches), so
    # the collector's default (a young collection every 700 new objects) found little to free and
    # walked the older objects again and again: 111 young, 10 middle and a full collection in one
    # `kkrbot ask`, ~0.03-0.05 s of its CPU (docs/benchmarks.md). Cycles are still collected, later.
    gc.set_threshold(10_000, 10, 10)
    try:
        ctx.obj = load_settings()
    except ValueError as e:  # a setting that cannot be read, e.g. KKRBOT_UMASK
        raise click.ClickException(str(e)) from e


if __name__ == "__main__":  # pragma: no cover
    main()
