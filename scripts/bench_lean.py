"""A lean process on a big index (issue 12, point 5): `kkrbot ask` as a whole process, the bot's
RSS after 200 questions, and the first question after a commit, at 20,000 items.

    python scripts/bench_lean.py [--items 20000] [--index DIR] [--runs 5] [--questions 200] [--commits 5]

The index is bench_scale's corpus (`scripts/bench_scale.py`: the five samples given other councils
and dates, numbers changed, paragraphs shuffled) stored in one commit, as bench_scale stores it;
`--index DIR` keeps it there and reuses it on the next run (the build takes a few minutes).
1. `kkrbot ask "…"`: `--runs` fresh processes (`python -m bot.cli ask`, one run first to warm the
   OS file cache); median wall and CPU time, and max RSS (the process's own `ru_maxrss`).
2. The bot: the real `kkrbot serve --http` on that index, its
   answers going to a fake Slack Web API on 127.0.0.1; `--questions` signed `/kkr` questions one
   after another (each answer awaited), bench_scale's questions in turn; its RSS (VmRSS) after 5
   questions and after all of them.
3. The first question after a commit: in a fresh process on a copy of the index, `--commits` times
   one new document (a sample agenda re-dated) is stored and the next question is timed (wall and
   CPU), then the same question again (warm).
Prints the load average beside every wall figure: the machine is shared.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from bench_scale import TODAY, corpus, questions  # noqa: E402

QUESTION = "hvad blev besluttet om fordelingen af SOSU-lærepladser for 2027"


def _load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def build_index(folder: Path, items: int) -> None:
    """bench_scale's corpus of `items` items in one commit (reused when `folder` holds an index)."""
    from index.engine import AnswerEngine

    if folder.is_dir() and any(folder.glob("*.toc")):
        with AnswerEngine(folder) as engine:
            print(f"index: {engine.item_count()} items reused from {folder}")
        return
    start, cpu = time.perf_counter(), time.process_time()
    with AnswerEngine(folder) as engine:
        engine.ingest_many(corpus(items))
        n = engine.item_count()
    print(f"index: {n} items built in {time.perf_counter() - start:.0f} s ({time.process_time() - cpu:.0f} s CPU) in {folder}")


# Started from this (big) process, a child's own ru_maxrss would count this process's RSS at the
# fork (Linux keeps the larger of the old and new memory's high-water mark across exec): a small
# Python in between starts the measured command and reports its children's ru_maxrss.
MEASURE = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[2:]); "
           "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); sys.exit(rc)")


def _run(cmd: list[str], **kw) -> tuple[float, float, float]:
    """(wall s, CPU s, max RSS MiB) of `cmd`: the times of one run as it is, the memory of a second
    run under MEASURE (whose own start would add to the times)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-1500:]}")
    with tempfile.NamedTemporaryFile("r") as peak:
        subprocess.run([sys.executable, "-c", MEASURE, peak.name, *cmd], stdout=subprocess.DEVNULL, check=True, **kw)
        return wall, usage.ru_utime + usage.ru_stime, int(peak.read()) / 1024


def ask_process(index: Path, runs: int) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KKRBOT_", "SLACK_"))}
    env["PYTHONPATH"] = str(ROOT)
    cmd = [sys.executable, "-m", "bot.cli", "ask", "--index", str(index), "--today", TODAY.isoformat(), QUESTION]
    with tempfile.TemporaryDirectory() as cwd:
        _run(cmd, env=env, cwd=cwd)  # the OS file cache
        rows = [_run(cmd, env=env, cwd=cwd) for _ in range(runs)]
        bare = [_run([sys.executable, "-c", "pass"], env=env, cwd=cwd) for _ in range(runs)]
    wall, cpu, rss = (statistics.median(r[k] for r in rows) for k in range(3))
    print(f"kkrbot ask (whole process), median of {runs}: {wall:.3f} s wall, {cpu:.3f} s CPU, {rss:.0f} MiB max RSS "
          f"(max of runs {max(r[2] for r in rows):.0f} MiB); python -c pass the same way: {statistics.median(b[0] for b in bare):.3f} s, "
          f"{statistics.median(b[1] for b in bare):.3f} s CPU, {statistics.median(b[2] for b in bare):.0f} MiB; {_load()}")


def _memory(pid: int) -> dict[str, float]:
    """A live process's VmRSS and VmHWM, its RSS split into anonymous and file pages, and the
    index's pages mapped into it (MiB)."""
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    out = {k: int(status[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM", "RssAnon", "RssFile")}
    index_kb, mapped = 0, False
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and ":" not in head[0]:
            mapped = len(head) > 5 and head[5].endswith(".seg")
        elif mapped and line.startswith("Rss:"):
            index_kb += int(head[1])
    out["index"] = index_kb / 1024
    return out


def _shown(m: dict[str, float]) -> str:
    return (f"RSS {m['VmRSS']:.0f} MiB (anonymous {m['RssAnon']:.0f}, file pages {m['RssFile']:.0f}, "
            f"of them the index's {m['index']:.0f}; peak {m['VmHWM']:.0f})")


def serve(index: Path, api_url: str, workdir: Path) -> tuple[subprocess.Popen, int]:
    """`kkrbot serve --http` on a free port of 127.0.0.1, over `index`, its Slack at `api_url`."""
    from tests.support.fakeslack import BOT_TOKEN
    from tests.support.processes import free_port
    from tests.support.slackapp import SECRET

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": api_url, "KKRBOT_STATE_DB": str(workdir / "state.sqlite"), "KKRBOT_FETCH_SCHEDULE": "off"}  # fmt: skip
    env.pop("SLACK_APP_TOKEN", None)
    cmd = [sys.executable, "-m", "bot.cli", "serve", "--http", "--host", "127.0.0.1", "--port", str(port), "--index", str(index)]
    proc = subprocess.Popen(cmd, env=env, cwd=workdir, stdout=(workdir / "serve.log").open("w"), stderr=subprocess.STDOUT)
    end = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return proc, port
        except OSError:
            if proc.poll() is not None or time.monotonic() > end:
                raise SystemExit(f"kkrbot serve did not come up: {(workdir / 'serve.log').read_text()[-1500:]}")
            time.sleep(0.1)


def bot_rss(index: Path, count: int) -> None:
    from tests.support.fakeslack import FakeSlack
    from tests.support.slackapp import SlackAppUnderTest

    qs = questions()
    fake = FakeSlack()
    with tempfile.TemporaryDirectory() as tmp:
        proc, port = serve(index, fake.api_url, Path(tmp))
        try:
            app = SlackAppUnderTest(fake, port, None)
            times, after5 = [], {}
            for i in range(count):
                start = time.perf_counter()
                sent = app.send_command(qs[i % len(qs)], key=f"q{i}")
                if sent.status != 200:
                    raise SystemExit(f"question {i}: HTTP {sent.status} {sent.body[:200]}")
                fake.wait_for(lambda: len(fake.responses()) > i, timeout=120)
                times.append(time.perf_counter() - start)
                if i == 4:
                    after5 = _memory(proc.pid)
            after = _memory(proc.pid)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            fake.stop()
    apologies = sum("⚠️" in str(r.get("blocks")) for r in fake.responses())
    print(f"bot (kkrbot serve --http) after {count} questions: {_shown(after)}; after 5: {_shown(after5)}; "
          f"question to answer median {statistics.median(times) * 1000:.0f} ms; {apologies} apologies; {_load()}")


AFTER_COMMIT = r"""
import dataclasses, statistics, sys, time
from datetime import date
from index.engine import AnswerEngine
from index.read.document import read_document
from index.samples import sample_paths
qs, commits, today = sys.argv[2].split("\n"), int(sys.argv[3]), date.fromisoformat(sys.argv[4])
engine = AnswerEngine(sys.argv[1])
for q in qs[:5]:
    engine.ask(q, today=today)
base = read_document(sample_paths()[0])
rows = []
for k in range(commits):
    day = date(2030, 1, 1 + k)
    old = str(base.meeting_date)
    engine.ingest(dataclasses.replace(base, meeting_date=day, items=tuple(
        dataclasses.replace(i, id=i.id.replace(old, day.isoformat()), meeting_date=day) for i in base.items)))
    q = qs[5 + k]
    wall, cpu = time.perf_counter(), time.process_time()
    engine.ask(q, today=today)
    first = (time.perf_counter() - wall, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    engine.ask(q, today=today)
    rows.append((*first, time.perf_counter() - wall, time.process_time() - cpu))
print(" ".join(f"{statistics.median(r[j] for r in rows) * 1000:.1f}" for j in range(4)))
print(" ".join(f"{r[1] * 1000:.0f}" for r in rows))
"""


def after_commit(index: Path, commits: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "index"
        shutil.copytree(index, copy)
        qs = "\n".join(questions())
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", AFTER_COMMIT, str(copy), qs, str(commits), TODAY.isoformat()],
                              env=env, capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"first question after a commit failed: {done.stderr[-1500:]}")
    medians, each = done.stdout.strip().splitlines()[-2:]
    first_wall, first_cpu, warm_wall, warm_cpu = medians.split()
    print(f"first question after a commit of one document, median of {commits}: {first_wall} ms wall, {first_cpu} ms CPU "
          f"(each, CPU ms: {each}); the same question warm: {warm_wall} ms wall, {warm_cpu} ms CPU; {_load()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=20000)
    ap.add_argument("--index", type=Path, help="build the index here, or reuse the one found there")
    ap.add_argument("--runs", type=int, default=5, help="kkrbot ask processes")
    ap.add_argument("--questions", type=int, default=200, help="questions to the bot")
    ap.add_argument("--commits", type=int, default=5, help="commits, each followed by a timed question")
    args = ap.parse_args()
    lean(args.items, args.index, runs=args.runs, asked=args.questions, commits=args.commits)


def lean(items: int, index: Path | None, *, runs: int = 5, asked: int = 200, commits: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = index or Path(tmp) / "index"
        build_index(folder, items)
        ask_process(folder, runs)
        after_commit(folder, commits)
        bot_rss(folder, asked)


if __name__ == "__main__":
    main()
