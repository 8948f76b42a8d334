"""Lines → the KL template's structure: sections "N. Title", items "N.M. Title" with their
case line, sub-sections (Baggrund, Indstilling, ...), links and attachments; and item ids.

The body begins where `index.read.front_matter.body_start` finds it (the section heading
above the first item heading that has its case line); everything before it (cover, Mission
and Vision, table of contents, participant list) is front matter, kept for
`index.read.document` to read. In the body, a section heading is "N. Title" with N above the
current section, followed by an item of section N, a later section heading or the end, or
named as in the template: numbered points inside an item ("1. Udvalg, der skal ...",
"4. Senioranalyse - ...") are neither. An item heading is "N.M. Title" of the current
section; its title runs on until the case line ("SAG-2026-00837 lifo"). A line with dot
leaders is never a heading, and a Deltagerfortegnelse met in the body ends the item before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from typing import Sequence
from urllib.parse import urlparse

from index.lazy_patterns import lazy
from index.read.clean import Composed, compose, join_title, sentence_spans
from index.read.front_matter import TITLE_LINES_MAX, body_start
from index.read.headings import CASE_LINE, ITEM_LINE, SECTION_LINE, TEMPLATE_SECTIONS, has_leaders, subheading
from index.read.hyphens import Vocabulary
from index.read.lines import Line
from index.read.participants import is_participants_heading
from index.model import BESLUTNING, INTRO, ItemSection, Section

__all__ = [
    "CASE_LINE",
    "DraftItem",
    "Outline",
    "TEMPLATE_SECTIONS",
    "item_id",
    "meeting_key",
    "segment",
]

_ATTACHMENT_WORDS = lazy(r"\b(?:bilag\w*|vedlag\w*|vedlæg\w*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DraftItem:
    """An item as the document has it, before the meeting's council, date and kind are known."""

    section: str  # "3. Regionalpolitiske sager"
    number: str
    title: str
    case_number: str | None
    case_workers: tuple[str, ...]
    sections: tuple[ItemSection, ...]
    links: tuple[str, ...]
    attachments: tuple[str, ...]
    page_start: int
    page_end: int


@dataclass(frozen=True)
class Outline:
    """`front` holds the lines that are not the body: the front matter before it, and a
    participant list met inside it."""

    sections: tuple[Section, ...]
    items: tuple[DraftItem, ...]
    front: tuple[Line, ...] = ()


@dataclass
class _Open:
    section: str
    number: str
    title: str
    case_number: str | None
    case_workers: tuple[str, ...]
    page: int
    parts: list[tuple[str, int, list[Line]]] = field(default_factory=list)


def item_id(
    council: str, meeting_date: date | None, source: str, document_kind: str, item_number: str
) -> str:
    """"kkr-midtjylland/2026-06-17/minutes/3.4"; the source file's stem stands in for a missing date."""
    return f"{meeting_key(council, meeting_date, source, document_kind)}/{item_number}"


def meeting_key(council: str, meeting_date: date | None, source: str, document_kind: str) -> str:
    """"kkr-midtjylland/2026-06-17/minutes": the meeting's id, which its items' ids begin with."""
    when = meeting_date.isoformat() if meeting_date else _stem(source)
    return f"{_slug(council)}/{when}/{document_kind}"


def _slug(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _stem(source: str) -> str:
    path = urlparse(source).path if "://" in source else source.replace("\\", "/")
    return PurePosixPath(path).stem or "unknown"


def segment(lines: Sequence[Line]) -> Outline:
    """The sections and items of a document's lines (links and all)."""
    vocab = Vocabulary.of(ln.text for ln in lines if not ln.link)
    sections: list[tuple[int, str, list[str]]] = []
    items: list[DraftItem] = []
    current: _Open | None = None
    start = body_start(lines)
    front = list(lines[:start])
    if start < len(lines) and (m := ITEM_LINE.match(lines[start].text)):  # no section heading above it
        sections.append((int(m.group(1)), TEMPLATE_SECTIONS.get(int(m.group(1)), ""), []))
    in_participants = False
    k = start
    while k < len(lines):
        ln = lines[k]
        if not ln.link and is_participants_heading(ln.text):
            items += _close(current, vocab)
            current, in_participants = None, True
        if in_participants:
            if ln.link or not _heading_ahead(lines, k, sections):
                front.append(ln)
                k += 1
                continue
            in_participants = False
        if not ln.link:
            number = sections[-1][0] if sections else 0
            found = _section_at(lines, k, number)
            if found is not None:
                items += _close(current, vocab)
                current = None
                sections.append((found[0], found[1], []))
                k += 1
                continue
            head = _item_at(lines, k, number, sections[-1][2] if sections else [])
            if head is not None:
                items += _close(current, vocab)
                end, case = head
                m = ITEM_LINE.match(ln.text)
                title_lines = [Line(m.group(3), ln.page, fill=ln.fill, lead=ln.lead)]
                title_lines += [x for x in lines[k + 1 : end] if not x.link]
                case_no, workers = _case(lines[end].text) if case else (None, ())
                item_no = f"{m.group(1)}.{int(m.group(2))}"
                sections[-1][2].append(item_no)
                current = _Open(
                    f"{sections[-1][0]}. {sections[-1][1]}", item_no, join_title(title_lines, vocab),
                    case_no, workers, ln.page, [(INTRO, ln.page, [])],
                )
                k = end + 1 if case else k + 1
                continue
            if current is not None and subheading(ln) is not None:
                current.parts.append((subheading(ln), ln.page, []))
                k += 1
                continue
        if current is not None:
            current.parts[-1][2].append(ln)
        k += 1
    items += _close(current, vocab)
    return Outline(tuple(Section(n, t, tuple(nums)) for n, t, nums in sections), tuple(items), tuple(front))


def _heading_ahead(lines: Sequence[Line], k: int, sections: list[tuple[int, str, list[str]]]) -> bool:
    """Does a section or item heading of the body start at k (ending a participant list)?"""
    number = sections[-1][0] if sections else 0
    return _section_at(lines, k, number) is not None or (
        _item_at(lines, k, number, sections[-1][2] if sections else []) is not None
    )


def _next_content(lines: Sequence[Line], k: int) -> int | None:
    for j in range(k + 1, len(lines)):
        if not lines[j].link:
            return j
    return None


def _section_at(lines: Sequence[Line], k: int, current: int) -> tuple[int, str] | None:
    ln = lines[k]
    m = SECTION_LINE.match(ln.text)
    if not m or ln.bold is False or int(m.group(1)) <= current or has_leaders(ln.text):
        return None
    n, title = int(m.group(1)), " ".join(m.group(2).split())
    if TEMPLATE_SECTIONS.get(n, "").casefold() == title.casefold():
        return n, title
    j = _next_content(lines, k)
    if j is None:
        return n, title
    nxt = lines[j].text
    if (i := ITEM_LINE.match(nxt)) and int(i.group(1)) == n:
        return n, title
    # another section right after: only if that one holds up itself ("3. A" / "4. B" lists)
    return (n, title) if _section_at(lines, j, n) is not None else None


def _item_at(
    lines: Sequence[Line], k: int, section: int, taken: list[str]
) -> tuple[int, bool] | None:
    """(index of the case line, True) or (index of the heading, False) for an item heading at k."""
    ln = lines[k]
    m = ITEM_LINE.match(ln.text)
    if not m or ln.bold is False or int(m.group(1)) != section or has_leaders(ln.text):
        return None
    j: int | None = k
    for _ in range(TITLE_LINES_MAX):
        j = _next_content(lines, j)
        if j is None:
            break
        text = lines[j].text
        if CASE_LINE.match(text):
            return j, True
        if subheading(lines[j]) or ITEM_LINE.match(text) or SECTION_LINE.match(text):
            break
    expected = f"{section}.{len(taken) + 1}"
    nxt = _next_content(lines, k)
    if f"{section}.{int(m.group(2))}" == expected and (
        ln.bold or (nxt is not None and subheading(lines[nxt]))
    ):
        return k, False
    return None


def _case(text: str) -> tuple[str, tuple[str, ...]]:
    m = CASE_LINE.match(text)
    assert m is not None
    return m.group(1), tuple(w for w in re.split(r"[\s/,]+", m.group(2)) if w)


def _close(item: _Open | None, vocab: Vocabulary) -> list[DraftItem]:
    if item is None:
        return []
    parts: list[tuple[str, Composed]] = [
        (heading, compose(body, vocab, page=page)) for heading, page, body in item.parts
    ]
    sections = tuple(
        ItemSection(h, c.text, c.page_start, c.page_breaks)
        for h, c in parts
        if c.text or (h == BESLUTNING)
    )
    links = tuple(dict.fromkeys(u for _, c in parts for u in c.links))
    attachments = [a for _, c in parts for a in c.attachments]
    for page in (p for _, c in parts for p in c.marker_pages):
        attachments += _attachment_sentences(sections, page)
    pages = [item.page] + [ln.page for _, _, body in item.parts for ln in body]
    return [
        DraftItem(
            item.section, item.number, item.title, item.case_number, item.case_workers, sections,
            links, tuple(dict.fromkeys(attachments)), item.page, max(pages),
        )
    ]


def _attachment_sentences(sections: Sequence[ItemSection], page: int) -> list[str]:
    """For a bare "./." (its line lost): the sentences on its page that name an attachment."""
    found = []
    for s in sections:
        for start, end in sentence_spans(s.text):
            sentence = s.text[start:end]
            if _ATTACHMENT_WORDS.search(sentence) and s.page_at(start) <= page <= s.page_at(end):
                found.append(sentence)
    return found
