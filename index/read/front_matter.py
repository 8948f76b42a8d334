"""KL's front matter: where the body begins, the cover page, the table of contents.

KL's published files open with a cover ("D A G S O R D E N 2 0 2 4", "KKR HOVEDSTADEN",
"Dato:" and "Sted:"), Mission / Vision, a table of contents (dot leaders and page numbers, one
or two columns; in extracted text numbers and titles may come apart and out of order) and, in
minutes, a Deltagerfortegnelse. None of it is an agenda item, and the contents look like
headings. What tells them apart is the whole document: a real item heading is followed by
its case line ("SAG-2026-00837 lifo") or its sub-headings; a contents line never is. The body
begins at the section heading above the first real item heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, Sequence

from index.lazy_patterns import lazy
from index.councils import canonical_council
from index.dates import find_dates
from index.read.headings import CASE_LINE, ITEM_LINE, SECTION_LINE, has_leaders, subheading
from index.read.lines import Line
from index.model import Meeting

__all__ = ["Cover", "body_start", "contents_check", "contents_note", "contents_numbers", "read_cover"]

TITLE_LINES_MAX = 4  # an item title wraps onto at most this many lines before its case line
_SECTION_LOOKBACK = 6  # content lines between a section heading and its first item, at most

_KINDS: dict[str, Literal["agenda", "minutes"]] = {"DAGSORDEN": "agenda", "REFERAT": "minutes"}
_KIND_LINE = lazy(r"(DAGSORDEN|REFERAT)(?:FRAMØDE|TILMØDE)?(\d{4})?")
_COUNCIL_LINE = lazy(r"KKR([A-ZÆØÅ]+)")
_LABEL = lazy(r"^(dato|tid|tidspunkt|mødetidspunkt|sted|mødested|lokale)\s*:\s*", re.IGNORECASE)
_PLACE_LABELS = {"sted", "mødested", "lokale"}
_TIME = lazy(r"\bkl\.?\s*(\d{1,2})[:.](\d{2})\b|\b(\d{1,2}):(\d{2})\b", re.IGNORECASE)
_CONTENTS_HEADING = lazy(r"^\s*indhold(?:sfortegnelse)?\s*:?\s*$", re.IGNORECASE)
_NUMBER = lazy(r"(?:^|\s)(\d)\.(\d{1,2})\.?(?=\s|$)")


@dataclass(frozen=True)
class Cover:
    """What a cover page says; any part may be missing."""

    kind: Literal["agenda", "minutes"] | None
    council: str | None
    meeting_date: date | None
    start_time: str | None  # "10:00"
    venue: str | None


def _next_content(lines: Sequence[Line], k: int) -> int | None:
    return next((j for j in range(k + 1, len(lines)) if not lines[j].link), None)


def _real_item(lines: Sequence[Line], k: int) -> bool:
    """An item heading followed, within its title's lines, by a case line or a sub-heading."""
    ln = lines[k]
    if ln.link or ln.bold is False or has_leaders(ln.text) or not ITEM_LINE.match(ln.text):
        return False
    j: int | None = k
    for _ in range(TITLE_LINES_MAX):
        j = _next_content(lines, j)
        if j is None:
            return False
        text = lines[j].text
        if CASE_LINE.match(text) or subheading(lines[j]):
            return True
        if ITEM_LINE.match(text) or SECTION_LINE.match(text) or has_leaders(text):
            return False
    return False


def _section_number(ln: Line) -> int | None:
    m = SECTION_LINE.match(ln.text)
    return int(m.group(1)) if m and not ln.link and not has_leaders(ln.text) and ln.bold is not False else None


def body_start(lines: Sequence[Line]) -> int:
    """Index of the body's first line: the section heading of the first real item heading
    (with the empty sections right above it), else that item heading itself. 0 when the
    document has no real item heading: then nothing is front matter."""
    first = next((k for k in range(len(lines)) if _real_item(lines, k)), None)
    if first is None:
        return 0
    wanted = int(ITEM_LINE.match(lines[first].text).group(1))
    start, seen = first, 0
    for k in range(first - 1, -1, -1):
        ln = lines[k]
        if ln.link:
            continue
        seen += 1
        if seen > _SECTION_LOOKBACK or has_leaders(ln.text) or ITEM_LINE.match(ln.text):
            break
        if _section_number(ln) == wanted:
            start = k
            break
    if start == first:
        return first
    for k in range(start - 1, -1, -1):  # empty sections just before: "1. Meddelelser", then "2. ..."
        ln = lines[k]
        if ln.link:
            continue
        n = _section_number(ln)
        if n is None or n >= (_section_number(lines[start]) or 0):
            break
        start = k
    return start


def _squeezed(text: str) -> str:
    """"D AG S O R D E N 2 0 1 5" → "DAGSORDEN2015": letter-spaced capitals read whole."""
    return re.sub(r"\s+", "", text).upper()


def read_cover(front: Sequence[Line]) -> Cover | None:
    """The cover: the page with the kind in (spaced) capitals; None without one."""
    at = next((k for k, ln in enumerate(front) if not ln.link and _KIND_LINE.fullmatch(_squeezed(ln.text))), None)
    if at is None:
        return None
    kind = _KINDS[_KIND_LINE.fullmatch(_squeezed(front[at].text)).group(1)]
    page = [ln.text for ln in front[at + 1 :] if ln.page == front[at].page and not ln.link]
    council = None
    when: date | None = None
    start_time: str | None = None
    venue: list[str] = []
    in_place = False
    for text in page:
        if council is None and (m := _COUNCIL_LINE.fullmatch(_squeezed(text))):
            council = canonical_council(f"KKR {m.group(1).capitalize()}")
            if council:
                continue
        label = _LABEL.match(text)
        rest = text[label.end() :].strip() if label else text.strip()
        found = next(iter(find_dates(rest)), None)
        clock = _TIME.search(rest)
        if label:
            in_place = label.group(1).lower() in _PLACE_LABELS
        if when is None and found is not None:
            when = found.value
        timed = found is not None or "kl" in rest.lower() or (label and label.group(1).lower() not in _PLACE_LABELS)
        if start_time is None and clock is not None and timed:
            hour, minute = (clock.group(1), clock.group(2)) if clock.group(1) else (clock.group(3), clock.group(4))
            start_time = f"{int(hour):02d}:{minute}"
        if found is not None or clock is not None or not rest:
            continue
        if in_place or (when is not None and not label):
            venue.append(rest)
    return Cover(kind, council, when, start_time, ", ".join(v.rstrip(", ") for v in venue) or None)


def _contents_pages(front: Sequence[Line]) -> set[int]:
    """Pages of the front matter that hold a table of contents: its heading, or dot leaders."""
    leaders: dict[int, int] = {}
    pages = set()
    for ln in front:
        if ln.link:
            continue
        if _CONTENTS_HEADING.match(ln.text):
            pages.add(ln.page)
        if has_leaders(ln.text):
            leaders[ln.page] = leaders.get(ln.page, 0) + 1
    return pages | {p for p, n in leaders.items() if n >= 2}


def contents_numbers(front: Sequence[Line]) -> tuple[str, ...]:
    """The item numbers ("3.4") the table of contents lists, in number order; () without one.

    Numbers are read wherever they stand on a contents line (apart from their titles, or two
    columns run together), since only the set of items is needed for the cross-check."""
    pages = _contents_pages(front)
    found: list[str] = []
    for ln in front:
        if ln.page in pages and not ln.link:
            found += [f"{m.group(1)}.{int(m.group(2))}" for m in _NUMBER.finditer(ln.text)]
    return tuple(sorted(set(found), key=lambda n: tuple(int(x) for x in n.split("."))))


def contents_note(listed: Sequence[str], found: Sequence[str]) -> str | None:
    """"contents lists 3.7, not found; 3.8 found, not in the contents", or None when the
    contents and the items agree (or there is no contents to check against)."""
    if not listed:
        return None
    missing = [n for n in listed if n not in set(found)]
    extra = [n for n in found if n not in set(listed)]
    parts = []
    if missing:
        parts.append(f"contents lists {', '.join(missing)}, not found")
    if extra:
        parts.append(f"{', '.join(extra)} found, not in the contents")
    return "; ".join(parts) or None


def contents_check(meeting: Meeting) -> str | None:
    """The ingest warning for `meeting`: its contents against the items read."""
    return contents_note(meeting.contents, [i.item_number for i in meeting.items])
