"""`kkrbot ask` and `kkrbot eval`: thin click shells over AnswerEngine.ask.

Added to the `kkrbot` group in bot/cli/main.py with `main.add_command`.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from bot.settings import Settings
from bot.cli.ingest import INDEX_OPTION, engine_for
from index.answer_json import answer_json
from index.evaluate import SUMMARY_HEADER, evaluate, format_report, summary_line
from index.model import Answer, Hit

TODAY_OPTION = click.option(
    "--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="Pretend today is this date (default: the clock)."
)


def _today(settings: Settings, given: datetime | None) -> date:
    return given.date() if given else datetime.now(ZoneInfo(settings.timezone)).date()


def _marked(hit: Hit) -> str:
    out, at = [], 0
    for a, b in hit.highlights:
        out += [hit.excerpt[at:a], "*", hit.excerpt[a:b], "*"]
        at = b
    return " ".join(("".join(out) + hit.excerpt[at:]).split())


def answer_text(answer: Answer) -> str:
    """A readable answer for a terminal."""
    lines = [f"({n})" for n in answer.notes]
    if answer.uncertain:
        lines.append("Possibly relevant: no item answers all of the question, but these are about its topic.")
    if not answer.answered:
        lines.append("Nothing in the index answers that.")
        if answer.closest_topics:
            lines.append("Closest topics: " + "; ".join(answer.closest_topics))
        return "\n".join(lines)
    for i, hit in enumerate(answer.hits, 1):
        item = hit.item
        when = item.meeting_date.isoformat() if item.meeting_date else "date unknown"
        kind = "referat" if item.document_kind == "minutes" else "dagsorden"
        lines.append(f"{i}. {item.council} {when} ({kind}) punkt {item.item_number}: {item.title}")
        if item.case_number:
            lines.append(f"   {item.case_number}")
        if item.decision:
            lines.append(f"   Beslutning: {' '.join(item.decision.split())}")
        else:
            lines.append("   No decision yet.")
            if item.recommendation:
                lines.append(f"   Indstilling: {' '.join(item.recommendation.split())}")
        lines.append(f"   «{_marked(hit)}» ({hit.excerpt_heading or 'tekst'}, side {hit.page}, {item.source})")
        if hit.timeline:
            steps = [f"{e.meeting_date or '?'} {e.item_number} {e.title}" for e in hit.timeline]
            lines.append("   Same topic: " + " → ".join(steps))
    return "\n".join(lines)


@click.command("ask")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per question).")
@TODAY_OPTION
@click.option("--limit", default=5, show_default=True, help="Most items to show.")
@click.argument("question")
@click.pass_obj
def ask_command(settings: Settings, index_dir: Path | None, as_json: bool, today: datetime | None, limit: int, question: str) -> None:
    """Answer QUESTION from the index; QUESTION "-" reads one question per line from stdin."""
    when = _today(settings, today)
    with engine_for(settings, index_dir) as engine:
        if not engine.item_count():
            raise click.ClickException(f"the index in {engine.index_dir} is empty: run `kkrbot ingest --sample` or `kkrbot ingest PATH`")
        questions = (q.strip() for q in sys.stdin) if question == "-" else iter([question])
        for q in questions:
            if not q:
                continue
            answer = engine.ask(q, today=when, limit=limit)
            if as_json:
                click.echo(json.dumps(answer_json(answer), ensure_ascii=False))
            else:
                click.echo(answer_text(answer) + ("\n" if question == "-" else ""))


@click.command("eval")
@INDEX_OPTION
@TODAY_OPTION
@click.option("--baseline", is_flag=True, help="Also score plain BM25 over the same items (the bar never to fall below).")
@click.option("--summary", is_flag=True, help="One line per file instead of the full reports.")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def eval_command(settings: Settings, index_dir: Path | None, today: datetime | None, baseline: bool, summary: bool,
                 files: tuple[Path, ...]) -> None:  # fmt: skip
    """Score question files (JSON lines, facts or gold shape): hit@1, facts shown, off-topic refused, by kind."""
    from index.baseline import ANALYZERS, PlainBM25  # imported late, like the engine

    sets = {}
    for file in files:
        try:
            sets[file] = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (ValueError, UnicodeDecodeError) as e:
            raise click.ClickException(f"{file}: not a JSON-lines question file: {e}") from e
    when = _today(settings, today)
    with engine_for(settings, index_dir) as engine:
        baselines = [PlainBM25(engine.items(), name) for name in ANALYZERS] if baseline else []
        if summary:
            click.echo(SUMMARY_HEADER)
        for file, rows in sets.items():
            report = evaluate(engine, rows, today=when)
            if summary:
                click.echo(summary_line(file.stem, report))
            else:
                click.echo((f"== {file.name}\n" if len(sets) > 1 or baselines else "") + format_report(report))
            for plain in baselines:
                r = evaluate(plain, rows, today=when)
                click.echo(summary_line(f"  plain BM25 ({plain.name})", r))
