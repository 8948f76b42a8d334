"""The whole-item view shows a table of cells of words (the 2018-2022 appointments table) as a code
block whose cells wrap, every word of every cell kept; a table of figures still lines up and cuts."""

from __future__ import annotations

import json
import re

from bot.render.replies import item_reply
from bot.render.shown import table_block
from bot.render.wrapped_table import has_word_cells, wrapped_block
from tests.index.read.test_passages import sample_item


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def test_every_word_of_a_label_tables_cells_is_in_the_whole_item_view(sample_engine) -> None:
    item = sample_item(sample_engine, "000", "5.2")
    [table] = item.tables
    assert has_word_cells(table)
    block = table_block(table)
    assert block == wrapped_block(table, 105) and max(len(line) for line in block.splitlines()) <= 105
    shown = _words(block)
    for row in table.rows:
        for cell in row:
            for word in _words(cell):
                assert word in shown, (word, cell)
    assert "…" not in block
    reply = json.dumps(item_reply(item).blocks, ensure_ascii=False)
    assert "vidensinstitutioner" in reply and "```" in reply and "RARernes formandskaber" in reply


def test_a_table_of_figures_keeps_its_aligned_columns(sample_engine) -> None:
    item = sample_item(sample_engine, "003", "3.4")
    table = item.tables[0]
    assert not has_word_cells(table)
    line = next(x for x in table_block(table).splitlines() if x.startswith("KKR Midtjylland"))
    assert line.rstrip().endswith("1.417")
