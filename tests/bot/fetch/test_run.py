"""Fetch runs over the local KL site: the right meetings in a real index, arrival posts once on the
fake Slack, nothing fetched twice, faults reported per document, corrections replacing, resumable."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import wiring
from bot.digests.runtime import Runtime
from bot.fetch.archive import Archive
from bot.fetch.http import PoliteClient
from bot.fetch.run import Fetcher, FetchReport
from bot.fetch.service import ingest_through
from bot.fetch.sources import Source
from bot.settings import Settings
from bot.state.fetch import FetchState
from bot.state.subscriptions import DigestSubscription
from index.engine import AnswerEngine
from index.store import meeting_id_of
from tests.support.klsite import MIDT, NORD, KLSite

NOW = datetime(2025, 6, 20, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
SYD = "KKR Syddanmark"


@pytest.fixture
def bot(tmp_path, slack):
    client, fake = slack
    settings = Settings(index_dir=tmp_path / "index", state_db=tmp_path / "kkrbot.sqlite",
                        slack_bot_token="xoxb-test", slack_api_url=fake.api_url)  # fmt: skip
    engine = AnswerEngine(settings.index_dir)
    rt = wiring.runtime(settings, engine, lambda: NOW, client=client)
    rt.posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon", (MIDT,)))
    rt.posting.subscriptions.set(DigestSubscription("C-NORD", "weekly", "08:00", "mon", (NORD,)))
    yield rt, fake
    engine.close()


def run(rt: Runtime, site: KLSite, tmp_path: Path, *, ingest=None, **kw) -> FetchReport:
    sources = [Source(MIDT, site.url + "/politik/kkr/kkr-midtjylland/moededatoer-dagsordener-og-referater/"),
               Source(NORD, site.url + "/politik/kkr/kkr-nordjylland/moedemateriale"),
               Source(SYD, site.url + "/politik/kkr/kkr-syddanmark/moededatoer-dagsordener-og-referater/")]  # fmt: skip
    client = PoliteClient(user_agent="kkrbot/test", delay=0, timeout=0.2, attempts=2, backoff=0.01)
    fetcher = Fetcher(client, FetchState.sqlite(rt.settings.state_path), Archive(tmp_path / "archive"),
                      ingest or ingest_through(rt), lambda: NOW)  # fmt: skip
    with client:
        return fetcher.run(sources, **kw)


def lines(report: FetchReport, site: KLSite) -> dict[str, str]:
    return {o.url.removeprefix(site.url): o.line().split(": ", 1)[1] for o in report.outcomes}


def stored_meetings(rt: Runtime) -> set[str]:
    rt.engine.refresh()
    return {meeting_id_of(m) for m in rt.engine.meetings()}


def test_a_run_stores_exactly_the_listed_meetings_posts_once_and_reports_every_fault(bot, kl, tmp_path):
    rt, fake = bot
    site, other, e = kl
    p = e.paths
    report = run(rt, site, tmp_path)

    assert lines(report, site) == {
        p["midt_next"]: "added 1 items",
        p["midt_agenda"]: "added 1 items",
        p["midt_minutes"]: "added 1 items",
        p["html_as_pdf"]: "error: not a PDF: the server sent text/html",
        p["private"]: "error: disallowed by robots.txt",
        p["corrected"]: "added 1 items",
        p["rate_limited"]: "added 1 items",
        p["nord_minutes"]: "added 1 items",
        p["nord_copy"]: "unchanged",  # the same PDF under a second address
        p["server_error"]: "error: HTTP 500 (2 tries)",
        p["timeout"]: "error: timed out (2 tries)",
        p["huge"]: "error: larger than the 50 MB cap (200 MB): not downloaded",
        p["elsewhere"]: f"error: redirect to another site refused: {other.url.removeprefix('http://').replace('127.0.0.1', 'localhost')}",
        p["syd_page"]: "error: listing page: HTTP 500 (2 tries)",
    }
    assert stored_meetings(rt) == e.meetings
    assert site.count(p["midt_bilag"]) == 0 and site.count(p["private"]) == 0 and other.count() == 0
    assert site.count(p["nord_copy"]) == 1 and site.statuses(p["rate_limited"]) == [429, 200]
    assert site.sent[p["huge"]] < 20 * 1024 * 1024

    arrivals = [(m["channel"], m["text"].split(" · ")[0], m["text"].split(" · ")[1]) for m in fake.posts()]
    assert sorted(arrivals) == [  # 18 June's agenda came with its minutes, which replaced it: only the minutes are announced
        ("C-MIDT", "Ny dagsorden: KKR Midtjylland", "3. september 2025"), ("C-MIDT", "Nyt referat: KKR Midtjylland", "18. juni 2025"),
        ("C-NORD", "Ny dagsorden: KKR Nordjylland", "7. maj 2025"), ("C-NORD", "Nyt referat: KKR Nordjylland", "12. marts 2025"),
        ("C-NORD", "Nyt referat: KKR Nordjylland", "4. juni 2025")]  # fmt: skip
    archived = sorted(f.relative_to(tmp_path / "archive").as_posix() for f in (tmp_path / "archive").rglob("*.pdf"))
    assert len(archived) == 6 and all(f.startswith(("kkr-midtjylland/", "kkr-nordjylland/")) for f in archived)
    assert any(f.startswith("kkr-midtjylland/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025-") for f in archived)

    # What `kkrbot sources` shows: per page, last check and change, documents found, last error.
    by_council = {s.council: s for s in FetchState.sqlite(rt.settings.state_path).sources()}
    assert by_council[MIDT].documents_found == 5 and by_council[MIDT].last_error is None
    assert by_council[NORD].documents_found == 8
    assert by_council[SYD].last_error == "HTTP 500 (2 tries)" and by_council[SYD].last_change is None
    assert by_council[MIDT].last_check == by_council[MIDT].last_change == NOW

    # The items remember where they came from.
    [item] = [i for i in rt.engine.items() if i.council == MIDT and i.meeting_date == date(2025, 6, 18)]
    assert item.source == site.url + p["midt_minutes"]

    # The next run: the pages answer 304; no document fetched before is asked for again, no post.
    site.forget()
    posts = len(fake.posts())
    again = run(rt, site, tmp_path)
    assert site.statuses(p["midt_page"]) == [304] and site.statuses(p["nord_page"]) == [304]
    fetched_before = [p[k] for k in ("midt_next", "midt_agenda", "midt_minutes", "corrected", "rate_limited", "nord_minutes", "nord_copy")]
    assert [site.count(path) for path in fetched_before] == [0] * 7
    assert all(lines(again, site)[path] == "unchanged" for path in fetched_before)
    assert lines(again, site)[p["server_error"]] == "error: HTTP 500 (2 tries)"  # failed downloads are tried again
    assert len(fake.posts()) == posts and stored_meetings(rt) == e.meetings


@pytest.mark.parametrize("kl", ["no stall"], indirect=True)  # no timeout waited out: the first test checks it
def test_a_corrected_pdf_at_the_same_address_replaces_the_meetings_items(bot, kl, tmp_path):
    rt, fake = bot
    site, _, e = kl
    p = e.paths
    run(rt, site, tmp_path, councils=[NORD])
    posts = len(fake.posts())

    site.pdf(p["corrected"], e.corrected)  # KL re-publishes the minutes, and the page changes with it
    page = site.bodies[p["nord_page"]].decode()
    site.page(p["nord_page"], page.replace(">Referat</a></td></tr>", ">Referat (rettet)</a></td></tr>", 1))
    site.forget()
    report = run(rt, site, tmp_path, councils=[NORD])

    assert lines(report, site)[p["corrected"]] == "replaced 1 items"
    assert lines(report, site)[p["rate_limited"]] == "unchanged"  # recent: asked again, same content
    assert site.count(p["nord_minutes"]) == 0  # an older meeting is not asked for again
    [june] = [i for i in rt.engine.items() if i.council == NORD and i.meeting_date == date(2025, 6, 4)]
    assert june.decision == "KKR tog orientering om indstillingen om beskæftigelsesindsatsen."
    assert stored_meetings(rt) == {m for m in e.meetings if m.startswith("kkr-nordjylland/")} and len(fake.posts()) == posts


def test_a_dry_run_reads_the_listing_pages_only_and_stores_nothing(bot, kl, tmp_path):
    rt, fake = bot
    site, _, e = kl
    report = run(rt, site, tmp_path, dry_run=True)
    asked = {r.path for r in site.requests}
    assert asked == {"/robots.txt", e.paths["midt_page"], e.paths["nord_page"], e.paths["syd_page"]}
    out = lines(report, site)
    assert out[e.paths["midt_minutes"]] == "would fetch (minutes, KKR Midtjylland, 2025-06-18)"
    assert out[e.paths["huge"]] == "would fetch (agenda, KKR Nordjylland, 2025-02-10)"
    assert stored_meetings(rt) == set() and fake.posts() == []
    assert FetchState.sqlite(rt.settings.state_path).documents() == []


@pytest.mark.parametrize("kl", ["no stall"], indirect=True)  # no timeout waited out: the first test checks it
def test_since_and_councils_limit_what_is_fetched(bot, kl, tmp_path):
    rt, _ = bot
    site, _, e = kl
    report = run(rt, site, tmp_path, councils=[NORD], since=date(2025, 5, 1))
    assert set(lines(report, site)) == {e.paths[k] for k in ("corrected", "rate_limited", "elsewhere")}
    assert report.older == 5  # the March, April, January and February links (and the copy)
    assert site.count(e.paths["midt_page"]) == 0
    assert stored_meetings(rt) == {"kkr-nordjylland/2025-05-07/agenda", "kkr-nordjylland/2025-06-04/minutes"}


@pytest.mark.parametrize("kl", ["no stall"], indirect=True)  # no timeout waited out: the first test checks it
def test_a_run_killed_before_ingest_is_finished_by_the_next_without_downloading_again(bot, kl, tmp_path):
    rt, fake = bot
    site, _, e = kl

    def locked(docs):
        raise RuntimeError("the index is locked by another writer")

    first = run(rt, site, tmp_path, ingest=locked, councils=[MIDT])
    assert lines(first, site)[e.paths["midt_minutes"]] == "error: not ingested, tried again next run: the index is locked by another writer"
    assert stored_meetings(rt) == set()
    site.forget()
    second = run(rt, site, tmp_path, councils=[MIDT])
    assert lines(second, site)[e.paths["midt_minutes"]] == "added 1 items"
    assert len(second.outcomes) == len({o.url for o in second.outcomes})  # the resumed ones are not said twice
    assert site.count(e.paths["midt_minutes"]) == 0 and site.count(e.paths["midt_agenda"]) == 0
    assert stored_meetings(rt) == {"kkr-midtjylland/2025-06-18/minutes", "kkr-midtjylland/2025-09-03/agenda"}
