"""index.importer: files read in worker processes and stored in batches give the index that
one-by-one ingest gives; each outcome is reported in file order once its document is
committed; a re-run skips stored files unread; a killed import (kill -9 midway) leaves whole
documents only, and running it again completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from index.engine import AnswerEngine
from index.importer import FileTask, import_files
from index.model import Meeting
from index.read.document import read_document
from index.samples import sample_paths
from tests.support.pdfgen import meeting_pdf, truncated_pdf

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.xdist_group("importer")  # `archive` and `documents` (eight PDFs printed and read) made on one worker


def _archive(folder: Path, count: int) -> list[Path]:
    """`count` PDFs of distinct meetings (the samples, moved to other dates), plus their order."""
    folder.mkdir(exist_ok=True)
    bases = [m for m in map(read_document, sample_paths()) if m.meeting_date]
    paths = []
    for k in range(count):
        base = bases[k % len(bases)]
        when = base.meeting_date + timedelta(days=7 * (k // len(bases) + 1))
        items = tuple(replace(i, meeting_date=when, id=i.id.replace(base.meeting_date.isoformat(), when.isoformat()))
                      for i in base.items)  # fmt: skip
        path = folder / f"{k:02d}-{base.council.split()[-1].lower()}-{when}.pdf"
        meeting_pdf(replace(base, meeting_date=when, items=items), path)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> list[Path]:
    return _archive(tmp_path_factory.mktemp("archive"), 8)


@pytest.fixture(scope="module")
def documents(archive) -> dict[str, Meeting]:
    """Each archive file read one by one in this process, once for the module: file name → document."""
    return {path.name: read_document(path) for path in archive}


def _ids(index: Path) -> list[str]:
    with AnswerEngine(index) as engine:
        return sorted(i.id for i in engine.items())


def test_workers_and_batches_give_the_index_one_by_one_ingest_gives(tmp_path, archive, documents):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(truncated_pdf(archive[0].read_bytes()))
    files = [*archive[:4], bad, *archive[4:]]
    with AnswerEngine(tmp_path / "one") as engine:
        for path in files[:4] + files[5:]:
            engine.ingest(documents[path.name])
    seen: list[str] = []
    with AnswerEngine(tmp_path / "bulk") as engine:

        def report(outcome):
            seen.append(outcome.source)
            if outcome.status == "added":  # reported only once committed: a fresh reader sees it
                with AnswerEngine(tmp_path / "bulk") as other:
                    assert {i.id for i in other.items()} >= set(outcome.result.item_ids)

        outcomes = import_files(engine, [FileTask(p, str(p)) for p in files], workers=2, batch_documents=3, report=report)
    assert seen == [str(p) for p in files]
    assert [o.status for o in outcomes] == ["added"] * 4 + ["failed"] + ["added"] * 4
    assert outcomes[4].reason == "corrupt PDF: cannot be parsed"
    assert all(o.pages >= 10 for o in outcomes if o.status == "added")
    assert _ids(tmp_path / "bulk") == _ids(tmp_path / "one")


def test_a_rerun_skips_stored_files_unread_and_reads_changed_ones(tmp_path, archive):
    index = tmp_path / "ix"
    with AnswerEngine(index) as engine:
        import_files(engine, [FileTask(p, str(p)) for p in archive[:3]], workers=0)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(archive[1].read_bytes() + b"\n% appended\n")  # same document, other bytes
    with AnswerEngine(index) as engine:
        tasks = [FileTask(p, str(p)) for p in [*archive[:3], changed, archive[3]]]
        outcomes = import_files(engine, tasks, workers=0)
    assert [(o.status, o.skipped) for o in outcomes] == [
        ("unchanged", True), ("unchanged", True), ("unchanged", True), ("unchanged", False), ("added", False)]
    with AnswerEngine(index) as engine:  # the facts given are part of the key: with them, a file is read again
        again = import_files(engine, [FileTask(archive[0], str(archive[0]))], council="KKR Midtjylland", workers=0)
    assert not again[0].skipped


def test_files_stored_by_an_older_making_of_terms_are_indexed_again_in_place(tmp_path, archive, monkeypatch):
    """After an upgrade that changes the terms made from the same text, ingesting the same files
    replaces each stored document (a rebuild is not needed); then they are unchanged again."""
    import index.import_worker
    import index.prepare

    index_dir, files = tmp_path / "ix", archive[:2]
    with monkeypatch.context() as old:
        old.setattr(index.prepare, "TERMS_VERSION", index.prepare.TERMS_VERSION - 1)
        old.setattr(index.import_worker, "TERMS_VERSION", index.prepare.TERMS_VERSION - 1)
        with AnswerEngine(index_dir) as engine:
            assert [o.status for o in import_files(engine, [FileTask(p, str(p)) for p in files], workers=0)] == ["added"] * 2
    before = _ids(index_dir)
    with AnswerEngine(index_dir) as engine:
        upgraded = import_files(engine, [FileTask(p, str(p)) for p in files], workers=0)
    assert [(o.status.split()[0], o.skipped) for o in upgraded] == [("replaced", False)] * 2
    assert _ids(index_dir) == before
    with AnswerEngine(index_dir) as engine:
        again = import_files(engine, [FileTask(p, str(p)) for p in files], workers=0)
    assert [(o.status, o.skipped) for o in again] == [("unchanged", True)] * 2


def test_a_killed_import_leaves_whole_documents_and_a_rerun_completes_it(tmp_path, archive, documents, monkeypatch):
    (tmp_path / "in").mkdir()
    files = [tmp_path / "in" / p.name for p in archive]
    for source, copy in zip(archive, files):
        copy.write_bytes(source.read_bytes())
    index = tmp_path / "ix"
    cmd = [sys.executable, "-m", "bot.cli", "ingest", "--index", str(index), "--batch-size", "2",
           "--workers", "2", str(tmp_path / "in")]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                            cwd=tmp_path, start_new_session=True)  # fmt: skip
    first = proc.stdout.readline()  # the first batch is committed
    os.killpg(proc.pid, signal.SIGKILL)  # the writer and its readers, as kill -9 would
    proc.wait(timeout=30)
    assert ": added " in first and proc.returncode == -signal.SIGKILL
    with AnswerEngine(index) as engine:
        meetings = engine.meetings()
        stored = {i.id for i in engine.items()}
        assert 2 <= len(meetings) < len(files)  # midway
        for m in meetings:  # whole documents only: every stored meeting has all its items
            assert len(m.items) == len(documents[Path(m.source).name].items)
        assert stored == {i.id for m in meetings for i in m.items}
    # run again: the same ingest in this process, reading here (the readers' processes were the kill's point)
    monkeypatch.chdir(tmp_path)
    rerun = CliRunner().invoke(main, ["ingest", "--index", str(index), "--batch-size", "2", "--workers", "0",
                                      str(tmp_path / "in")], catch_exceptions=False)  # fmt: skip
    assert rerun.exit_code == 0, rerun.output
    lines = rerun.stdout.splitlines()
    assert len(lines) == len(files) and sum(line.endswith(": unchanged") for line in lines) == len(meetings)
    assert f"{len(meetings)} unchanged ({len(meetings)} not read), 0 failed" in rerun.stderr
    with AnswerEngine(index) as engine:
        assert len(engine.meetings()) == len(files)
        assert sorted(m.source for m in engine.meetings()) == sorted(str(p) for p in files)
