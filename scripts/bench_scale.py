"""Search at scale: kkrbot's AnswerEngine beside tantivy and rank-bm25 on one generated corpus.

    python scripts/bench_scale.py [--sizes 1000,10000,20000,100000] [--reps 3]
                                  [--json results.json] [--systems ours,tantivy,rank-bm25]

The corpus is made from the five sample documents (index/samples, read with
`index.read.document.read_document`): each generated meeting copies one sample document, gives it one
of the five councils and its own meeting date (2007-2026, no two meetings of a council on one
day), shifts the years in the text by as much as the meeting moved, changes every other number,
and shuffles the paragraphs inside each sub-section; no two items are identical. The same
items go to every system.

Each system runs in a fresh child process per size, so its peak memory is its own (max RSS of
the process from `resource.getrusage`, the generated corpus included; `rss_corpus` is the RSS
right after generating it, before building):
- ours: one `AnswerEngine.ingest_many` call (one commit, one segment), then the whole `ask` (parse,
  BM25F candidates, rerank, passages, timelines) for each question;
- tantivy (Rust, via its Python package): one writer thread, fields title and body with a Danish
  Snowball analyzer, a plain OR query of the question's words over both, top 60;
- rank-bm25 (`BM25Okapi`, pure Python + numpy, in memory): the same words, top 60.
The peers only retrieve; they do none of our question parsing, rerank or answer building.

Queries: the questions of tests/data/dev-questions.jsonl and paraphrase-questions.jsonl plus a few
generic ones, warm (one untimed pass
first), then `--reps` timed passes; a question's time is the median of its passes, and p50/p95
are over the questions.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from index.model import COUNCILS, AgendaItem, ItemSection, Meeting  # noqa: E402
from index.read.document import read_document  # noqa: E402

SAMPLES = ROOT / "index" / "samples"
TODAY = date(2026, 11, 22)
FIRST_DAY, LAST_DAY = date(2007, 1, 1), date(2026, 12, 31)
TOP = 60  # peers' result size (our candidate count)
GENERIC = [
    "hvad blev besluttet om budget",
    "næste møde",
    "what is on the agenda of the next meeting",
    "klimaplan og grøn omstilling",
    "beskæftigelse og ledighed",
    "udpegning af medlemmer til bestyrelse",
    "what did KKR Syddanmark decide about health in 2015",
    "psykiatri pladser",
    "Sundhedsklynger",
    "erhvervsfremme og turisme",
]
NUMBER = re.compile(r"\d+")
QUESTION_FILES = ("dev-questions.jsonl", "paraphrase-questions.jsonl")


def questions() -> list[str]:
    out = []
    for f in (ROOT / "tests" / "data" / name for name in QUESTION_FILES):
        out += [json.loads(line)["q"] for line in f.read_text().splitlines() if line.strip()]
    return out + GENERIC


# --- corpus -------------------------------------------------------------------------------

def _vary_numbers(text: str, rng: random.Random, year_shift: int) -> str:
    def one(m: re.Match[str]) -> str:
        s = m.group(0)
        n = int(s)
        if len(s) == 4 and 1990 <= n <= 2035:  # a year moves with the meeting
            return str(n + year_shift)
        if len(s) <= 2 and n <= 12:  # item, section, month and day numbers stay put
            return s
        return str(max(1, int(n * rng.uniform(0.5, 1.5)))).zfill(len(s) if s.startswith("0") else 0)

    return NUMBER.sub(one, text)


def _shuffle(text: str, rng: random.Random) -> str:
    paras = text.split("\n\n") if "\n\n" in text else text.split("\n")
    sep = "\n\n" if "\n\n" in text else "\n"
    rng.shuffle(paras)
    return sep.join(paras)


def _meeting_dates(count: int, rng: random.Random) -> list[tuple[str, date]]:
    """`count` (council, date) pairs, distinct, spread over 2007-2026."""
    span = (LAST_DAY - FIRST_DAY).days
    seen: set[tuple[str, date]] = set()
    out = []
    for k in range(count):
        council = COUNCILS[k % len(COUNCILS)]
        day = FIRST_DAY + timedelta(days=int(rng.random() * span))
        while (council, day) in seen:
            day += timedelta(days=1)
        seen.add((council, day))
        out.append((council, day))
    return out


def corpus(items_wanted: int, seed: int = 7) -> list[Meeting]:
    """Meetings (documents) holding `items_wanted` items in all."""
    rng = random.Random(seed)
    templates = [read_document(p) for p in sorted(SAMPLES.glob("*.txt"))]
    avg = sum(len(t.items) for t in templates) / len(templates)
    slots = _meeting_dates(int(items_wanted / avg) + len(templates) + 5, rng)
    meetings: list[Meeting] = []
    total = 0
    for k, (council, day) in enumerate(slots):
        if total >= items_wanted:
            break
        t = templates[k % len(templates)]
        t_day = t.meeting_date or t.date_window[0] or t.date_window[1]
        shift = day.year - t_day.year
        slug = council.lower().replace(" ", "-")
        items = []
        for it in t.items[: items_wanted - total]:
            sections = tuple(
                ItemSection(s.heading, _shuffle(_vary_numbers(s.text, rng, shift), rng), s.page_start)
                for s in it.sections
            )
            items.append(dataclasses.replace(
                it, id=f"{slug}/{day.isoformat()}/{t.document_kind}/{it.item_number}", council=council,
                meeting_date=day, source=f"gen/{k:06d}_{t.source.rsplit('/', 1)[-1][:3]}.txt",
                title=_vary_numbers(it.title, rng, shift),
                case_number=_vary_numbers(it.case_number, rng, shift) if it.case_number else None,
                sections=sections, attachments=tuple(_vary_numbers(a, rng, shift) for a in it.attachments),
            ))  # fmt: skip
        total += len(items)
        meetings.append(dataclasses.replace(
            t, council=council, meeting_date=day, source=items[0].source, items=tuple(items), date_window=(None, None),
        ))  # fmt: skip
    return meetings


def _text(item: AgendaItem) -> tuple[str, str]:
    return item.title, "\n\n".join([item.full_text, *item.attachments])


# --- measuring ----------------------------------------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _timed(run, qs: list[str], reps: int) -> dict[str, float]:
    for q in qs:  # warm: first queries after opening pay for caches and file reads
        run(q)
    per_q = {q: [] for q in qs}
    for _ in range(reps):
        for q in qs:
            t0 = time.perf_counter()
            run(q)
            per_q[q].append(time.perf_counter() - t0)
    med = sorted(statistics.median(v) * 1000 for v in per_q.values())
    p95 = med[min(len(med) - 1, int(round(0.95 * (len(med) - 1))))]
    return {"p50_ms": round(statistics.median(med), 2), "p95_ms": round(p95, 2), "max_ms": round(med[-1], 2)}


def run_ours(meetings: list[Meeting], workdir: Path, qs: list[str], reps: int) -> dict:
    from index.engine import AnswerEngine

    folder = workdir / "ours"
    n_items = sum(len(m.items) for m in meetings)
    t0 = time.perf_counter()
    with AnswerEngine(folder) as engine:
        engine.ingest_many(meetings)  # one commit: one segment
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine = AnswerEngine(folder)
    engine.vocabulary()
    opened = time.perf_counter() - t0
    answered = sum(engine.ask(q, today=TODAY).answered for q in qs)
    timing = _timed(lambda q: engine.ask(q, today=TODAY), qs, reps)
    engine.close()
    return {"build_s": round(build, 2), "items_per_s": round(n_items / build, 1), "size_mb": round(_du_mb(folder), 1),
            "open_s": round(opened, 2), "answered": answered, **timing}  # fmt: skip


WORDS = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORDS.findall(text)]


def run_tantivy(meetings: list[Meeting], workdir: Path, qs: list[str], reps: int) -> dict:
    import tantivy

    folder = workdir / "tantivy"
    folder.mkdir()
    n_items = sum(len(m.items) for m in meetings)
    t0 = time.perf_counter()
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", tokenizer_name="da")
    sb.add_text_field("body", tokenizer_name="da")
    index = tantivy.Index(sb.build(), path=str(folder))
    analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
                .filter(tantivy.Filter.stemmer("danish")).build())  # fmt: skip
    index.register_tokenizer("da", analyzer)
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    for m in meetings:
        for it in m.items:
            title, body = _text(it)
            writer.add_document(tantivy.Document(id=it.id, title=title, body=body))
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - t0
    index.reload()
    searcher = index.searcher()

    def query(q: str):
        text = " ".join(_words(q)) or "x"
        return searcher.search(index.parse_query(text, ["title", "body"]), TOP).hits

    found = sum(1 for q in qs if query(q))
    timing = _timed(query, qs, reps)
    return {"build_s": round(build, 2), "items_per_s": round(n_items / build, 1), "size_mb": round(_du_mb(folder), 1),
            "with_hits": found, **timing}  # fmt: skip


def run_rank_bm25(meetings: list[Meeting], workdir: Path, qs: list[str], reps: int) -> dict:
    import numpy as np
    from rank_bm25 import BM25Okapi

    n_items = sum(len(m.items) for m in meetings)
    t0 = time.perf_counter()
    docs = [_words(" ".join(_text(it))) for m in meetings for it in m.items]
    bm25 = BM25Okapi(docs)
    del docs
    build = time.perf_counter() - t0

    def query(q: str):
        scores = bm25.get_scores(_words(q))
        top = np.argpartition(-scores, min(TOP, len(scores) - 1))[:TOP]
        return top[np.argsort(-scores[top])]

    found = sum(1 for q in qs if bm25.get_scores(_words(q)).max() > 0)
    timing = _timed(query, qs, reps)
    return {"build_s": round(build, 2), "items_per_s": round(n_items / build, 1), "size_mb": None,
            "with_hits": found, **timing}  # fmt: skip


SYSTEMS = {"ours": run_ours, "tantivy": run_tantivy, "rank-bm25": run_rank_bm25}


def worker(system: str, size: int, reps: int) -> dict:
    t0 = time.perf_counter()
    meetings = corpus(size)
    made = time.perf_counter() - t0
    rss_corpus = _rss_mb()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        result = SYSTEMS[system](meetings, Path(tmp), questions(), reps)
    return {"system": system, "items": sum(len(m.items) for m in meetings), "meetings": len(meetings),
            "corpus_s": round(made, 1), "rss_corpus_mb": round(rss_corpus, 1), "peak_rss_mb": round(_peak_mb(), 1),
            **result}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,20000,100000", help="item counts, comma-separated")
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    ap.add_argument("--reps", type=int, default=3, help="timed passes over the questions")
    ap.add_argument("--json", type=Path, default=Path("bench_scale.json"), help="where to write all results")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, int(args.sizes), args.reps)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        row = {}
        for system in args.systems.split(","):
            cmd = [sys.executable, __file__, "--worker", system, "--sizes", str(size), "--reps", str(args.reps)]
            out = subprocess.run(cmd, capture_output=True, text=True)
            if out.returncode:
                sys.exit(f"{system} at {size} items failed:\n{out.stderr}")
            row[system] = json.loads(out.stdout.strip().splitlines()[-1])
            r = row[system]
            print(f"{size:>7} {system:<10} build {r['items_per_s']:>8} items/s  size {r['size_mb']} MB  "
                  f"peak {r['peak_rss_mb']} MB (corpus {r['rss_corpus_mb']})  p50 {r['p50_ms']} ms  p95 {r['p95_ms']} ms",
                  flush=True)  # fmt: skip
        ours = row.get("ours")
        for peer in ("tantivy", "rank-bm25"):
            if ours and peer in row:
                row[f"ours/{peer}"] = {k: round(ours[k] / row[peer][k], 1) for k in ("p50_ms", "p95_ms")} | {
                    "build_rate": round(ours["items_per_s"] / row[peer]["items_per_s"], 3)}
                print(f"{size:>7} ours/{peer}: {row[f'ours/{peer}']}", flush=True)
        results.append({"size": size, **row})
        args.json.write_text(json.dumps({"today": TODAY.isoformat(), "reps": args.reps, "results": results}, indent=1))


if __name__ == "__main__":
    main()
