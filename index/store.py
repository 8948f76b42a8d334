"""The Whoosh store: one schema, atomic ingest of a meeting, and reading items and meetings back.

Two kinds of documents share the index: one per agenda item (`kind="item"`, searchable
fields plus the whole item as JSON) and one per meeting (`kind="meeting"`, its sections,
dates and content fingerprint). A meeting's changes are one writer and one commit; any
error cancels the writer, so a failed or interrupted ingest leaves the index as it was
(Whoosh only switches to new segments when the commit writes its table of contents).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher

from index.analysis import analyze, danish_analyzer, plain_analyzer
from index.codec import (
    item_from_dict,
    item_to_dict,
    meeting_fingerprint,
    meeting_from_dict,
    meeting_to_dict,
)
from index.model import (
    BESLUTNING,
    INDSTILLING,
    AgendaItem,
    Meeting,
)

IngestStatus = Literal["added", "unchanged", "replaced agenda"]
SEARCH_FIELDS = ("title", "recommendation", "decision", "body")


class StoreError(Exception):
    """The index could not be read or written; the message is one line for people."""


class StoreLocked(StoreError):
    """Another process holds the index's write lock."""


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did: "added" N items, "unchanged", or "replaced agenda" (with the ids it removed)."""

    status: IngestStatus
    count: int
    item_ids: tuple[str, ...] = ()
    replaced_ids: tuple[str, ...] = ()


def make_schema() -> Schema:
    da = danish_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),  # "item" | "meeting"
        meeting_id=ID(stored=True),
        content_hash=ID(stored=True),
        title=TEXT(analyzer=da),
        recommendation=TEXT(analyzer=da),
        decision=TEXT(analyzer=da),
        body=TEXT(analyzer=da),
        words=TEXT(analyzer=plain_analyzer(), phrase=False),
        council=ID(stored=True),
        meeting_date=ID(stored=True),  # ISO date; "" when unknown
        document_kind=ID(stored=True),
        case_number=ID(stored=True),  # lowercase
        item_number=ID(stored=True),
        source=ID(stored=True),
        data=STORED(),  # the whole item (or meeting) as JSON
        stems=STORED(),  # the item's distinct index terms, for coverage without re-analysis
        title_stems=STORED(),
        window=STORED(),  # an undated item's meeting window, "after/before" ISO dates ("" if open)
        brief=STORED(),  # JSON of title and decision: enough for a timeline entry without `data`
    )


def open_index(index_dir: str | Path, *, create: bool = True) -> FileIndex:
    """Open the index in `index_dir`, creating an empty one there if there is none."""
    path = Path(index_dir)
    try:
        if whoosh_index.exists_in(str(path)):
            return whoosh_index.open_dir(str(path))
        if not create:
            raise StoreError(f"{path}: no index here")
        path.mkdir(parents=True, exist_ok=True)
        return whoosh_index.create_in(str(path), make_schema())
    except OSError as e:
        raise StoreError(f"{path}: cannot open the index: {e.strerror or e}") from e


def meeting_id_of(meeting: Meeting) -> str:
    """The id shared by a meeting's items, minus the item number ("kkr-x/2026-06-17/minutes")."""
    if meeting.items:
        return meeting.items[0].id.rsplit("/", 1)[0]
    slug = meeting.council.lower().replace(" ", "-")
    when = meeting.meeting_date.isoformat() if meeting.meeting_date else Path(meeting.source).stem
    return f"{slug}/{when}/{meeting.document_kind}"


def _body(item: AgendaItem) -> str:
    skip = {INDSTILLING, BESLUTNING}
    parts = [s.text for s in item.sections if s.heading not in skip and s.text]
    return "\n\n".join(parts + list(item.attachments))


def item_document(item: AgendaItem, meeting_id: str, window: tuple[date | None, date | None] = (None, None)) -> dict[str, Any]:
    """The fields of one item's index document (`window`: its meeting's date window)."""
    return {
        "id": item.id,
        "kind": "item",
        "meeting_id": meeting_id,
        "title": item.title,
        "recommendation": item.recommendation or "",
        "decision": item.decision or "",
        "body": _body(item),
        "words": "\n".join([item.title, item.full_text]),
        "council": item.council,
        "meeting_date": item.meeting_date.isoformat() if item.meeting_date else "",
        "document_kind": item.document_kind,
        "case_number": (item.case_number or "").lower(),
        "item_number": item.item_number,
        "source": item.source,
        "data": json.dumps(item_to_dict(item), ensure_ascii=False),
        "stems": " ".join(sorted(set(analyze("\n".join([item.title, item.full_text, *item.attachments]))))),
        "title_stems": " ".join(sorted(set(analyze(item.title)))),
        "window": "/".join(d.isoformat() if d else "" for d in window),
        "brief": json.dumps({"title": item.title, "decision": item.decision}, ensure_ascii=False),
    }


def _stored_meetings(searcher: Searcher, **terms: str) -> list[dict[str, Any]]:
    return list(searcher.documents(kind="meeting", **terms))


def ingest_meeting(ix: FileIndex, meeting: Meeting, *, lock_timeout: float = 5.0) -> IngestResult:
    """Store one meeting in one commit.

    - the same content already stored (even from another path) → "unchanged";
    - an agenda whose meeting's minutes are stored → "unchanged" (the minutes supersede it);
    - minutes of a meeting whose agenda is stored → that agenda is removed: "replaced agenda";
    - a new version of a stored document (same meeting id) replaces it.
    """
    fingerprint = meeting_fingerprint(meeting)
    mid = meeting_id_of(meeting)
    try:
        writer = ix.writer(timeout=lock_timeout)
    except LockError as e:
        raise StoreLocked(f"{ix.storage.folder}: the index is locked by another writer; try again shortly") from e
    try:
        with writer.searcher() as s:
            if s.document(kind="meeting", content_hash=fingerprint) is not None:
                writer.cancel()
                return IngestResult("unchanged", 0)
            same_meeting: list[dict[str, Any]] = []
            if meeting.meeting_date is not None:
                same_meeting = _stored_meetings(
                    s, council=meeting.council, meeting_date=meeting.meeting_date.isoformat()
                )
            if meeting.document_kind == "agenda" and any(m["document_kind"] == "minutes" for m in same_meeting):
                writer.cancel()
                return IngestResult("unchanged", 0)
            replaced = [m for m in same_meeting if m["document_kind"] == "agenda" and m["id"] != mid]
            if meeting.document_kind != "minutes":
                replaced = []
            replaced_ids: list[str] = []
            for m in replaced:
                replaced_ids.extend(json.loads(m["data"])["item_ids"])
        for old in [mid] + [m["id"] for m in replaced]:
            writer.delete_by_term("meeting_id", old)
            writer.delete_by_term("id", old)
        for item in meeting.items:
            writer.add_document(**item_document(item, mid, meeting.date_window))
        writer.add_document(
            id=mid,
            kind="meeting",
            meeting_id=mid,
            content_hash=fingerprint,
            council=meeting.council,
            meeting_date=meeting.meeting_date.isoformat() if meeting.meeting_date else "",
            document_kind=meeting.document_kind,
            source=meeting.source,
            data=json.dumps(meeting_to_dict(meeting), ensure_ascii=False),
        )
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    ids = tuple(i.id for i in meeting.items)
    status: IngestStatus = "replaced agenda" if replaced else "added"
    return IngestResult(status, len(ids), ids, tuple(replaced_ids))


def read_item(searcher: Searcher, item_id: str) -> AgendaItem | None:
    doc = searcher.document(id=item_id, kind="item")
    return item_from_dict(json.loads(doc["data"])) if doc else None


def read_meetings(searcher: Searcher) -> list[Meeting]:
    """Every stored meeting with its items in document order, by council, date, kind."""
    items = {d["id"]: item_from_dict(json.loads(d["data"])) for d in searcher.documents(kind="item")}
    meetings = []
    for doc in _stored_meetings(searcher):
        d = json.loads(doc["data"])
        meetings.append(meeting_from_dict(d, tuple(items[i] for i in d["item_ids"] if i in items)))
    meetings.sort(key=_meeting_order)
    return meetings


def _meeting_order(m: Meeting) -> tuple[str, str, str, str]:
    """By council, then date (an undated meeting by the window its text gives), kind, source."""
    when = m.meeting_date or m.date_window[0] or m.date_window[1]
    return (m.council, when.isoformat() if when else "", m.document_kind, m.source)


def read_items(searcher: Searcher) -> list[AgendaItem]:
    return [item for m in read_meetings(searcher) for item in m.items]


def vocabulary(searcher: Searcher) -> dict[str, int]:
    """Surface words of the index (lowercase, unstemmed) → number of items containing each.

    Counts include replaced items until Whoosh merges their segment away: they only rank
    typo corrections, so a slightly stale count does no harm.
    """
    reader = searcher.reader()
    return {
        term.decode("utf-8") if isinstance(term, bytes) else term: info.doc_frequency()
        for term, info in reader.iter_field("words")
    }
