"""The `kkrbot` command: thin click commands over the functions in index/ and bot/.

Each command turns our typed errors into one line for people (and exit status 1).
"""

from __future__ import annotations

import sys

import click

from bot.settings import load_settings


class _Kkrbot(click.Group):
    """A state database that cannot be opened is one line (bot.state.db.StateError), in every command."""

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
    try:
        ctx.obj = load_settings()
    except ValueError as e:  # a setting that cannot be read, e.g. KKRBOT_UMASK
        raise click.ClickException(str(e)) from e


from bot.cli.ask import ask_command, eval_command  # noqa: E402  (store+search commands)
from bot.cli.ingest import ingest_command, items_command  # noqa: E402

for _command in (ingest_command, items_command, ask_command, eval_command):
    main.add_command(_command)

from bot.cli.digest import digest, next_meetings  # noqa: E402  (digests commands)

main.add_command(next_meetings)
main.add_command(digest)

from bot.cli.chat import chat_command  # noqa: E402  (Slack UI: the terminal chat, feedback export)
from bot.cli.feedback import feedback_command  # noqa: E402

main.add_command(chat_command)
main.add_command(feedback_command)

from bot.cli.fetch import fetch_command, sources_command  # noqa: E402  (fetching from KL's site)

main.add_command(fetch_command)
main.add_command(sources_command)

from bot.cli.serve import serve_command  # noqa: E402  (the Slack bot)

main.add_command(serve_command)

if __name__ == "__main__":  # pragma: no cover
    main()
