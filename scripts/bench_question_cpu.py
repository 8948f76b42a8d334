"""The engine's CPU per question: every question of tests/data/*.jsonl asked in one process, a few
passes, CPU time (time.process_time) per question, the median pass. What the test suite spends
asking the committed sets follows it.

    python scripts/bench_question_cpu.py [--passes 3] [--index DIR] [--profile OUT.prof]

The sample corpus is ingested into a temporary index first (not timed; `--index DIR` keeps it there
and reuses it). One pass is asked first to warm the caches that live as long as the engine (the test
suite's session index is warm too); then `--passes` timed passes. `--profile` writes a cProfile of
one more pass (`python -m pstats OUT.prof`, then `sort tottime` / `sort cumtime`, `stats 30`).
Prints the load average: the machine is shared.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the code of this checkout

from index.engine import AnswerEngine  # noqa: E402

TODAY = date(2026, 11, 22)  # the day the question sets are asked on (tests/conftest.py)


def questions() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        out += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def ingest(index: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KKRBOT_", "SLACK_"))}
    env["PYTHONPATH"] = str(ROOT)
    subprocess.run([sys.executable, "-m", "bot.cli", "ingest", "--sample", "--index", str(index)], check=True,
                   capture_output=True, env=env)  # fmt: skip


def one_pass(engine: AnswerEngine, asked: list[str]) -> float:
    cpu = time.process_time()
    for q in asked:
        engine.ask(q, today=TODAY)
    return time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--index", type=Path, help="keep the sample index here (reused when it exists)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one more pass here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kkrbot-cpu-") as tmp:
        index = args.index or Path(tmp) / "index"
        if not index.exists():
            ingest(index)
        asked = questions()
        with AnswerEngine(index) as engine:
            first = one_pass(engine, asked)  # warms what the engine keeps between questions
            passes = [one_pass(engine, asked) for _ in range(args.passes)]
            if args.profile:
                profiler = cProfile.Profile()
                profiler.runcall(one_pass, engine, asked)
                profiler.dump_stats(args.profile)
    per_question = [p / len(asked) * 1000 for p in passes]
    print(f"{len(asked)} questions, first pass {first:.2f} s CPU; then {args.passes} passes: CPU per pass "
          + ", ".join(f"{p:.2f}" for p in passes) + " s; "
          f"median {statistics.median(per_question):.2f} ms per question "
          f"(load average {', '.join(f'{x:.2f}' for x in os.getloadavg())})")  # fmt: skip


if __name__ == "__main__":
    main()
