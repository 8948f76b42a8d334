"""A figure asked of a year the item's table of that figure does not give (index/search/table_gap.py):
refused, the item kept as the nearest, though the item names that year elsewhere."""

from __future__ import annotations

from index.search.table_gap import table_lacks_year
from tests.index.read.test_passages import sample_item
from tests.support.sample import TODAY


def test_a_year_the_table_lacks_is_refused_with_the_item_kept(sample_engine) -> None:
    answer = sample_engine.ask("How many SOSU training agreements were signed nationally in 2019?", today=TODAY)
    assert not answer.answered
    assert answer.hits and answer.hits[0].item.item_number == "3.4"  # the contract table of 2021-2025, kept as nearest
    assert any(n.key == "note_nothing_for" and "2019" in n.values.get("what", "") for n in answer.notes), answer.notes
    # a year the table has is answered, with its row
    answer = sample_engine.ask("How many SOSU training agreements were signed nationally in 2023?", today=TODAY)
    assert answer.answered and "10.135" in " ".join(p.text for p in answer.hits[0].passages)


def test_only_tables_of_the_words_asked_laid_out_by_year_count(sample_engine) -> None:
    item = sample_item(sample_engine, "003", "3.4")  # two tables: per KKR 2026/2027, contracts by year 2021-2025
    assert table_lacks_year(item, ("uddannelsesaftale",), (2019,))
    assert not table_lacks_year(item, ("uddannelsesaftale",), (2023,))
    assert not table_lacks_year(item, ("budget",), (2019,))  # no table holds the word asked
    appointments = sample_item(sample_engine, "000", "5.2")  # a table with no years laid out
    assert not table_lacks_year(appointments, ("medlem",), (2019,))
