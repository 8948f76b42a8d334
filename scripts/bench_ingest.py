"""Benchmark the PDF path of ingest on a generated 100-page agenda, beside poppler's pdftotext.

    python scripts/bench_ingest.py [--pages 100] [--runs 5] [--keep FILE.pdf]

Prints pages per second (median of --runs runs) for `index.read.document.read_document` and
for its extraction step alone (`index.read.pdf.read_pdf`: PDFium), the pdfplumber reader it
replaced (`read_pdf(..., pdfplumber_only=True)`), `pdftotext -layout` on the same file, and peak
memory (max RSS of a fresh process doing one ingest, and the Python heap peak from
tracemalloc). Needs reportlab (the `test` extra) and, for the comparison, poppler-utils.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from index.model import Meeting, Section  # noqa: E402
from index.read.pdf import read_pdf  # noqa: E402
from index.read.document import meeting_from_extracted, read_document  # noqa: E402
from tests.support.pdfgen import meeting_pdf  # noqa: E402

SAMPLES = ROOT / "index" / "samples"


def agenda_pdf(path: Path, pages: int) -> int:
    """An agenda of at least `pages` pages: the samples' items, renumbered into section 3."""
    pool = [it for f in sorted(SAMPLES.glob("*.txt")) for it in read_document(f).items]
    base = read_document(SAMPLES / "004_00b6fdc18451f266.txt")
    count = max(8, pages // 2)
    while True:
        items = []
        for k in range(count):
            src = pool[k % len(pool)]
            number = f"3.{k + 1}"
            sections = tuple(s for s in src.sections if s.heading != "Beslutning")
            items.append(dataclasses.replace(src, item_number=number, sections=sections,
                                             section="3. Regionalpolitiske sager"))
        meeting = Meeting(
            base.council, base.meeting_date, "agenda", str(path), 0,
            tuple(Section(s.number, s.title, tuple(i.item_number for i in items) if s.number == 3 else ())
                  for s in base.sections),
            tuple(items),
        )
        layout = meeting_pdf(meeting, path)
        if layout.page_count >= pages:
            return layout.page_count
        count = int(count * pages / layout.page_count) + 1


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def max_rss_mb(cmd: list[str]) -> float:
    """Peak resident memory of `cmd` run in a fresh process (Linux: ru_maxrss is in KiB)."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="write the generated PDF here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = args.keep or Path(tmp) / "agenda-100.pdf"
        pages = agenda_pdf(pdf, args.pages)
        data = pdf.read_bytes()
        meeting = read_document(pdf)
        print(f"file: {pages} pages, {len(data) / 1024:.0f} KiB, {len(meeting.items)} items")
        full = timed(lambda: read_document(pdf), args.runs)
        extract = timed(lambda: read_pdf(data), args.runs)
        plumber = timed(lambda: read_pdf(data, pdfplumber_only=True), max(1, args.runs // 2))
        print(f"read_document (PDF path): median {full:.3f} s = {pages / full:.0f} pages/s")
        extracted = read_pdf(data)
        segment = timed(lambda: meeting_from_extracted(extracted, source=str(pdf)), args.runs)
        print(f"  of which read_pdf (PDFium extraction): median {extract:.3f} s "
              f"= {pages / extract:.0f} pages/s; segmentation+cleaning median {segment:.3f} s")
        print(f"pdfplumber reader (read_pdf pdfplumber_only): median {plumber:.2f} s "
              f"= {pages / plumber:.0f} pages/s; PDFium is {plumber / extract:.1f}x faster")
        tracemalloc.start()
        read_document(pdf)
        heap = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        code = f"from index.read.document import read_document; read_document({str(pdf)!r})"
        rss = max_rss_mb([sys.executable, "-c", code])
        base = max_rss_mb([sys.executable, "-c", "import index.read.document, index.read.pdf"])
        print(f"peak memory: max RSS {rss:.0f} MB (interpreter + imports alone {base:.0f} MB); "
              f"Python heap peak {heap:.0f} MB (tracemalloc)")
        if shutil.which("pdftotext"):
            out = Path(tmp) / "out.txt"
            cmd = ["pdftotext", "-layout", str(pdf), str(out)]
            poppler = timed(lambda: subprocess.run(cmd, check=True), args.runs)
            prss = max_rss_mb(cmd)
            print(f"pdftotext -layout (poppler): median {poppler:.3f} s = {pages / poppler:.0f} pages/s, "
                  f"max RSS {prss:.0f} MB")
            print(f"ratio: pdftotext is {full / poppler:.1f}x faster than read_document, "
                  f"{extract / poppler:.1f}x faster than PDFium extraction, "
                  f"{plumber / poppler:.0f}x faster than the pdfplumber reader")
        else:
            print("pdftotext not found (apt-get install poppler-utils): no comparison")


if __name__ == "__main__":
    main()
