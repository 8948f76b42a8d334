"""AgendaItem and Meeting ↔ plain JSON-able dicts, so the index can give back exactly what went in.

`item_to_dict` is also the shape `kkrbot items --json` prints (plus `sections` as an object
heading → text there); `meeting_fingerprint` is the content hash that makes re-ingesting
the same document a no-op.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from index.model import AgendaItem, ItemSection, Meeting, Participant, Passage, Section, Table
from index.read.passages import item_parts

_KINDS = {"sentence": "s", "list": "l", "row": "r"}
_KIND_OF = {v: k for k, v in _KINDS.items()}


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def item_to_dict(item: AgendaItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "council": item.council,
        "meeting_date": _d(item.meeting_date),
        "document_kind": item.document_kind,
        "source": item.source,
        "section": item.section,
        "item_number": item.item_number,
        "title": item.title,
        "case_number": item.case_number,
        "case_workers": list(item.case_workers),
        "sections": [
            {"heading": s.heading, "text": s.text, "page_start": s.page_start, "page_breaks": list(s.page_breaks)}
            for s in item.sections
        ],
        "links": list(item.links),
        "attachments": list(item.attachments),
        "page_start": item.page_start,
        "page_end": item.page_end,
        "tables": [table_to_dict(t) for t in item.tables],
        # offsets into the sections' text (the text itself is there already)
        "passages": [_passage_row(p) for p in item.passages],
        "date_window": [_d(item.date_window[0]), _d(item.date_window[1])],
    }


def table_to_dict(t: Table) -> dict[str, Any]:
    return {"caption": t.caption, "groups": list(t.groups), "header": list(t.header), "rows": [list(r) for r in t.rows],
            "page": t.page, "region": list(t.region) if t.region else None}  # fmt: skip


def _table(d: dict[str, Any]) -> Table:
    region = d.get("region")
    return Table(tuple(d["header"]), tuple(tuple(r) for r in d["rows"]), d["page"], tuple(d.get("groups", ())),
                 d.get("caption", ""), tuple(region) if region else None)  # fmt: skip


def _passage_row(p: Passage) -> list[Any]:
    row: list[Any] = [p.section_index, p.start, p.end, _KINDS[p.kind]]
    return row + [p.table, p.row] if p.table is not None else row


def _passage(row: list[Any], sections: tuple[ItemSection, ...]) -> Passage:
    si, a, b, kind = row[:4]
    s = sections[si]
    table, r = (row[4], row[5]) if len(row) > 4 else (None, None)
    return Passage(s.text[a:b], s.heading, s.page_at(a), _KIND_OF[kind], si, a, b, table, r)


def item_from_dict(d: dict[str, Any]) -> AgendaItem:
    """The item as stored; one stored before passages and tables were made at ingest gets
    them made now from its text (the same cut, without the document's other items' words)."""
    sections = tuple(ItemSection(s["heading"], s["text"], s["page_start"], tuple(s["page_breaks"])) for s in d["sections"])
    if "passages" in d:
        tables = tuple(_table(t) for t in d["tables"])
        passages = tuple(_passage(row, sections) for row in d["passages"])
    else:
        tables, passages = item_parts(sections)
    window = d.get("date_window") or [None, None]
    return AgendaItem(
        id=d["id"],
        council=d["council"],
        meeting_date=_date(d["meeting_date"]),
        document_kind=d["document_kind"],
        source=d["source"],
        section=d["section"],
        item_number=d["item_number"],
        title=d["title"],
        case_number=d["case_number"],
        case_workers=tuple(d["case_workers"]),
        sections=sections,
        links=tuple(d["links"]),
        attachments=tuple(d["attachments"]),
        page_start=d["page_start"],
        page_end=d["page_end"],
        tables=tables,
        passages=passages,
        date_window=(_date(window[0]), _date(window[1])),
    )


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    """The meeting without its items (those are stored one per document); `item_ids` keeps their order."""
    return {
        "council": meeting.council,
        "meeting_date": _d(meeting.meeting_date),
        "document_kind": meeting.document_kind,
        "source": meeting.source,
        "page_count": meeting.page_count,
        "sections": [{"number": s.number, "title": s.title, "item_numbers": list(s.item_numbers)} for s in meeting.sections],
        "item_ids": [i.id for i in meeting.items],
        "date_window": [_d(meeting.date_window[0]), _d(meeting.date_window[1])],
        **_front_matter_to_dict(meeting),
    }


def _front_matter_to_dict(meeting: Meeting) -> dict[str, Any]:
    """Only what the file had: a meeting read without a cover, contents or participant list
    is stored (and fingerprinted) as before they were read."""
    out: dict[str, Any] = {}
    if meeting.start_time:
        out["start_time"] = meeting.start_time
    if meeting.venue:
        out["venue"] = meeting.venue
    if meeting.contents:
        out["contents"] = list(meeting.contents)
    if meeting.participants:
        out["participants"] = [
            {"name": p.name, "municipality": p.municipality, "role": p.role, "party": p.party, "present": p.present}
            for p in meeting.participants
        ]
    return out


def meeting_from_dict(d: dict[str, Any], items: tuple[AgendaItem, ...]) -> Meeting:
    return Meeting(
        council=d["council"],
        meeting_date=_date(d["meeting_date"]),
        document_kind=d["document_kind"],
        source=d["source"],
        page_count=d["page_count"],
        sections=tuple(Section(s["number"], s["title"], tuple(s["item_numbers"])) for s in d["sections"]),
        items=items,
        date_window=(_date(d["date_window"][0]), _date(d["date_window"][1])),
        start_time=d.get("start_time"),
        venue=d.get("venue"),
        contents=tuple(d.get("contents", ())),
        participants=tuple(
            Participant(p["name"], p.get("municipality"), p.get("role"), p.get("party"), p.get("present", True))
            for p in d.get("participants", ())
        ),
    )


def meeting_fingerprint(meeting: Meeting) -> str:
    """A hash of what the document says, not where it came from: the same file copied
    elsewhere is still "unchanged". (Item ids of an undated meeting name the file, so
    sources are blanked out of them too.)"""
    stem = _source_stem(meeting.source)
    body = meeting_to_dict(meeting)
    body["source"] = ""
    body["item_ids"] = [i.replace(stem, "") if stem else i for i in body["item_ids"]]
    items = []
    for item in meeting.items:
        d = item_to_dict(item)
        d["source"] = ""
        d["id"] = d["id"].replace(stem, "") if stem else d["id"]
        items.append(d)
    body["items"] = items
    raw = json.dumps(body, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()


def _source_stem(source: str) -> str:
    name = source.rstrip("/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
