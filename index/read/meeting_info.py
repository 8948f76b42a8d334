"""The facts about a meeting that no single item holds: council, date (or a window), kind.

Each is taken from the strongest evidence first, as issue 2 orders it (issue 9 put the
cover page first: `index.read.document` passes the cover's date and council as `header`
when the file has a cover):
- date: the cover's "Dato:", else the page header; item 1.x "Godkendelse af dagsorden ...
  mødet den 17. juni 2026"; KL's file name ("...-den-13-april-2026.pdf"); the date the caller gives;
- council: the cover, else the page header; the file name ("...-kkr-midtjylland-..."); the text;
  the caller's;
- kind: the cover's "DAGSORDEN" / "REFERAT", else minutes when any item has a Beslutning.
Without a date, the window runs from the previous meeting (whose minutes item 1.x approves)
to the next one (the date item 6.x names).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Sequence

from index.lazy_patterns import lazy
from index.councils import canonical_council
from index.dates import date_from_filename, find_dates, parse_danish_date
from index.model import BESLUTNING, COUNCILS, DocumentKind
from index.read.segment import DraftItem

__all__ = ["council_of", "date_window", "document_kind", "meeting_date_of"]

_AGENDA_DATE = lazy(r"dagsorden\w*\b[^.\n]{0,100}?\bmødet?\s+(?:den\s+|d\.\s*)", re.I)
_PREVIOUS = lazy(r"referat\w*\s+(?:fra|af)\s+(?:det\s+)?(?:seneste\s+)?møde", re.I)
_FILE_COUNCIL = lazy(r"kkr-([a-zæøå]+)", re.I)


def meeting_date_of(
    header: date | None, items: Sequence[DraftItem], source: str, given: date | None
) -> date | None:
    if header is not None:
        return header
    for item in items:
        if not item.number.startswith("1."):
            continue
        for text in (item.title, *(s.text for s in item.sections)):
            for m in _AGENDA_DATE.finditer(text):
                found = parse_danish_date(text[m.end() : m.end() + 30])
                if found is not None:
                    return found
    return date_from_filename(source.rsplit("/", 1)[-1]) or given


def council_of(header: str | None, text: str, source: str, given: str | None) -> str | None:
    """`text` is the whole document's text: the council it names most often."""
    if header is not None and (c := canonical_council(header)):
        return c
    for m in _FILE_COUNCIL.finditer(source.rsplit("/", 1)[-1]):
        if c := canonical_council("kkr " + m.group(1).replace("ae", "æ").replace("oe", "ø")):
            return c
    counts: Counter[str] = Counter()
    for name in COUNCILS:
        counts[name] = len(re.findall(rf"\b{re.escape(name)}s?\b", text))
    best = counts.most_common(1)
    if best and best[0][1] > 0:
        return best[0][0]
    return canonical_council(given) or given if given else None


def document_kind(items: Sequence[DraftItem]) -> DocumentKind:
    return "minutes" if any(s.heading == BESLUTNING for it in items for s in it.sections) else "agenda"


def date_window(items: Sequence[DraftItem]) -> tuple[date | None, date | None]:
    """(previous meeting, next meeting): the meeting lies strictly between them."""
    after: date | None = None
    for item in items:
        if not item.number.startswith("1."):
            continue
        for text in (item.title, *(s.text for s in item.sections)):
            for m in _PREVIOUS.finditer(text):
                found = next(iter(find_dates(text[m.end() : m.end() + 80])), None)
                if found is not None and (after is None or found.value > after):
                    after = found.value
    before: date | None = None
    for item in items:
        if not item.number.startswith("6."):
            continue
        for text in (item.title, *(s.text for s in item.sections)):
            for found in find_dates(text):
                if after is None or found.value > after:
                    before = found.value
                    break
            if before is not None:
                return after, before
    return after, before
