"""The App Home tab: what kkrbot knows, how to ask it, and questions to try. Pure over the index.

Built from the engine's meetings and items each time the tab opens, so it is never out of date;
the example questions come from the index's own item titles (non-routine items of the latest
meetings), so they work on whatever corpus is loaded. In the reader's language (Danish, or
English for a Slack set to English: bot/slack/languages.py); the titles stay Danish. Stays within
the 100-block view limit.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Sequence

from bot.render.answers import MORE, query_value, source_mrkdwn
from bot.render.labels import kind_label, label, labels
from bot.render.mrkdwn import MAX_VIEW_BLOCKS, actions, button, capped, context, divider, esc, header, human_date, meeting_when, packed, section
from index.model import AgendaItem, Meeting
from index.search.timeline import ROUTINE_SECTIONS
from index.search.upcoming import upcoming_meetings

MEETINGS_SHOWN = 15
LATEST_SHOWN = 5
EXAMPLES = 4
MAX_EXAMPLE_TITLE = 90


def _meeting_day(m: Meeting) -> date | None:
    """The meeting date, else the best bound the text gives (for ordering only)."""
    return m.meeting_date or m.date_window[1] or m.date_window[0]


def _by_recency(meetings: Sequence[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (_meeting_day(m) or date.min, m.council), reverse=True)


def _when(m: Meeting, language: str) -> str:
    return meeting_when(m.meeting_date, m.date_window, language)


def _kind(m: Meeting, language: str) -> str:
    return kind_label(m.document_kind, language)


def _lower_first(title: str) -> str:
    """"Fordeling af …" → "fordeling af …", but "SOSU-…" stays (an acronym)."""
    if len(title) > 1 and title[0].isupper() and not title[1].isupper():
        return title[0].lower() + title[1:]
    return title


def example_questions(meetings: Sequence[Meeting], limit: int = EXAMPLES, language: str = "da") -> list[str]:
    """Questions made from the titles of non-routine items of the latest meetings, one per meeting first."""
    rounds: list[list[AgendaItem]] = []
    for m in _by_recency(meetings):
        items = [
            i for i in m.items
            if i.item_number.split(".")[0] not in ROUTINE_SECTIONS and 8 <= len(" ".join(i.title.split())) <= MAX_EXAMPLE_TITLE
        ]  # fmt: skip
        if items:
            rounds.append(items)
    out: list[str] = []
    depth = 0
    while len(out) < limit and any(depth < len(r) for r in rounds):
        for items in rounds:
            if depth < len(items) and len(out) < limit:
                i = items[depth]
                title = _lower_first(" ".join(i.title.split()))
                asked = "example_decided" if i.document_kind == "minutes" else "example_recommended"
                q = label(asked, language, title=title)
                if q not in out:
                    out.append(q)
        depth += 1
    return out


def home_view(meetings: Sequence[Meeting], *, today: date, item_count: int | None = None, language: str = "da") -> dict:
    """The App Home view (`views.publish` payload's `view`) in `language` ("en", else Danish)."""
    lab = labels(language)
    blocks: list[dict] = [
        header(lab["home_title"]),
        section(lab["home_intro"]),
        section(lab["home_how"]),
        context(lab["home_other_language"]),
    ]
    if not meetings:
        blocks += [divider(), section(lab["home_empty"])]
        return {"type": "home", "blocks": blocks}

    examples = example_questions(meetings, language=language)
    if examples:
        blocks += [divider(), section(f"*{lab['home_try']}*\n" + "\n".join(f"• {esc(q)}" for q in examples))]
        # a click asks the question; the answer comes in a DM (App Home has no thread to answer in)
        blocks.append(actions(*(button(q, f"{MORE}_{n}", query_value(q, 0)) for n, q in enumerate(examples, 1))))

    upcoming = upcoming_meetings(meetings, today=today)
    if upcoming:
        lines = [f"*{lab['home_next']}*"]
        for u in upcoming[:6]:
            note = f" _({lab['home_preliminary']})_" if u.preliminary else ""
            count = label("items_count", language, n=len(u.items))
            lines.append(f"• {human_date(u.meeting_date, language)} · {esc(u.council)} · {count}{note}")
        blocks += [divider()] + packed(lines)

    items = Counter(m.council for m in meetings for _ in m.items)
    docs = Counter(m.council for m in meetings)
    total = item_count if item_count is not None else sum(items.values())
    lines = [f"*{lab['home_known']}* ({label('home_known_counts', language, documents=len(meetings), items=total)})"]
    lines += [f"• {esc(c)}: {label('home_council_counts', language, meetings=docs[c], items=items[c])}" for c in sorted(docs)]
    blocks += [divider()] + packed(lines)

    ordered = _by_recency(meetings)
    lines = [f"*{lab['home_meetings']}*"]
    for m in ordered[:MEETINGS_SHOWN]:
        count = label("items_count", language, n=len(m.items))
        lines.append(f"• {_when(m, language)} · {esc(m.council)} · {_kind(m, language)} · {count}")
    if len(ordered) > MEETINGS_SHOWN:
        lines.append(f"_{label('home_more_meetings', language, n=len(ordered) - MEETINGS_SHOWN)}_")
    blocks += packed(lines)

    lines = [f"*{lab['home_latest']}*"]
    lines += [f"• {source_mrkdwn(m.source)} ({esc(m.council)}, {_kind(m, language)})" for m in ordered[:LATEST_SHOWN]]
    blocks += packed(lines)
    return {"type": "home", "blocks": capped(blocks, limit=MAX_VIEW_BLOCKS, language=language)}
