"""`kkrbot ingest` around its edges (issue 14, item 8): a folder with nothing to read, a file name
that would forge output lines, a text file too large to read, private files and folders, and two
ingests at once (the second waits for the index, saying so, instead of failing)."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from index.engine import AnswerEngine
from index.samples import sample_paths
from tests.support.processes import Kkrbot


@pytest.fixture
def cwd(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("KKRBOT_INDEX", "KKRBOT_STATE_DB", "KKRBOT_DATABASE_URL", "KKRBOT_UMASK", "SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def sample(prefix: str) -> Path:
    return next(p for p in sample_paths() if p.name.startswith(prefix))


def test_a_folder_with_no_documents_is_one_clear_error_line(cwd):
    (cwd / "empty").mkdir()
    (cwd / "notes").mkdir()
    (cwd / "notes" / "readme.md").write_text("nothing to read", encoding="utf-8")
    out = run("ingest", "--index", "ix", "empty", "notes")
    assert out.exit_code == 1
    assert out.stdout.splitlines() == [
        "empty: error: no agenda or minutes files in this folder (*.pdf, *.txt)",
        "notes: error: no agenda or minutes files in this folder (*.pdf, *.txt)",
    ]
    shutil.copy(sample("003"), cwd / "notes" / "003.txt")  # the others still go in
    out = run("ingest", "--index", "ix", "empty", "notes")
    assert out.exit_code == 1 and "notes/003.txt: added 11 items" in out.stdout


def test_a_file_name_that_would_forge_output_lines_is_printed_escaped(cwd):
    name = "referat\nforged.txt: added 99 items\x1b[2J.txt"
    shutil.copy(sample("003"), cwd / name)
    out = run("ingest", "--index", "ix", name)
    assert out.exit_code == 0, out.output
    [line] = out.stdout.splitlines()
    assert line == f"{name!r}: added 11 items" and "\x1b" not in out.output
    assert run("ingest", "--index", "ix", "plain æøå name.txt").stdout.startswith("plain æøå name.txt: error:")  # as it is


def test_a_text_file_too_large_is_refused_before_it_is_read(cwd):
    with open(cwd / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB (sparse): read whole, this took 519 MB
    out = run("ingest", "--index", "ix", "huge.txt")
    assert out.exit_code == 1
    assert out.stdout == "huge.txt: error: text file too large: 52 MB (at most 8 MB)\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_index_and_the_state_file_are_private_unless_an_umask_is_set(cwd):
    assert run("ingest", "--index", "a/ix", str(sample("003"))).exit_code == 0
    assert mode(cwd / "a" / "ix") == 0o700 and mode(cwd / "a" / "kkrbot.sqlite") == 0o600
    assert run("ingest", "--index", "b/ix", str(sample("003")), env={"KKRBOT_UMASK": "027"}).exit_code == 0
    assert mode(cwd / "b" / "ix") == 0o750 and mode(cwd / "b" / "kkrbot.sqlite") == 0o640


def test_an_ingest_waits_for_another_writer_and_says_so(cwd):
    assert run("ingest", "--index", "ix", str(sample("000"))).exit_code == 0
    holder = AnswerEngine(cwd / "ix")._ix.writer()  # another process in the middle of a commit
    try:
        waiting = Kkrbot(["ingest", "--index", "ix", str(sample("003"))], {}, cwd)
        waiting.wait_for_line("waiting for the index: another process is writing to it")
    finally:
        holder.cancel()
    assert waiting.wait() == 0, waiting.output
    assert f"{sample('003')}: added 11 items" in waiting.output


def test_two_ingests_at_once_both_succeed(cwd):
    for folder, prefixes in (("one", ("000", "001", "002")), ("two", ("003", "004"))):
        (cwd / folder).mkdir()
        for p in prefixes:
            shutil.copy(sample(p), cwd / folder / sample(p).name)
    both = [Kkrbot(["ingest", "--index", "ix", "--batch-size", "1", folder], {}, cwd) for folder in ("one", "two")]
    assert [p.wait() for p in both] == [0, 0], "\n".join(p.output for p in both)
    assert sum(line.count(": added ") for p in both for line in p.lines) == 5
    with AnswerEngine(cwd / "ix") as engine:
        assert len(engine.meetings()) == 5
