"""What `kkrbot sources` and `/kkr status` show: each configured listing page and what fetching
has seen of it (never checked yet, last check, last change, documents found, failures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from bot.fetch.sources import Source
from bot.state.fetch import FetchState

__all__ = ["SourceStatus", "source_statuses"]


@dataclass(frozen=True)
class SourceStatus:
    council: str
    url: str
    last_check: datetime | None
    last_change: datetime | None
    documents_found: int  # agendas and minutes the page listed when it last changed
    documents_in: int  # of those, fetched and in the index
    documents_failed: int  # could not be fetched or read (tried again as the docs say)
    last_error: str | None  # of the listing page itself


def source_statuses(sources: Iterable[Source], state: FetchState) -> list[SourceStatus]:
    """One row per configured source, in the configured order."""
    seen = {s.url: s for s in state.sources()}
    docs = state.documents()
    out = []
    for source in sources:
        s = seen.get(source.url)
        mine = [d for d in docs if d.source_url == source.url and d.kind != "attachment"]
        out.append(SourceStatus(
            source.council, source.url,
            s.last_check if s else None, s.last_change if s else None, s.documents_found if s else 0,
            sum(1 for d in mine if d.status in ("ingested", "duplicate")),
            sum(1 for d in mine if d.status == "failed"),
            s.last_error if s else None,
        ))  # fmt: skip
    return out
