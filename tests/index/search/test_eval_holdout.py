"""The held-out question set (tests/data/holdout-questions.jsonl: every item of the five
sample documents in several phrasings, Danish and English, misspelt, with other council
names and dates, and 30 off-topic questions), written before looking at the answers.
The bars sit a little under what the engine reaches, so a regression fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.evaluate import evaluate
from index.search.shown import verbatim_pieces
from tests.support.sample import TODAY

def rows(name: str) -> list[dict]:
    text = (Path(__file__).parents[2] / "data" / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


ROWS = rows("holdout-questions.jsonl")


def test_holdout_set_covers_every_item_and_holds_up(sample_engine) -> None:
    asked = {(g["doc"], g["item"]) for row in ROWS for g in row["gold"]}
    stored = {(i.source.rsplit("/", 1)[-1][:3], i.item_number) for i in sample_engine.items()}
    assert stored <= asked, sorted(stored - asked)
    report = evaluate(sample_engine, ROWS, today=TODAY)
    assert report.answerable >= 140 and report.off_topic >= 25
    assert report.hit_at_1 >= 0.95, report.misses
    assert report.hit_at_3 >= 0.97, report.misses
    assert report.refused == report.off_topic, report.misses


def test_holdout_excerpts_are_verbatim(sample_engine) -> None:
    for row in ROWS[::3]:
        for hit in sample_engine.ask(row["q"], today=TODAY).hits:
            stored = sample_engine.item(hit.item.id)
            assert stored is not None and hit.excerpt
            full = " ".join(stored.full_text.split())
            assert all(" ".join(p.split()) in full for p in verbatim_pieces(hit.excerpt)), (row["id"], hit.excerpt)


@pytest.mark.parametrize(
    "name, answerable, off_topic",
    [("holdout2-questions.jsonl", 40, 8), ("holdout3-questions.jsonl", 20, 4), ("holdout4-questions.jsonl", 16, 0),
     ("holdout5-questions.jsonl", 12, 6), ("holdout6-questions.jsonl", 16, 4),
     ("holdout7-questions.jsonl", 16, 3), ("holdout8-questions.jsonl", 13, 2)],
)
def test_later_holdout_sets_hold_up(sample_engine, name, answerable, off_topic) -> None:
    """Five more sets, each written after a round of fixes and run once blind (holdout2:
    hit@1 0.850, hit@3 0.900; holdout3: 0.900, 0.900; holdout4, "who/how much" questions:
    0.938, 0.938; holdout5, formal English: 0.750, 0.750, its off-topic half 5/6; holdout6,
    everyday Danish: 0.938, 0.938, off-topic 3/4; holdout7, English dates and council
    names: 1.000, 1.000, 3/3; holdout8, Danish typos and ae/oe/aa: 0.846, 0.846, 2/2).
    Their misses led to further general fixes, so they are regression sets now."""
    report = evaluate(sample_engine, rows(name), today=TODAY)
    assert (report.answerable, report.off_topic) == (answerable, off_topic)
    assert report.hit_at_1 >= 0.92 and report.hit_at_3 >= 0.92, report.misses
    assert report.refused == report.off_topic, report.misses


def test_holdout_with_typing_slips_holds_up(sample_engine) -> None:
    """tests/data/holdout-typos-questions.jsonl: the answerable held-out questions with one
    letter dropped, doubled or swapped in their longest word (seed 7): 0.925 hit@1 before the
    transposition, month and long-word fixes."""
    report = evaluate(sample_engine, rows("holdout-typos-questions.jsonl"), today=TODAY)
    assert report.answerable == 133
    assert report.hit_at_1 >= 0.93 and report.hit_at_3 >= 0.94, report.misses


def test_kkr_like_questions_about_what_is_not_there_are_refused(sample_engine) -> None:
    """tests/data/holdout-offtopic-questions.jsonl: a council, year or KKR word with a topic
    the corpus lacks, councils and years with no documents (first blind run: 15/16 refused;
    "SOSU i 2015" led to the refusal of years nothing names)."""
    report = evaluate(sample_engine, rows("holdout-offtopic-questions.jsonl"), today=TODAY)
    assert report.off_topic == 16 and report.refused == 16, report.misses


@pytest.mark.parametrize(
    "name, answerable, off_topic, refused, bar",
    [("holdout9-questions.jsonl", 28, 7, 7, 0.9), ("holdout10-questions.jsonl", 28, 6, 6, 0.9),
     ("holdout11-questions.jsonl", 30, 6, 6, 0.9), ("holdout12-questions.jsonl", 30, 6, 6, 0.9),
     ("holdout13-questions.jsonl", 30, 6, 6, 0.9), ("holdout14-questions.jsonl", 30, 6, 6, 0.8),
     ("holdout15-questions.jsonl", 10, 10, 10, 0.9)],
)
def test_blind_sets_of_round_three_hold_up(sample_engine, name, answerable, off_topic, refused, bar) -> None:
    """Three sets written together, items chosen away from the earlier sets' favourites
    (numbers in the body, named speakers, who/when questions, plans, English typos), each
    run once blind: holdout9 (mostly everyday Danish) hit@1 0.893, hit@3 0.893, off-topic
    6/7; holdout10 (English, typos) 0.786, 0.821, 6/6; holdout11 (intents, council and year
    forms, Danish typos) 0.933, 0.933, 6/6. Their misses led to the fixes tested in
    test_answer_quality.py ("fixes from the blind sets holdout9-11"). holdout12 (less
    visited items: orientations, speakers, body details) was written after those fixes and
    ran blind at 0.933, 0.967, 5/6 (a month with nothing from it, "hvor stor en andel");
    holdout13 (next meeting, appointments, English, typos) after those: 0.867, 0.867, 5/6;
    holdout14 (speakers, body details, English) last: 0.767, 0.767, 6/6 (0.833 after its
    general fixes; the rest of its misses are open, see docs/search.md). holdout15 (ten
    off-topic questions, KKR-sounding and chit-chat, and ten answerable ones on less visited
    items) ran blind at 0.900, 0.900, 9/10: "hvad koster en plads i dagtilbud i Viborg" was
    answered, like holdout9's "åbningstiderne for borgerservice i Randers", from words that
    never meet in the item; both are refused since the cohesion rule (answer.MIN_COHESION)."""
    report = evaluate(sample_engine, rows(name), today=TODAY)
    assert (report.answerable, report.off_topic) == (answerable, off_topic)
    assert report.hit_at_1 >= bar and report.hit_at_3 >= bar, report.misses
    assert report.refused >= refused, report.misses
