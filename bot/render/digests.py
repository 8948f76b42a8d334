"""Block Kit for what kkrbot posts unasked: digests, arrival posts, topic alerts. Pure functions.

Each returns `(text, blocks)`: `text` is the notification/fallback line Slack needs on every post.
Text is escaped here (&, <, >) and marked verbatim; sections stay under Slack's 3000 characters
and messages under 50 blocks, with "… og N mere" instead of a rejected post. Danish unless a
`language` is given (the words are bot/render/labels.toml's).
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from bot.render.answers import source_mrkdwn
from bot.render.labels import kind_label, label, labels
from bot.render.mrkdwn import esc, human_date, meeting_when
from bot.render.mrkdwn import capped as _capped
from bot.render.mrkdwn import context as _context
from bot.render.mrkdwn import header as _header
from bot.render.mrkdwn import packed as _packed
from bot.render.mrkdwn import section as _section
from index.model import AgendaItem
from index.search.upcoming import UpcomingMeeting, one_line


def _meeting_label(council: str, d: date | None, window: tuple[date | None, date | None] = (None, None),
                   language: str = "da") -> str:  # fmt: skip
    return f"{esc(council)} · {meeting_when(d, window, language)}"


def upcoming_lines(u: UpcomingMeeting, language: str = "da") -> list[str]:
    lab = labels(language)
    head = f"*{_meeting_label(u.council, u.meeting_date, language=language)}*"
    if u.preliminary:
        head += f" _({lab['preliminary_items']})_"
    lines = [head]
    for item in u.items:
        number = f"*{esc(item.item_number)}* " if item.item_number else ""
        line = f"• {number}{esc(item.title)}"
        if item.recommendation:
            line += f"\n      _{esc(item.recommendation)}_"
        lines.append(line)
    if not u.items:
        lines.append(f"_{lab['no_items_listed']}_")
    return lines


def decision_line(item: AgendaItem, limit: int = 300, language: str = "da") -> str:
    decision = one_line(item.decision, limit) or f"_{labels(language)['no_decision_minutes'].lower()}_"
    where = _meeting_label(item.council, item.meeting_date, item.date_window, language)
    ref = label("item_ref", language, number=esc(item.item_number))
    return f"*{esc(item.title)}*\n_{where} · {ref}_\n> {esc(decision) if item.decision else decision}"


def digest_blocks(upcoming: Sequence[UpcomingMeeting], decisions: Sequence[AgendaItem], *, today: date,
                  horizon_days: int = 14, language: str = "da") -> tuple[str, list[dict]]:  # fmt: skip
    """The scheduled digest: meetings in the next `horizon_days`, then decisions since the last one."""
    lab, day = labels(language), human_date(today, language)
    blocks: list[dict] = [_header(label("digest_title", language, date=day))]
    if upcoming:
        blocks.append(_context(label("digest_meetings", language, days=horizon_days)))
        for u in upcoming:
            blocks.extend(_packed(upcoming_lines(u, language)))
    else:
        blocks.append(_context(label("digest_no_meetings", language, days=horizon_days)))
    if decisions:
        blocks.append({"type": "divider"})
        blocks.append(_context(lab["digest_decisions"]))
        blocks.extend(_packed(decision_line(i, language=language) for i in decisions))
    text = label("digest_text", language, date=day, meetings=len(upcoming), decisions=len(decisions))
    return text, _capped(blocks, language=language)


def arrival_blocks(items: Sequence[AgendaItem], language: str = "da") -> tuple[str, list[dict]]:
    """A new agenda (its items and recommendations) or new minutes (their decisions), as one post."""
    first = items[0]
    where = _meeting_label(first.council, first.meeting_date, first.date_window, language)
    when = meeting_when(first.meeting_date, first.date_window, language)
    if first.document_kind == "minutes":
        title = label("arrival_minutes", language, council=first.council, when=when)
        lines = [decision_line(i, language=language) for i in items]
    else:
        title = label("arrival_agenda", language, council=first.council, when=when)
        lines = []
        for i in items:
            rec = one_line(i.recommendation)
            lines.append(f"• *{esc(i.item_number)}* {esc(i.title)}" + (f"\n      _{esc(rec)}_" if rec else ""))
    count = label("items_count", language, n=len(items))
    blocks = [_header(title), _context(f"{where} · {count} · {source_mrkdwn(first.source)}")]
    return esc(title), _capped(blocks + _packed(lines), language=language)


def alert_blocks(item: AgendaItem, topic: str, language: str = "da") -> tuple[str, list[dict]]:
    """A DM to someone who follows `topic`: the item, its decision or recommendation."""
    lab = labels(language)
    kind = kind_label(item.document_kind, language)
    text = esc(label("alert_text", language, topic=topic, council=item.council, number=item.item_number, title=item.title))
    if item.decision:
        body = f"*{lab['decision_label']}:* {esc(one_line(item.decision, 600) or '')}"
    elif item.recommendation:
        body = f"*{lab['recommendation_label']}:* {esc(one_line(item.recommendation, 600) or '')}"
    else:
        body = f"_{lab['alert_nothing']}_"
    where = _meeting_label(item.council, item.meeting_date, item.date_window, language)
    ref = label("item_ref", language, number=esc(item.item_number))
    blocks = [
        _section(f"*{esc(item.title)}*\n_{where} · {ref} · {kind}_"),
        _section(body),
        _context(label("alert_following", language, topic=esc(topic))),
    ]
    return text, blocks
