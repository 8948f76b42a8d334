"""The next meetings per council, given a date: agendas already in, else the plan in item 6.1.

Pure: `today` is always passed in, so tests (and `kkrbot next --today`) can stand anywhere in time.
An agenda of a meeting on or after `today` gives that meeting with its items. Where no agenda
for the next meeting is in yet, the latest stored meeting on or before `today` usually says in
item 6.1 ("Punkter til næste møde") when the next meeting is and which topics it will take up:
that plan is returned marked `preliminary`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, NamedTuple

from index.lazy_patterns import lazy
from index.dates import MONTH_ALT, find_dates
from index.model import BESLUTNING, INDSTILLING, SUBHEADINGS, AgendaItem, Meeting
from index.search.meeting_plans import plans_a_meeting

__all__ = [
    "NextMeetingPlan",
    "UpcomingItem",
    "UpcomingMeeting",
    "find_plan_item",
    "one_line",
    "parse_next_meeting_plan",
    "upcoming_meetings",
]


class UpcomingItem(NamedTuple):
    """One item (agenda) or planned topic (preliminary: `item_number` is None)."""

    item_number: str | None
    title: str
    recommendation: str | None = None


@dataclass(frozen=True)
class UpcomingMeeting:
    council: str
    meeting_date: date
    preliminary: bool
    items: tuple[UpcomingItem, ...]
    source: str
    based_on: str | None = None  # id of the 6.1 item the plan was read from, when preliminary


@dataclass(frozen=True)
class NextMeetingPlan:
    meeting_date: date | None
    topics: tuple[str, ...]


def upcoming_meetings(
    meetings: Iterable[Meeting],
    *,
    today: date,
    council: str | None = None,
    horizon_days: int | None = None,
) -> list[UpcomingMeeting]:
    """Meetings on or after `today` (within `horizon_days` when given), by date then council."""
    by_council: dict[str, list[Meeting]] = {}
    for m in meetings:
        if council is None or m.council.casefold() == council.casefold():
            by_council.setdefault(m.council, []).append(m)
    last_day = today + timedelta(days=horizon_days) if horizon_days is not None else None
    out: list[UpcomingMeeting] = []
    for name, docs in by_council.items():
        found = _from_agendas(docs, today)
        plan = _from_plan(docs, today, {u.meeting_date for u in found})
        if plan is not None:
            found.append(plan)
        out.extend(u for u in found if last_day is None or u.meeting_date <= last_day)
    return sorted(out, key=lambda u: (u.meeting_date, u.council, u.preliminary))


def _from_agendas(docs: list[Meeting], today: date) -> list[UpcomingMeeting]:
    held = {m.meeting_date for m in docs if m.document_kind == "minutes" and m.meeting_date}
    seen: dict[date, UpcomingMeeting] = {}
    for m in sorted(docs, key=lambda m: m.source):
        d = m.meeting_date
        if m.document_kind != "agenda" or d is None or d < today or d in held:
            continue
        items = tuple(
            UpcomingItem(i.item_number, i.title, one_line(i.recommendation) if i.recommendation else None)
            for i in m.items
        )
        seen[d] = UpcomingMeeting(m.council, d, False, items, m.source)
    return list(seen.values())


def _known_by(m: Meeting) -> date | None:
    """The date by which the meeting had surely taken place (its date, else its window's end)."""
    return m.meeting_date or m.date_window[1]


def _from_plan(docs: list[Meeting], today: date, covered: set[date]) -> UpcomingMeeting | None:
    past = [m for m in docs if (k := _known_by(m)) is not None and k <= today]
    if not past:
        return None
    latest = max(past, key=lambda m: (_known_by(m), m.document_kind == "minutes"))
    item = find_plan_item(latest.items)
    if item is None:
        return None
    plan = parse_next_meeting_plan(item.title, _plan_text(item), after=latest.meeting_date)
    if plan.meeting_date is None or plan.meeting_date < today or plan.meeting_date in covered:
        return None
    topics = tuple(UpcomingItem(None, t) for t in plan.topics)
    return UpcomingMeeting(latest.council, plan.meeting_date, True, topics, latest.source, item.id)


def find_plan_item(items: Iterable[AgendaItem]) -> AgendaItem | None:
    """The item that lists the next meeting's topics: one titled so, else one in a section so
    titled (index/search/meeting_plans.py)."""
    items = list(items)
    by_title = (i for i in items if plans_a_meeting(i.title))
    return next(by_title, None) or next((i for i in items if plans_a_meeting(i.title, i.section)), None)


def _plan_text(item: AgendaItem) -> str:
    """The item's text with its sub-headings as lines, so the parser sees one document layout."""
    return "\n".join(f"{s.heading}\n{s.text}" if s.heading else s.text for s in item.sections)


# --- parsing item 6.1 -------------------------------------------------------------------------

_DATE_WORDS = lazy(rf"\b(\d{{1,2}})\.?\s+({MONTH_ALT})\.?\s+(\d{{4}})\b", re.I)
_SKIPPED_HEADINGS = {INDSTILLING, BESLUTNING}
_CASE_LINE = lazy(r"^SAG-\d{4}-\d+\b")
_BULLET = lazy(r"^(?:[-–—•·▪●■◦*]|\(?\d{1,2}[.)]|\(?[a-zæøå]\))\s+(?=\S)", re.I)
_NOT_A_BULLET = lazy(rf"^\d{{1,2}}\.\s+(?:{MONTH_ALT})\b", re.I)  # "1. september 2026"
_INLINE_BULLETS = lazy(r"\s[-–—•▪]\s+(?=[A-ZÆØÅ\"”“])")
_INTRO = lazy(r"følgende\s+punk?t?er|sagsliste|punkter\s+til|oversigt\s+over|:\s*$", re.I)
_CELL_GAP = lazy(r"\t+|\s{3,}")
_CELL_SPLIT = lazy(r"\s*\|\s*")
_ABBREVIATIONS = ("mv.", "m.v.", "m.fl.", "evt.", "bl.a.", "osv.", "etc.", "inkl.", "jf.", "ca.")
_WRAP_WIDTH = 50  # a line at least this long that ends without punctuation was wrapped


def parse_next_meeting_plan(title: str, text: str, *, after: date | None = None) -> NextMeetingPlan:
    """Read the next meeting's date and planned topics from an item 6.1 (title and text).

    `text` may carry the sub-heading lines ("Baggrund", "Indstilling", ...); the recommendation
    and the decision are skipped. The date is the first one named after `after` (the meeting the
    item belongs to). Topics are bullet or numbered lines, wrapped lines joined back together;
    without any bullets, the lines under the "følgende punkter:" sentence (cells of flattened
    table rows included).
    """
    blocks = _blocks(text)
    body = "\n".join(line for block in blocks for line in block)
    return NextMeetingPlan(_first_date_after(f"{title}\n{body}", after), _topics(blocks))


def _blocks(text: str) -> list[list[str]]:
    """Lines grouped by sub-heading, without the recommendation, decision and case line.

    Blank lines say nothing here: extractors put them between every line or nowhere.
    """
    blocks: list[list[str]] = [[]]
    skipping = False
    for raw in text.splitlines():
        line = " ".join(_CELL_GAP.sub(" | ", raw.strip()).split())  # keep table cells apart
        if line in SUBHEADINGS:
            skipping = line in _SKIPPED_HEADINGS
            blocks.append([])
        elif line and line not in {".", "/", "./."} and not skipping and not _CASE_LINE.match(line):
            blocks[-1].append(line)
    return [b for b in blocks if b]


def _first_date_after(text: str, after: date | None) -> date | None:
    flat = " ".join(text.split())
    return next((f.value for f in find_dates(flat) if after is None or f.value > after), None)


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line)) and not _NOT_A_BULLET.match(line)


def _topics(blocks: list[list[str]]) -> tuple[str, ...]:
    lines = [line for block in blocks for line in block + [""]]  # "" ends a topic at a heading
    if any(_is_bullet(line) for line in lines):
        topics = _bulleted(lines)
    else:
        topics = _inline(lines) or _under_intro(blocks)
    seen: dict[str, None] = {}
    for t in topics:
        t = _tidy(t)
        if len(t) > 2 and t.casefold() not in {s.casefold() for s in seen}:
            seen[t] = None
    return tuple(seen)


def _bulleted(lines: list[str]) -> list[str]:
    topics: list[str] = []
    open_topic = False
    for line in lines:
        if not line:
            open_topic = False
        elif _is_bullet(line):
            topics.append(_BULLET.sub("", line, count=1))
            open_topic = True
        elif open_topic and _continues(topics[-1], line):
            topics[-1] = _join(topics[-1], line)
        else:
            open_topic = False
    return topics


def _continues(previous: str, line: str) -> bool:
    if previous.endswith("-") or line[0].islower():
        return True
    ends_sentence = previous.endswith((".", ":", "!", "?")) and not previous.endswith(_ABBREVIATIONS)
    return not ends_sentence and len(previous) >= _WRAP_WIDTH and not _INTRO.search(line)


def _join(previous: str, line: str) -> str:
    """Join a wrapped line; a word split with a hyphen ("ungdomsud-" / "dannelser") is rejoined."""
    if previous.endswith("-") and not previous.endswith(" -") and line[0].islower():
        if line.split()[0] not in {"og", "eller", "samt"}:
            return previous[:-1] + line
    return f"{previous} {line}"


def _inline(lines: list[str]) -> list[str]:
    """Bullets run into one line by a reflowing extractor: "følgende punkter: - A - B"."""
    for line in lines:
        parts = _INLINE_BULLETS.split(line)
        if len(parts) >= 3:
            return parts[1:]
    return []


def _under_intro(blocks: list[list[str]]) -> list[str]:
    """No bullets: the lines after the "følgende punkter:" sentence, one topic per row."""
    for block in blocks:
        for n, line in enumerate(block):
            if _INTRO.search(line) and n + 1 < len(block):
                rest = block[n + 1 :]
                while rest and (rest[0][0].islower() or _DATE_WORDS.fullmatch(rest[0].rstrip(". :"))):
                    rest = rest[1:]  # the intro sentence wrapped onto the next line
                rows: list[str] = []
                for row in rest:
                    cells = [c for c in _CELL_SPLIT.split(row) if re.search(r"[A-Za-zÆØÅæøå]{3}", c)]
                    cell = max(cells, key=len, default="")
                    if rows and cell and _continues(rows[-1], cell):
                        rows[-1] = _join(rows[-1], cell)
                    elif cell and not _DATE_WORDS.fullmatch(cell.rstrip(". ")):
                        rows.append(cell)
                return rows
    return []


def _tidy(topic: str) -> str:
    topic = " ".join(topic.split()).strip(" ;,")
    if topic.endswith(".") and not topic.endswith(_ABBREVIATIONS):
        topic = topic[:-1].rstrip()
    return topic


def one_line(text: str | None, limit: int = 200) -> str | None:
    """A recommendation as one line: whitespace collapsed, cut after its first sentence or at `limit`."""
    if not text:
        return None
    flat = " ".join(text.split())
    m = re.search(r"(?<!\d)(?<!\b[a-zæøå])\.\s+(?=[A-ZÆØÅ])", flat)
    if m and m.start() + 1 <= limit:
        flat = flat[: m.start() + 1]
    if len(flat) > limit:
        flat = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return flat
