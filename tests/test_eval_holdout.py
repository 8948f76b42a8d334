"""The held-out question set (tests/data/holdout-questions.jsonl: every item of the five
sample documents in several phrasings, Danish and English, misspelt, with other council
names and dates, and 30 off-topic questions), written before looking at the answers.
The bars sit a little under what the engine reaches, so a regression fails here."""

from __future__ import annotations

import json
from pathlib import Path

from index.evaluate import evaluate
from sample_index import TODAY, sample_engine  # noqa: F401  (fixture)

ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "holdout-questions.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_holdout_set_covers_every_item_and_holds_up(sample_engine) -> None:
    asked = {(g["doc"], g["item"]) for row in ROWS for g in row["gold"]}
    stored = {(i.source.rsplit("/", 1)[-1][:3], i.item_number) for i in sample_engine.items()}
    assert stored <= asked, sorted(stored - asked)
    report = evaluate(sample_engine, ROWS, today=TODAY)
    assert report.answerable >= 140 and report.off_topic >= 25
    assert report.hit_at_1 >= 0.94, report.misses
    assert report.hit_at_3 >= 0.96, report.misses
    assert report.refused == report.off_topic, report.misses


def test_holdout_excerpts_are_verbatim(sample_engine) -> None:
    for row in ROWS[::3]:
        for hit in sample_engine.ask(row["q"], today=TODAY).hits:
            stored = sample_engine.item(hit.item.id)
            assert stored is not None and hit.excerpt
            assert " ".join(hit.excerpt.split()) in " ".join(stored.full_text.split()), (row["id"], hit.excerpt)
