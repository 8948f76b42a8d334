"""`kkrbot ask` and `kkrbot eval`: thin click shells over AnswerEngine.ask (registered in bot/cli/main.py)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import click

from bot import wiring
from bot.cli.options import INDEX_OPTION, TODAY_OPTION, day, engine_for
from bot.settings import Settings


@click.command("ask")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per question).")
@TODAY_OPTION
@click.option("--limit", default=5, show_default=True, help="Most items to show.")
@click.argument("question")
@click.pass_obj
def ask_command(settings: Settings, index_dir: Path | None, as_json: bool, today: datetime | None, limit: int, question: str) -> None:
    """Answer QUESTION from the index; QUESTION "-" reads one question per line from stdin."""
    from bot.render.labels import note_text
    from bot.render.terminal import answer_text, digest_text
    from index.answer_json import answer_json, attendance_json

    settings = wiring.with_index(settings, index_dir)
    when = wiring.clock(settings, day(today))().date()
    with engine_for(settings) as engine:
        if not engine.item_count():
            raise click.ClickException(f"the index in {engine.index_dir} is empty: run `kkrbot ingest --sample` or `kkrbot ingest PATH`")
        questions = (q.strip() for q in sys.stdin) if question == "-" else iter([question])
        for q in questions:
            if not q:
                continue
            attendance = engine.attendance(q, today=when)  # "hvem deltog i …": the list, as in Slack and chat
            if attendance is not None and attendance.meeting is not None:
                if as_json:
                    click.echo(json.dumps(attendance_json(attendance), ensure_ascii=False))
                else:
                    from bot.render.meeting import attendance_reply  # Slack's blocks (bot.render.answers): only for this answer

                    click.echo(digest_text(attendance_reply(attendance).blocks) + ("\n" if question == "-" else ""))
                continue
            answer = engine.ask(q, today=when, limit=limit)
            if as_json:
                click.echo(json.dumps(answer_json(answer, note_text), ensure_ascii=False))
            else:
                click.echo(answer_text(answer) + ("\n" if question == "-" else ""))


@click.command("eval")
@INDEX_OPTION
@TODAY_OPTION
@click.option("--baseline", is_flag=True, help="Also score plain BM25 over the same items (the bar never to fall below).")
@click.option("--summary", is_flag=True, help="One line per file instead of the full reports.")
@click.option("--gold-first", is_flag=True,
              help="Score the facts each question's own item shows as the first hit, whatever the ranking finds.")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def eval_command(settings: Settings, index_dir: Path | None, today: datetime | None, baseline: bool, summary: bool,
                 gold_first: bool, files: tuple[Path, ...]) -> None:  # fmt: skip
    """Score question files (JSON lines, facts or gold shape): hit@1, facts shown, off-topic refused, by kind."""
    from index.baseline import ANALYZERS, PlainBM25
    from index.evaluate import SUMMARY_HEADER, evaluate, evaluate_shown, format_report, summary_line

    sets = {}
    for file in files:
        try:
            sets[file] = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (ValueError, UnicodeDecodeError) as e:
            raise click.ClickException(f"{file}: not a JSON-lines question file: {e}") from e
    settings = wiring.with_index(settings, index_dir)
    when = wiring.clock(settings, day(today))().date()
    with engine_for(settings) as engine:
        baselines = [PlainBM25(engine.items(), name) for name in ANALYZERS] if baseline else []
        if summary:
            click.echo(SUMMARY_HEADER)
        for file, rows in sets.items():
            report = evaluate_shown(engine, rows, today=when) if gold_first else evaluate(engine, rows, today=when)
            if summary:
                click.echo(summary_line(file.stem, report))
            else:
                click.echo((f"== {file.name}\n" if len(sets) > 1 or baselines else "") + format_report(report))
            for plain in baselines:
                r = evaluate(plain, rows, today=when)
                click.echo(summary_line(f"  plain BM25 ({plain.name})", r))
