"""A figure asked in total is the table's total row or column (index/search/totals.py)."""

from __future__ import annotations

from index.search.totals import asks_total, is_total
from tests.support.sample import TODAY


def test_asking_a_total_and_a_total_label() -> None:
    assert asks_total("How many places are there in total?") and asks_total("hvor mange pladser i alt")
    assert asks_total("hvor mange er der samlet") and asks_total("overall, how many")
    assert not asks_total("hvor mange pladser får Viborg?") and not asks_total("how many in Holstebro")
    assert is_total("Ialt") and is_total("I alt") and is_total("Total") and not is_total("Italien")
    assert not is_total("Hele landet") and not is_total("Samarbejdsudvalget for psykologer")


def test_a_total_asked_shows_the_total_row(sample_engine) -> None:
    answer = sample_engine.ask("How many pedagogy places are there in total across the campuses in Central Jutland for 2024/2025?", today=TODAY)
    top = answer.hits[0]
    assert top.item.item_number == "3.7" and top.item.source.rsplit("/", 1)[-1].startswith("004")
    rows = [p for p in top.passages if p.kind == "row"]
    assert rows and rows[0].cells[0] == "Ialt" and "1329" in rows[0].text
    # one place asked: its row, total or not
    answer = sample_engine.ask("How many pedagogy places are there in total in Viborg for 2024/2025?", today=TODAY)
    rows = [p for p in answer.hits[0].passages if p.kind == "row"]
    assert rows and rows[0].cells[0] == "Viborg"
