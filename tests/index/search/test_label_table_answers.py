"""A count asked of one body in a table of a label and a short cell (the 2018-2022 appointments
table of the sample, index/read/label_tables.py): the answer line is that body's cell, labelled
with its row label and the column header, never another body's count."""

from __future__ import annotations

import pytest

from tests.support.sample import TODAY


@pytest.mark.parametrize(
    "question, body, value",
    [
        ("How many members did KKR Midtjylland appoint to the board of Erhvervshuset Midtjylland in 2018-2022?",
         "Bestyrelsen for Erhvervshuset Midtjylland", "4 medlemmer"),
        ("hvor mange udpeger KKR til praksisplanudvalget?", "Praksisplanudvalget", "5 medlemmer"),
        ("Hvor mange medlemmer sad KKR med i samarbejdsudvalget for psykologer i 2018-2022?",
         "Samarbejdsudvalget for psykologer", "1"),
    ],
)
def test_a_count_asked_of_a_body_is_its_cell_with_its_labels(sample_engine, question: str, body: str, value: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    top = answer.hits[0]
    assert (top.item.source.rsplit("/", 1)[-1][:3], top.item.item_number) == ("000", "5.2")
    assert top.answer is not None and top.answer.values == (value,), top.answer
    assert top.answer.labels[0] == body and top.answer.labels[1].startswith("Antal medlemmer 2018-2022")
    row = top.passages[0]
    assert row.kind == "row" and row.cells[0] == body


def test_an_acronym_spells_the_compound_it_stands_for_and_nothing_shorter_or_out_of_order() -> None:
    from index.search.rows_asked import spells

    assert spells("PPU", "Praksisplanudvalget") and spells("SKU", "Sundhedskoordinationsudvalget")
    assert not spells("PPU", "Politisk partnerskabsgruppe 2020")  # no second p in its first word
    assert not spells("RAR", "Rar Øst")  # a word as short as the acronym is the word itself
    assert not spells("SKU", "Samarbejdsudvalget for psykologer")  # no k
    assert not spells("UPS", "Praksisplanudvalget")  # not its first letter


def test_two_bodies_compared_by_acronyms_show_the_row_of_each(sample_engine) -> None:
    answer = sample_engine.ask("SKU vs PPU - hvor mange medl udpeger KKR MJ?", today=TODAY)
    top = answer.hits[0]
    assert (top.item.source.rsplit("/", 1)[-1][:3], top.item.item_number) == ("000", "5.2")
    rows = [p.cells[0] for p in top.passages if p.kind == "row"]
    assert rows[:2] == ["Sundhedskoordinationsudvalget", "Praksisplanudvalget"], rows
