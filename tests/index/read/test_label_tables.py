"""Tables of a label and a short cell on the text path (index/read/label_tables.py): a list of
bodies and their seats, flattened one cell per line, rebuilt as rows with their header, every
label and cell the item's own words; running text, years and rows of figures are not such a table."""

from __future__ import annotations

from index.read.label_tables import find_label_tables
from index.read.passages import item_parts
from index.model import ItemSection
from tests.index.read.test_passages import sample_item

# Written for this test in the shape of the extractor's text (not from the sample corpus): a caption,
# a header line naming both columns by a repeated period, headings over groups of rows, labels and
# cells broken over lines, a note running on under a cell, two rows on one line.
FLATTENED = """Bestyrelser og råd, hvor regionsudvalget udpeger medlemmer i perioden 2022-2025.

Oversigt 2022-2025

Organ 2022-2025 Pladser 2022-2025 (valgt af udvalget)
Trafikområdet
Bestyrelsen for Nordtrafik 3, heraf 1 næstformand
Rådet for nærtrafik og
cykelstier
2 (1 overlap til Nordtrafik)
Kulturområdet
Fonden for kulturarv 4 medlemmer (1 fra hver ø) Musikrådet 2 medlemmer
Styregruppen for
Kunstnerboligerne
1 medlem
Desuden deltager udvalgets formand i de årlige møder i styregruppen, når der er
behov for det.
Følgegruppen for museerne 1 og 1 suppleant

Udvalget drøfter listen igen i marts 2023, når alle pladser er besat i 2022."""


def _found(text: str):
    return find_label_tables(text, lambda at: 1)


def test_a_flattened_list_of_bodies_and_seats_is_rebuilt_as_rows_with_its_header() -> None:
    [found] = _found(FLATTENED)
    table = found.table
    assert table.caption == "Oversigt 2022-2025"
    assert table.header == ("Organ 2022-2025", "Pladser 2022-2025 (valgt af udvalget)")
    assert table.rows == (
        ("Trafikområdet", ""),  # a heading over the rows below it
        ("Bestyrelsen for Nordtrafik", "3, heraf 1 næstformand"),
        ("Rådet for nærtrafik og cykelstier", "2 (1 overlap til Nordtrafik)"),  # a wrapped label
        ("Kulturområdet", ""),
        ("Fonden for kulturarv", "4 medlemmer (1 fra hver ø)"),  # two rows the extractor ran together
        ("Musikrådet", "2 medlemmer"),
        ("Styregruppen for Kunstnerboligerne",
         "1 medlem Desuden deltager udvalgets formand i de årlige møder i styregruppen, når der er behov for det."),
        ("Følgegruppen for museerne", "1 og 1 suppleant"),
    )
    # each row a slice of the text, in order; the paragraph after a blank line is no part of the table
    for (a, b), row in zip(found.spans, table.rows):
        assert " ".join(FLATTENED[a:b].split()) == " ".join(row).strip()
    assert FLATTENED[found.start :].startswith("Oversigt 2022-2025")
    assert "marts 2023" not in FLATTENED[found.start : found.end]


def test_running_text_years_and_rows_of_figures_make_no_label_table() -> None:
    prose = ("Status på resultatkontrakten for\n2023\nKKR modtager den årlige status på resultatkontrakten for\n"
             "2023 på et kommende møde.\nUdkast til resultatkontrakt for\n2024 mellem KKR og Erhvervshuset.\n")
    assert _found(prose) == []
    figures = "Holstebro (22) 172 (60) 172\nViborg (29) 236 (65) 236\nIkast (11) 138 (46) 138\nRanders 140 (7) 140\n"
    assert _found(figures) == []  # index/read/tables.py's kind
    header = "Dimensionering\n2026\nDimensionering\n2027\nDimensionering\n2026\nKKR Midtjylland 668 1.006\n"
    assert _found(header) == []
    two = "Bestyrelsen for Nordtrafik 3 medlemmer\nMusikrådet 2 medlemmer\n"  # fewer than three rows
    assert _found(two) == []


def test_the_label_table_gives_row_passages_and_leaves_figure_tables_alone() -> None:
    section = ItemSection("Sagsfremstilling", FLATTENED, 1)
    tables, passages = item_parts([section])
    assert len(tables) == 1 and tables[0].region is not None
    rows = [p for p in passages if p.kind == "row"]
    # a row per body; a heading alone ("Trafikområdet") is in the table, not an answer of its own
    assert rows[0].text == "Bestyrelsen for Nordtrafik 3, heraf 1 næstformand" and rows[0].row == 1
    assert len(rows) == 6 and not any(p.text == "Trafikområdet" for p in passages)
    assert all(section.text[p.start : p.end] == p.text for p in passages)
    assert any(p.kind == "sentence" and "marts 2023" in p.text for p in passages)


def test_the_2018_2022_appointments_table_of_the_sample_is_a_table(sample_engine) -> None:
    item = sample_item(sample_engine, "000", "5.2")
    [table] = item.tables
    assert table.header[1].startswith("Antal medlemmer 2018-2022")
    rows = dict(table.rows)
    assert rows["Bestyrelsen for Erhvervshuset Midtjylland"].startswith("4 medlemmer, heraf 1 formand")
    assert rows["Samarbejdsudvalget for psykologer"] == "1"
    assert rows["Styringsudvalg for Interreg IV A Kattegat-Skagerak"] == "1 og 1 suppleant"
    assert rows["Praksisplanudvalget"] == "5 medlemmer"
    assert rows["Uddannelsesudvalget"].startswith("KKR udpeger 7 kommunalbestyrelsesmedlemmer.")
