"""Passages and tables made at ingest: sentences, lists with their lead-in, table rows with
their header, each a verbatim slice of its item's text; stored with the item and read back."""

from __future__ import annotations

import json
from pathlib import PurePath

from index.codec import item_from_dict, item_to_dict
from index.model import AgendaItem, ItemSection
from index.read.passages import item_parts
from index.read.tables import find_tables, glue


def sample_item(engine, doc: str, number: str) -> AgendaItem:
    return next(i for i in engine.items() if PurePath(i.source).name.startswith(doc) and i.item_number == number)


def test_every_passage_is_a_slice_of_its_section_with_its_page(sample_engine) -> None:
    items = sample_engine.items()
    assert all(i.passages for i in items if i.full_text.strip())
    for item in items:
        for p in item.passages:
            section = item.sections[p.section_index]
            assert section.text[p.start : p.end] == p.text
            assert p.section == section.heading
            assert p.page == section.page_at(p.start)
        spans = [(p.section_index, p.start, p.end) for p in item.passages]
        assert spans == sorted(spans) and all(a[2] <= b[1] or a[0] != b[0] for a, b in zip(spans, spans[1:]))


def test_a_list_is_one_passage_with_its_lead_in(sample_engine) -> None:
    item = sample_engine.items()
    areas = sample_item(sample_engine, "001", "5.2")
    lists = [p.text for p in areas.passages if p.kind == "list"]
    found = next(t for t in lists if "Kollektiv trafik" in t)
    assert found.startswith("KKR Midtjyllands fagområder i kommende valgperiode:")
    assert "Erhvervsfremme" in found and "Beskæftigelse" in found
    assert item  # the whole sample has lists
    plan = sample_item(sample_engine, "004", "6.1")
    planned = next(p.text for p in plan.passages if "lånepuljen for botilbud" in p.text)
    assert "Forbeholdt virksomhedsområde for sygeplejersker" in planned and "17. april 2024" in planned


def test_abbreviations_stay_inside_their_sentence(sample_engine) -> None:
    item = sample_item(sample_engine, "002", "3.3")
    sentence = next(p.text for p in item.passages if "3.080" in p.text)
    assert sentence.startswith("Dertil skal kommunerne betale 75 pct. af døgntaksten")
    assert sentence.endswith("svarende til ca. 1,1 mio. kr. om året.")


def test_a_table_flattened_one_row_per_line_is_rebuilt_with_its_header(sample_engine) -> None:
    item = sample_item(sample_engine, "003", "3.4")
    table = item.tables[0]
    assert table.header == ("KKR", "Dimensionering 2026", "Dimensionering 2027", "Dimensionering 2026", "Dimensionering 2027")
    assert table.groups[3:] == ("Social- og sundhedsassistenter",) * 2
    assert table.rows[3] == ("KKR Midtjylland", "668", "1.006", "1.304", "1.417")
    assert table.column_label(4) == "Social- og sundhedsassistenter · Dimensionering 2027"
    years = item.tables[1]
    assert [r[0] for r in years.rows] == ["2021", "2022", "2023", "2024", "2025", "Gennemsnit 2021-25"]
    assert years.header[1:] == ("Social- og sundhedsassistent", "Social- og sundhedshjælper", "I alt")
    row = next(p for p in item.passages if p.kind == "row" and p.text.startswith("KKR Midtjylland"))
    assert (row.table, row.row) == (0, 3) and row.text == "KKR Midtjylland 668 1.006 1.304 1.417"


def test_a_table_flattened_one_cell_per_line_gets_its_labels_whole(sample_engine) -> None:
    item = sample_item(sample_engine, "001", "3.2")
    (table,) = item.tables
    assert [r[0] for r in table.rows] == [
        "KKR Hovedstaden", "KKR Sjælland", "KKR Syddanmark", "KKR Midtjylland", "KKR Nordjylland", "Hele landet",
    ]  # fmt: skip
    assert table.rows[3][1:] == ("668", "668", "1.304", "1.304")
    assert table.column_label(3) == "Social- og sundhedassistenter · Dimensionering 2025"  # the item's own typo
    study = sample_item(sample_engine, "004", "3.7").tables[0]
    assert study.header[0] == "Uddannelsessted" and study.header[1].startswith("Dimensionering 2024/2025 (inkl. 5 pct.)")
    assert study.rows[1] == ("Viborg", "(29) 236", "(65) 236")


def test_rows_need_the_same_count_of_numbers_and_prose_is_no_table() -> None:
    text = (
        "Tabellen viser pladserne fordelt på kommunerne i regionen i år.\n"
        "Kommune\nPladser\nVenteliste\n"
        "Aarhus 120 14\nViborg 35 2\nSkive 20 0\n"
        "I 2025 og 2026 blev der oprettet 12 og 14 pladser."
    )
    (found,) = find_tables(text, lambda at: 3)
    assert found.table.header == ("Kommune", "Pladser", "Venteliste")
    assert found.table.rows == (("Aarhus", "120", "14"), ("Viborg", "35", "2"), ("Skive", "20", "0"))
    assert found.table.page == 3
    assert [text[a:b] for a, b in found.spans] == ["Aarhus 120 14", "Viborg 35 2", "Skive 20 0"]
    assert find_tables("Der er 12 og 14 pladser.\nOg 3 4 i alt.", lambda at: 1) == []


def test_broken_label_pieces_are_joined_only_into_words_the_document_writes() -> None:
    known = {"sjælland", "midtjylland", "hele", "landet", "syd"}.__contains__
    assert glue(["KKR", "Sjæl", "land"], known) == "KKR Sjælland"
    assert glue(["KKR", "Midtj", "ylland"], known) == "KKR Midtjylland"
    assert glue(["KKR", "Syd", "dan", "mar", "k"], known) == "KKR Syddanmark"
    assert glue(["Hele", "landet"], known) == "Hele landet"


def test_passages_and_tables_are_stored_and_read_back_exactly(sample_engine) -> None:
    item = sample_item(sample_engine, "003", "3.4")
    again = item_from_dict(json.loads(json.dumps(item_to_dict(item))))
    assert again == item and again.passages and again.tables


def test_an_item_stored_before_passages_gets_them_from_its_text(sample_engine) -> None:
    item = sample_item(sample_engine, "001", "3.2")
    old = item_to_dict(item)
    for key in ("passages", "tables", "date_window"):
        del old[key]
    again = item_from_dict(old)
    assert [p.text for p in again.passages] == [p.text for p in item_parts(item.sections)[1]]
    assert again.tables and again.tables[0].rows[3][0] == "KKR Midtjylland"


def test_item_parts_of_hand_made_sections() -> None:
    sections = (
        ItemSection("Baggrund", "Det koster ca. 2 mio. kr. årligt. Det er besluttet.", 4),
        ItemSection("Indstilling", "Det indstilles, at KKR:\n– godkender planen\n– tager orienteringen til efterretning", 5),
    )
    tables, passages = item_parts(sections)
    assert tables == ()
    assert [(p.kind, p.section, p.page, p.text) for p in passages] == [
        ("sentence", "Baggrund", 4, "Det koster ca. 2 mio. kr. årligt."),
        ("sentence", "Baggrund", 4, "Det er besluttet."),
        ("list", "Indstilling", 5, "Det indstilles, at KKR:\n– godkender planen\n– tager orienteringen til efterretning"),
    ]
