"""`kkrbot ingest` and `kkrbot items`: thin click shells over index.read.document and the AnswerEngine.

Added to the `kkrbot` group in bot/cli/main.py with `main.add_command`. Each file is read and
stored on its own, so a bad file is one `error:` line and the others still go in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import click

from bot.settings import Settings
from index.codec import item_to_dict
from index.councils import council_named
from index.model import AgendaItem
from index.samples import sample_paths

INDEX_OPTION = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), help="Index folder (default: KKRBOT_INDEX, else var/index)."
)


def engine_for(settings: Settings, index_dir: Path | None):
    from index.engine import AnswerEngine  # imported late: `kkrbot --help` needs no index
    from index.store import StoreError

    try:
        return AnswerEngine(index_dir or settings.index_dir)
    except StoreError as e:
        raise click.ClickException(str(e)) from e


def _files(paths: tuple[Path, ...]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in {".pdf", ".txt"})
        else:
            yield p


def _council(name: str | None) -> str | None:
    if name is None:
        return None
    found = council_named(name)
    if not found:
        raise click.BadParameter(f"unknown council {name!r}", param_hint="--council")
    return found


@click.command("ingest")
@INDEX_OPTION
@click.option("--date", "meeting_date", type=click.DateTime(formats=["%Y-%m-%d"]), help="Meeting date when the document does not state it.")
@click.option("--council", help="Council when the document does not state it (e.g. Midtjylland).")
@click.option("--sample", is_flag=True, help="Also ingest the bundled sample corpus.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_obj
def ingest_command(
    settings: Settings, index_dir: Path | None, meeting_date: datetime | None, council: str | None, sample: bool, paths: tuple[Path, ...]
) -> None:
    """Read agendas and minutes (PDF or text; files or folders) into the index, one line per file."""
    from index.errors import IngestError
    from index.read.document import read_document
    from index.store import StoreError

    # A sample is recorded under its own file name, not the install path: the same ids (an undated
    # meeting's id includes its source) wherever the package is installed.
    files = [(p, str(p)) for p in _files(paths)] + [(p, p.name) for p in (sample_paths() if sample else [])]
    if not files:
        raise click.UsageError("give at least one PATH (or --sample)")
    council = _council(council)
    engine = engine_for(settings, index_dir)
    failed = 0
    for path, source in files:
        try:
            meeting = read_document(
                path, meeting_date=meeting_date.date() if meeting_date else None, council=council, source=source
            )
            result = engine.ingest(meeting)
        except (IngestError, StoreError) as e:
            failed += 1
            click.echo(f"{source}: error: {getattr(e, 'reason', None) or e}")
            continue
        except OSError as e:
            failed += 1
            click.echo(f"{source}: error: {e.strerror or e}")
            continue
        except Exception as e:  # a bug on one file must not stop the others; the store is unchanged
            failed += 1
            click.echo(f"{source}: error: unexpected {type(e).__name__}: {' '.join(str(e).split())}")
            continue
        _announce(settings, index_dir, engine, result, source)
        if result.status == "added":
            click.echo(f"{source}: added {result.count} item{'s' if result.count != 1 else ''}")
        else:
            click.echo(f"{source}: {result.status}")
    engine.close()
    if failed:
        raise SystemExit(1)


def _announce(settings: Settings, index_dir: Path | None, engine, result, path: str) -> None:
    """Record the arrival for digests (and post it when Slack is configured); never fails the ingest."""
    if result.status == "unchanged":
        return
    from bot.digests.announce import announce_with_settings

    try:
        announce_with_settings(replace(settings, index_dir=index_dir) if index_dir else settings, engine, result)
    except Exception as e:  # the document is stored; a Slack or state-file problem is only a warning
        click.echo(f"{path}: warning: not announced: {type(e).__name__}: {' '.join(str(e).split())}", err=True)


def item_json(item: AgendaItem) -> dict:
    """What `items --json` prints: the stored item, its sub-sections as heading → text, its
    passages as text (the store keeps offsets)."""
    d = item_to_dict(item)
    sections: dict[str, str] = {}
    for s in item.sections:
        sections[s.heading] = f"{sections[s.heading]}\n\n{s.text}" if s.heading in sections else s.text
    d["sections"] = sections
    d["passages"] = [{"text": p.text, "section": p.section, "page": p.page, "kind": p.kind} for p in item.passages]
    d["decision"] = item.decision
    d["recommendation"] = item.recommendation
    return d


@click.command("items")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def items_command(settings: Settings, index_dir: Path | None, as_json: bool) -> None:
    """List every stored agenda item."""
    with engine_for(settings, index_dir) as engine:
        for item in engine.items():
            if as_json:
                click.echo(json.dumps(item_json(item), ensure_ascii=False))
            else:
                when = item.meeting_date.isoformat() if item.meeting_date else "date unknown"
                click.echo(f"{item.council} {when} {item.document_kind} {item.item_number} {item.title}")
