"""Snapshot what kkrbot answers, to check that a refactoring changed nothing a user sees.

    python scripts/snapshot_answers.py > before.jsonl        # on the old code
    python scripts/snapshot_answers.py > after.jsonl         # on the new code
    python scripts/snapshot_answers.py --compare before.jsonl after.jsonl

It ingests the bundled sample corpus into a temporary index with the real `kkrbot` command, then
asks every question of tests/data/*.jsonl (and of any other *.jsonl given on the command line)
through `kkrbot ask --json` (`python -m bot.cli`, the code of the checkout the script
is in), on the day the tests stand on, and writes one JSON line per question:
`{"set", "id", "q", "answer"}` where `answer` is the whole `ask --json` object. It also records
what `kkrbot items --json` and `kkrbot next --json` print, so reading and the upcoming view are
compared too. The CLI is run as a subprocess, so the script works on any layout of the code: to compare with
another commit, run that commit's copy of the script (e.g. from a `git worktree`).

Python's string hashing is pinned (PYTHONHASHSEED=0 unless set): a few passages tie, and the tie
is broken by float sums over sets, so without it two runs of the same code can differ.

`--compare OLD NEW` prints every line that differs (per key, with a short diff of the JSON) and
exits 1 when there is any difference.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
TODAY = "2026-11-22"  # the day the question sets are asked on (tests/conftest.py)


def _kkrbot(args: list[str], *, cwd: Path, env: dict[str, str], stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True, cwd=cwd,
                          env=env, check=False)  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"kkrbot {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def _clean_env(index: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KKRBOT_", "SLACK_"))}
    env["KKRBOT_INDEX"] = str(index)  # commands without --index read it from here
    env["PYTHONPATH"] = str(ROOT)  # the code of this checkout, whatever the venv's editable install points at
    # Ties between passages are broken by float sums over sets, whose order follows the string
    # hash: pin it, or two runs of the same code may quote different sentences.
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def question_sets(extra: list[Path]) -> list[Path]:
    return sorted(DATA.glob("*.jsonl")) + list(extra)


def snapshot(extra: list[Path], out) -> None:
    with tempfile.TemporaryDirectory(prefix="kkrbot-snapshot-") as tmp:
        work = Path(tmp)
        index = work / "var" / "index"
        env = _clean_env(index)
        ingest = _kkrbot(["ingest", "--sample", "--index", str(index)], cwd=work, env=env)
        out.write(json.dumps({"set": "_cli", "id": "ingest", "output": ingest}, ensure_ascii=False) + "\n")
        for line in _kkrbot(["items", "--json", "--index", str(index)], cwd=work, env=env).splitlines():
            item = json.loads(line)
            out.write(json.dumps({"set": "_items", "id": item["id"], "item": item}, ensure_ascii=False) + "\n")
        upcoming = _kkrbot(["next", "--json", "--today", TODAY], cwd=work, env=env)
        out.write(json.dumps({"set": "_cli", "id": "next", "output": json.loads(upcoming)}, ensure_ascii=False) + "\n")
        for path in question_sets(extra):
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            questions = "".join(" ".join(r["q"].split()) + "\n" for r in rows)
            answers = _kkrbot(["ask", "--json", "--index", str(index), "--today", TODAY, "-"], cwd=work, env=env, stdin=questions)
            answers = [json.loads(a) for a in answers.splitlines()]
            if len(answers) != len(rows):
                sys.exit(f"{path.name}: {len(rows)} questions but {len(answers)} answers")
            for row, answer in zip(rows, answers):
                record = {"set": path.name, "id": row.get("id"), "q": row["q"], "answer": answer}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _load(path: Path) -> dict[tuple[str, str], dict]:
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        records[(r["set"], str(r["id"]))] = r
    return records


def compare(old: Path, new: Path) -> int:
    a, b = _load(old), _load(new)
    differences = 0
    for key in sorted(a.keys() | b.keys()):
        if key not in b:
            print(f"only in {old}: {key}")
        elif key not in a:
            print(f"only in {new}: {key}")
        elif a[key] != b[key]:
            print(f"differs: {key[0]} {key[1]}")
            left = json.dumps(a[key], ensure_ascii=False, indent=1, sort_keys=True).splitlines()
            right = json.dumps(b[key], ensure_ascii=False, indent=1, sort_keys=True).splitlines()
            print("\n".join(difflib.unified_diff(left, right, str(old), str(new), n=1, lineterm="")))
        else:
            continue
        differences += 1
    print(f"{len(a)} records before, {len(b)} after, {differences} differ", file=sys.stderr)
    return 1 if differences else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="more question sets (*.jsonl) to run")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"), help="print the differences of two snapshots")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.output:
        with args.output.open("w", encoding="utf-8") as out:
            snapshot(args.sets, out)
    else:
        snapshot(args.sets, sys.stdout)


if __name__ == "__main__":
    main()
