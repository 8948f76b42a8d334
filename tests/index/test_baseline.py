"""Plain BM25 (index/baseline.py) builds in a temp folder of its own: Whoosh's in-memory index
spills to a folder named after the index ("MAIN.tmp") in the system's temp dir, which two
processes building at once (two `kkrbot eval`, parallel test workers) shared and deleted under
each other. It ranks exactly as Whoosh's own search of the same query, scores included."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from whoosh.query import Or, Term

from index.baseline import ANALYZERS, FIELDS, PlainBM25
from tests.support.items import item

DATA = Path(__file__).parents[1] / "data"


def test_plain_bm25_builds_beside_anothers_temp_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / "MAIN.tmp").write_text("another process's folder, not ours")
    plain = PlainBM25([item("3.1", "SOSU-pladser", "Dimensionering af SOSU-uddannelsen i 2027.")])
    try:
        assert [h.item.item_number for h in plain.ask("SOSU-uddannelsen").hits] == ["3.1"]
    finally:
        plain.close()
    assert (tmp_path / "MAIN.tmp").read_text() == "another process's folder, not ours"


def _whoosh_search(plain: PlainBM25, question: str) -> list[tuple[str, float]]:
    """What Whoosh's own search of the question's words OR-ed over both fields ranks first."""
    words = list(dict.fromkeys(t.text for t in plain._analyzer(question)))
    query = Or([Term(f, w) for w in words for f in FIELDS])
    results = plain._searcher.search(query, limit=5) if words else []
    return [(plain._item_of[r.docnum].id, round(r.score, 4)) for r in results]


@pytest.mark.parametrize("analyzer", ANALYZERS)
def test_plain_bm25_ranks_as_whooshs_search_of_the_same_query(sample_engine, analyzer) -> None:
    questions = [json.loads(line)["q"] for path in sorted(DATA.glob("*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines()[::20] if line.strip()]  # fmt: skip
    questions += ["", "the of and", "SOSU SOSU sosu-pladser 2027"]
    plain = PlainBM25(sample_engine.items(), analyzer)
    try:
        for q in questions:
            assert [(h.item.id, h.score) for h in plain.ask(q).hits] == _whoosh_search(plain, q), q
    finally:
        plain.close()
