"""Ruled tables of a PDF made by another generator (tests/support/otherpdf.py, fpdf2: boxed
cells, bold header rows, a header cell spanning two columns, a table continued on the next
page) read with pdfplumber on the ruled pages only and joined to the item's text."""

from __future__ import annotations

import pytest

from index.engine import AnswerEngine
from index.read.document import read_document
from index.read.pdf import read_pdf
from index.read.pdf_tables import table_of
from tests.support.otherpdf import kl_pdf
from tests.support.otherpdf_samples import sample_meeting
from tests.support.sample import TODAY

pytestmark = pytest.mark.xdist_group("pdf_tables")  # `pdf_meetings` (two PDFs printed and read) made on one worker


@pytest.fixture(scope="module")
def pdf_meetings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("otherpdf")
    out = {}
    for name in ("000_cdc91a78ce8a19e6", "003_d10211b4844be3a2"):
        path = folder / f"{name}.pdf"
        path.write_bytes(kl_pdf(sample_meeting(name))[0])
        out[name[:3]] = read_document(path, source=path.name)
    return out


def item(meeting, number):
    return next(i for i in meeting.items if i.item_number == number)


def test_the_ruled_pages_are_found_and_only_they_are_read_for_tables() -> None:
    data, _ = kl_pdf(sample_meeting("003_d10211b4844be3a2"))
    extracted = read_pdf(data)
    assert len(extracted.ruled_pages) == 2 and extracted.tables == ()  # read_pdf leaves tables to read_document


def test_a_ruled_table_keeps_its_spanning_header(pdf_meetings) -> None:
    tables = item(pdf_meetings["003"], "3.4").tables
    sosu = tables[0]
    assert sosu.caption == "2026/2027" and sosu.header[0] == "KKR"
    assert sosu.column_label(4) == "Social- og sundhedsassistenter · Dimensionering 2027"
    assert sosu.rows[3] == ("KKR Midtjylland", "668", "1.006", "1.304", "1.417")
    years = tables[1]
    assert years.header == ("Årstal", "Social- og sundhedsassistent", "Social- og sundhedshjælper", "I alt")
    rows = [p for p in item(pdf_meetings["003"], "3.4").passages if p.kind == "row"]
    assert len(rows) == 12 and all(item(pdf_meetings["003"], "3.4").sections[p.section_index].text[p.start : p.end] == p.text for p in rows)


def test_a_table_of_words_continued_on_the_next_page_is_placed_in_the_text(pdf_meetings) -> None:
    (table,) = item(pdf_meetings["000"], "5.2").tables
    assert table.header == ("Udvalg 2018-2022", "Antal medlemmer 2018-2022 (der udpeges af KKR)")
    labels = [r[0] for r in table.rows]
    assert "Rar Øst" in labels and "Bestyrelsen for Erhvervshuset Midtjylland" in labels and "Midttrafiks bestyrelse" in labels
    assert table.rows[labels.index("CDEU s bestyrelse")][1] == "3 medlemmer"


def test_a_number_question_on_the_pdf_gets_the_cell_with_its_labels(pdf_meetings, tmp_path) -> None:
    engine = AnswerEngine(tmp_path / "index")
    for meeting in pdf_meetings.values():
        engine.ingest(meeting)
    hit = engine.ask("hvor mange sosu-assistentelever skal de midtjyske kommuner tage ind i 2027", today=TODAY).hits[0]
    assert hit.answer is not None and hit.answer.values == ("1.417",)
    assert hit.answer.labels == ("KKR Midtjylland", "Social- og sundhedsassistenter · Dimensionering 2027")
    hit = engine.ask("Hvor mange medlemmer udpeger KKR til bestyrelsen for Erhvervshuset Midtjylland?", today=TODAY).hits[0]
    assert hit.answer is not None and hit.answer.values == ("4 medlemmer",)
    assert hit.answer.labels[0] == "Bestyrelsen for Erhvervshuset Midtjylland"


def test_table_of_reads_header_rows_and_spans() -> None:
    raw = (
        ("", "Hjælpere", None, "Assistenter", None),
        ("KKR", "2026", "2027", "2026", "2027"),
        ("KKR Midtjylland", "668", "1.006", "1.304", "1.417"),
        ("Hele landet", "3.000", "4.500", "6.000", "6.500"),
    )
    table = table_of(raw, page=4)
    assert table is not None and table.page == 4
    assert table.header == ("KKR", "2026", "2027", "2026", "2027")
    assert table.groups == ("", "Hjælpere", "Hjælpere", "Assistenter", "Assistenter")
    assert table_of((("a", "b"), ("c", "1"))) is None  # one row under its header is no table
