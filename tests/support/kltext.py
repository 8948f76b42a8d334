"""Extractor text of the samples as KL publishes them: the front matter the sample texts lack.

The sample texts (index/samples) are what a PDF extractor made of KL's files with the front
matter dropped. `front_matter_text` puts it back, written the way the same extractor writes
(an empty line after every line, a page's first line starting with a space, the page header
"KKR Midtjylland  | 30-08-2021" and " SIDE  |  3" from the contents page on), as issue 9
describes it:
- a cover page before Mission / Vision: "D AG S O R D E N 2 0 2 1", the council in capitals,
  the labels "Dato:" and "Sted:" in one run and their values in the next;
- after Mission / Vision, a table of contents: one column ("1.1. Title ........ 5", long titles
  wrapped) or two, which the extractor gives with numbers and titles apart and out of order
  ("1.1.", "2.", "Siden sidst ....... 4", "2.1.", ...);
- for minutes, a Deltagerfortegnelse: one row a line, or each cell on a line of its own.
The body's own "SIDE | n" lines are renumbered to the pages they now fall on.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Literal

from index.model import Meeting
from index.read.textfile import SIDE
from tests.support.pdfgen_front import KIND_WORD, Front

__all__ = ["FrontText", "extractor_text", "front_matter_text", "kl_text_meeting", "spaced"]

_PAGE_START = re.compile(r"^ \S")


@dataclass(frozen=True)
class FrontText:
    text: str
    shift: int  # body pages: the sample text's page number + shift
    contents_page: int | None
    participants_page: int | None


def spaced(word: str) -> str:
    """Letter-spaced capitals as the extractor gives them: "D AG S O R D E N" keeps one pair."""
    letters = " ".join(word)
    return letters.replace("A G", "AG", 1) if word == "DAGSORDEN" else letters


def _page(lines: list[str]) -> str:
    """A page in the extractor's layout; its first line starts with a space."""
    return "\n\n".join(f"{' ' if k == 0 else ''}{line} " for k, line in enumerate(lines))


def extractor_text(pages: list[list[str]]) -> str:
    """Pages of lines written as the extractor writes them."""
    return "\n".join(_page(p) for p in pages)


def _leader(text: str, page: int, width: int) -> str:
    return f"{text} {'.' * max(5, width - len(text) - len(str(page)) - 2)} {page}"


def _entries(meeting: Meeting, front: Front, pages: dict[str, int]) -> list[tuple[str, str, int]]:
    titles = {i.item_number: " ".join(i.title.split()) for i in meeting.items}
    out = [("", "Deltagerfortegnelse", pages["P"])] if front.participants else []
    for s in meeting.sections:
        out.append((f"{s.number}.", s.title, pages[str(s.number)]))
        out += [(f"{n}.", titles[n], pages[n]) for n in s.item_numbers]
    return out


def _one_column(entries: list[tuple[str, str, int]]) -> list[str]:
    lines = []
    for number, title, page in entries:
        wrapped = textwrap.wrap(f"{number} {title}".strip(), 70)
        lines += wrapped[:-1] + [_leader(wrapped[-1], page, 88)]
    return lines


def _two_columns(entries: list[tuple[str, str, int]]) -> list[str]:
    """Numbers and titles apart, out of order: each run of three entries gives its numbers
    first, then its titles last to first (long titles wrapped at the column's width)."""
    lines = []
    for k in range(0, len(entries), 3):
        run = entries[k : k + 3]
        lines += [number for number, _, _ in run if number]
        for _, title, page in reversed(run):
            wrapped = textwrap.wrap(title, 34)
            lines += wrapped[:-1] + [_leader(wrapped[-1], page, 44)]
    return lines


def _participants(front: Front, cells_apart: bool) -> list[str]:
    lines = ["Deltagerfortegnelse"]
    for label, present in (("Deltagere", True), ("Afbud", False)):
        group = [p for p in front.participants if p.present == present]
        if group:
            lines.append(label)
        for p in group:
            cells = [f"{p.name} ({p.party})" if p.party else p.name, p.municipality or "", p.role or ""]
            lines += [c for c in cells if c] if cells_apart else [" ".join(c for c in cells if c)]
    return lines


def front_matter_text(
    text: str, meeting: Meeting, front: Front, *, contents: Literal["one", "two"] | None = "one",
    cells_apart: bool = False, running_header: bool = True,
) -> FrontText:
    """The sample `text` (read as `meeting`) with KL's front matter put back."""
    physical = text.replace("\r\n", "\n").split("\n")
    mission = next(i for i, raw in enumerate(physical) if raw.strip() == "Mission")
    mission_at = max(i for i in range(mission + 1) if physical[i].startswith(" ") or i == 0)  # its page's start
    vision_at = next(i for i, raw in enumerate(physical) if raw.strip() == "Vision")
    body_at = next(i for i in range(vision_at + 1, len(physical))
                   if _PAGE_START.match(physical[i]) and physical[i - 1] != "")
    extra = (1 if contents else 0) + (1 if front.participants else 0)
    # Pages: cover 1, Mission 2, the pages put in, then the body. The sample counts its
    # Mission page as 2 (an empty page before it) or from its own "SIDE | n" lines.
    mission_page = _sample_mission_page(text)
    shift = 2 - mission_page + extra
    pages = {"P": 3 + (1 if contents else 0)}
    pages.update({str(s.number): 0 for s in meeting.sections})
    for item in meeting.items:
        pages[item.item_number] = item.page_start + shift
        section = item.item_number.split(".")[0]
        pages[section] = pages[section] or item.page_start + shift
    for s in meeting.sections:  # an empty section is on the page of the next heading
        if not pages[str(s.number)]:
            later = [pages[n] for n in pages if n.isdigit() and int(n) > s.number and pages[n]]
            pages[str(s.number)] = min(later, default=max(pages.values()))
    header = [f"{meeting.council}  | {front.meeting_date:%d-%m-%Y}"] if running_header else []
    inserted = []
    page = 3
    if contents:
        entries = _entries(meeting, front, pages)
        body = _one_column(entries) if contents == "one" else _two_columns(entries)
        inserted.append(header + [f"SIDE  |  {page}", "Indholdsfortegnelse", *body])
        page += 1
    if front.participants:
        inserted.append(header + [f"SIDE  |  {page}", *_participants(front, cells_apart)])
    day = f"{front.meeting_date:%d-%m-%Y} kl. {front.start_time}"
    cover = [spaced(KIND_WORD[front.kind]) + " " + spaced(str(front.meeting_date.year)),
             front.council.upper(), "Dato:", "Sted:", day, *front.venue]
    renumbered = [_renumbered(raw, shift) for raw in physical[body_at:]]
    parts = [_page(cover), "\n".join(physical[mission_at:body_at])]
    parts += [_page(p) for p in inserted]
    parts.append("\n".join(renumbered))
    return FrontText("\n".join(parts), shift, 3 if contents else None,
                     pages["P"] if front.participants else None)


def _renumbered(raw: str, shift: int) -> str:
    m = SIDE.match(raw)
    return raw[: m.start(1)] + str(int(m.group(1)) + shift) + raw[m.end(1) :] if m else raw


def _sample_mission_page(text: str) -> int:
    from index.read.textfile import read_text

    return read_text(text).lines[0].page


def kl_text_meeting(key: str) -> Meeting:
    """Sample `key` ("003") as KL publishes it (cover, one-column contents, participants for
    minutes), read through the text path and recorded under its file name."""
    from index.read.document import meeting_from_extracted, read_document
    from index.read.textfile import read_text
    from index.samples import sample_paths
    from tests.support.kl_front import front_for

    path = next(p for p in sample_paths() if p.name.startswith(key))
    plain = read_document(path, source=path.name)
    made = front_matter_text(path.read_text(encoding="utf-8"), plain, front_for(key, plain))
    return meeting_from_extracted(read_text(made.text), source=path.name)
