"""Acceptance on the dev question set with the bundled sample corpus, through the same
code as `kkrbot eval`; the paraphrase set (our own questions) guards against tuning to it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from index.evaluate import evaluate
from index.search.shown import ASKED_LIST_CHARS, verbatim_pieces
from tests.support.sample import DATA, TODAY, per_set, set_group


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@set_group("dev-questions.jsonl")
def test_dev_set_meets_the_bar(sample_answers) -> None:
    report = evaluate(sample_answers, rows("dev-questions.jsonl"), today=TODAY)
    assert report.answerable == 24 and report.off_topic == 2
    assert report.hit_at_1 >= 0.95, report.misses
    assert report.hit_at_3 == 1.0, report.misses
    assert report.refused == 2, report.misses


@set_group("paraphrase-questions.jsonl")
def test_paraphrase_set_holds_up(sample_answers) -> None:
    report = evaluate(sample_answers, rows("paraphrase-questions.jsonl"), today=TODAY)
    assert report.answerable >= 25 and report.off_topic >= 4
    assert report.hit_at_1 >= 0.85 and report.hit_at_3 >= 0.95, report.misses
    assert report.refused == report.off_topic, report.misses


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", per_set(["dev-questions.jsonl", "paraphrase-questions.jsonl"]))
def test_every_excerpt_is_verbatim_from_its_item(sample_answers, name: str) -> None:
    seen = 0
    for row in rows(name):
        answer = sample_answers.ask(row["q"], today=TODAY)
        for i, hit in enumerate(answer.hits):
            stored = sample_answers.item(hit.item.id)
            assert stored is not None
            if not answer.answered and i > 0:  # a refusal's nearest items after the first: the item line only (nearest.py)
                assert not hit.excerpt and not hit.passages and hit.answer is None
                continue
            assert hit.excerpt and all(_squash(p) in _squash(stored.full_text) for p in verbatim_pieces(hit.excerpt)), (row["id"], hit.excerpt)
            assert len(hit.excerpt) <= ASKED_LIST_CHARS + 4
            assert all(0 <= a < b <= len(hit.excerpt) for a, b in hit.highlights)
            assert stored.page_start <= hit.page <= stored.page_end, (row["id"], hit.item.id, hit.page)
            seen += 1
    assert seen > len(rows(name))


def test_eval_and_ask_commands(tmp_path, monkeypatch, sample_engine) -> None:
    monkeypatch.chdir(tmp_path)
    index = str(sample_engine.index_dir)
    out = CliRunner().invoke(main, ["eval", "--index", index, "--today", TODAY.isoformat(), str(DATA / "dev-questions.jsonl")])
    assert out.exit_code == 0, out.output
    hit1 = float(re.search(r"hit@1: ([\d.]+)", out.output).group(1))
    assert hit1 >= 0.95 and "hit@3: 1.000" in out.output and "off-topic refused: 2/2" in out.output
    questions = "hvad blev besluttet om fordelingen af SOSU-lærepladser for 2027\nhvad blev besluttet om en ny svømmehal\n"
    out = CliRunner().invoke(main, ["ask", "--index", index, "--json", "--today", TODAY.isoformat(), "-"], input=questions)
    answers = [json.loads(line) for line in out.output.splitlines()]
    assert [a["answered"] for a in answers] == [True, False]
    hit = answers[0]["hits"][0]
    want = {"id", "council", "meeting_date", "document_kind", "item_number", "title", "case_number", "decision",
            "recommendation", "excerpt", "page", "source", "score"}  # fmt: skip
    assert want <= set(hit) and hit["decision"] == "KKR Godkendte indstillingerne."
    assert Path(hit["source"]).name.startswith("003") and answers[1]["hits"] == []
    text = CliRunner().invoke(main, ["ask", "--index", index, "--today", TODAY.isoformat(), "en ny svømmehal"]).output
    assert text.startswith("Nothing in the index answers that.")
    agenda = CliRunner().invoke(main, ["ask", "--index", index, "--today", TODAY.isoformat(), "mobilitetssurvey"]).output
    assert "No decision yet." in agenda and "Indstilling: " in agenda
