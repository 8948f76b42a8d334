"""Posting without being asked: scheduled channel digests (`scheduler`), arrival posts and topic
alerts (`announce`), the inbox folder and PDFs sent in a DM (`intake`), and the /kkr subcommands
that manage them (`commands`).

The scheduler's job store names jobs as text ("bot.digests:run_digest_job"); these names are
resolved here, lazily, so they do not depend on the module layout and importing a sibling
module does not import APScheduler.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "run_digest_job":
        from bot.digests.scheduler import run_digest_job

        return run_digest_job
    if name == "announce_pending_job":
        from bot.digests.scheduler import announce_pending_job

        return announce_pending_job
    if name == "scan_inbox_job":
        from bot.digests.intake import scan_inbox_job

        return scan_inbox_job
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
