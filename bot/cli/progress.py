"""How a long `kkrbot ingest` shows it is moving, and what it did at the end.

The per-file lines go to stdout as they always did (one per file, in file order). On a
terminal, stderr shows a tqdm bar (files, pages, items, rate, ETA); elsewhere (a log, a
pipe, cron) a plain progress line every PLAIN_EVERY seconds. The summary of a run of several
files goes to stderr too, so stdout stays one line per file for scripts.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TextIO

from index.errors import shown_name
from index.importer import FileOutcome

__all__ = ["ImportProgress", "outcome_line", "summary_line"]

PLAIN_EVERY = 10.0  # seconds between plain progress lines


def outcome_line(outcome: FileOutcome) -> str:
    """The one line a file gets: "x.pdf: added 11 items", "…: unchanged", "…: error: <reason>",
    with the contents' cross-check when it found a difference: "… (contents lists 3.7, not found)"."""
    source = shown_name(outcome.source)  # a name with a newline must not forge a second line
    if outcome.status == "failed":
        return f"{source}: error: {outcome.reason}"
    note = f" ({outcome.note})" if outcome.note else ""
    if outcome.status == "added":
        return f"{source}: added {outcome.items} item{'s' if outcome.items != 1 else ''}{note}"
    if outcome.status.startswith("replaced"):  # "replaced agenda (11 items)": what it stored in its place
        return f"{source}: {outcome.status} ({outcome.items} item{'s' if outcome.items != 1 else ''}){note}"
    return f"{source}: {outcome.status}{note}"


def summary_line(outcomes: list[FileOutcome], seconds: float) -> str:
    """"12 files in 8.1 s: 9 added (412 items), 1 replaced agenda, 1 unchanged (1 not read),
    1 failed (1 corrupt PDF: cannot be parsed); 620 pages, 76 pages/s"."""
    by = Counter(o.status for o in outcomes)
    items = sum(o.items for o in outcomes if o.status == "added" or o.status.startswith("replaced"))
    pages = sum(o.pages for o in outcomes)
    parts = [f"{by['added']} added ({items} items)" if by["added"] else "0 added"]
    for kind in ("agenda", "minutes"):
        if by[f"replaced {kind}"]:
            parts.append(f"{by[f'replaced {kind}']} replaced {kind}")
    skipped = sum(1 for o in outcomes if o.skipped)
    parts.append(f"{by['unchanged']} unchanged" + (f" ({skipped} not read)" if skipped else ""))
    reasons = Counter(o.reason for o in outcomes if o.status == "failed")
    failed = f"{by['failed']} failed"
    if reasons:
        failed += " (" + ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()) + ")"
    parts.append(failed)
    rate = f", {pages / seconds:.0f} pages/s" if pages and seconds > 0 else ""
    return f"{len(outcomes)} files in {seconds:.1f} s: {', '.join(parts)}; {pages} pages{rate}"


class ImportProgress:
    """Counts files, pages and items as outcomes arrive and shows them on `stream`."""

    def __init__(self, total: int, *, stream: TextIO | None = None, out: TextIO | None = None) -> None:
        self.total, self.done, self.pages, self.items = total, 0, 0, 0
        self.stream = stream or sys.stderr
        self.out = out or sys.stdout
        self.started = self.last = time.monotonic()
        self.bar = None
        if total > 1 and _is_terminal(self.stream):
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", file=self.stream, dynamic_ncols=True, leave=False)

    def file_done(self, outcome: FileOutcome) -> None:
        self.done += 1
        self.pages += outcome.pages
        self.items += outcome.items if outcome.status == "added" or outcome.status.startswith("replaced") else 0
        line = outcome_line(outcome)
        if self.bar is not None:
            self.bar.write(line, file=self.out)
            self.bar.set_postfix_str(f"{self.pages} pages, {self.items} items, {self._rate()}", refresh=False)
            self.bar.update(1)
            return
        print(line, file=self.out, flush=True)
        now = time.monotonic()
        if self.total > 1 and now - self.last >= PLAIN_EVERY and self.done < self.total:
            self.last = now
            print(f"progress: {self.done}/{self.total} files, {self.pages} pages, {self.items} items, "
                  f"{self._rate()}, ETA {self._eta()}", file=self.stream, flush=True)

    def finish(self, outcomes: list[FileOutcome]) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.total > 1:
            print(summary_line(outcomes, time.monotonic() - self.started), file=self.stream, flush=True)

    def _rate(self) -> str:
        seconds = max(time.monotonic() - self.started, 1e-9)
        return f"{self.pages / seconds:.0f} pages/s"

    def _eta(self) -> str:
        seconds = (time.monotonic() - self.started) / max(self.done, 1) * (self.total - self.done)
        minutes, secs = divmod(int(seconds), 60)
        return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
