"""The entry point of ingest: one file (PDF or extractor text) → one `Meeting`.

Only this module and `index.read.pdf` touch files; everything after the first read is pure.
"""

from __future__ import annotations

import dataclasses

import os
from datetime import date
from pathlib import Path

from index.errors import EmptyFile, IngestError, NotAnAgenda, NotUtf8Text, TooLarge
from index.read.front_matter import contents_numbers, read_cover
from index.read.lines import Extracted
from index.read.meeting_info import council_of, date_window, document_kind, meeting_date_of
from index.model import AgendaItem, Meeting
from index.read.passages import item_parts, prose_words
from index.read.participants import read_participants
from index.read.segment import item_id, segment
from index.read.textfile import read_text

__all__ = ["meeting_from_extracted", "read_document"]


def read_document(
    path: str | Path,
    *,
    meeting_date: date | None = None,
    council: str | None = None,
    source: str | None = None,
) -> Meeting:
    """Read a KL agenda or minutes file: a PDF (by its %PDF magic) or UTF-8 extractor text.

    `meeting_date` and `council` are used only when the document itself does not say
    (see `index.read.meeting_info`); `source` (a URL, say) is recorded instead of the path.
    Raises a subclass of `IngestError` naming the file.
    """
    path = Path(path)
    try:
        data, is_pdf = _read_bytes(path)
        if not data.strip():
            raise EmptyFile()
        if is_pdf:
            from index.read.pdf import read_pdf  # PDFium is loaded only when a PDF comes

            extracted = read_pdf(data)
            if extracted.ruled_pages:  # ruled tables read as tables, on those pages only
                from index.read.pdf_tables import read_tables

                extracted = dataclasses.replace(extracted, tables=read_tables(data, extracted.ruled_pages))
        else:
            extracted = read_text(_decode(data))
        return meeting_from_extracted(
            extracted, source=source or str(path), meeting_date=meeting_date, council=council
        )
    except IngestError as e:
        e.with_path(path)
        raise
    except OSError as e:
        raise IngestError(f"cannot read: {e.strerror or e}", path=path) from e


MAX_TEXT_BYTES = 8 * 1024 * 1024  # extracted text of a KL document is well under 1 MB; 50 MB took 519 MB to read


def _read_bytes(path: Path) -> tuple[bytes, bool]:
    """The file's bytes and whether it is a PDF (by its %PDF magic). A text file is read no further
    than MAX_TEXT_BYTES: a larger one is refused before it is read (TooLarge)."""
    with path.open("rb") as f:
        head = f.read(4096)
        is_pdf = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-"
        if is_pdf:
            return head + f.read(), True
        size = os.fstat(f.fileno()).st_size
        data = head + f.read(max(0, MAX_TEXT_BYTES + 1 - len(head)))
    if size > MAX_TEXT_BYTES or len(data) > MAX_TEXT_BYTES:
        raise TooLarge(f"text file too large: {max(size, len(data)) / 1e6:.0f} MB (at most {MAX_TEXT_BYTES / 1e6:.0f} MB)")
    return data, False


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NotUtf8Text() from e
    if "\x00" in text:
        raise NotUtf8Text()
    if not text.strip():
        raise EmptyFile()
    return text


def meeting_from_extracted(
    extracted: Extracted, *, source: str, meeting_date: date | None = None, council: str | None = None
) -> Meeting:
    """Segment extracted lines and settle the meeting's council, date and kind."""
    outline = segment(extracted.lines)
    if not outline.items:
        raise NotAnAgenda()
    drafts = outline.items
    cover = read_cover(outline.front)
    when = meeting_date_of(cover and cover.meeting_date or extracted.meeting_date, drafts, source, meeting_date)
    text = "\n".join(ln.text for ln in extracted.lines if not ln.link)
    name = council_of(cover and cover.council or extracted.council, text, source, council)
    if name is None:
        raise NotAnAgenda("no agenda items found: the text names no KKR council (give the council)")
    kind = cover.kind if cover and cover.kind else document_kind(drafts)
    window = date_window(drafts) if when is None else (None, None)
    words = prose_words([text])
    parts = [item_parts(d.sections, lambda w: w.casefold() in words, extracted.tables) for d in drafts]
    items = tuple(
        AgendaItem(
            id=item_id(name, when, source, kind, d.number),
            council=name,
            meeting_date=when,
            document_kind=kind,
            source=source,
            section=d.section,
            item_number=d.number,
            title=d.title,
            case_number=d.case_number,
            case_workers=d.case_workers,
            sections=d.sections,
            links=d.links,
            attachments=d.attachments,
            page_start=d.page_start,
            page_end=d.page_end,
            tables=tables,
            passages=passages,
            date_window=window,
        )
        for d, (tables, passages) in zip(drafts, parts)
    )
    return Meeting(
        council=name,
        meeting_date=when,
        document_kind=kind,
        source=source,
        page_count=max(extracted.page_count, max(i.page_end for i in items)),
        sections=outline.sections,
        items=items,
        date_window=window,
        start_time=cover.start_time if cover else None,
        venue=cover.venue if cover else None,
        contents=contents_numbers(outline.front),
        participants=read_participants(outline.front),
    )
