"""The engine's one refresh policy: its own ingests at once, another process's commits on the next
read after `refresh_every` seconds."""

from __future__ import annotations

from index.engine import AnswerEngine
from index.read.document import read_document
from index.samples import sample_paths


def test_every_read_follows_commits_made_by_another_process(tmp_path) -> None:
    serving = AnswerEngine(tmp_path / "index", refresh_every=0)
    assert serving.item_count() == 0 and serving.meetings() == []
    with AnswerEngine(tmp_path / "index") as shell:  # what `kkrbot ingest` does from another process
        shell.ingest(read_document(sample_paths()[3]))
    assert serving.item_count() == 11
    assert len(serving.meetings()) == 1 and len(serving.items()) == 11
    assert serving.ask("lærepladser på SOSU 2027").hits[0].item.item_number == "3.4"
    serving.close()


def test_between_checks_a_read_keeps_its_snapshot_and_refresh_moves_it(tmp_path) -> None:
    serving = AnswerEngine(tmp_path / "index", refresh_every=3600)
    assert serving.item_count() == 0
    with AnswerEngine(tmp_path / "index") as shell:
        shell.ingest(read_document(sample_paths()[3]))
    assert serving.item_count() == 0  # checked less than an hour ago: the same snapshot
    serving.refresh()
    assert serving.item_count() == 11
    serving.close()
