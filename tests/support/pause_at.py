"""`python -m tests.support.pause_at STEP kkrbot-args…`: the real `kkrbot` command, paused right after
one step of an ingest so a test can kill it there (kill -9). Nothing else changes: the step runs in
full, then the process prints `PAUSED STEP` and waits forever.

Steps: `staged` (the outbox rows are written, the index not yet committed), `committed` (the index
commit is done, nothing announced), `posted` (Slack accepted the first arrival post, the ledger
does not yet say so).
"""

from __future__ import annotations

import functools
import sys
import threading


def _pause_after(owner: object, name: str, step: str) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    def paused(*args, **kwargs):
        result = original(*args, **kwargs)
        print(f"PAUSED {step}", flush=True)
        threading.Event().wait()
        return result

    setattr(owner, name, paused)


def main() -> None:
    step, args = sys.argv[1], sys.argv[2:]
    if step == "staged":
        from bot.state.arrivals import Arrivals

        _pause_after(Arrivals, "stage", step)
    elif step == "committed":
        from index.engine import AnswerEngine

        _pause_after(AnswerEngine, "ingest_many", step)
    elif step == "posted":
        from slack_sdk import WebClient

        _pause_after(WebClient, "chat_postMessage", step)
    else:
        raise SystemExit(f"unknown step {step!r}")
    from bot.cli.main import main as kkrbot

    kkrbot(args, prog_name="kkrbot")


if __name__ == "__main__":
    main()
