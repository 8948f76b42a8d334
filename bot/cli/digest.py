"""`kkrbot next` and `kkrbot digest preview`: thin click shells over index.search.upcoming and bot.digests.

Added to the `kkrbot` group in bot/cli/main.py with `main.add_command`.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import click

from bot.render.mrkdwn import da_date
from bot.digests.scheduler import Digest, Runtime, build_digest, render_digest, system_clock
from bot.settings import Settings
from bot.state.db import state_for
from bot.state.subscriptions import DigestSubscription, SubscriptionStore
from index.councils import council_named
from index.model import COUNCILS
from index.search.upcoming import UpcomingMeeting, upcoming_meetings


def _engine(settings: Settings):
    from bot.cli.ingest import engine_for  # the store's one-line errors for a missing/locked index

    return engine_for(settings, None)


def _today(settings: Settings, given: datetime | None) -> date:
    return given.date() if given else datetime.now(ZoneInfo(settings.timezone)).date()


def _council(name: str | None) -> str | None:
    if name is None:
        return None
    found = council_named(name)
    if found:
        return found
    raise click.ClickException(f"unknown council {name!r}; one of: {', '.join(COUNCILS)}")


def upcoming_as_data(meetings: list[UpcomingMeeting]) -> list[dict]:
    return [
        {
            "council": u.council,
            "meeting_date": u.meeting_date.isoformat(),
            "preliminary": u.preliminary,
            "items": [{"item_number": i.item_number, "title": i.title, "recommendation": i.recommendation} for i in u.items],
            "source": u.source,
            "based_on": u.based_on,
        }
        for u in meetings
    ]


def upcoming_as_text(meetings: list[UpcomingMeeting]) -> str:
    if not meetings:
        return "No upcoming meetings known."
    out: list[str] = []
    for u in meetings:
        kind = f"PRELIMINARY, from item {u.based_on.rsplit('/', 1)[-1]} of {u.source}" if u.preliminary and u.based_on else f"agenda {u.source}"
        out.append(f"{u.council} · {da_date(u.meeting_date)} ({u.meeting_date.isoformat()}) · {kind}")
        for i in u.items:
            out.append(f"  {i.item_number or '-':<5} {i.title}")
            if i.recommendation:
                out.append(f"        {i.recommendation}")
        out.append("")
    return "\n".join(out).rstrip()


@click.command("next")
@click.argument("council", required=False)
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="Stand on this date instead of today.")
@click.option("--days", type=int, default=None, help="Only meetings within this many days.")
@click.option("--json", "as_json", is_flag=True, help="Print the meetings as JSON.")
@click.pass_obj
def next_meetings(settings: Settings, council: str | None, today: datetime | None, days: int | None, as_json: bool) -> None:
    """The next meetings (per council): agendas in, else the plan in the last item 6.1."""
    found = upcoming_meetings(_engine(settings).meetings(), today=_today(settings, today), council=_council(council),
                              horizon_days=days)  # fmt: skip
    click.echo(json.dumps(upcoming_as_data(found), ensure_ascii=False, indent=2) if as_json else upcoming_as_text(found))


def blocks_as_text(blocks: list[dict]) -> str:
    """Block Kit as readable terminal text (headers, sections, context lines, dividers)."""
    out: list[str] = []
    for b in blocks:
        if b["type"] == "header":
            out.append(f"== {b['text']['text']} ==")
        elif b["type"] == "section":
            out.append(b["text"]["text"])
        elif b["type"] == "context":
            out.append(" ".join(e.get("text", "") for e in b["elements"]))
        elif b["type"] == "divider":
            out.append("-" * 40)
    return "\n".join(out).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@click.group("digest")
def digest() -> None:
    """Scheduled digests (subscribe channels in Slack: /kkr digest weekly mon 08:00)."""


@digest.command("preview")
@click.option("--channel", help="Preview this channel's digest (its councils and what it was last sent).")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="Stand on this date instead of today.")
@click.pass_obj
def digest_preview(settings: Settings, channel: str | None, today: datetime | None) -> None:
    """Print what a digest would post now, without posting or recording anything."""
    store = SubscriptionStore(state_for(settings))
    sub = store.digest(channel) if channel else None
    if channel and sub is None:
        raise click.ClickException(f"channel {channel} has no digest subscription")
    sub = sub or DigestSubscription(channel or "preview", "daily", "08:00")
    tz = ZoneInfo(settings.timezone)
    hour, minute = (int(x) for x in sub.time.split(":"))
    slot = datetime.combine(_today(settings, today), time(hour, minute), tz) if today else datetime.now(tz)
    rt = Runtime(settings, _engine(settings), store, None, system_clock(settings.timezone))
    digest_: Digest = build_digest(rt, sub, slot)
    text, blocks = render_digest(rt, digest_)
    click.echo(blocks_as_text(blocks))
