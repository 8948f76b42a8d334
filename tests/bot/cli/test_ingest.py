"""`kkrbot ingest` and `kkrbot items` on a real index: one line per file, exit status 1 when
any file failed, and every bad input leaves the store exactly as it was."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from index.samples import sample_paths
from index.engine import AnswerEngine
from index.read.document import read_document

from tests.support.pdfgen import encrypted_pdf, image_only_pdf, meeting_pdf, plain_pdf, truncated_pdf

SAMPLE_003 = next(p for p in sample_paths() if p.name.startswith("003"))


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def cwd(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray .env; default index lands in tmp
    return tmp_path


def state(index: Path) -> tuple:
    with AnswerEngine(index) as engine:
        return tuple(engine.meetings()), engine._searcher.doc_count()


def test_ingest_sample_then_again_is_unchanged(cwd) -> None:
    first = run("ingest", "--index", "ix", "--sample")
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    assert len(lines) == 5 and all(": added " in line for line in lines)
    assert lines[3] == f"{SAMPLE_003.name}: added 11 items"
    summary = first.stderr.splitlines()[-1]  # after a progress line when the ingest took over 10 s (a loaded machine)
    assert summary.startswith("5 files in ") and ": 5 added (51 items), 0 unchanged, 0 failed;" in summary
    # recorded under its file name, not the install path: ids of undated meetings include the source
    with AnswerEngine(Path("ix")) as engine:
        assert {i.source for i in engine.items()} == {p.name for p in sample_paths()}
    again = run("ingest", "--index", "ix", "--sample")
    assert again.exit_code == 0
    assert [line.split(": ")[1] for line in again.stdout.splitlines()] == ["unchanged"] * 5
    assert "0 added, 5 unchanged (5 not read), 0 failed" in again.stderr


def test_index_defaults_to_settings(cwd, monkeypatch) -> None:
    monkeypatch.setenv("KKRBOT_INDEX", str(cwd / "from-env"))
    assert run("ingest", str(SAMPLE_003)).exit_code == 0
    assert (cwd / "from-env").is_dir()
    monkeypatch.delenv("KKRBOT_INDEX")
    assert run("ingest", str(SAMPLE_003)).exit_code == 0
    assert (cwd / "var" / "index").is_dir()


def test_items_json_has_every_field(cwd) -> None:
    run("ingest", "--index", "ix", str(SAMPLE_003))
    out = run("items", "--index", "ix", "--json")
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [r["item_number"] for r in rows] == ["1.1", "1.2", "2.1", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "6.1", "7.1"]
    want = {"id", "council", "meeting_date", "document_kind", "section", "item_number", "title", "case_number",
            "sections", "links", "attachments", "page_start", "page_end", "source"}  # fmt: skip
    sosu = rows[6]
    assert want <= set(sosu)
    assert sosu["id"] == "kkr-midtjylland/2026-06-17/minutes/3.4"
    assert (sosu["council"], sosu["meeting_date"], sosu["document_kind"]) == ("KKR Midtjylland", "2026-06-17", "minutes")
    assert sosu["case_number"] == "SAG-2026-00837" and sosu["section"].startswith("3.")
    assert sosu["sections"]["Beslutning"] == "KKR Godkendte indstillingerne."
    assert isinstance(sosu["links"], list) and sosu["source"] == str(SAMPLE_003)
    assert sosu["page_start"] <= sosu["page_end"]
    plain = run("items", "--index", "ix").output.splitlines()
    assert plain[6] == "KKR Midtjylland 2026-06-17 minutes 3.4 Fordeling af lærepladser på SOSU-uddannelserne for 2027"


def test_minutes_replace_the_agenda_through_the_cli(cwd) -> None:
    minutes = read_document(SAMPLE_003)
    items = tuple(replace(i, document_kind="agenda", id=i.id.replace("/minutes/", "/agenda/"),
                          sections=tuple(s for s in i.sections if s.heading != "Beslutning")) for i in minutes.items)  # fmt: skip
    agenda = replace(minutes, document_kind="agenda", items=items, source="dagsorden.pdf")
    meeting_pdf(agenda, cwd / "dagsorden.pdf")
    out = run("ingest", "--index", "ix", "dagsorden.pdf")
    assert out.output == "dagsorden.pdf: added 11 items\n", out.output
    out = run("ingest", "--index", "ix", str(SAMPLE_003))
    assert out.output == f"{SAMPLE_003}: replaced agenda (11 items)\n"
    kinds = {json.loads(line)["document_kind"] for line in run("items", "--index", "ix", "--json").output.splitlines()}
    assert kinds == {"minutes"}


BAD_INPUTS = {
    "corrupt.pdf": (lambda good: truncated_pdf(good), "corrupt PDF"),
    "garbage.pdf": (lambda good: b"%PDF-1.7\n" + bytes(range(256)) * 4, "corrupt PDF"),
    "empty.pdf": (lambda good: b"", "empty file"),
    "encrypted.pdf": (lambda good: encrypted_pdf(), "encrypted PDF"),
    "scan.pdf": (lambda good: image_only_pdf(), "no text layer: OCR it first"),
    "letter.pdf": (lambda good: plain_pdf(["Kære alle", "Vi inviterer til sommerfest i KL."]), "no agenda items found"),
    "notes.txt": (lambda good: "Indkøbsliste\nmælk\nbrød\n".encode(), "no agenda items found"),
    "latin1.txt": (lambda good: "1. Godkendelse af referat\nSAG-2026-00792 chbn\nBaggrund\nGodkendelse af dagsorden for mødet i Århus\n".encode("latin-1"), "not UTF-8 text"),
}  # fmt: skip


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "good.pdf"
    meeting_pdf(read_document(SAMPLE_003), path)
    return path.read_bytes()


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_1_and_store_unchanged(cwd, name: str, good_pdf: bytes, sample_index) -> None:
    shutil.copytree(sample_index.index_dir, cwd / "ix")
    before = state(cwd / "ix")
    assert len(before[0]) == 5
    make, reason = BAD_INPUTS[name]
    (cwd / name).write_bytes(make(good_pdf))
    out = run("ingest", "--index", "ix", name)
    assert out.exit_code == 1
    assert out.output.count("\n") == 1 and out.output.startswith(f"{name}: error: "), out.output
    assert reason in out.output
    assert state(cwd / "ix") == before


def test_a_bad_file_does_not_stop_the_others(cwd) -> None:
    folder = cwd / "inbox"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(SAMPLE_003.read_bytes())
    (folder / "ignored.docx").write_bytes(b"not read: not .pdf or .txt")
    out = run("ingest", "--index", "ix", str(folder))
    assert out.exit_code == 1
    assert out.stdout.splitlines() == [f"{folder / 'a-empty.txt'}: error: empty file", f"{folder / 'b.txt'}: added 11 items"]
    assert "2 files in " in out.stderr and "1 added (11 items), 0 unchanged, 1 failed (1 empty file)" in out.stderr


def test_date_and_council_options_reach_an_undated_document(cwd) -> None:
    sample_004 = next(p for p in sample_paths() if p.name.startswith("004"))
    out = run("ingest", "--index", "ix", "--date", "2024-02-26", "--council", "Midtjylland", str(sample_004))
    assert out.exit_code == 0, out.output
    first = json.loads(run("items", "--index", "ix", "--json").output.splitlines()[0])
    assert first["meeting_date"] == "2024-02-26" and first["id"].startswith("kkr-midtjylland/2024-02-26/agenda/")
    assert run("ingest", "--index", "ix", "--council", "Atlantis", str(sample_004)).exit_code == 2


def test_an_index_locked_beyond_the_wait_is_an_error_line(cwd) -> None:
    run("ingest", "--index", "ix", str(SAMPLE_003))
    engine = AnswerEngine(cwd / "ix")
    holder = engine._ix.writer()
    try:
        sample_000 = next(p for p in sample_paths() if p.name.startswith("000"))
        out = CliRunner().invoke(main, ["ingest", "--index", "ix", "--lock-wait", "0.6", str(sample_000)])
    finally:
        holder.cancel()
    assert out.exit_code == 1
    assert out.stdout == f"{sample_000}: error: ix: the index is locked by another writer (waited 1 s); try again later\n"
    assert out.stderr.startswith("waiting for the index: another process is writing to it (0 s so far)\n")


def test_a_long_import_shows_plain_progress_lines_when_not_on_a_terminal(cwd, monkeypatch) -> None:
    monkeypatch.setattr("bot.cli.progress.PLAIN_EVERY", 0.0)
    out = run("ingest", "--index", "ix", "--workers", "0", "--sample")  # read here: the progress is the point
    assert out.exit_code == 0
    progress = [line for line in out.stderr.splitlines() if line.startswith("progress: ")]
    assert progress[0].startswith("progress: 1/5 files, ") and " items, " in progress[0] and ", ETA " in progress[0]
    assert len(progress) == 4 and out.stderr.splitlines()[-1].startswith("5 files in ")


def test_on_a_terminal_the_progress_is_a_bar_and_the_file_lines_stay_whole() -> None:
    import io

    from bot.cli.progress import ImportProgress
    from index.importer import FileOutcome

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen, out = Terminal(), io.StringIO()
    progress = ImportProgress(3, stream=screen, out=out)
    outcomes = [FileOutcome("a.pdf", "added", 11, 20), FileOutcome("b.pdf", "failed", reason="empty file"),
                FileOutcome("c.pdf", "unchanged", skipped=True)]  # fmt: skip
    for outcome in outcomes:
        progress.file_done(outcome)
    progress.finish(outcomes)
    assert out.getvalue().splitlines() == ["a.pdf: added 11 items", "b.pdf: error: empty file", "c.pdf: unchanged"]
    shown = screen.getvalue()
    assert "0/3 [" in shown and "file/s" in shown  # tqdm's bar, redrawn at most every 0.1 s
    assert re.match(r"3 files in \d+\.\d s: 1 added \(11 items\), 1 unchanged \(1 not read\), 1 failed \(1 empty file\); "
                    r"20 pages, ", shown.split("\r")[-1])  # the seconds are the machine's
