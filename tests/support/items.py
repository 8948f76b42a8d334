"""Small hand-made agenda items and meetings, and an index of them, for store and search tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from index.engine import AnswerEngine
from index.model import AgendaItem, ItemSection, Meeting, Section


def item(
    number: str,
    title: str,
    text: str,
    *,
    council: str = "KKR Midtjylland",
    day: date | None = date(2026, 6, 17),
    kind: str = "minutes",
    decision: str | None = "Godkendt.",
    source: str = "doc.txt",
    page_breaks: tuple[int, ...] = (),
) -> AgendaItem:
    """One hand-made item; `decision` is dropped for agendas."""
    slug = council.lower().replace(" ", "-")
    sections = [ItemSection("Sagsfremstilling", text, 5, page_breaks), ItemSection("Indstilling", "Det indstilles, at KKR godkender.", 6)]
    if kind == "minutes" and decision:
        sections.append(ItemSection("Beslutning", decision, 6))
    return AgendaItem(
        id=f"{slug}/{day or Path(source).stem}/{kind}/{number}", council=council, meeting_date=day,
        document_kind=kind, source=source, section=f"{number.split('.')[0]}. Sager", item_number=number,
        title=title, case_number=None, case_workers=(), sections=tuple(sections), page_start=5, page_end=6,
    )  # fmt: skip


def meeting(*items: AgendaItem) -> Meeting:
    first = items[0]
    numbers = tuple(i.item_number for i in items)
    return Meeting(
        council=first.council, meeting_date=first.meeting_date, document_kind=first.document_kind,
        source=first.source, page_count=8, sections=(Section(3, "Sager", numbers),), items=items,
    )  # fmt: skip


def small_engine(folder: Path, *meetings: Meeting) -> AnswerEngine:
    engine = AnswerEngine(folder)
    for m in meetings:
        engine.ingest(m)
    return engine
