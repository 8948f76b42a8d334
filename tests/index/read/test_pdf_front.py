"""Issue 9, the PDF path: the five samples printed as KL publishes them (cover, Mission /
Vision, a one- or two-column table of contents, for minutes a Deltagerfortegnelse, the running
header and footer from the contents page on) give exactly the text path's items, on the pages
the generator put them, and the cover's date, time, venue and kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from index.model import Meeting, Section
from index.read.document import read_document
from index.read.front_matter import contents_check
from tests.index.read.test_pdf import words
from tests.index.read.test_textfile import FILES, SAMPLES
from tests.support.kl_front import COVERS, front_for
from tests.support.pdfgen import Layout, meeting_pdf

CONTENTS = ("one", "two")
pytestmark = pytest.mark.xdist_group("pdf_front")  # `printed` (ten PDFs, printed and read) made on one worker


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[tuple[str, str], tuple[Meeting, Meeting, Layout]]:
    """(key, contents) → (text-path meeting, PDF-path meeting, layout)."""
    folder = tmp_path_factory.mktemp("kl-pdfs")
    out = {}
    for key, name in FILES.items():
        text_meeting = read_document(SAMPLES / name)
        for contents in CONTENTS:
            path = folder / f"{Path(name).stem}-{contents}.pdf"
            layout = meeting_pdf(text_meeting, path, front=front_for(key, text_meeting), contents=contents)
            out[key, contents] = (text_meeting, read_document(path), layout)
    return out


@pytest.mark.parametrize("contents", CONTENTS)
@pytest.mark.parametrize("key", FILES)
def test_every_item_as_the_text_path_reads_it(printed, key, contents):
    text_m, pdf_m, layout = printed[key, contents]
    assert [i.item_number for i in pdf_m.items] == [i.item_number for i in text_m.items]
    for t, p in zip(text_m.items, pdf_m.items):
        assert words(p.title) == words(t.title)
        assert (p.case_number, p.case_workers, p.section) == (t.case_number, t.case_workers, t.section)
        assert [s.heading for s in p.sections] == [s.heading for s in t.sections], t.item_number
        for ts, ps in zip(t.sections, p.sections):
            assert words(ps.text) == words(ts.text), (t.item_number, ts.heading)
        assert words(p.decision) == words(t.decision)
        assert set(p.links) == set(t.links)
        assert (p.page_start, p.page_end) == layout.item_pages[p.item_number]
        for s in p.sections:
            assert s.page_start == layout.section_pages[(p.item_number, s.heading)]
    assert pdf_m.sections == text_m.sections


@pytest.mark.parametrize("contents", CONTENTS)
@pytest.mark.parametrize("key", FILES)
def test_the_cover_dates_the_meeting(printed, key, contents):
    text_m, pdf_m, layout = printed[key, contents]
    day, time, venue = COVERS[key]
    assert (pdf_m.meeting_date, pdf_m.start_time, pdf_m.venue) == (day, time, ", ".join(venue))
    assert (pdf_m.council, pdf_m.document_kind) == (text_m.council, text_m.document_kind)
    assert pdf_m.page_count == layout.page_count
    assert layout.contents_pages == (3,)
    if text_m.meeting_date is None:  # 001 and 004: no page header dates them, only the cover
        assert pdf_m.date_window == (None, None) and text_m.date_window != (None, None)


@pytest.mark.parametrize("contents", CONTENTS)
@pytest.mark.parametrize("key", FILES)
def test_contents_and_participants(printed, key, contents):
    text_m, pdf_m, layout = printed[key, contents]
    assert pdf_m.contents == tuple(i.item_number for i in text_m.items)
    assert contents_check(pdf_m) is None
    front = front_for(key, text_m)
    assert list(pdf_m.participants) == sorted(front.participants, key=lambda p: not p.present)
    assert (layout.participants_page == 4) == (text_m.document_kind == "minutes")


def test_contents_listing_an_item_the_body_lacks_ingest_what_is_there_with_one_warning(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    full = read_document(SAMPLES / FILES["003"])
    body = Meeting(**{**full.__dict__, "items": tuple(i for i in full.items if i.item_number != "3.6"),
                      "sections": tuple(Section(s.number, s.title, tuple(n for n in s.item_numbers if n != "3.6"))
                                        for s in full.sections)})
    path = tmp_path / "referat-fra-moede-i-kkr-midtjylland-den-17-juni-2026.pdf"
    meeting_pdf(body, path, front=front_for("003", full), contents="two", listed=full)
    result = CliRunner().invoke(main, ["ingest", "--index", "ix", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output == f"{path}: added 10 items (contents lists 3.6, not found)\n"
