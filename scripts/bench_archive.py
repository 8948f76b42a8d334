"""Import a whole archive of KL-like PDFs with the real CLI, beside pdftotext and tantivy.

    python scripts/bench_archive.py [--items 4000] [--keep DIR] [--workers N] [--skip-peers]
                                    [--lean-index DIR] [--lean-items 20000] [--skip-lean | --lean-only]

Generates KKR agendas and minutes as PDFs (the meetings of scripts/bench_scale.py's corpus:
the five samples given other councils and dates, numbers changed, paragraphs shuffled;
printed by tests/support/pdfgen.py) and imports them into an empty index with
`kkrbot ingest FOLDER` in a child process. Reports wall time, pages/s, items/s, CPU/wall
(cores used: user+sys of the CLI and its reader processes over wall time) and the peak
memory of the whole process tree (the sum of its processes' RSS, sampled every 0.1 s).
Then, on the same files: a re-run (everything skipped unread), `pdftotext -layout` of every
file, bulk indexing of the already-read items (`AnswerEngine.ingest_many` of prepared
meetings, in batches of 100 as the import commits them), and tantivy indexing the same item
texts on one thread (needs the `bench` extra). Needs reportlab (the `test` extra).
Last, the lean process at 20,000 items (scripts/bench_lean.py, bench_scale's corpus): `kkrbot ask`
whole-process time and peak memory, the bot's RSS after 200 questions, the first question after
a commit (`--lean-only`: only these; `--lean-index DIR` keeps that index for the next run).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from bench_lean import lean  # noqa: E402
from bench_scale import corpus  # noqa: E402

from index.engine import AnswerEngine  # noqa: E402
from index.prepare import prepare_meeting  # noqa: E402
from index.read.document import read_document  # noqa: E402
from tests.support.pdfgen import meeting_pdf  # noqa: E402


def make_archive(folder: Path, items: int) -> tuple[int, int]:
    """PDFs of meetings holding about `items` items; returns (files, pages)."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = 0
    meetings = corpus(items)
    for k, meeting in enumerate(meetings):
        have = {i.item_number for i in meeting.items}  # the corpus may cut the last meeting short
        meeting = dataclasses.replace(meeting, sections=tuple(
            dataclasses.replace(s, item_numbers=tuple(n for n in s.item_numbers if n in have)) for s in meeting.sections))
        kind = "referat" if meeting.document_kind == "minutes" else "dagsorden"
        name = f"{kind}-{meeting.council.split()[-1].lower()}-{meeting.meeting_date}-{k:04d}.pdf"
        pages += meeting_pdf(meeting, folder / name).page_count
    return len(meetings), pages


def _tree_rss_mb(root: int) -> float:
    """Sum of the RSS of `root` and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            pid = int(entry.name)
            children.setdefault(int(fields[1]), []).append(pid)
            rss[pid] = int(fields[21]) * resource.getpagesize()
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / 2**20


def run_measured(cmd: list[str], **kw) -> dict:
    """Wall, CPU (the process and all its waited-for descendants) and peak tree RSS of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return {"wall": wall, "cpu": cpu, "peak_mb": peak[0], "stdout": out, "stderr": err}


def bulk_indexing(folder: Path, workdir: Path) -> tuple[int, float, float]:
    """(items, wall seconds, CPU seconds) of storing the archive's already-read, prepared
    meetings in batches of 100, as the import does (reading and preparing not counted)."""
    prepared = [prepare_meeting(read_document(p)) for p in sorted(folder.glob("*.pdf"))]
    items = sum(len(p.meeting.items) for p in prepared)
    with AnswerEngine(workdir / "bulk") as engine:
        wall, cpu = time.perf_counter(), time.process_time()
        for k in range(0, len(prepared), 100):
            engine.ingest_many(prepared[k : k + 100])
        return items, time.perf_counter() - wall, time.process_time() - cpu


def tantivy_indexing(folder: Path, workdir: Path) -> tuple[int, float] | None:
    try:
        import tantivy
    except ImportError:
        return None
    texts = [(i.id, i.title, "\n\n".join([i.full_text, *i.attachments]))
             for p in sorted(folder.glob("*.pdf")) for i in read_document(p).items]  # fmt: skip
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", tokenizer_name="da")
    sb.add_text_field("body", tokenizer_name="da")
    (workdir / "tantivy").mkdir()
    index = tantivy.Index(sb.build(), path=str(workdir / "tantivy"))
    index.register_tokenizer("da", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                             .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stemmer("danish")).build())  # fmt: skip
    start = time.perf_counter()
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    for item_id, title, body in texts:
        writer.add_document(tantivy.Document(id=item_id, title=title, body=body))
    writer.commit()
    writer.wait_merging_threads()
    return len(texts), time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=4000, help="items in the archive (~2 pages each)")
    ap.add_argument("--keep", type=Path, help="generate the archive here (or reuse the PDFs found there)")
    ap.add_argument("--workers", type=int, help="passed to kkrbot ingest --workers")
    ap.add_argument("--skip-peers", action="store_true", help="only the import and its re-run")
    ap.add_argument("--lean-index", type=Path, help="the lean-process index: built here, or reused from here")
    ap.add_argument("--lean-items", type=int, default=20000, help="items of the lean-process index")
    ap.add_argument("--skip-lean", action="store_true", help="no lean-process figures")
    ap.add_argument("--lean-only", action="store_true", help="only the lean-process figures")
    args = ap.parse_args()
    if not args.lean_only:
        import_archive(args)
    if not args.skip_lean:
        lean(args.lean_items, args.lean_index)


def import_archive(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = args.keep or work / "archive"
        started = time.perf_counter()
        if folder.is_dir() and any(folder.glob("*.pdf")):
            files = len(list(folder.glob("*.pdf")))
            print(f"archive: {files} PDFs reused from {folder}")
        else:
            files, _ = make_archive(folder, args.items)
            print(f"archive: {files} PDFs generated in {time.perf_counter() - started:.0f} s")
        cmd = [sys.executable, "-m", "bot.cli", "ingest", "--index", str(work / "ix"), str(folder)]
        if args.workers is not None:
            cmd[4:4] = ["--workers", str(args.workers)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        first = run_measured(cmd, env=env, cwd=work)
        with AnswerEngine(work / "ix") as engine:
            items = engine.item_count()
            pages = sum(m.page_count for m in engine.meetings())
        print(f"import: {files} files, {pages} pages, {items} items in {first['wall']:.1f} s wall: "
              f"{pages / first['wall']:.0f} pages/s, {items / first['wall']:.0f} items/s; "
              f"CPU/wall {first['cpu'] / first['wall']:.2f}; peak memory (process tree) {first['peak_mb']:.0f} MB; "
              f"{pages / first['cpu']:.0f} pages per CPU-second (load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        print(f"  summary: {first['stderr'].strip().splitlines()[-1]}")
        again = run_measured(cmd, env=env, cwd=work)
        print(f"re-run (all in already): {again['wall']:.1f} s; {again['stderr'].strip().splitlines()[-1]}")
        if args.skip_peers:
            return
        if shutil.which("pdftotext"):
            out = work / "out.txt"
            times = []
            for pdf in sorted(folder.glob("*.pdf")):
                t = time.perf_counter()
                subprocess.run(["pdftotext", "-layout", str(pdf), str(out)], check=True)
                times.append(time.perf_counter() - t)
            total = sum(times)
            print(f"pdftotext -layout, one file after another: {total:.1f} s = {pages / total:.0f} pages/s "
                  f"(median file {statistics.median(times) * 1000:.0f} ms); the import is {first['wall'] / total:.1f}x that")
        n, wall, cpu = bulk_indexing(folder, work)
        print(f"bulk indexing of already-read items (prepared meetings, batches of 100): {n} items in {wall:.1f} s "
              f"= {n / wall:.0f} items/s ({n / cpu:.0f} items/s of CPU)")
        peer = tantivy_indexing(folder, work)
        if peer:
            print(f"tantivy, same item texts, one thread: {peer[0]} items in {peer[1]:.2f} s = {peer[0] / peer[1]:.0f} items/s; "
                  f"ours/tantivy {(n / wall) / (peer[0] / peer[1]):.3f}")
        else:
            print("tantivy not installed (pip install -e '.[bench]'): no comparison")


if __name__ == "__main__":
    main()
