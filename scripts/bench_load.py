"""Load on the real bot: signed slash commands over HTTP to `kkrbot serve --http` in a subprocess,
its answers arriving at a fake Slack Web API in this process (tests/support/fakeslack.py).

    python scripts/bench_load.py [--runs 3] [--rate 20] [--seconds 60] [--burst 50] [--index DIR]

Scenarios, each run `--runs` times (medians over the runs are printed last):
- burst: `--burst` slash commands sent at once, each on its own connection, as Slack sends them;
- burst + long: the same with one 900,000-character question among them (it is acked, and
  answered on its first 1,000 characters with a note);
- sustained: `--rate` questions a second for `--seconds` seconds, sent on schedule whatever the
  answers do (open loop), with one 900,000-character question half-way.
Per scenario: acks (HTTP 200) and resets or other statuses; ack p50/p95/p99/max (time to the
HTTP response, Slack's 3-second deadline); answers arrived at the response_url and their
p50/p95/max (from sending the command); answers that were not answers (busy, too slow, apology)
are counted as errors. The long question is left out of the percentiles and shown apart.

The index is the bundled sample corpus in a temp folder unless `--index` names another (e.g. the
20,000-item index scripts/bench_scale.py builds). Questions: tests/data/dev-questions.jsonl.
Nothing but 127.0.0.1 is contacted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from bot.render.labels import LANGUAGES, label  # noqa: E402
from tests.support.fakeslack import BOT_TOKEN, FakeSlack  # noqa: E402
from tests.support.processes import free_port  # noqa: E402
from tests.support.slackapp import SECRET, sign  # noqa: E402

LONG_CHARS = 900_000
NOT_ANSWERS = [label(k, lang) for lang in LANGUAGES for k in ("busy", "too_slow")] + ["⚠️"]


def questions() -> list[str]:
    rows = (ROOT / "tests" / "data" / "dev-questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(r)["q"] for r in rows if r.strip()]


def long_question() -> str:
    words = "what was decided on SOSU places in 2027 and on the economy of the municipalities".split()
    text, n = [], 0
    while n < LONG_CHARS:
        w = words[len(text) % len(words)]
        text.append(w)
        n += len(w) + 1
    return " ".join(text)[:LONG_CHARS]


@dataclass
class Sent:
    key: str
    at: float  # perf_counter when sending began
    status: int = 0  # 0: no HTTP answer (reset, refused, timed out)
    ack_ms: float = 0.0
    error: str = ""
    long: bool = False


@dataclass
class Scenario:
    name: str
    sent: list[Sent] = field(default_factory=list)


class Bot:
    """`kkrbot serve --http` on a free port, over `index`, talking to `fake`."""

    def __init__(self, index: Path, fake: FakeSlack, workdir: Path, code: Path | None = None) -> None:
        self.port = free_port()
        env = {**os.environ, **({"PYTHONPATH": str(code)} if code else {}), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.api_url,
               "KKRBOT_STATE_DB": str(workdir / "state.sqlite"), "KKRBOT_FETCH_SCHEDULE": "off"}  # fmt: skip
        env.pop("SLACK_APP_TOKEN", None)
        cmd = [sys.executable, "-m", "bot.cli", "serve", "--http", "--host", "127.0.0.1", "--port", str(self.port), "--index", str(index)]
        self.log = (workdir / "serve.log").open("w")
        self.proc = subprocess.Popen(cmd, env=env, cwd=workdir, stdout=self.log, stderr=subprocess.STDOUT)
        end = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > end:
                raise SystemExit(f"kkrbot serve did not come up; see {workdir / 'serve.log'}")
            time.sleep(0.1)

    def stop(self) -> float:
        start = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        return time.monotonic() - start


def request_of(sent: Sent, text: str, fake: FakeSlack) -> bytes:
    """The whole HTTP request Slack would send for `/kkr text`, signed now (valid 5 minutes)."""
    body = urllib.parse.urlencode({
        "token": "legacy", "team_id": "T1", "team_domain": "test", "channel_id": "C-LOAD", "channel_name": "load",
        "user_id": "U-LOAD", "user_name": "load", "command": "/kkr", "text": text, "api_app_id": "A1",
        "response_url": fake.response_url(sent.key), "trigger_id": f"t{sent.key}",
    })  # fmt: skip
    head = "".join(f"{k}: {v}\r\n" for k, v in sign(body).items())
    data = body.encode()
    return (f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"{head}Content-Length: {len(data)}\r\nConnection: close\r\n\r\n").encode() + data  # fmt: skip


def _send_one(port: int, request: bytes) -> tuple[float, float, int, str]:
    """(sent at, acked at, status, error) with perf_counter times (CLOCK_MONOTONIC on Linux: the
    same clock in every process, so the fake Slack's arrival times compare with them)."""
    import socket

    start = time.perf_counter()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(request)
            data = b""
            while b"\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
        return start, time.perf_counter(), status, "" if status else "no answer"
    except OSError as e:
        return start, time.perf_counter(), 0, type(e).__name__


def load(port: int, requests: list[bytes], rate: float | None) -> list[tuple[float, float, int, str]]:
    """In a child process (so the clients and the fake Slack do not share one interpreter's lock):
    all requests at once (`rate` None) or `rate` a second on schedule (open loop)."""
    results: list = [None] * len(requests)
    with ThreadPoolExecutor(len(requests) if rate is None else 64) as pool:
        if rate is None:
            gate = threading.Barrier(len(requests))

            def at_once(i: int) -> None:
                gate.wait(30)
                results[i] = _send_one(port, requests[i])

            list(pool.map(at_once, range(len(requests))))
        else:
            start = time.perf_counter()
            futures = []
            for i, request in enumerate(requests):
                delay = start + i / rate - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)  # the schedule of an open-loop load, not a wait for an outcome
                futures.append(pool.submit(_send_one, port, request))
            results = [f.result() for f in futures]
    return results


def run_load(bot: Bot, fake: FakeSlack, scenario: Scenario, texts: list[str], rate: float | None) -> Scenario:
    import multiprocessing

    requests = [request_of(s, t, fake) for s, t in zip(scenario.sent, texts)]
    with multiprocessing.get_context("spawn").Pool(1) as child:
        results = child.apply(load, (bot.port, requests, rate))
    for s, (at, acked, status, error) in zip(scenario.sent, results):
        s.at, s.status, s.error = at, status, error
        s.ack_ms = (acked - at) * 1000 if status else 0.0
    return scenario


def burst(bot: Bot, fake: FakeSlack, qs: list[str], count: int, tag: str, *, with_long: bool) -> Scenario:
    scenario = Scenario(f"burst {count}" + (" + 1 long" if with_long else ""))
    texts = [qs[i % len(qs)] for i in range(count)]
    if with_long:
        texts[count // 2] = long_question()
    scenario.sent = [Sent(f"{tag}-{i}", 0.0, long=with_long and i == count // 2) for i in range(count)]
    return run_load(bot, fake, scenario, texts, None)


def sustained(bot: Bot, fake: FakeSlack, qs: list[str], rate: float, seconds: float, tag: str) -> Scenario:
    total = int(rate * seconds)
    scenario = Scenario(f"sustained {rate:g}/s for {seconds:g} s + 1 long")
    scenario.sent = [Sent(f"{tag}-{i}", 0.0, long=i == total // 2) for i in range(total)]
    texts = [long_question() if s.long else qs[i % len(qs)] for i, s in enumerate(scenario.sent)]
    return run_load(bot, fake, scenario, texts, rate)


def answers_of(fake: FakeSlack, scenario: Scenario, timeout: float = 120.0) -> dict[str, tuple[float, dict]]:
    """key → (perf_counter at arrival, payload) of every answer, waiting until all acked ones came."""
    wanted = {s.key for s in scenario.sent if s.status == 200}
    end = time.monotonic() + timeout
    while True:
        got = {p["response_key"]: (t, p) for (m, p), t in zip(list(fake.calls), list(fake.times))
               if m == "response_url" and p["response_key"] in wanted}  # fmt: skip
        if len(got) >= len(wanted) or time.monotonic() > end:
            return got
        time.sleep(0.05)


def pct(values: list[float], q: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def summarise(fake: FakeSlack, scenario: Scenario) -> dict:
    got = answers_of(fake, scenario)
    normal = [s for s in scenario.sent if not s.long]
    acks = [s.ack_ms for s in normal if s.status == 200]
    answer_ms, not_answers = [], 0
    for s in normal:
        if s.key in got:
            t, payload = got[s.key]
            answer_ms.append((t - s.at) * 1000)
            not_answers += any(n in payload.get("text", "") or n in json.dumps(payload.get("blocks"), ensure_ascii=False) for n in NOT_ANSWERS)
    row = {
        "scenario": scenario.name, "sent": len(normal), "acked": len(acks),
        "resets": sum(1 for s in normal if s.status == 0), "other_status": sum(1 for s in normal if s.status not in (0, 200)),
        "ack_p50": pct(acks, 50), "ack_p95": pct(acks, 95), "ack_p99": pct(acks, 99), "ack_max": max(acks, default=float("nan")),
        "answered": len(answer_ms), "not_answers": not_answers,
        "answer_p50": pct(answer_ms, 50), "answer_p95": pct(answer_ms, 95), "answer_max": max(answer_ms, default=float("nan")),
    }  # fmt: skip
    for s in scenario.sent:
        if s.long:
            payload = got.get(s.key, (0, {}))[1]
            row["long"] = {"status": s.status, "ack_ms": round(s.ack_ms, 1),
                           "answer_ms": round((got[s.key][0] - s.at) * 1000, 1) if s.key in got else None,
                           "noted": "over 1,000 characters" in json.dumps(payload, ensure_ascii=False)}  # fmt: skip
    row["errors"] = row["resets"] + row["other_status"] + (row["sent"] - row["answered"]) + not_answers
    return row


def show(row: dict) -> None:
    print(f"{row['scenario']:34s} acked {row['acked']}/{row['sent']} (resets {row['resets']}, other {row['other_status']})  "
          f"ack p50 {row['ack_p50']:6.1f} p95 {row['ack_p95']:6.1f} p99 {row['ack_p99']:6.1f} max {row['ack_max']:7.1f} ms  "
          f"answered {row['answered']} (not answers {row['not_answers']})  answer p50 {row['answer_p50']:6.1f} "
          f"p95 {row['answer_p95']:6.1f} max {row['answer_max']:7.1f} ms" + (f"  long: {row['long']}" if "long" in row else ""))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--burst", type=int, default=50)
    parser.add_argument("--rate", type=float, default=20.0, help="questions a second in the sustained scenario")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--index", type=Path, help="an index folder to serve (default: the sample corpus, built here)")
    parser.add_argument("--json", type=Path, help="write every run's rows here")
    parser.add_argument("--only", choices=("burst", "sustained"), help="run one kind of scenario")
    parser.add_argument("--code", type=Path, help="run the serve of another checkout (e.g. a worktree of an older commit)")
    args = parser.parse_args()
    if not (1 <= args.burst <= 200 and 0 < args.rate <= 100 and 0 < args.seconds <= 600 and 1 <= args.runs <= 10):
        raise SystemExit("keep it bounded: --burst 1-200, --rate up to 100, --seconds up to 600, --runs 1-10")
    qs = questions()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        index = args.index
        if index is None:
            index = workdir / "index"
            subprocess.run([sys.executable, "-m", "bot.cli", "ingest", "--sample", "--index", str(index)], cwd=workdir,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "KKRBOT_STATE_DB": str(workdir / "ingest.sqlite")})  # fmt: skip
        for run in range(1, args.runs + 1):
            fake = FakeSlack()
            fake.allow_violations = True
            bot = Bot(index, fake, workdir, args.code)
            try:
                warm = burst(bot, fake, qs, 5, f"r{run}warm", with_long=False)
                answers_of(fake, warm)
                plan = []
                if args.only in (None, "burst"):
                    plan += [lambda: burst(bot, fake, qs, args.burst, f"r{run}b", with_long=False),
                             lambda: burst(bot, fake, qs, args.burst, f"r{run}bl", with_long=True)]
                if args.only in (None, "sustained"):
                    plan += [lambda: sustained(bot, fake, qs, args.rate, args.seconds, f"r{run}s")]
                for scenario_of in plan:
                    row = {"run": run, **summarise(fake, scenario_of())}
                    rows.append(row)
                    show(row)
            finally:
                row_stop = bot.stop()
                fake.stop()
            print(f"run {run}: SIGTERM → exit in {row_stop:.1f} s; Slack-limit violations {len(fake.violations)}")
    print("\nmedians over the runs:")
    for name in dict.fromkeys(r["scenario"] for r in rows):
        mine = [r for r in rows if r["scenario"] == name]
        med = {k: statistics.median([r[k] for r in mine]) for k in mine[0] if isinstance(mine[0][k], (int, float)) and k != "run"}
        show({"scenario": name, **med})
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
