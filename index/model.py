"""The domain records that flow through kkrbot: meetings, agenda items, hits, answers.

Frozen dataclasses with no I/O, so every step of the pipeline
(file → pages → lines → items → index → answer → Slack blocks) can pass them on
without copying or guarding them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from collections.abc import Mapping
from typing import Literal

DocumentKind = Literal["agenda", "minutes"]
PassageKind = Literal["sentence", "list", "row"]
Intent = Literal["decision", "next_meeting", "general"]
Language = Literal["da", "en"]

COUNCILS: tuple[str, ...] = (
    "KKR Hovedstaden",
    "KKR Sjælland",
    "KKR Syddanmark",
    "KKR Midtjylland",
    "KKR Nordjylland",
)

# The sub-headings of an item in KL's template, in their usual order.
BAGGRUND = "Baggrund"
INDSTILLING = "Indstilling"
SAGSFREMSTILLING = "Sagsfremstilling"
BESLUTNING = "Beslutning"
BEMAERKNINGER = "Bemærkninger"
SUBHEADINGS: tuple[str, ...] = (BAGGRUND, INDSTILLING, SAGSFREMSTILLING, BESLUTNING, BEMAERKNINGER)
# Text between the case line and the first sub-heading, when an item has any.
INTRO = ""


@dataclass(frozen=True)
class ItemSection:
    """One sub-section of an item ("Beslutning", ...) with where its text lies in the PDF.

    `page_breaks` are character offsets into `text` at which a new page begins, so the
    page of any passage is `page_start` plus the breaks before it.
    """

    heading: str
    text: str
    page_start: int
    page_breaks: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int:
        return self.page_start + sum(1 for b in self.page_breaks if b <= offset)


@dataclass(frozen=True)
class Table:
    """A table of an item, as rows of cells; column 0 holds the row labels.

    `header` has one label per column (`header[0]`: the row labels' own heading, often "");
    `groups` the label spanning a column above its header ("Social- og sundhedsassistenter"
    over "Dimensionering 2026" and "Dimensionering 2027"), "" where none; `caption` a title
    line above the header. Every cell is the item's own text (line breaks made spaces, words
    the layout broke made whole).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    page: int
    groups: tuple[str, ...] = ()
    caption: str = ""
    # Where the item's text holds the table as the extractor flattened it: (sub-section index,
    # start, end), so the whole-item view can show the table in its place; None when unknown.
    region: tuple[int, int, int] | None = None

    def column_label(self, col: int) -> str:
        """"Social- og sundhedsassistenter · Dimensionering 2027": group and header of a column."""
        group = self.groups[col] if col < len(self.groups) else ""
        head = self.header[col] if col < len(self.header) else ""
        return " · ".join(p for p in (group, head) if p)


@dataclass(frozen=True)
class Passage:
    """A unit an answer can quote: a sentence, a list with its lead-in, or a table row.

    `text` is `item.sections[section_index].text[start:end]`, verbatim; `section` its
    sub-heading ("Sagsfremstilling"); a row knows its table (`table`, an index into
    `item.tables`) and `row` (an index into that table's rows).
    """

    text: str
    section: str
    page: int
    kind: PassageKind
    section_index: int
    start: int
    end: int
    table: int | None = None
    row: int | None = None


@dataclass(frozen=True)
class AgendaItem:
    """One numbered agenda item ("3.4. Fordeling af lærepladser ..."), the unit people ask about."""

    id: str
    council: str
    meeting_date: date | None
    document_kind: DocumentKind
    source: str
    section: str  # "3. Regionalpolitiske sager"
    item_number: str  # "3.4"
    title: str
    case_number: str | None  # "SAG-2026-00837"
    case_workers: tuple[str, ...]  # ("lifo",)
    sections: tuple[ItemSection, ...]
    links: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    page_start: int = 1
    page_end: int = 1
    tables: tuple[Table, ...] = ()
    passages: tuple[Passage, ...] = ()
    # An undated meeting's (after, before) bounds, as its Meeting has them; (None, None) when dated.
    date_window: tuple[date | None, date | None] = (None, None)

    def text_of(self, heading: str) -> str | None:
        for s in self.sections:
            if s.heading == heading:
                return s.text
        return None

    @property
    def decision(self) -> str | None:
        return self.text_of(BESLUTNING)

    @property
    def recommendation(self) -> str | None:
        return self.text_of(INDSTILLING)

    @property
    def full_text(self) -> str:
        """All sub-section text, in document order, as one string (what excerpts quote from)."""
        return "\n\n".join(s.text for s in self.sections if s.text)


@dataclass(frozen=True)
class Section:
    """A top-level section "N. Title"; `item_numbers` is empty for a section with no items."""

    number: int
    title: str
    item_numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Participant:
    """One person of a minutes' "Deltagerfortegnelse": present, or sent apologies ("Afbud").

    `municipality` ("Aarhus Kommune"), `role` ("Borgmester, formand") and `party` ("V") are
    None where the list does not give them.
    """

    name: str
    municipality: str | None = None
    role: str | None = None
    party: str | None = None
    present: bool = True


@dataclass(frozen=True)
class Meeting:
    """One KKR meeting document (agenda or minutes) as segmented from one file.

    When the text does not state the meeting date, `meeting_date` is None and
    `date_window` holds the best (after, before) bounds the text gives.
    The cover page, where the file has one, gives `start_time` ("10:00") and `venue`;
    `contents` are the item numbers its table of contents lists (empty: no contents found);
    `participants` come from the minutes' Deltagerfortegnelse.
    """

    council: str
    meeting_date: date | None
    document_kind: DocumentKind
    source: str
    page_count: int
    sections: tuple[Section, ...]
    items: tuple[AgendaItem, ...]
    date_window: tuple[date | None, date | None] = (None, None)
    start_time: str | None = None
    venue: str | None = None
    contents: tuple[str, ...] = ()
    participants: tuple[Participant, ...] = ()


@dataclass(frozen=True)
class TimelineEntry:
    """An earlier (or later) item on the same topic, for "SOSU places 2022 → 2026 → 2027"."""

    item_id: str
    council: str
    meeting_date: date | None
    document_kind: DocumentKind
    item_number: str
    title: str
    decision: str | None
    date_window: tuple[date | None, date | None] = (None, None)  # an undated meeting's bounds


@dataclass(frozen=True)
class ShownPassage:
    """A passage as a hit shows it: its text verbatim, or cut around what matched (the cuts
    marked "…", every piece between them verbatim); `highlights` are character spans of
    `text` that matched the question. A table row carries its table's column labels and its
    own cells (`labels[i]` heads `cells[i]`), so it can be shown with its header."""

    text: str
    section: str
    page: int
    kind: PassageKind
    highlights: tuple[tuple[int, int], ...] = ()
    labels: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnswerLine:
    """The shortest span of an item that answers the question's type, shown above the passages.

    `values` are verbatim spans of the item ("1.417"; for a list or a meeting's plan, one per
    item of the list); `labels` name a table cell: its row label and its column's group and
    header ("KKR Midtjylland", "Social- og sundhedsassistenter · Dimensionering 2027").
    """

    kind: str  # the question's answer type: number, date, person, list, plan, decision
    values: tuple[str, ...]
    section: str
    page: int
    labels: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        value = "; ".join(self.values)
        return f"{value} ({' · '.join(self.labels)})" if self.labels else value


@dataclass(frozen=True)
class Hit:
    """One item that answers a question, with the passages that answer it.

    `excerpt` is the first shown passage's text (verbatim, or cut with "…"); `highlights`
    are (start, end) character spans in `excerpt` of the words that matched.
    """

    item: AgendaItem
    score: float
    excerpt: str
    excerpt_heading: str
    page: int
    highlights: tuple[tuple[int, int], ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    # What the reply shows of the item besides its decision: the answer line (None when no
    # span of the asked type was found) and one to three passages, best first; `excerpt`,
    # `excerpt_heading`, `page` and `highlights` are the first passage's.
    answer: AnswerLine | None = None
    passages: tuple[ShownPassage, ...] = ()


@dataclass(frozen=True)
class Note:
    """A short remark on an answer, as data: which message (`key`, a table of
    bot/render/labels.toml) and the words that fill it (`values`: a year, a council, a title).
    The index says what to remark; the bot says it in the asker's language."""

    key: str
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    """What kkrbot says to a question: the best items, or "not found" with the closest topics."""

    question: str
    language: Language
    answered: bool
    hits: tuple[Hit, ...] = ()
    closest_topics: tuple[str, ...] = ()
    notes: tuple[Note, ...] = field(default=())  # e.g. a typo corrected: Note("note_correction", {"typed": "lærepladsr", …})
    # Answered, but no item holds most of what was asked: the hits are about its topic
    # ("Måske / Possibly relevant").
    uncertain: bool = False
