"""What a Slack user waits for after the ack: Conversation (engine + Block Kit) at a given index size.

    python scripts/bench_conversation.py [--items 10000] [--reps 20]

Builds a temporary index of about `--items` items from copies of the five sample documents (each
copy under another council and meeting date, its text marked so no two are the same), then times,
warm, over `--reps` runs each: a question (Danish and English), the rendering alone
(`answer_reply`), "show the whole item", `/kkr help`, `/kkr next <council>`, App Home with the
meeting cache warm, and App Home / `engine.meetings()` cold (what every call cost before the cache).
Prints median and p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.render.answers import answer_reply
from bot.conversation import Conversation
from index.samples import sample_paths
from index.engine import AnswerEngine
from index.model import COUNCILS, ItemSection, Meeting
from index.read.document import read_document

QUESTIONS = ("what was decided on SOSU places in 2027", "hvad blev besluttet om fordelingen af SOSU-lærepladser for 2027",
             "hvad sagde KKR om sundhedsreformen")  # fmt: skip


def copies(items_wanted: int) -> list[Meeting]:
    samples = [read_document(p, source=p.name) for p in sample_paths()]
    out: list[Meeting] = []
    n = 0
    while sum(len(m.items) for m in out) < items_wanted:
        base = samples[n % len(samples)]
        council = COUNCILS[n % len(COUNCILS)]
        day = date(2010, 1, 4) + timedelta(days=7 * (n // len(COUNCILS)))
        slug = council.lower().replace(" ", "-")
        items = tuple(
            replace(i, id=f"{slug}/{day}/{i.document_kind}/{i.item_number}", council=council, meeting_date=day,
                    sections=tuple(ItemSection(s.heading, f"{s.text} Kopi {n}.", s.page_start, s.page_breaks) for s in i.sections))
            for i in base.items
        )  # fmt: skip
        out.append(replace(base, council=council, meeting_date=day, items=items, source=f"copy-{n}-{base.source}"))
        n += 1
    return out


def timed(run, reps: int) -> tuple[float, float]:
    run()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        run()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = AnswerEngine(Path(tmp) / "index")
        meetings = copies(args.items)
        t = time.perf_counter()
        for start in range(0, len(meetings), 200):
            engine.ingest_many(meetings[start : start + 200])
        print(f"index: {engine.item_count()} items in {len(meetings)} meetings, built in {time.perf_counter() - t:.0f} s")
        today = max(m.meeting_date for m in meetings) - timedelta(days=30)
        clock = lambda: datetime.combine(today, datetime.min.time(), ZoneInfo("Europe/Copenhagen"))  # noqa: E731
        conv = Conversation(engine, clock=clock)
        answer = engine.ask(QUESTIONS[0], today=today, limit=4)
        item_id = answer.hits[0].item.id
        cold = Conversation(engine, clock=clock)

        def home_cold() -> None:
            cold._meetings_cache = None
            cold.home("U1")

        rows = [(f"question: {q}", lambda q=q: conv.question(q, user="U1")) for q in QUESTIONS]
        rows += [
            ("answer_reply (rendering only)", lambda: answer_reply(answer, ephemeral=True)),
            ("show the whole item", lambda: conv.action("kkr_show_item", item_id, user="U1")),
            ("/kkr help", lambda: conv.command("help", user="U1", channel="C1")),
            ("/kkr next KKR Midtjylland", lambda: conv.command("next KKR Midtjylland", user="U1", channel="C1")),
            ("App Home, meetings cached", lambda: conv.home("U1")),
            ("App Home, cold (no cache)", home_cold),
            ("engine.meetings()", engine.meetings),
        ]
        print(f"{'what':<70} {'median ms':>10} {'p95 ms':>8}")
        for name, run in rows:
            median, p95 = timed(run, args.reps)
            print(f"{name:<70} {median:>10.1f} {p95:>8.1f}")
        engine.close()


if __name__ == "__main__":
    main()
