"""One fetch run: each listing page → its documents → download the new ones → ingest → one line each.

What is requested, and when (KL's server sees no more than this):
- each listing page once per run, conditionally (If-None-Match / If-Modified-Since): an unchanged
  page costs a 304, and then none of its documents is requested, except those whose download
  failed last time (no content seen yet);
- a changed page: every new agenda and minutes link is downloaded; a document already in is
  requested again (conditionally) only if its meeting is recent (`RECHECK_DAYS`) or undated, so
  that minutes KL corrects at the same address replace the first version;
- attachments (bilag) are recorded, not downloaded: their text is not an agenda, and the agenda
  already names them under its items.
The same content under a second address is not stored or ingested again (SHA-256 of the bytes).
Downloads are archived as `pending` before ingest, so a run killed midway ingests them next time
without downloading them again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterable, Literal, Sequence

from bot.fetch.archive import Archive
from bot.fetch.http import FetchError, PoliteClient, Validators
from bot.fetch.links import DocumentLink, find_documents
from bot.fetch.sources import Source
from bot.state.fetch import DocumentState, FetchState, SourceState

__all__ = ["Arrived", "FetchReport", "Fetcher", "Ingest", "IngestReport", "Outcome", "RECHECK_DAYS"]

log = logging.getLogger(__name__)

RECHECK_DAYS = 45  # a document of a meeting this recent is checked again when its page changes
INGEST_BATCH = 50  # documents handed to ingest at a time (index.importer commits every 50)
OutcomeStatus = Literal["added", "replaced", "unchanged", "error", "would fetch"]


@dataclass(frozen=True)
class Arrived:
    """A downloaded document handed to ingest, with what the listing page said of it."""

    path: Path
    url: str
    council: str | None
    meeting_date: date | None


@dataclass(frozen=True)
class IngestReport:
    """What ingest made of one document."""

    status: Literal["added", "unchanged", "failed"]
    items: int = 0
    error: str | None = None


Ingest = Callable[[Sequence[Arrived]], list[IngestReport]]


@dataclass(frozen=True)
class Outcome:
    """One line of `kkrbot fetch`: what happened to one document (or to a listing page)."""

    url: str
    status: OutcomeStatus
    items: int = 0
    reason: str | None = None
    link: DocumentLink | None = None

    def line(self) -> str:
        if self.status in ("added", "replaced"):
            return f"{self.url}: {self.status} {self.items} items"
        if self.status == "error":
            return f"{self.url}: error: {self.reason}"
        if self.status == "would fetch" and self.link is not None:
            when = self.link.meeting_date.isoformat() if self.link.meeting_date else "date unknown"
            return f"{self.url}: would fetch ({self.link.kind}, {self.link.council or 'council unknown'}, {when})"
        return f"{self.url}: {self.status}"


@dataclass
class FetchReport:
    outcomes: list[Outcome] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    older: int = 0  # listed documents before `since`, not fetched
    attachments: int = 0
    said: set[str] = field(default_factory=set)  # the URLs with an outcome already

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for o in self.outcomes:
            out[o.status] = out.get(o.status, 0) + 1
        return out


@dataclass
class _Pending:
    link: DocumentLink
    source_url: str
    path: Path
    replacing: bool


@dataclass
class Fetcher:
    """Fetch runs over sources; I/O through the client, the state, the archive and `ingest`."""

    client: PoliteClient
    state: FetchState
    archive: Archive
    ingest: Ingest
    clock: Callable[[], datetime]
    on_outcome: Callable[[Outcome], None] = lambda o: None
    progress: Callable[[str], None] = lambda message: None

    def run(self, sources: Iterable[Source], *, councils: Iterable[str] = (), since: date | None = None,
            dry_run: bool = False) -> FetchReport:  # fmt: skip
        """Fetch every source (of `councils`, if given); documents of meetings before `since` are
        left alone. `dry_run`: listing pages are read, no PDF is requested, nothing is stored."""
        wanted = {c.casefold() for c in councils}
        report = FetchReport()
        with self.archive.run_lock():
            if not dry_run:
                self._ingest(self._resumed(), report)
            for source in sources:
                if wanted and source.council.casefold() not in wanted:
                    continue
                pending: list[_Pending] = []
                self._source(source, wanted, since, dry_run, pending, report)
                self._ingest(pending, report)  # page by page: a long backfill shows and keeps its progress
        return report

    # --- a listing page ----------------------------------------------------------------------
    def _source(self, source: Source, wanted: set[str], since: date | None, dry_run: bool,
                pending: list[_Pending], report: FetchReport) -> None:  # fmt: skip
        links, recheck = self._listing(source, dry_run, report)
        todo = [link for link in links if link.kind != "attachment"]
        report.attachments += len(links) - len(todo)
        if not dry_run:
            self._record_attachments(source, [link for link in links if link.kind == "attachment"])
        if wanted:
            todo = [link for link in todo if (link.council or source.council).casefold() in wanted]
        if since is not None:
            report.older += sum(1 for link in todo if link.meeting_date and link.meeting_date < since)
            todo = [link for link in todo if not (link.meeting_date and link.meeting_date < since)]
        if todo:
            if recheck:
                self.progress(f"{source.council}: {len(todo)} documents listed on {source.url}")
            else:
                self.progress(f"{source.council}: {source.url} not read anew; {len(todo)} documents known from earlier runs")
        for n, link in enumerate(todo, 1):
            self._document(source, link, recheck, dry_run, pending, report)
            if n % 25 == 0:
                self.progress(f"{source.council}: {n}/{len(todo)} documents checked")

    def _listing(self, source: Source, dry_run: bool, report: FetchReport) -> tuple[list[DocumentLink], bool]:
        """The page's document links (from the state when the page has not changed) and whether
        known documents should be checked again."""
        prev = self.state.source(source.url) or SourceState(source.url, source.council)
        now = self.clock()
        validators = Validators(prev.etag, prev.last_modified) if prev.page_sha256 else None
        try:
            page = self.client.get_page(source.url, validators)
        except FetchError as e:
            log.warning("fetch: listing %s failed: %s", source.url, e.reason)
            report.failed_sources.append(source.url)
            self._emit(report, Outcome(source.url, "error", reason=f"listing page: {e.reason}"))
            if not dry_run:
                self.state.save_source(replace(prev, council=source.council, last_check=now, last_error=e.reason))
            return self._known_links(source), False
        if page is None or page.sha256 == prev.page_sha256:
            if not dry_run:
                kept = prev if page is None else replace(prev, etag=page.validators.etag, last_modified=page.validators.last_modified)
                self.state.save_source(replace(kept, council=source.council, last_check=now, last_error=None))
            return self._known_links(source), page is not None
        links = find_documents(page.text, page.url, council=source.council)
        if not dry_run:
            self.state.save_source(SourceState(
                source.url, source.council, page.validators.etag, page.validators.last_modified, page.sha256,
                last_check=now, last_change=now, documents_found=sum(1 for link in links if link.kind != "attachment"),
            ))  # fmt: skip
        return links, True

    def _known_links(self, source: Source) -> list[DocumentLink]:
        return [DocumentLink(d.url, d.kind, d.council, d.meeting_date, d.link_text or "")  # type: ignore[arg-type]
                for d in self.state.documents(source.url)]  # fmt: skip

    def _record_attachments(self, source: Source, links: list[DocumentLink]) -> None:
        for link in links:
            if self.state.document(link.url) is None:
                self.state.save_document(DocumentState(link.url, source.url, link.kind, "skipped", link.council,
                                                       link.meeting_date, link.text, last_check=self.clock()))  # fmt: skip

    # --- a document --------------------------------------------------------------------------
    def _document(self, source: Source, link: DocumentLink, recheck: bool, dry_run: bool,
                  pending: list[_Pending], report: FetchReport) -> None:  # fmt: skip
        if link.url in report.said:
            return  # already reported in this run (resumed, or listed on two pages)
        doc = self.state.document(link.url)
        if doc is not None and doc.status == "pending":
            return  # downloaded by a run that did not get to ingest it: `_resumed` takes it
        settled = doc is not None and doc.sha256 is not None and doc.status in ("ingested", "duplicate", "failed")
        if settled and not (recheck and self._recent(link)):
            self._emit(report, _as_before(doc))
            return
        if dry_run:
            self._emit(report, Outcome(link.url, "would fetch", link=link))
            return
        now = self.clock()
        base = doc or DocumentState(link.url, source.url, link.kind, "failed", link.council, link.meeting_date, link.text)
        base = replace(base, source_url=source.url, kind=link.kind, council=link.council,
                       meeting_date=link.meeting_date or base.meeting_date, link_text=link.text, last_check=now)  # fmt: skip
        try:
            got = self.client.download_pdf(link.url, self.archive.partial_dir,
                                           Validators(doc.etag, doc.last_modified) if settled and doc else None)  # fmt: skip
        except FetchError as e:
            log.warning("fetch: %s failed: %s", link.url, e.reason)
            self.state.save_document(replace(base, last_error=e.reason) if settled else replace(base, status="failed", last_error=e.reason))
            self._emit(report, Outcome(link.url, "error", reason=e.reason, link=link))
            return
        if got is None or (settled and doc is not None and got.sha256 == doc.sha256):
            if got is not None:
                got.path.unlink(missing_ok=True)
                base = replace(base, etag=got.validators.etag, last_modified=got.validators.last_modified)
            self.state.save_document(base)
            self._emit(report, _as_before(base))
            return
        fresh = replace(base, etag=got.validators.etag, last_modified=got.validators.last_modified, sha256=got.sha256,
                        last_error=None)  # fmt: skip
        holder = self.state.holder_of(got.sha256, besides=link.url)
        if holder is not None:
            got.path.unlink(missing_ok=True)
            log.info("fetch: %s is the same PDF as %s", link.url, holder.url)
            self.state.save_document(replace(fresh, status="duplicate", archive_path=holder.archive_path, items=0))
            self._emit(report, Outcome(link.url, "unchanged", link=link))
            return
        path = self.archive.keep(got.path, link.council or source.council, link.url, got.sha256)
        replacing = settled and doc is not None and doc.status == "ingested"
        self.state.save_document(replace(fresh, status="pending", archive_path=str(path), last_change=now))
        pending.append(_Pending(link, source.url, path, replacing))

    def _recent(self, link: DocumentLink) -> bool:
        return link.meeting_date is None or link.meeting_date >= self.clock().date() - timedelta(days=RECHECK_DAYS)

    # --- ingest ------------------------------------------------------------------------------
    def _resumed(self) -> list[_Pending]:
        """Documents a killed run downloaded but did not ingest (of all sources: a run of a few
        councils still finishes what an earlier run began)."""
        pending = []
        for doc in self.state.documents():
            if doc.status != "pending":
                continue
            if doc.archive_path and Path(doc.archive_path).is_file():
                link = DocumentLink(doc.url, doc.kind, doc.council, doc.meeting_date, doc.link_text or "")  # type: ignore[arg-type]
                pending.append(_Pending(link, doc.source_url, Path(doc.archive_path), False))
            else:  # the archived file is gone: download it again
                self.state.save_document(replace(doc, status="failed", sha256=None, last_error="archived file missing"))
        return pending

    def _ingest(self, pending: list[_Pending], report: FetchReport) -> None:
        """Ingest in batches of `INGEST_BATCH`, each line printed as its batch is in."""
        for start in range(0, len(pending), INGEST_BATCH):
            if len(pending) > INGEST_BATCH:
                self.progress(f"ingesting {start + 1}-{min(start + INGEST_BATCH, len(pending))} of {len(pending)} documents")
            self._ingest_batch(pending[start : start + INGEST_BATCH], report)

    def _ingest_batch(self, pending: list[_Pending], report: FetchReport) -> None:
        arrived = [Arrived(p.path, p.link.url, p.link.council, p.link.meeting_date) for p in pending]
        try:
            results = self.ingest(arrived)
        except Exception as e:  # noqa: BLE001 - the index is locked or broken: keep them pending for next run
            log.exception("fetch: ingest of %d documents failed", len(arrived))
            for p in pending:
                self._emit(report, Outcome(p.link.url, "error", reason=f"not ingested, tried again next run: {e}", link=p.link))
            return
        for p, result in zip(pending, results, strict=True):
            doc = self.state.document(p.link.url)
            assert doc is not None
            if result.status == "failed":
                self.state.save_document(replace(doc, status="failed", items=0, last_error=result.error))
                self._emit(report, Outcome(p.link.url, "error", reason=result.error, link=p.link))
                continue
            self.state.save_document(replace(doc, status="ingested", items=result.items or doc.items, last_error=None))
            if result.status == "unchanged":
                self._emit(report, Outcome(p.link.url, "unchanged", link=p.link))
            else:
                self._emit(report, Outcome(p.link.url, "replaced" if p.replacing else "added", result.items, link=p.link))

    def _emit(self, report: FetchReport, outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        report.said.add(outcome.url)
        self.on_outcome(outcome)


def _as_before(doc: DocumentState) -> Outcome:
    """A document not fetched again: unchanged, or the error it had."""
    link = DocumentLink(doc.url, doc.kind, doc.council, doc.meeting_date, doc.link_text or "")  # type: ignore[arg-type]
    if doc.status == "failed":
        return Outcome(doc.url, "error", reason=doc.last_error or "failed before", link=link)
    return Outcome(doc.url, "unchanged", link=link)
