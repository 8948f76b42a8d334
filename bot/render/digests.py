"""Block Kit for what kkrbot posts unasked: digests, arrival posts, topic alerts. Pure functions.

Each returns `(text, blocks)`: `text` is the notification/fallback line Slack needs on every post.
Text is escaped here (&, <, >) and marked verbatim; sections stay under Slack's 3000 characters
and messages under 50 blocks, with "… og N mere" instead of a rejected post.
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from bot.render.answers import source_mrkdwn
from bot.render.mrkdwn import da_date, esc, meeting_when
from bot.render.mrkdwn import capped as _capped
from bot.render.mrkdwn import context as _context
from bot.render.mrkdwn import header as _header
from bot.render.mrkdwn import packed as _packed
from bot.render.mrkdwn import section as _section
from index.model import AgendaItem
from index.search.upcoming import UpcomingMeeting, one_line


def _meeting_label(council: str, d: date | None, window: tuple[date | None, date | None] = (None, None)) -> str:
    return f"{esc(council)} · {meeting_when(d, window)}"


def upcoming_lines(u: UpcomingMeeting) -> list[str]:
    head = f"*{_meeting_label(u.council, u.meeting_date)}*"
    if u.preliminary:
        head += " _(foreløbig: punkter fra seneste møde, dagsorden ikke udsendt endnu)_"
    lines = [head]
    for item in u.items:
        number = f"*{esc(item.item_number)}* " if item.item_number else ""
        line = f"• {number}{esc(item.title)}"
        if item.recommendation:
            line += f"\n      _{esc(item.recommendation)}_"
        lines.append(line)
    if not u.items:
        lines.append("_ingen punkter oplyst_")
    return lines


def decision_line(item: AgendaItem, limit: int = 300) -> str:
    decision = one_line(item.decision, limit) or "_ingen beslutning ført til referat_"
    label = f"{_meeting_label(item.council, item.meeting_date, item.date_window)} · punkt {esc(item.item_number)}"
    return f"*{esc(item.title)}*\n_{label}_\n> {esc(decision) if item.decision else decision}"


def digest_blocks(upcoming: Sequence[UpcomingMeeting], decisions: Sequence[AgendaItem], *, today: date,
                  horizon_days: int = 14) -> tuple[str, list[dict]]:  # fmt: skip
    """The scheduled digest: meetings in the next `horizon_days`, then decisions since the last one."""
    blocks: list[dict] = [_header(f"KKR-overblik {da_date(today)}")]
    if upcoming:
        blocks.append(_context(f"Møder de næste {horizon_days} dage"))
        for u in upcoming:
            blocks.extend(_packed(upcoming_lines(u)))
    else:
        blocks.append(_context(f"Ingen KKR-møder de næste {horizon_days} dage."))
    if decisions:
        blocks.append({"type": "divider"})
        blocks.append(_context("Beslutninger fra referater modtaget siden sidste overblik"))
        blocks.extend(_packed(decision_line(i) for i in decisions))
    text = (
        f"KKR-overblik {da_date(today)}: {len(upcoming)} kommende møde(r), "
        f"{len(decisions)} ny(e) beslutning(er)"
    )
    return text, _capped(blocks)


def arrival_blocks(items: Sequence[AgendaItem]) -> tuple[str, list[dict]]:
    """A new agenda (its items and recommendations) or new minutes (their decisions), as one post."""
    first = items[0]
    label = _meeting_label(first.council, first.meeting_date, first.date_window)
    when = meeting_when(first.meeting_date, first.date_window)
    if first.document_kind == "minutes":
        title = f"Nyt referat: {first.council} · {when}"
        lines = [decision_line(i) for i in items]
    else:
        title = f"Ny dagsorden: {first.council} · {when}"
        lines = []
        for i in items:
            rec = one_line(i.recommendation)
            lines.append(f"• *{esc(i.item_number)}* {esc(i.title)}" + (f"\n      _{esc(rec)}_" if rec else ""))
    blocks = [_header(title), _context(f"{label} · {len(items)} punkter · {source_mrkdwn(first.source)}")]
    return esc(title), _capped(blocks + _packed(lines))


def alert_blocks(item: AgendaItem, topic: str) -> tuple[str, list[dict]]:
    """A DM to someone who follows `topic`: the item, its decision or recommendation."""
    kind = "referat" if item.document_kind == "minutes" else "dagsorden"
    text = esc(f"Nyt om “{topic}”: {item.council} · punkt {item.item_number} {item.title}")
    if item.decision:
        body = f"*Beslutning:* {esc(one_line(item.decision, 600) or '')}"
    elif item.recommendation:
        body = f"*Indstilling:* {esc(one_line(item.recommendation, 600) or '')}"
    else:
        body = "_Ingen indstilling eller beslutning i punktet._"
    blocks = [
        _section(f"*{esc(item.title)}*\n_{_meeting_label(item.council, item.meeting_date, item.date_window)} · punkt {esc(item.item_number)} · {kind}_"),
        _section(body),
        _context(f"Du følger “{esc(topic)}” · `/kkr unfollow {esc(topic)}` for at stoppe"),
    ]  # fmt: skip
    return text, blocks
