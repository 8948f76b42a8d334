"""The App Home tab: what kkrbot knows, how to ask it, and questions to try. Pure over the index.

Built from the engine's meetings and items each time the tab opens, so it is never out of date;
the example questions come from the index's own item titles (non-routine items of the latest
meetings), so they work on whatever corpus is loaded. Stays within the 100-block view limit.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Sequence

from bot.render.answers import MORE, query_value, source_mrkdwn
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


def _when(m: Meeting) -> str:
    return meeting_when(m.meeting_date, m.date_window)


def _kind(m: Meeting) -> str:
    return "referat" if m.document_kind == "minutes" else "dagsorden"


def _lower_first(title: str) -> str:
    """"Fordeling af …" → "fordeling af …", but "SOSU-…" stays (an acronym)."""
    if len(title) > 1 and title[0].isupper() and not title[1].isupper():
        return title[0].lower() + title[1:]
    return title


def example_questions(meetings: Sequence[Meeting], limit: int = EXAMPLES) -> list[str]:
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
                verb = "blev besluttet om" if i.document_kind == "minutes" else "indstilles om"
                q = f"Hvad {verb} {title}?"
                if q not in out:
                    out.append(q)
        depth += 1
    return out


def home_view(meetings: Sequence[Meeting], *, today: date, item_count: int | None = None) -> dict:
    """The App Home view (`views.publish` payload's `view`)."""
    blocks: list[dict] = [
        header("kkrbot: KKR's dagsordener og referater"),
        section(
            "Jeg svarer på spørgsmål om, hvad KKR har besluttet, og hvad der kommer op: med beslutningen, "
            "indstillingen og det afsnit, svaret står i, på dansk eller engelsk."
        ),
        section(
            "*Sådan spørger du*\n• `/kkr &lt;spørgsmål&gt;`: kun du ser svaret, og du kan dele det i kanalen\n"
            "• skriv til mig her under *Beskeder*\n• nævn @kkrbot i en kanal: jeg svarer i tråden\n"
            "• `/kkr next [råd]`: næste møde og dets punkter · `/kkr hjælp`: alle kommandoer"
        ),
        context("In English: ask in English and I answer in English, e.g. “what was decided on SOSU places in 2027”."),
    ]
    if not meetings:
        blocks += [divider(), section("_Indekset er tomt endnu._ Kør `kkrbot ingest --sample` eller `kkrbot ingest FIL.pdf`.")]
        return {"type": "home", "blocks": blocks}

    examples = example_questions(meetings)
    if examples:
        blocks += [divider(), section("*Prøv fx*\n" + "\n".join(f"• {esc(q)}" for q in examples))]
        # a click asks the question; the answer comes in a DM (App Home has no thread to answer in)
        blocks.append(actions(*(button(q, f"{MORE}_{n}", query_value(q, 0)) for n, q in enumerate(examples, 1))))

    upcoming = upcoming_meetings(meetings, today=today)
    if upcoming:
        lines = ["*Næste møder*"]
        for u in upcoming[:6]:
            note = " _(foreløbig plan)_" if u.preliminary else ""
            lines.append(f"• {human_date(u.meeting_date)} · {esc(u.council)} · {len(u.items)} punkter{note}")
        blocks += [divider()] + packed(lines)

    items = Counter(m.council for m in meetings for _ in m.items)
    docs = Counter(m.council for m in meetings)
    total = item_count if item_count is not None else sum(items.values())
    lines = [f"*Det ved jeg* ({len(meetings)} dokumenter, {total} punkter)"]
    lines += [f"• {esc(c)}: {docs[c]} møder, {items[c]} punkter" for c in sorted(docs)]
    blocks += [divider()] + packed(lines)

    ordered = _by_recency(meetings)
    lines = ["*Møder*"]
    for m in ordered[:MEETINGS_SHOWN]:
        lines.append(f"• {_when(m)} · {esc(m.council)} · {_kind(m)} · {len(m.items)} punkter")
    if len(ordered) > MEETINGS_SHOWN:
        lines.append(f"_… og {len(ordered) - MEETINGS_SHOWN} møder mere_")
    blocks += packed(lines)

    lines = ["*Seneste dokumenter*"]
    lines += [f"• {source_mrkdwn(m.source)} ({esc(m.council)}, {_kind(m)})" for m in ordered[:LATEST_SHOWN]]
    blocks += packed(lines)
    return {"type": "home", "blocks": capped(blocks, limit=MAX_VIEW_BLOCKS)}
