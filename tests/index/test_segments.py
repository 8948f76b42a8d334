"""What the search reads of the whole index (the typo vocabulary, the item titles, the document
table) is put together from values kept per segment (index/segments.py): after every commit, a
replacement (dead documents) and a merge of all segments it equals what reading the whole
index again gives, and a segment the commit left alone is not read again."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from index.engine import AnswerEngine
from index.read.document import read_document
from index.samples import sample_paths
from index.store import vocabulary


def _whole_index(engine: AnswerEngine) -> tuple[dict[str, int], set[str], dict[int, tuple]]:
    """Read from every live document, as nothing is kept: vocabulary, titles, table rows."""
    searcher = engine._searcher
    titles, rows = set(), {}
    for docnum, fields in searcher.iter_docs():  # live documents only
        day = date.fromisoformat(fields["meeting_date"]) if fields.get("meeting_date") else None
        rows[docnum] = (fields.get("council", ""), day, fields["kind"] == "item", fields.get("item_number") == "6.1")
        if fields["kind"] == "item":
            titles.add(json.loads(fields["data"])["title"])
    return vocabulary(searcher), titles, rows


def _assert_kept_values_are_exact(engine: AnswerEngine) -> None:
    words, titles, rows = _whole_index(engine)
    snapshot = engine._snapshot
    assert engine.vocabulary() == words
    assert set(snapshot.titles()) == titles and len(snapshot.titles()) == len(titles)
    table = snapshot.table()
    for docnum, (council, day, is_item, six_one) in rows.items():
        assert (table.council_of(docnum), table.day_of(docnum), bool(table.is_item[docnum]), bool(table.six_one[docnum])) == (
            council, day, is_item, is_item and six_one), docnum  # fmt: skip
    dead = [d for d in range(len(table.is_item)) if d not in rows]
    assert not table.is_item[dead].any() and (table.council[dead] == -1).all() and (table.day[dead] == 0).all()


def test_after_each_commit_a_replacement_and_a_merge_the_kept_values_equal_a_fresh_read(tmp_path):
    meetings = [read_document(p, source=p.name) for p in sample_paths()]
    with AnswerEngine(tmp_path / "ix") as engine:
        for meeting in meetings:
            engine.ingest(meeting)
            _assert_kept_values_are_exact(engine)
        titles = [i.title for m in meetings for i in m.items]
        gone = next(i for i in meetings[0].items if titles.count(i.title) == 1)
        shorter = dataclasses.replace(meetings[0], items=tuple(i for i in meetings[0].items if i is not gone))
        assert engine.ingest(shorter).status.startswith("replaced")  # a new version: the old one's documents die
        assert gone.title not in engine._snapshot.titles()
        _assert_kept_values_are_exact(engine)
        assert len(engine._snapshot.segment_ids()) > 1
        engine.optimize()  # every segment merged into one, dead documents dropped
        assert len(engine._snapshot.segment_ids()) == 1
        _assert_kept_values_are_exact(engine)


def test_a_commit_reads_only_its_new_segment(tmp_path):
    first, second = (read_document(p, source=p.name) for p in sample_paths()[:2])
    with AnswerEngine(tmp_path / "ix") as engine:
        engine.ingest(first)
        engine.vocabulary(), engine._snapshot.titles(), engine._snapshot.table()
        [old] = engine._snapshot.segment_ids()
        kept = {name: engine._segments.get(old, name, lambda: None) for name in ("vocabulary", "titles", "table")}
        assert all(value is not None for value in kept.values())
        engine.ingest(second)
        assert engine._snapshot.segment_ids() > {old}
        engine.vocabulary(), engine._snapshot.titles(), engine._snapshot.table()
        for name, value in kept.items():  # the same objects: the old segment was not read again
            assert engine._segments.get(old, name, lambda: None) is value
        engine.optimize()
        engine.vocabulary()
        assert old not in engine._snapshot.segment_ids()
        assert engine._segments.get(old, "vocabulary", lambda: None) is None  # forgotten once merged away
