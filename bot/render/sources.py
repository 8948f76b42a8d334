"""The fetch sources' state as text: a table for `kkrbot sources`, mrkdwn for `/kkr status` (pure).

Times are shown in the bot's time zone; a page never checked says so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence
from zoneinfo import ZoneInfo

from bot.fetch.status import SourceStatus
from bot.render.labels import label, labels
from bot.render.mrkdwn import esc, link

__all__ = ["sources_table", "status_mrkdwn"]

MAX_ERROR = 160  # characters of an error shown in Slack


def _when(t: datetime | None, tz: str, never: str) -> str:
    return t.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M") if t else never


def sources_table(rows: Sequence[SourceStatus], tz: str) -> str:
    """One block of lines per source, for the terminal."""
    if not rows:
        return "no sources configured (KKRBOT_SOURCES)"
    out = []
    for r in rows:
        out.append(f"{r.council}  {r.url}")
        out.append(f"  last check:  {_when(r.last_check, tz, 'never')}")
        out.append(f"  last change: {_when(r.last_change, tz, 'never')}")
        out.append(f"  documents:   {r.documents_found} listed, {r.documents_in} in the index, {r.documents_failed} failed")
        out.append(f"  last error:  {' '.join((r.last_error or 'none').split())}")
    return "\n".join(out)


def status_mrkdwn(rows: Sequence[SourceStatus], tz: str, language: str = "da") -> str:
    """`/kkr status`: one paragraph per source (Danish unless told, like the bot's other replies)."""
    lab = labels(language)
    if not rows:
        return lab["status_none"]
    parts = [f"*{lab['status_title']}*"]
    for r in rows:
        error = " ".join((r.last_error or "").split())
        if len(error) > MAX_ERROR:
            error = error[: MAX_ERROR - 1] + "…"
        checked = label("status_checked", language, checked=_when(r.last_check, tz, lab["status_never"]),
                        changed=_when(r.last_change, tz, lab["status_never"]))  # fmt: skip
        documents = label("status_documents", language, found=r.documents_found, ingested=r.documents_in, failed=r.documents_failed)
        parts.append(
            f"*{esc(r.council)}* · {link(r.url, lab['status_listing'])}\n{checked}\n{documents}"
            + (f"\n:warning: {label('status_error', language, error=esc(error))}" if error else "")
        )
    return "\n\n".join(parts)
