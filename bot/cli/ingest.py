"""`kkrbot ingest` and `kkrbot items`: thin click shells over index.importer and the AnswerEngine.

`ingest` hands the files to `index.importer` (reader processes, batched commits, files already in
skipped unread) and prints one line per file as each is stored; a bad file is one `error:` line
and the others still go in. Progress and the closing summary go to stderr (bot/cli/progress.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import click

from bot import wiring
from bot.cli.options import INDEX_OPTION, engine_for
from bot.settings import Settings
from index.councils import council_named
from index.samples import sample_paths

if TYPE_CHECKING:
    from index.engine import AnswerEngine

DOCUMENT_SUFFIXES = (".pdf", ".txt")


def _files(paths: tuple[Path, ...], empty: list[Path]) -> Iterator[Path]:
    """The files to read: each PATH, and a folder's agenda/minutes files (not dotfiles); folders
    holding none go to `empty`."""
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in DOCUMENT_SUFFIXES)
            if not found:
                empty.append(p)
            yield from found
        else:
            yield p


class LockWaitLine:
    """While another writer holds the index (a bulk import between its batches), say so on stderr:
    at once, then every `every` seconds."""

    def __init__(self, every: float = 10.0) -> None:
        self.every, self.next_at = every, 0.0

    def __call__(self, waited: float) -> None:
        if waited >= self.next_at:
            click.echo(f"waiting for the index: another process is writing to it ({waited:.0f} s so far)", err=True)
            self.next_at = waited + self.every


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
@click.option("--workers", type=click.IntRange(min=0), help="Processes reading files (default: one per core; 0: read here).")
@click.option("--batch-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Documents per commit (a commit also every 30 s).")
@click.option("--lock-wait", type=click.FloatRange(min=0), default=600.0, show_default=True,
              help="Seconds to wait while another process writes to the index (each commit waits its turn).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_obj
def ingest_command(
    settings: Settings, index_dir: Path | None, meeting_date: datetime | None, council: str | None, sample: bool,
    workers: int | None, batch_size: int, lock_wait: float, paths: tuple[Path, ...],
) -> None:  # fmt: skip
    """Read agendas and minutes (PDF or text; files or folders) into the index, one line per file.

    Files are read in parallel and stored in batches; a file already in the index (same
    bytes) is skipped unread, so an interrupted import is finished by running it again.
    """
    from bot.cli.progress import ImportProgress
    from index.importer import FileTask, import_files

    # A sample is recorded under its own file name, not the install path: the same ids (an undated
    # meeting's id includes its source) wherever the package is installed.
    from index.errors import shown_name

    if not paths and not sample:
        raise click.UsageError("give at least one PATH (or --sample)")
    empty: list[Path] = []
    tasks = [FileTask(p, str(p)) for p in _files(paths, empty)] + [FileTask(p, p.name) for p in (sample_paths() if sample else [])]
    for folder in empty:
        click.echo(f"{shown_name(folder)}: error: no agenda or minutes files in this folder (*.pdf, *.txt)")
    if not tasks:
        raise SystemExit(1)
    council = _council(council)
    settings = wiring.with_index(settings, index_dir)
    engine = engine_for(settings)
    engine.lock_timeout, engine.on_lock_wait = lock_wait, LockWaitLine()
    progress = ImportProgress(len(tasks))
    announce = _announcer(settings, engine)

    try:
        outcomes = import_files(engine, tasks, meeting_date=meeting_date.date() if meeting_date else None,
                                council=council, workers=workers, batch_documents=batch_size,
                                report=progress.file_done, committed=lambda: announce(None))  # fmt: skip
        announce(None)  # what an earlier, interrupted run left to announce (its files are "unchanged" now)
    finally:
        engine.close()
    progress.finish(outcomes)
    if empty or any(o.status == "failed" for o in outcomes):
        raise SystemExit(1)


def _announcer(settings: Settings, engine: AnswerEngine) -> Callable[[str | None], None]:
    """Stage every commit's arrivals in the state database first (the outbox: a commit cannot
    happen without it), and a function that announces what is pending after a commit (posted
    when a bot token is set, else by the bot's outbox job). Announcing never fails the ingest."""
    from bot.digests.announce import announce_pending, install_outbox
    from index.errors import shown_name

    clock = wiring.clock(settings)
    posting, client = wiring.posting_state(settings, clock), wiring.slack_client(settings)
    install_outbox(engine, posting.arrivals, clock)

    def announce(source: str | None) -> None:
        try:
            announce_pending(engine=engine, posting=posting, client=client, now=clock())
        except Exception as e:  # the documents are stored and their arrivals recorded: only a warning
            where = f"{shown_name(source)}: " if source else ""
            click.echo(f"{where}warning: not announced yet: {type(e).__name__}: {' '.join(str(e).split())}", err=True)

    return announce


@click.command("items")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def items_command(settings: Settings, index_dir: Path | None, as_json: bool) -> None:
    """List every stored agenda item."""
    from bot.render.terminal import item_json, item_when

    with engine_for(wiring.with_index(settings, index_dir)) as engine:
        for item in engine.items():
            if as_json:
                click.echo(json.dumps(item_json(item), ensure_ascii=False))
            else:
                when = item_when(item)
                click.echo(f"{item.council} {when} {item.document_kind} {item.item_number} {item.title}")
