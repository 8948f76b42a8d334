"""The Whoosh store: one schema, atomic ingest of a meeting, and reading items and meetings back.

Two kinds of documents share the index: one per agenda item (`kind="item"`, searchable
fields plus the whole item as JSON) and one per meeting (`kind="meeting"`, its sections,
dates and content fingerprint). A meeting's changes are one writer and one commit; any
error cancels the writer, so a failed or interrupted ingest leaves the index as it was
(Whoosh only switches to new segments when the commit writes its table of contents).
"""

from __future__ import annotations

import itertools
import os
import time
import json
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from whoosh import index as whoosh_index
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher
from whoosh.writing import PostingPool, SegmentWriter

from index.analysis import danish_analyzer, plain_analyzer
from index.codec import item_from_dict, meeting_from_dict
from index.model import AgendaItem, Meeting
from index.prepare import PreparedMeeting, item_document, meeting_document, meeting_id_of, prepare_meeting
from index.segment_files import MappedStorage

__all__ = [
    "IngestResult", "PreparedMeeting", "StoreError", "StoreLocked", "file_keys", "ingest_meeting", "ingest_meetings",
    "item_document", "item_meta", "item_stems", "make_schema", "meeting_id_of", "open_index", "prepare_meeting",
    "read_item", "read_items", "read_meetings", "stored_item", "vocabulary",
]  # fmt: skip

IngestStatus = Literal["added", "unchanged", "replaced agenda", "replaced minutes"]


class StoreError(Exception):
    """The index could not be read or written; the message is one line for people."""


class StoreLocked(StoreError):
    """Another process holds the index's write lock."""


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did: "added" N items, "unchanged", or "replaced agenda" / "replaced minutes"
    (minutes in place of their meeting's agenda, or a new version of a stored document; N items,
    with the ids it removed)."""

    status: IngestStatus
    count: int
    item_ids: tuple[str, ...] = ()
    replaced_ids: tuple[str, ...] = ()


ACRONYMS_FIELD = KEYWORD(commas=True, scorable=False)


def make_schema() -> Schema:
    da = danish_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),  # "item" | "meeting"
        meeting_id=ID(stored=True),
        content_hash=ID(stored=True),
        file_key=ID(stored=True),  # a meeting's file, "size:sha256": a re-run skips it unread
        # No positions (phrase=False): nothing asks for phrases, and the BM25F scorer
        # (index/search/bm25.py) reads postings a block at a time: without positions a block is a
        # fraction of the size to read and unpickle.
        title=TEXT(analyzer=da, phrase=False),
        recommendation=TEXT(analyzer=da, phrase=False),
        decision=TEXT(analyzer=da, phrase=False),
        body=TEXT(analyzer=da, phrase=False),
        # The typo vocabulary, on meeting documents (index/prepare.py): each surface word as many
        # times as the meeting has items holding it. (Indexes made before it have `words` on
        # every item instead, and keep writing it.)
        vocab=TEXT(analyzer=plain_analyzer(), phrase=False),
        # The acronyms a meeting's document defines, on its meeting document: "acronym=name" terms
        # (index/prepare.meeting_acronyms), read by every question (index/segments.segment_acronyms).
        acronyms=ACRONYMS_FIELD,
        council=ID(stored=True),
        meeting_date=ID(stored=True),  # ISO date; "" when unknown
        document_kind=ID(stored=True),
        case_number=ID(stored=True),  # lowercase
        item_number=ID(stored=True),
        source=ID(stored=True),
        data=STORED(),  # the whole item (or meeting) as JSON
        # Per-document columns: read one document's value without unpickling its stored
        # fields (which hold the whole item): the rerank, timeline and meeting lookups read
        # these for many documents per question.
        stem_set=COLUMN(VarBytesColumn()),  # the item's distinct index terms, for coverage
        meta=COLUMN(VarBytesColumn()),  # JSON: META_KEYS of the item
        title_stems=STORED(),
        window=STORED(),  # an undated item's meeting window, "after/before" ISO dates ("" if open)
        brief=STORED(),  # JSON of title and decision: enough for a timeline entry without `data`
    )


def open_index(index_dir: str | Path, *, create: bool = True, dir_mode: int = 0o700) -> FileIndex:
    """Open the index in `index_dir`, creating an empty one there if there is none (the folder
    `dir_mode`: private unless the operator set KKRBOT_UMASK)."""
    path = Path(index_dir)
    try:
        if whoosh_index.exists_in(str(path)):
            return MappedStorage(str(path)).open_index()
        if not create:
            raise StoreError(f"{path}: no index here")
        if not path.is_dir():
            path.mkdir(parents=True, exist_ok=True)
            os.chmod(path, dir_mode)  # exactly this, whatever the process umask (Settings.dir_mode)
        return _create_index(MappedStorage(str(path)))
    except OSError as e:
        raise StoreError(f"{path}: cannot open the index: {e.strerror or e}") from e


CREATE_WAIT = 60.0  # seconds to wait for another process that is creating the index (and writing its first batch)


def _create_index(storage: MappedStorage) -> FileIndex:
    """A new empty index, made under the writers' lock: Whoosh's create first deletes the index
    files it finds, so two processes creating one at once (two `kkrbot ingest` into a new
    folder) deleted each other's files. The second one opens what the first made."""
    lock = storage.lock("MAIN_WRITELOCK")
    deadline = time.monotonic() + CREATE_WAIT
    while not lock.acquire():
        if time.monotonic() > deadline:
            raise StoreLocked(f"{storage.folder}: another process is creating the index; try again shortly")
        time.sleep(0.05)
    try:
        if whoosh_index.exists_in(storage.folder):
            return storage.open_index()
        return storage.create_index(make_schema())
    finally:
        lock.release()


def _stored_meetings(searcher: Searcher, **terms: str) -> list[dict[str, Any]]:
    return list(searcher.documents(kind="meeting", **terms))


def ingest_meeting(ix: FileIndex, meeting: Meeting, *, lock_timeout: float = 5.0) -> IngestResult:
    """Store one meeting in one commit.

    - the same content already stored (even from another path) → "unchanged";
    - an agenda whose meeting's minutes are stored → "unchanged" (the minutes supersede it);
    - minutes of a meeting whose agenda is stored → that agenda is removed: "replaced agenda";
    - a new version of a stored document (same meeting id) replaces it: "replaced agenda" /
      "replaced minutes".
    """
    return ingest_meetings(ix, [meeting], lock_timeout=lock_timeout)[0]


BeforeCommit = Callable[[list[tuple[Meeting, "IngestResult"]]], Callable[[], None] | None]


LockWait = Callable[[float], None]  # hears the seconds waited so far, about once a second


def open_writer(ix: FileIndex, *, timeout: float, on_wait: LockWait | None = None) -> SegmentWriter:
    """A writer, once the index's write lock is free: Whoosh allows one writer at a time, and a bulk
    import holds the lock for each batch it commits. Waits up to `timeout` seconds, telling
    `on_wait` how long so far, then raises StoreLocked."""
    start, attempt = time.monotonic(), 0.0  # the first attempt does not wait: a waiter hears of it at once
    while True:
        left = start + timeout - time.monotonic()
        try:
            return _Writer(ix, timeout=max(0.0, min(attempt, left)), limitmb=256)
        except LockError as e:
            waited = time.monotonic() - start
            if waited >= timeout:
                raise StoreLocked(f"{ix.storage.folder}: the index is locked by another writer "
                                  f"(waited {waited:.0f} s); try again later") from e  # fmt: skip
            if on_wait is not None:
                on_wait(waited)
            attempt = 1.0


def ingest_meetings(
    ix: FileIndex, meetings: Sequence[Meeting | PreparedMeeting], *, lock_timeout: float = 5.0,
    before_commit: BeforeCommit | None = None, on_lock_wait: LockWait | None = None,
) -> list[IngestResult]:  # fmt: skip
    """Store many meetings in ONE commit, all or nothing (bulk loads; far fewer segments than
    one commit each). Each is judged as by `ingest_meeting`, seeing the ones before it.
    Meetings may come prepared (`index.prepare`, e.g. by the reader processes of an import).

    `before_commit(stored)` hears the (meeting, result) pairs the commit will add, just before it,
    while the writer holds the lock: the bot records them there (its outbox of arrivals), so a
    process killed after the commit leaves a record of what is still to be announced. If it
    raises, nothing is committed; if it returns a function, that undoes it when the commit fails."""
    prepared = [m if isinstance(m, PreparedMeeting) else prepare_meeting(m) for m in meetings]
    undo: Callable[[], None] | None = None
    writer = open_writer(ix, timeout=lock_timeout, on_wait=on_lock_wait)
    try:
        if "file_key" not in writer.schema:  # an index made before file keys
            writer.add_field("file_key", ID(stored=True))
        if "acronyms" not in writer.schema:  # an index made before the acronyms of its documents
            writer.add_field("acronyms", ACRONYMS_FIELD)
        with writer.searcher() as s:
            plan = _Plan(s)
            results = [plan.judge(p) for p in prepared]
        for mid in plan.removed:
            writer.delete_by_term("meeting_id", mid)
            writer.delete_by_term("id", mid)
        vocab = "vocab" in writer.schema
        for p in plan.staged.values():
            for doc, words in zip(p.item_documents, p.item_words):
                writer.add_document(**(doc if vocab else doc | {"words": words}))
            writer.add_document(**meeting_document(p, with_vocab=vocab))
        if plan.removed or plan.staged:
            if before_commit is not None and (stored := plan.stored(prepared, results)):
                undo = before_commit(stored)
            writer.commit()
        else:
            writer.cancel()
    except BaseException:
        writer.cancel()
        if undo is not None:
            undo()
        raise
    return results


class _Pool(PostingPool):
    """Whoosh's posting pool without its per-posting type asserts (our postings are built by
    Whoosh's own fields) and with a cheaper size estimate: ~10% of a bulk build."""

    def add(self, item: tuple) -> None:
        self.fieldnames.add(item[0])
        self.currentsize += 160 + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)


class _Writer(SegmentWriter):
    """Whoosh's segment writer, reading each document's field length once at commit.

    Whoosh looks a document's field length up on disk for every posting it writes (~20% of a
    bulk build); the lengths do not change while the segment is written, so they are kept.
    """

    def __init__(self, ix: FileIndex, **kwargs: Any) -> None:
        super().__init__(ix, poolclass=_Pool, **kwargs)

    def per_document_reader(self):
        return _KeptLengths(super().per_document_reader())


class _KeptLengths:
    """A per-document reader whose `doc_field_length` answers from memory after the first read."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._lengths: dict[tuple[int, str], int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        key = (docnum, fieldname)
        found = self._lengths.get(key)
        if found is None:
            found = self._lengths[key] = self._reader.doc_field_length(docnum, fieldname, default)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def file_keys(searcher: Searcher) -> set[str]:
    """The file keys ("size:sha256") of the stored meetings that came from a file run."""
    if "file_key" not in searcher.schema:
        return set()
    return {d["file_key"] for d in _stored_meetings(searcher) if d.get("file_key")}


class _Plan:
    """What a writer will do: stored meetings it removes, new ones it adds (judged in order)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.removed: set[str] = set()
        self.staged: dict[str, PreparedMeeting] = {}
        # Staged meeting ids by (council, day) and by fingerprint (may hold ids no longer staged):
        # a bulk load of thousands of meetings would otherwise scan `staged` for each one.
        self._by_day: dict[tuple[str, str], set[str]] = {}
        self._by_hash: dict[str, set[str]] = {}
        self._order: dict[str, int] = {}  # when each was (last) staged: the order of `staged`
        self._tick = itertools.count()

    def _meetings(self, council: str, day: str) -> list[tuple[str, str, list[str]]]:
        """(meeting id, kind, item ids) of the stored and staged documents of one meeting."""
        out = [(d["id"], d["document_kind"], json.loads(d["data"])["item_ids"])
               for d in _stored_meetings(self.searcher, council=council, meeting_date=day) if d["id"] not in self.removed]  # fmt: skip
        staged = sorted((mid for mid in self._by_day.get((council, day), ()) if mid in self.staged), key=self._order.get)
        out += [(mid, self.staged[mid].meeting.document_kind, [i.id for i in self.staged[mid].meeting.items]) for mid in staged]
        return out

    def _known(self, fingerprint: str) -> bool:
        stored = self.searcher.document(kind="meeting", content_hash=fingerprint)
        return (stored is not None and stored["id"] not in self.removed) or any(
            mid in self.staged and self.staged[mid].fingerprint == fingerprint for mid in self._by_hash.get(fingerprint, ())
        )

    def stored(self, prepared: list[PreparedMeeting], results: list[IngestResult]) -> list[tuple[Meeting, IngestResult]]:
        """The (meeting, result) pairs the commit adds: judged new and still staged (not replaced
        by a later one in the same batch)."""
        return [(p.meeting, r) for p, r in zip(prepared, results)
                if r.status != "unchanged" and self.staged.get(p.meeting_id) is p]  # fmt: skip

    def judge(self, prepared: PreparedMeeting) -> IngestResult:
        meeting, fingerprint, mid = prepared.meeting, prepared.fingerprint, prepared.meeting_id
        if self._known(fingerprint):
            return IngestResult("unchanged", 0)
        same = self._meetings(meeting.council, meeting.meeting_date.isoformat()) if meeting.meeting_date else []
        if meeting.document_kind == "agenda" and any(kind == "minutes" for _, kind, _ in same):
            return IngestResult("unchanged", 0)
        replaced = [(m, ids) for m, kind, ids in same if kind == "agenda" and m != mid] if meeting.document_kind == "minutes" else []
        earlier = self._version_of(mid)  # a new version of a stored (or staged) document replaces it
        if earlier is not None:
            replaced.append((mid, earlier))
        for old in dict.fromkeys([mid] + [m for m, _ in replaced]):
            if self.staged.pop(old, None) is None:
                self.removed.add(old)
        self.staged[mid] = prepared
        if meeting.meeting_date:
            self._by_day.setdefault((meeting.council, meeting.meeting_date.isoformat()), set()).add(mid)
        self._by_hash.setdefault(fingerprint, set()).add(mid)
        self._order[mid] = next(self._tick)
        ids = tuple(i.id for i in meeting.items)
        replaced_ids = tuple(i for _, item_ids in replaced for i in item_ids)
        if not replaced:
            return IngestResult("added", len(ids), ids)
        kind = "agenda" if any(m != mid for m, _ in replaced) else meeting.document_kind
        return IngestResult(f"replaced {kind}", len(ids), ids, replaced_ids)  # type: ignore[arg-type]

    def _version_of(self, mid: str) -> list[str] | None:
        """The item ids of the document `mid` as stored or staged so far, None if there is none."""
        if mid in self.staged:
            return [i.id for i in self.staged[mid].meeting.items]
        if mid in self.removed:
            return None
        stored = self.searcher.document(id=mid, kind="meeting")
        return json.loads(stored["data"])["item_ids"] if stored else None


def read_item(searcher: Searcher, item_id: str) -> AgendaItem | None:
    doc = searcher.document(id=item_id, kind="item")
    return item_from_dict(json.loads(doc["data"])) if doc else None


def read_meetings(searcher: Searcher, *, with_items: bool = True) -> list[Meeting]:
    """Every stored meeting with its items in document order, by council, date, kind.
    `with_items=False` reads only the meetings' own documents (cover facts, participants):
    one document a meeting instead of every item."""
    items = {d["id"]: item_from_dict(json.loads(d["data"])) for d in searcher.documents(kind="item")} if with_items else {}
    meetings = []
    for doc in _stored_meetings(searcher):
        d = json.loads(doc["data"])
        meetings.append(meeting_from_dict(d, tuple(items[i] for i in d["item_ids"] if i in items)))
    meetings.sort(key=_meeting_order)
    return meetings


def read_meeting(searcher: Searcher, meeting_id: str) -> Meeting | None:
    """One stored meeting ("kkr-midtjylland/2026-06-17/minutes") with its items."""
    doc = searcher.document(kind="meeting", meeting_id=meeting_id)
    if doc is None:
        return None
    d = json.loads(doc["data"])
    return meeting_from_dict(d, tuple(i for i in (read_item(searcher, i) for i in d["item_ids"]) if i is not None))


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
    if "vocab" in searcher.schema:  # per meeting: the word's weight is its count of items
        return {_text(term): int(info.weight()) for term, info in reader.iter_field("vocab")}
    return {_text(term): info.doc_frequency() for term, info in reader.iter_field("words")}


def _text(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


# --- per-document columns, read by the search for many documents per question ----------------

META_KEYS = ("id", "council", "meeting_date", "document_kind", "item_number", "window", "title", "decision", "title_stems")
_COLUMNS: weakref.WeakKeyDictionary[Searcher, tuple[Any, Any]] = weakref.WeakKeyDictionary()


def _columns(searcher: Searcher) -> tuple[Any, Any]:
    """The searcher's (meta, stem_set) column readers; (None, None) for an index made before them."""
    found = _COLUMNS.get(searcher)
    if found is None:
        reader = searcher.reader()
        has = all(name in searcher.schema and reader.has_column(name) for name in ("meta", "stem_set"))
        found = (reader.column_reader("meta"), reader.column_reader("stem_set")) if has else (None, None)
        _COLUMNS[searcher] = found
    return found


def item_meta(searcher: Searcher, docnum: int) -> dict[str, Any]:
    """An item document's META_KEYS (id, council, meeting_date, ..., title, decision,
    title_stems) without reading its stored item."""
    meta, _ = _columns(searcher)
    raw = meta[docnum] if meta is not None else b""
    if raw:
        return json.loads(raw)
    f = searcher.stored_fields(docnum)  # an index made before the columns
    brief = json.loads(f["brief"]) if "brief" in f else json.loads(f.get("data", "{}"))
    return {k: f.get(k, "") for k in META_KEYS} | {"title": brief.get("title", ""), "decision": brief.get("decision")}


def item_stems(searcher: Searcher, docnum: int) -> frozenset[str]:
    """An item document's distinct index terms (all its text), for coverage."""
    _, stems = _columns(searcher)
    raw = stems[docnum] if stems is not None else b""
    if raw:
        return frozenset(raw.decode().split())
    return frozenset(searcher.stored_fields(docnum).get("stems", "").split())


def stored_item(searcher: Searcher, docnum: int) -> AgendaItem:
    """The whole item stored in document `docnum`."""
    return item_from_dict(json.loads(searcher.stored_fields(docnum)["data"]))
