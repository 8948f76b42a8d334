"""Plain BM25 (index/baseline.py) builds in a temp folder of its own: Whoosh's in-memory index
spills to a folder named after the index ("MAIN.tmp") in the system's temp dir, which two
processes building at once (two `kkrbot eval`, parallel test workers) shared and deleted under
each other."""

from __future__ import annotations

import tempfile

from index.baseline import PlainBM25
from tests.support.items import item


def test_plain_bm25_builds_beside_anothers_temp_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / "MAIN.tmp").write_text("another process's folder, not ours")
    plain = PlainBM25([item("3.1", "SOSU-pladser", "Dimensionering af SOSU-uddannelsen i 2027.")])
    try:
        assert [h.item.item_number for h in plain.ask("SOSU-uddannelsen").hits] == ["3.1"]
    finally:
        plain.close()
    assert (tmp_path / "MAIN.tmp").read_text() == "another process's folder, not ours"
