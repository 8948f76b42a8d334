"""`kkrbot ask` as a whole process on the bundled sample index: wall time (median of N runs), and
what the process imports (`python -X importtime`, the biggest top-level packages).

    python scripts/bench_ask_process.py [--runs 5]

The sample corpus is ingested into a temporary index first (not timed). Each run is a fresh
`python -m bot.cli ask --index … "…"` process, as a user types it; the interpreter's own start
is part of the figure. Also prints `kkrbot --help` the same way.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "hvad blev besluttet om fordelingen af SOSU-lærepladser for 2027"


CPU: list[float] = []  # CPU seconds (user + system) of each run: steadier than wall time on a busy machine


def run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, done.stderr


def top_imports(stderr: str, n: int = 8) -> list[tuple[str, float]]:
    """Cumulative import time (ms) of each top-level package, biggest first."""
    total: dict[str, float] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = line.split("|")
        name = parts[2].rstrip()
        if name.startswith(" " * 2):  # nested under another import: counted in its parent
            continue
        try:
            total[name.strip()] = float(parts[1]) / 1000
        except ValueError:
            continue
    return sorted(total.items(), key=lambda kv: -kv[1])[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KKRBOT_", "SLACK_"))}
    env["PYTHONPATH"] = str(ROOT)
    with tempfile.TemporaryDirectory(prefix="kkrbot-ask-bench-") as tmp:
        work = Path(tmp)
        index = work / "index"
        run(["-m", "bot.cli", "ingest", "--sample", "--index", str(index)], env, work)
        ask = ["-m", "bot.cli", "ask", "--index", str(index), "--today", "2026-11-22", QUESTION]
        # warm the OS file cache once, and write the bytecode an installed package has (pip compiles it;
        # this machine's shells set PYTHONDONTWRITEBYTECODE, so a fresh tree would compile every run)
        run(ask, {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}, work)
        CPU.clear()
        times = [run(ask, env, work)[0] for _ in range(args.runs)]
        ask_cpu = list(CPU)
        helps = [run(["-m", "bot.cli", "--help"], env, work)[0] for _ in range(args.runs)]
        bare = [run(["-c", "pass"], env, work)[0] for _ in range(args.runs)]
        _, ask_imports = run(["-X", "importtime", *ask], env, work)
        _, help_imports = run(["-X", "importtime", "-m", "bot.cli", "--help"], env, work)
    print(f"kkrbot ask (whole process), median of {args.runs}: {statistics.median(times):.3f} s wall "
          f"(min {min(times):.3f}, max {max(times):.3f}); CPU {statistics.median(ask_cpu):.3f} s (min {min(ask_cpu):.3f})")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"kkrbot --help, median of {args.runs}: {statistics.median(helps):.3f} s")
    print(f"python -c pass, median of {args.runs}: {statistics.median(bare):.3f} s (the interpreter alone)")
    for title, stderr in (("ask", ask_imports), ("--help", help_imports)):
        print(f"biggest imports of {title} (cumulative ms):",
              ", ".join(f"{name} {ms:.0f}" for name, ms in top_imports(stderr)))
        heavy = sorted({n for n, _ in top_imports(stderr, 200)} & {"apscheduler", "sqlalchemy", "slack_sdk", "slack_bolt"})
        print(f"  heavy packages imported by {title}: {heavy or 'none'}")


if __name__ == "__main__":
    main()
