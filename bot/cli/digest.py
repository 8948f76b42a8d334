"""`kkrbot next` and `kkrbot digest preview`: thin click shells over index.search.upcoming and the
digests (registered in bot/cli/main.py)."""

from __future__ import annotations

import json
from datetime import datetime, time
from pathlib import Path

import click

from bot import wiring
from bot.cli.options import INDEX_OPTION, TODAY_OPTION, day, engine_for
from bot.settings import Settings
from index.councils import council_named
from index.model import COUNCILS


def _council(name: str | None) -> str | None:
    if name is None:
        return None
    found = council_named(name)
    if found:
        return found
    raise click.ClickException(f"unknown council {name!r}; one of: {', '.join(COUNCILS)}")


@click.command("next")
@click.argument("council", required=False)
@INDEX_OPTION
@TODAY_OPTION
@click.option("--days", type=int, default=None, help="Only meetings within this many days.")
@click.option("--json", "as_json", is_flag=True, help="Print the meetings as JSON.")
@click.pass_obj
def next_meetings(settings: Settings, council: str | None, index_dir: Path | None, today: datetime | None,
                  days: int | None, as_json: bool) -> None:  # fmt: skip
    """The next meetings (per council): agendas in, else the plan in the last item 6.1."""
    from bot.render.terminal import upcoming_json, upcoming_text
    from index.search.upcoming import upcoming_meetings

    settings = wiring.with_index(settings, index_dir)
    council = _council(council)
    with engine_for(settings) as engine:
        found = upcoming_meetings(engine.meetings(), today=wiring.clock(settings, day(today))().date(), council=council,
                                  horizon_days=days)  # fmt: skip
    click.echo(json.dumps(upcoming_json(found), ensure_ascii=False, indent=2) if as_json else upcoming_text(found))


@click.group("digest")
def digest() -> None:
    """Scheduled digests (subscribe channels in Slack: /kkr digest weekly mon 08:00)."""


@digest.command("preview")
@click.option("--channel", help="Preview this channel's digest (its councils and what it was last sent).")
@INDEX_OPTION
@TODAY_OPTION
@click.pass_obj
def digest_preview(settings: Settings, channel: str | None, index_dir: Path | None, today: datetime | None) -> None:
    """Print what a digest would post now, without posting or recording anything."""
    from bot.digests.scheduler import build_digest, render_digest
    from bot.render.terminal import digest_text
    from bot.state.subscriptions import DigestSubscription

    settings = wiring.with_index(settings, index_dir)
    clock = wiring.clock(settings, day(today))
    posting = wiring.posting_state(settings, clock)
    sub = posting.subscriptions.of(channel) if channel else None
    if channel and sub is None:
        raise click.ClickException(f"channel {channel} has no digest subscription")
    sub = sub or DigestSubscription(channel or "preview", "daily", "08:00")
    hour, minute = (int(x) for x in sub.time.split(":"))
    now = clock()
    slot = datetime.combine(now.date(), time(hour, minute), now.tzinfo) if today else now
    with engine_for(settings) as engine:
        rt = wiring.runtime(settings, engine, clock, posting=posting)
        _, blocks = render_digest(rt, build_digest(rt, sub, slot))
    click.echo(digest_text(blocks))
