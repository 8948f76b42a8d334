"""The fast paths of the search against Whoosh's own: numpy BM25F scores, the per-document
columns and arrays, and the engine following another writer's commits."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from whoosh import query as Q

import index.engine as engine_module
from index.analysis import analyze
from index.codec import item_from_dict
from index.search.bm25 import BM25_B, BM25_K1, leaf_postings, scorer_for
from index.search.rank import FIELD_WEIGHTS
from index.search.reader import Clause
from index.snapshot import IndexSnapshot
from index.store import item_meta, item_stems, stored_item
from tests.support.items import item, meeting, small_engine

QUERIES = [
    ["sosu", "lærepladser", "2027"],
    ["sundhedsklynger", "kommune"],
    ["fremtidens", "kollektive", "mobilitet"],
    ["sosu-lærepladser", "fordeling"],  # a compound asked by its parts together
    ["udviklingsbidrag", "region", "nordjylland"],
    ["beslutning", "godkendt"],
]


def _both(words: list[str]) -> tuple[list[Clause], Q.Query]:
    clauses, subs = [], []
    for k, word in enumerate(words):
        terms = analyze(word)
        scale = 0.3 if k == len(words) - 1 else 1.0  # a low-weighted "expansion" too
        for field, w in FIELD_WEIGHTS.items():
            if len(terms) == 1:
                clauses.append(Clause(field, (terms[0],), w * scale))
                subs.append(Q.Term(field, terms[0], boost=w * scale))
            else:
                parts = tuple(t for t in terms if "-" not in t)
                clauses.append(Clause(field, parts, w * scale * 0.7))
                subs.append(Q.And([Q.Term(field, p) for p in parts], boost=w * scale * 0.7))
    return clauses, Q.Or(subs)


@pytest.mark.parametrize("words", QUERIES)
def test_numpy_bm25f_ranks_and_scores_as_whoosh_does(sample_engine, words):
    searcher = sample_engine._searcher
    clauses, query = _both(words)
    whoosh = [(h.docnum, h.score) for h in searcher.search(query, limit=20)]
    ours = scorer_for(searcher, BM25_B, BM25_K1).top(clauses, 20)
    assert whoosh, "the query should match something in the sample corpus"
    assert [d for d, _ in ours] == [d for d, _ in whoosh]
    assert np.allclose([s for _, s in ours], [s for _, s in whoosh], rtol=1e-12, atol=0)


def test_block_reading_gives_the_public_matchers_postings(sample_engine):
    searcher = sample_engine._searcher
    checked = 0
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        for field in ("title", "body"):
            for term in ("sosu", "kommun", "læreplad", "2027"):
                btext = term.encode()
                if (field, btext) not in reader:
                    continue
                m = reader.postings(field, btext)
                ids, weights = [], []
                while m.is_active():
                    ids.append(m.id())
                    weights.append(m.weight())
                    m.next()
                got_ids, got_weights = leaf_postings(reader, field, btext)
                assert got_ids.tolist() == ids and got_weights.tolist() == weights
                checked += 1
    assert checked >= 4


def test_columns_hold_what_the_stored_item_says(sample_engine):
    searcher = sample_engine._searcher
    items = 0
    for docnum in searcher.docs_for_query(Q.Term("kind", "item")):
        stored = searcher.stored_fields(docnum)
        full = item_from_dict(__import__("json").loads(stored["data"]))
        meta = item_meta(searcher, docnum)
        assert (meta["id"], meta["council"], meta["title"], meta["decision"], meta["item_number"]) == (
            full.id, full.council, full.title, full.decision, full.item_number)  # fmt: skip
        assert meta["meeting_date"] == (full.meeting_date.isoformat() if full.meeting_date else "")
        assert meta["title_stems"] == stored["title_stems"] and meta["window"] == stored["window"]
        assert item_stems(searcher, docnum) >= frozenset(analyze(full.title))
        assert stored_item(searcher, docnum) == full
        seen = IndexSnapshot(searcher).meta(docnum)
        assert (seen.id, seen.title, seen.meeting_date, seen.window) == (full.id, full.title, full.meeting_date, meta["window"])
        assert seen.title_stems == tuple(meta["title_stems"].split())
        items += 1
    assert items == 51


def test_doc_table_matches_the_stored_fields(sample_engine):
    searcher = sample_engine._searcher
    table = IndexSnapshot(searcher).table()
    for docnum in range(searcher.doc_count_all()):
        f = searcher.stored_fields(docnum)
        assert bool(table.is_item[docnum]) == (f["kind"] == "item")
        if f["kind"] != "item":
            continue
        assert table.council_of(docnum) == f["council"]
        day = table.day_of(docnum)
        assert (day.isoformat() if day else "") == f["meeting_date"]
        assert bool(table.six_one[docnum]) == (f["item_number"] == "6.1")
    inside = table.items_between(date(2026, 1, 1), date(2026, 12, 31))
    assert len(inside) == 11 and all(table.day_of(int(d)).year == 2026 for d in inside)


def test_ask_sees_what_another_writer_committed(tmp_path):
    first = item("3.1", "Kystbeskyttelse ved Limfjorden", "Kystbeskyttelse og klimatilpasning langs Limfjorden.")
    reader = small_engine(tmp_path, meeting(first))
    reader.refresh_every = 0.0  # check for new commits on every read
    other = item("3.2", "Letbane til Aalborg Øst", "Letbanen til Aalborg Øst skal finansieres af kommunerne.",
                 day=date(2026, 9, 2))  # fmt: skip
    assert not reader.ask("letbane Aalborg", today=date(2026, 11, 22)).answered
    writer = engine_module.AnswerEngine(tmp_path)  # as `kkrbot ingest` in another process
    writer.ingest(meeting(other))
    writer.close()
    found = reader.ask("letbane Aalborg", today=date(2026, 11, 22))
    assert found.answered and found.hits[0].item.id == other.id


def test_optimize_merges_segments_and_keeps_answers(tmp_path):
    engine = small_engine(
        tmp_path,
        meeting(item("3.1", "Kystbeskyttelse ved Limfjorden", "Kystbeskyttelse langs Limfjorden.")),
        meeting(item("3.1", "Letbane til Aalborg Øst", "Letbanen til Aalborg Øst.", day=date(2026, 9, 2))),
    )
    assert len(engine._searcher.leaf_searchers()) >= 2
    before = engine.ask("letbane Aalborg", today=date(2026, 11, 22))
    engine.optimize()
    assert len(engine._searcher.leaf_searchers()) == 1
    after = engine.ask("letbane Aalborg", today=date(2026, 11, 22))
    assert after.answered and [h.item.id for h in after.hits] == [h.item.id for h in before.hits]


def test_refresh_without_a_new_commit_keeps_the_caches(tmp_path):
    engine = small_engine(tmp_path, meeting(item("3.1", "Kystbeskyttelse ved Limfjorden", "Kystbeskyttelse.")))
    vocabulary = engine.vocabulary()
    engine.refresh()
    assert engine.vocabulary() is vocabulary
    engine.ingest(meeting(item("3.1", "Letbane til Aalborg Øst", "Letbanen.", day=date(2026, 9, 2))))
    assert engine.vocabulary() is not vocabulary and "letbane" in engine.vocabulary()
