"""A fetch run put together from Settings, for `kkrbot fetch` and for the scheduled job in
`kkrbot serve`: the polite client, the state tables, the archive, and ingest through the inbox's
path (`bot.digests.intake.ingest_path`), so arrival posts and topic alerts follow as for a
dropped file."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from importlib import metadata
from typing import Any, Callable

from bot.fetch.archive import Archive
from bot.fetch.http import PoliteClient
from bot.fetch.run import Arrived, Fetcher, FetchReport, IngestReport, Outcome
from bot.fetch.sources import FetchConfig
from bot.state.db import state_for
from bot.state.fetch import FetchState

__all__ = ["DEFAULT_SINCE_DAYS", "default_since", "fetch_state", "ingest_through", "open_fetcher", "run_fetch_job",
           "status_subcommand"]

log = logging.getLogger(__name__)

DEFAULT_SINCE_DAYS = 365  # without --since: meetings of the last year (older: backfill with --since)


def default_since(today: date) -> date:
    return today - timedelta(days=DEFAULT_SINCE_DAYS)


def version() -> str:
    try:
        return metadata.version("kkrbot")
    except metadata.PackageNotFoundError:
        return "0"


def fetch_state(settings: Any) -> FetchState:
    """The fetch tables in the bot's state database (KKRBOT_DATABASE_URL, else the SQLite state file)."""
    return FetchState(state_for(settings))


def ingest_through(rt: Any) -> Callable[[Sequence[Arrived]], list[IngestReport]]:
    """Ingest as the inbox does: read, store, record the arrival, post it, alert followers."""
    from bot.digests.intake import ingest_path

    def ingest(docs: Sequence[Arrived]) -> list[IngestReport]:
        out = []
        for doc in docs:
            done = ingest_path(rt, doc.path, source=doc.url)
            if done.status == "failed":
                out.append(IngestReport("failed", 0, done.error))
            else:
                out.append(IngestReport("unchanged" if done.status == "unchanged" else "added", done.item_count))
        return out

    return ingest


@contextmanager
def open_fetcher(rt: Any, config: FetchConfig, *, on_outcome: Callable[[Outcome], None] = lambda o: None,
                 progress: Callable[[str], None] = lambda m: None) -> Iterator[Fetcher]:  # fmt: skip
    # Retries back off 2, 4, … times the pacing delay (and at least what Retry-After asks).
    client = PoliteClient(user_agent=config.user_agent(version()), delay=config.delay, timeout=config.timeout,
                          max_bytes=config.max_bytes, backoff=2 * config.delay)  # fmt: skip
    state = fetch_state(rt.settings)
    try:
        yield Fetcher(client, state, Archive(config.archive_dir), ingest_through(rt), rt.clock, on_outcome, progress)
    finally:
        client.close()
        state.close()


def run_fetch_job() -> str:
    """The scheduled fetch (referenced as text in the job store as "bot.fetch:run_fetch_job")."""
    from bot.digests.scheduler import current_runtime

    rt = current_runtime()
    config = rt.settings.fetch_config()
    with open_fetcher(rt, config, on_outcome=lambda o: log.info("fetch: %s", o.line())) as fetcher:
        report: FetchReport = fetcher.run(config.sources, since=default_since(rt.clock().date()))
    summary = ", ".join(f"{n} {status}" for status, n in sorted(report.counts().items())) or "nothing listed"
    if report.failed_sources:
        log.warning("fetch: listing pages failed (tried again next run): %s", ", ".join(report.failed_sources))
    log.info("fetch: %s", summary)
    return summary


def status_subcommand(settings: Any) -> Callable[..., str]:
    """`/kkr status`: the sources' state, for the Slack user ids in KKRBOT_ADMINS only (it names
    the operator's setup and errors; others are told who may see it)."""

    def handler(args: str, *, channel: str, user: str) -> str:
        from bot.fetch.sources import SourceError
        from bot.fetch.status import source_statuses
        from bot.render.sources import status_mrkdwn

        if user not in settings.admins:
            return "Kun bottens administratorer kan se kildernes status (Slack-bruger-id i KKRBOT_ADMINS)."
        try:
            config = settings.fetch_config()
        except SourceError as e:
            return f"Kilderne er sat forkert op: {e}"
        state = fetch_state(settings)
        try:
            return status_mrkdwn(source_statuses(config.sources, state), settings.timezone)
        finally:
            state.close()

    return handler
