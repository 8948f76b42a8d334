"""A meeting → the fields of its index documents, each text analysed once (pure).

The searchable fields are handed to Whoosh as lists of terms already analysed, which Whoosh
indexes as they are (its `entoken` path) with the same postings and field lengths as if it
had run the analyzer itself; the item's distinct terms (`stem_set`) are the union of the
same lists. So a text is analysed once, not three times, and the analysis can run in the
processes that read the files (`index.importer`), leaving the one writer less to do.

The surface words (the typo vocabulary: word → how many items hold it) go on the meeting's
document, each word as many times as the meeting has items holding it (`vocab`): one posting
per word and meeting instead of one per word and item, half of all postings before.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from index.acronyms import coordinated_acronyms, defined_acronyms, paired_acronyms
from index.analysis import analyze, plain_analyzer
from index.codec import item_to_dict, meeting_fingerprint, meeting_to_dict
from index.model import BESLUTNING, INDSTILLING, AgendaItem, Meeting

__all__ = ["TERMS_VERSION", "PreparedMeeting", "item_document", "meeting_acronyms", "meeting_document", "meeting_id_of", "prepare_meeting",
           "surface_words"]  # fmt: skip

_PLAIN = plain_analyzer()

TERMS_VERSION = 3
"""Which making of index terms a stored meeting had; raise it when the same text gets other terms
(2: the acronyms of index/acronyms.py; 3: the acronyms a meeting's document defines, on its meeting
document, which every question reads). It is part of the fingerprint and the file key, so after an
upgrade `kkrbot ingest` of the same files re-indexes each in place instead of calling it unchanged."""


@dataclass(frozen=True)
class PreparedMeeting:
    """A meeting with its item documents built: what the writer adds as it is.

    `file_key` names the file it was read from ("size:sha256"), so a later run can skip
    the file unread; "" when it did not come from a file run.
    """

    meeting: Meeting
    meeting_id: str
    fingerprint: str
    item_documents: tuple[dict[str, Any], ...]
    file_key: str = ""
    item_words: tuple[list[str], ...] = ()  # each item's surface words, for an index made before `vocab`
    acronyms: tuple[str, ...] = ()  # "acronym=name" of each acronym the document defines (`meeting_acronyms`)

    @property
    def vocab(self) -> list[str]:
        """Each surface word of the meeting, once per item that holds it."""
        held = Counter(word for words in self.item_words for word in set(words))
        return [word for word, n in sorted(held.items()) for _ in range(n)]


def prepare_meeting(meeting: Meeting, *, file_key: str = "") -> PreparedMeeting:
    mid = meeting_id_of(meeting)
    pairs = meeting_pairs(meeting)
    docs = tuple(item_document(item, mid, meeting.date_window, pairs) for item in meeting.items)
    words = tuple(surface_words(item, pairs) for item in meeting.items)
    fingerprint = f"{meeting_fingerprint(meeting)}:t{TERMS_VERSION}"
    return PreparedMeeting(meeting, mid, fingerprint, docs, file_key, words, tuple(meeting_acronyms(meeting)))


def meeting_acronyms(meeting: Meeting) -> list[str]:
    """The acronyms the meeting's document defines, with names of one word or several, as the
    meeting document's `acronyms` ("kd-net=kommunaldirektørnetværket i midtjylland"): a question
    reads those of every meeting (index/question/acronyms_asked.py)."""
    found: dict[str, None] = {}
    for item in meeting.items:
        for acronym, name in defined_acronyms("\n".join([item.title, item.full_text])):
            found.setdefault(f"{acronym}={name}")
    return list(found)


def meeting_pairs(meeting: Meeting) -> dict[str, str]:
    """The acronyms the meeting's document defines ("Sundhedskoordinationsudvalg (SKU)"), as index
    terms: acronym → the name's term (index/acronyms.py)."""
    pairs: dict[str, str] = {}
    for item in meeting.items:
        for acronym, name in paired_acronyms("\n".join([item.title, item.full_text])).items():
            terms = analyze(name)
            if len(terms) == 1:
                pairs.setdefault(acronym, terms[0])
    return pairs


def _acronym_terms(text: str, terms: set[str], pairs: Mapping[str, str]) -> list[str]:
    """The acronyms of the names `text` writes out, and the other half of each pair of the document
    that `terms` hold one half of ("sundhedskoordinationsudvalget": "sku"; "SKU": its name's term)."""
    out = analyze(" ".join(coordinated_acronyms(text)))
    for acronym, name in pairs.items():
        if name in terms and acronym not in terms:
            out.append(acronym)
        elif acronym in terms and name not in terms:
            out.append(name)
    return out


def surface_words(item: AgendaItem, pairs: Mapping[str, str] = {}) -> list[str]:  # noqa: B006 (read only)
    """The item's words as written (lowercase, unstemmed; compounds whole and split), and the
    acronyms of the names it writes out ("ssa": index/acronyms.py) or the document pairs with them."""
    text = "\n".join([item.title, item.full_text])
    words = [t.text for t in _PLAIN(text, mode="index")]
    held = set(analyze(text)) if pairs else set()  # the item's terms, read once (not once per pair)
    paired = [a for a, name in pairs.items() if a not in words and name in held]
    return words + coordinated_acronyms(text) + paired


def meeting_id_of(meeting: Meeting) -> str:
    """The id shared by a meeting's items, minus the item number ("kkr-x/2026-06-17/minutes")."""
    if meeting.items:
        return meeting.items[0].id.rsplit("/", 1)[0]
    from index.read.segment import meeting_key  # here: the reader's imports cost a question ~20 ms

    return meeting_key(meeting.council, meeting.meeting_date, meeting.source, meeting.document_kind)


def item_document(
    item: AgendaItem,
    meeting_id: str,
    window: tuple[date | None, date | None] = (None, None),
    pairs: Mapping[str, str] = {},  # noqa: B006 (read only)
) -> dict[str, Any]:
    """The fields of one item's index document (`window`: its meeting's date window; `pairs`: the
    acronyms its document defines, `meeting_pairs`)."""
    meeting_date = item.meeting_date.isoformat() if item.meeting_date else ""
    window_text = "/".join(d.isoformat() if d else "" for d in window)
    title = analyze(item.title)
    sections = [(s.heading, analyze(s.text)) for s in item.sections]
    attachments = [analyze(a) for a in item.attachments]
    # The initials of the names the item writes out ("social- og sundhedsassistenter": "ssa"), a term
    # of its body, so a question asking with the acronym finds it (index/acronyms.py).
    stems = set(title).union(*(terms for _, terms in sections), *attachments)
    acronyms = _acronym_terms("\n".join([item.title, item.full_text]), stems, pairs)
    title_stems = " ".join(sorted(set(title)))
    stems |= set(acronyms)
    return {
        "id": item.id,
        "kind": "item",
        "meeting_id": meeting_id,
        "title": title,
        "recommendation": _first(sections, INDSTILLING),
        "decision": _first(sections, BESLUTNING),
        "body": [t for heading, terms in sections if heading not in (INDSTILLING, BESLUTNING) for t in terms]
        + [t for terms in attachments for t in terms]
        + acronyms,
        "council": item.council,
        "meeting_date": meeting_date,
        "document_kind": item.document_kind,
        "case_number": (item.case_number or "").lower(),
        "item_number": item.item_number,
        "source": item.source,
        "data": json.dumps(item_to_dict(item), ensure_ascii=False),
        "stem_set": " ".join(sorted(stems)).encode(),
        "title_stems": title_stems,
        "window": window_text,
        "brief": json.dumps({"title": item.title, "decision": item.decision}, ensure_ascii=False),
        "meta": json.dumps({
            "id": item.id, "council": item.council, "meeting_date": meeting_date, "document_kind": item.document_kind,
            "item_number": item.item_number, "window": window_text, "title": item.title, "decision": item.decision,
            "title_stems": title_stems,
        }, ensure_ascii=False).encode(),  # fmt: skip
    }


def _first(sections: list[tuple[str, list[str]]], heading: str) -> list[str]:
    """The terms of the first sub-section with this heading (as `AgendaItem.text_of` reads it)."""
    return next((terms for h, terms in sections if h == heading), [])


def meeting_document(prepared: PreparedMeeting, *, with_vocab: bool = True) -> dict[str, Any]:
    """The meeting's own document; `with_vocab` False for an index whose items carry their
    surface words themselves (made before `vocab`)."""
    meeting = prepared.meeting
    return {
        "id": prepared.meeting_id,
        "kind": "meeting",
        "meeting_id": prepared.meeting_id,
        "content_hash": prepared.fingerprint,
        "file_key": prepared.file_key,
        "council": meeting.council,
        "meeting_date": meeting.meeting_date.isoformat() if meeting.meeting_date else "",
        "document_kind": meeting.document_kind,
        "source": meeting.source,
        "data": json.dumps(meeting_to_dict(meeting), ensure_ascii=False),
    } | ({"vocab": prepared.vocab} if with_vocab else {}) | ({"acronyms": ",".join(prepared.acronyms)} if prepared.acronyms else {})
