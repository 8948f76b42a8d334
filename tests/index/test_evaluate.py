"""The evaluation harness scores as the eval README says: hit@1 on the top hit's file prefix and
item number, facts in what the top hit shows (squashed, lower-cased), off-topic only when not
answered; both row shapes; plain BM25 answers through the same scoring."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from bot.cli.main import main
from index.baseline import PlainBM25
from index.evaluate import Report, evaluate, format_report, question_of, score
from tests.support.sample import TODAY

DATA = Path(__file__).parents[1] / "data"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def hit(source: str, number: str, **shown) -> dict:
    return {"source": source, "item_number": number, "title": "T", "decision": None, "recommendation": None,
            "excerpt": "", **shown}  # fmt: skip


FACTS_ROW = {"id": "f1", "q": "hvor mange?", "doc": "003", "item": "3.4", "fact": ["1.304", "KKR  Midtjylland"],
             "kind": "number"}  # fmt: skip


def test_both_row_shapes_read_alike() -> None:
    facts = question_of(FACTS_ROW)
    gold = question_of({"id": "g", "q": "q", "gold": [{"doc": "003", "item": "3.4"}, {"doc": "001", "item": "3.2"}],
                        "facts": ["x"]})  # fmt: skip
    off = question_of({"id": "o", "q": "q", "doc": None, "item": None, "fact": [], "kind": "offtopic"})
    assert facts.gold == (("003", "3.4"),) and facts.facts == ("1.304", "KKR  Midtjylland") and facts.kind == "number"
    assert gold.gold == (("003", "3.4"), ("001", "3.2")) and gold.kind == "item"
    assert off.gold == () and off.kind == "offtopic"
    assert question_of({"id": "g", "q": "q", "gold": [], "facts": []}).kind == "offtopic"


def test_facts_count_only_when_the_top_hit_shows_them_all_whitespace_and_case_aside() -> None:
    report = Report()
    shown = hit("/x/003_abc.txt", "3.4", excerpt="i alt 1.304\nfor kkr\n midtjylland")
    score(report, question_of(FACTS_ROW), {"answered": True, "hits": [shown]})
    assert (report.hit1, report.facts_shown, report.with_facts) == (1, 1, 1)
    # One fact missing: the question's facts are not shown.
    score(report, question_of(FACTS_ROW), {"answered": True, "hits": [hit("003_abc.txt", "3.4", decision="1.304")]})
    # The facts shown by the second hit do not count, nor does a hit@1 there.
    score(report, question_of(FACTS_ROW), {"answered": True, "hits": [hit("003_abc.txt", "3.5"), shown]})
    # Facts in the answer line and the shown passages count.
    passages = [{"text": "KKR Midtjylland", "section": "Sagsfremstilling", "page": 3}]
    score(report, question_of(FACTS_ROW), {"answered": True, "hits": [hit("004_x.txt", "1.1", answer="1.304", passages=passages)]})
    assert (report.answerable, report.hit1, report.hit3, report.facts_shown, report.with_facts) == (4, 2, 3, 2, 4)
    assert report.by_kind["number"].facts_shown == 2
    assert any(m.startswith("f1 [number] want 003/3.4, got 003/3.5, 003/3.4") for m in report.misses)


def test_a_fact_does_not_count_across_two_shown_fields() -> None:
    report = Report()
    score(report, question_of({**FACTS_ROW, "fact": ["godkendt 1.304"]}),
          {"answered": True, "hits": [hit("003_a.txt", "3.4", decision="Godkendt", excerpt="1.304")]})  # fmt: skip
    assert report.facts_shown == 0 and report.with_facts == 1


def test_off_topic_is_handled_only_when_not_answered_and_not_answered_is_counted() -> None:
    report = Report()
    off = question_of({"id": "o", "q": "vejret", "doc": None, "item": None, "fact": [], "kind": "offtopic"})
    score(report, off, {"answered": False, "hits": []})
    score(report, off, {"answered": False, "hits": [hit("003_a.txt", "3.4")], "uncertain": False})
    score(report, off, {"answered": True, "hits": [hit("003_a.txt", "3.4")], "uncertain": True})
    score(report, question_of(FACTS_ROW), {"answered": False, "hits": []})
    assert (report.off_topic, report.refused, report.uncertain, report.not_answered) == (3, 2, 1, 1)
    assert report.by_kind["offtopic"].refused == 2
    text = format_report(report)
    assert "off-topic refused: 2/3" in text and "facts shown: 0/1" in text and "o off-topic but answered" in text


def test_plain_bm25_ranks_the_same_items_without_refusing(sample_engine) -> None:
    items = sample_engine.items()
    for analyzer in ("plain", "danish"):
        plain = PlainBM25(items, analyzer)
        answer = plain.ask("fordeling af SOSU-lærepladser 2027")
        assert answer.answered and 1 <= len(answer.hits) <= 5
        assert answer.hits[0].item.title.startswith("Fordeling af lærepladser")
        assert not plain.ask("??").answered
        plain.close()


def test_eval_command_scores_both_shapes_and_the_baseline(sample_engine, tmp_path) -> None:
    index = str(sample_engine.index_dir)
    files = [str(DATA / "dev-facts.jsonl"), str(DATA / "dev-questions.jsonl")]
    out = CliRunner().invoke(main, ["eval", "--index", index, "--today", TODAY.isoformat(), "--baseline", "--summary", *files])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].split()[:3] == ["set", "n", "hit@1"] and len(lines) == 7
    assert re.match(r"dev-facts\s+30\s+[01]\.\d{3}", lines[1]) and lines[2].strip().startswith("plain BM25 (plain)")
    out = CliRunner().invoke(main, ["eval", "--index", index, "--today", TODAY.isoformat(), files[0]])
    assert "by kind:" in out.output and re.search(r"^\s+number\s+8 ", out.output, re.M), out.output
    bad = tmp_path / "questions.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", "--index", index, str(bad)])
    assert out.exit_code != 0 and "not a JSON-lines question file" in out.output


def test_gold_first_scores_what_each_questions_own_item_shows_whatever_the_ranking(sample_engine) -> None:
    from index.evaluate import evaluate_shown

    row = {"id": "g1", "q": "hvem skal afløse Jeppe Ugilt Hansen i KKR Nordjylland", "doc": "002", "item": "4.1",
           "fact": ["Jesper Greth"], "kind": "who"}  # fmt: skip
    off = {"id": "o", "q": "vejret i morgen", "doc": None, "item": None, "fact": [], "kind": "offtopic"}
    elsewhere = {**row, "id": "g2", "doc": "003", "item": "3.4"}  # the SOSU table: no Jesper Greth in it
    report = evaluate_shown(sample_engine, [row, off, elsewhere], today=TODAY)
    assert (report.answerable, report.off_topic, report.hit1, report.with_facts, report.facts_shown) == (2, 0, 2, 2, 1)
    assert [m.split()[0] for m in report.misses] == ["g2"]
    hit = sample_engine.shown(row["q"], "no-such-item", today=TODAY)
    assert hit is None


def test_eval_command_gold_first_prints_the_facts_the_gold_items_show(sample_engine) -> None:
    index = str(sample_engine.index_dir)
    args = ["eval", "--index", index, "--today", TODAY.isoformat(), "--summary", "--gold-first", str(DATA / "dev-facts.jsonl")]
    out = CliRunner().invoke(main, args)
    assert out.exit_code == 0, out.output
    assert re.match(r"dev-facts\s+30\s+1\.000\s+1\.000\s+\d+/30 (?:0\.(8|9)\d|1\.00)\s+–", out.output.splitlines()[1]), out.output
