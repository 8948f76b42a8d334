"""`kkrbot fetch` and `kkrbot sources`: thin click shells over bot.fetch.

`kkrbot fetch [COUNCIL…]` fetches the configured sources (all, or those councils');
`kkrbot fetch --url LISTING_URL [--council NAME]` one listing page ad hoc. One line per document
on stdout (`URL: added N items` / `unchanged` / `replaced N items` / `error: REASON`, or
`would fetch (…)` with `--dry-run`); progress and notes on stderr.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import click

from bot import wiring
from bot.cli.options import INDEX_OPTION, engine_for
from bot.settings import Settings


def _config(settings: Settings):
    from bot.fetch.sources import SourceError

    try:
        return settings.fetch_config()
    except SourceError as e:
        raise click.ClickException(str(e)) from e


@click.command("fetch")
@INDEX_OPTION
@click.option("--url", "listing_url", metavar="LISTING_URL", help="Fetch this listing page instead of the configured sources.")
@click.option("--council", help="The council of --url (when its address does not name one).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only meetings on or after this date (default: the last 365 days).")
@click.option("--dry-run", is_flag=True, help="Read the listing pages and print what would be fetched; fetch no PDF, store nothing.")
@click.argument("councils", nargs=-1)
@click.pass_obj
def fetch_command(settings: Settings, index_dir: Path | None, listing_url: str | None, council: str | None,
                  since: datetime | None, dry_run: bool, councils: tuple[str, ...]) -> None:  # fmt: skip
    """Fetch new agendas and minutes from KL's KKR pages, archive and ingest them."""
    from bot.fetch.archive import ArchiveBusy
    from bot.fetch.service import default_since, open_fetcher
    from bot.fetch.sources import Source, council_in_url
    from index.councils import council_named

    settings = wiring.with_index(settings, index_dir)
    config = _config(settings)
    wanted = []
    for name in councils:
        found = council_named(name)
        if found is None:
            raise click.BadParameter(f"unknown council {name!r}", param_hint="COUNCIL")
        wanted.append(found)
    if listing_url is not None:
        if councils:
            raise click.UsageError("give COUNCIL names or --url, not both")
        named = council_named(council) if council else council_in_url(listing_url)
        if named is None:
            raise click.BadParameter(f"{council!r} is not a council" if council else "the address names no council: give --council",
                                     param_hint="--council")  # fmt: skip
        if not listing_url.startswith(("http://", "https://")):
            raise click.BadParameter(f"{listing_url!r} is not an http(s) address", param_hint="--url")
        sources = [Source(named, listing_url)]
    else:
        if council:
            raise click.UsageError("--council goes with --url; to fetch some councils' sources, name them: kkrbot fetch Midtjylland")
        sources = list(config.sources)

    logging.getLogger("bot.fetch").addHandler(logging.NullHandler())  # stdout says it already; `serve` logs it
    clock = wiring.clock(settings)
    rt = wiring.runtime(settings, engine_for(settings), clock, client=wiring.slack_client(settings))  # posts as `kkrbot ingest` does
    first_day = since.date() if since else default_since(rt.clock().date())
    try:
        with open_fetcher(rt, config, on_outcome=lambda o: click.echo(o.line()),
                          progress=lambda m: click.echo(m, err=True)) as fetcher:  # fmt: skip
            report = fetcher.run(sources, councils=wanted, since=first_day, dry_run=dry_run)
    except ArchiveBusy as e:
        raise click.ClickException(str(e)) from e
    finally:
        rt.engine.close()
    if report.older:
        click.echo(f"{report.older} listed documents of meetings before {first_day.isoformat()} left alone "
                   "(use --since to fetch older ones)", err=True)  # fmt: skip
    if report.failed_sources:
        raise click.ClickException(f"{len(report.failed_sources)} listing page(s) failed; they are tried again next run")


@click.command("sources")
@INDEX_OPTION
@click.pass_obj
def sources_command(settings: Settings, index_dir: Path | None) -> None:
    """Each source: last check, last change, documents found, last error."""
    from bot.fetch.service import fetch_state
    from bot.fetch.status import source_statuses
    from bot.render.sources import sources_table

    settings = wiring.with_index(settings, index_dir)
    config = _config(settings)
    state = fetch_state(settings)
    try:
        click.echo(sources_table(source_statuses(config.sources, state), settings.timezone))
    finally:
        state.close()
