"""A fetch run put together from Settings, for `kkrbot fetch` and for the scheduled job in
`kkrbot serve`: the polite client, the state tables, the archive, and ingest through the batch
import with the outbox and announce path every intake uses, so arrival posts and topic alerts
follow as for a dropped file."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from importlib import metadata
from typing import TYPE_CHECKING, Callable

from bot.fetch.archive import Archive
from bot.fetch.http import PoliteClient
from bot.fetch.run import Arrived, Fetcher, FetchReport, IngestReport, Outcome
from bot.fetch.sources import FetchConfig
from bot.state.db import state_for
from bot.state.fetch import FetchState

if TYPE_CHECKING:
    from bot.conversation import Subcommand
    from bot.digests.runtime import Runtime
    from bot.settings import Settings

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


def fetch_state(settings: Settings) -> FetchState:
    """The fetch tables in the bot's state database (KKRBOT_DATABASE_URL, else the SQLite state file)."""
    return FetchState(state_for(settings))


def ingest_through(rt: Runtime) -> Callable[[Sequence[Arrived]], list[IngestReport]]:
    """Ingest with the batch import `kkrbot ingest` uses (index.importer: read in worker processes
    when there are several, stored in batches, a file already in skipped unread), its arrivals
    staged in the outbox before each commit and announced after it by the one announce path
    (bot.digests.announce), as every intake does."""
    from bot.digests.announce import announce_pending, install_outbox
    from index.importer import FileTask, import_files

    def announce() -> None:
        try:
            announce_pending(engine=rt.engine, posting=rt.posting, client=rt.client, now=rt.clock())
        except Exception:  # noqa: BLE001 - stored and staged: the outbox job or the next run posts it
            log.exception("fetch: stored documents not announced yet")

    def ingest(docs: Sequence[Arrived]) -> list[IngestReport]:
        if rt.engine.before_commit is None:  # the bot installs it at start; `kkrbot fetch` here
            install_outbox(rt.engine, rt.posting.arrivals, rt.clock)
        outcomes = import_files(rt.engine, [FileTask(d.path, d.url) for d in docs],
                                report=lambda o: announce() if o.result is not None and o.status != "unchanged" else None)
        announce()  # what an interrupted run left staged
        return [IngestReport("failed", 0, o.reason) if o.status == "failed"
                else IngestReport("unchanged" if o.status == "unchanged" else "added", o.items) for o in outcomes]  # fmt: skip

    return ingest


@contextmanager
def open_fetcher(rt: Runtime, config: FetchConfig, *, on_outcome: Callable[[Outcome], None] = lambda o: None,
                 progress: Callable[[str], None] = lambda m: None) -> Iterator[Fetcher]:  # fmt: skip
    # Retries back off 2, 4, … times the pacing delay (and at least what Retry-After asks).
    client = PoliteClient(user_agent=config.user_agent(version()), delay=config.delay, timeout=config.timeout,
                          max_bytes=config.max_bytes, backoff=2 * config.delay, now=rt.clock)  # fmt: skip
    state = fetch_state(rt.settings)
    try:
        yield Fetcher(client, state, Archive(config.archive_dir), ingest_through(rt), rt.clock, on_outcome, progress)
    finally:
        client.close()
        state.close()


def run_fetch_job() -> str:
    """The scheduled fetch (referenced as text in the job store as "bot.fetch:run_fetch_job")."""
    from bot.digests.runtime import current_runtime

    rt = current_runtime()
    config = rt.settings.fetch_config()
    with open_fetcher(rt, config, on_outcome=lambda o: log.info("fetch: %s", o.line())) as fetcher:
        report: FetchReport = fetcher.run(config.sources, since=default_since(rt.clock().date()))
    summary = ", ".join(f"{n} {status}" for status, n in sorted(report.counts().items())) or "nothing listed"
    if report.failed_sources:
        log.warning("fetch: listing pages failed (tried again next run): %s", ", ".join(report.failed_sources))
    log.info("fetch: %s", summary)
    return summary


def status_subcommand(settings: Settings) -> Subcommand:
    """`/kkr status`: the sources' state, for the Slack user ids in KKRBOT_ADMINS only (it names
    the operator's setup and errors; others are told who may see it)."""

    def handler(args: str, *, channel: str, user: str) -> str:
        from bot.fetch.sources import SourceError
        from bot.fetch.status import source_statuses
        from bot.render.labels import label
        from bot.render.mrkdwn import esc
        from bot.render.sources import status_mrkdwn

        if user not in settings.admins:
            return label("status_admins_only")
        try:
            config = settings.fetch_config()
        except SourceError as e:
            return label("status_bad_config", error=esc(str(e)))
        state = fetch_state(settings)
        try:
            return status_mrkdwn(source_statuses(config.sources, state), settings.timezone)
        finally:
            state.close()

    return handler
