"""Slack ack latency: signed `/kkr <question>` requests over real HTTP to the kkrbot app on 127.0.0.1.

    python scripts/bench_ack.py [--requests 200] [--interval 0.05]

The app is the one `kkrbot serve --http` runs (bot.slack.app.create_app + bot/slack/http.py's waitress server), over the
bundled sample corpus in a temp index, with Slack's Web API faked on 127.0.0.1 (tests/support/fakeslack.py).
Requests go one at a time, `--interval` seconds apart; each is a new connection, as Slack's are.
Prints p50/p95/p99/max of (1) the time to the HTTP response, which is Slack's 3-second ack, and
(2) the time until the answer arrived at the response_url (search + Block Kit + the POST).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from bot import wiring  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.slack.app import create_app  # noqa: E402
from bot.slack.http import HttpServer, SlackGate  # noqa: E402
from index.engine import AnswerEngine  # noqa: E402
from index.read.document import read_document  # noqa: E402
from index.samples import sample_paths  # noqa: E402
from tests.support.fakeslack import BOT_TOKEN, FakeSlack  # noqa: E402
from tests.support.slackapp import SECRET, SlackAppUnderTest, TrackedExecutor  # noqa: E402

QUESTIONS = [
    "what was decided on SOSU places in 2027",
    "hvad blev besluttet om lærepladser på SOSU",
    "fordeling af flygtninge 2027",
    "next meeting KKR Midtjylland",
    "hvad sagde KKR Nordjylland om klima",
]


def percentiles(values: list[float]) -> dict[str, float]:
    q = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": statistics.median(values), "p95": q[94], "p99": q[98], "max": max(values)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.05, help="seconds between requests")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)  # an apology is counted below, not printed 200 times

    fake = FakeSlack()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(index_dir=Path(tmp) / "index", state_db=Path(tmp) / "state.sqlite", slack_bot_token=BOT_TOKEN,
                            slack_signing_secret=SECRET, slack_api_url=fake.api_url)  # fmt: skip
        engine = AnswerEngine(settings.index_dir)
        for path in sample_paths():
            engine.ingest(read_document(path))
        clock = wiring.clock(settings)
        runtime = wiring.runtime(settings, engine, clock, client=wiring.slack_client(settings))
        conversation = wiring.conversation(settings, engine, clock, digests=runtime)
        listeners = TrackedExecutor()
        app = create_app(settings, conversation, client=runtime.client, runtime=runtime, executor=listeners)
        server = HttpServer(SlackGate(app, SECRET), "127.0.0.1", 0)
        threading.Thread(target=server.run, daemon=True).start()
        bot = SlackAppUnderTest(fake, server.port, runtime, listeners)

        for i in range(5):  # warm up: first searches open the index, first requests import lazily
            bot.send_command(QUESTIONS[i % len(QUESTIONS)], key=f"warm{i}")
        fake.wait_for(lambda: len(fake.responses()) >= 5, timeout=60)

        acks, sent_at = [], {}
        for i in range(args.requests):
            key = f"r{i}"
            body = bot.command_body(QUESTIONS[i % len(QUESTIONS)], key=key)
            sent_at[key] = time.perf_counter()
            result = bot.send_signed(body, "application/x-www-form-urlencoded")
            if result.status != 200:
                raise SystemExit(f"request {i}: HTTP {result.status} {result.body[:100]}")
            acks.append(result.seconds * 1000)
            time.sleep(args.interval)
        fake.wait_for(lambda: len(fake.responses()) >= args.requests + 5, timeout=120)
        answered = [(p, t) for (m, p), t in zip(fake.calls, fake.times) if m == "response_url" and p["response_key"] in sent_at]
        answers = [(t - sent_at[p["response_key"]]) * 1000 for p, t in answered]
        apologies = sum("⚠️" in str(p.get("blocks")) for p, _ in answered)
        server.close()
        engine.close()
    fake.stop()
    if fake.violations:
        raise SystemExit(f"Slack limits exceeded: {fake.violations}")
    if apologies:
        raise SystemExit(f"{apologies} of {len(answered)} answers were apologies: the figures would not be answers")

    print(f"{args.requests} signed /kkr requests over HTTP, {args.interval * 1000:.0f} ms apart, sample corpus")
    for name, values in (("ack (HTTP response)", acks), ("answer at response_url", answers)):
        p = percentiles(values)
        print(f"{name:24s} p50 {p['p50']:7.1f} ms   p95 {p['p95']:7.1f} ms   p99 {p['p99']:7.1f} ms   max {p['max']:7.1f} ms")


if __name__ == "__main__":
    main()
