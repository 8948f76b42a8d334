"""The polite client against the local KL site: robots.txt, pacing, retries, conditional requests,
size cap, redirects and PDF checks, each seen from the server's side (what it was asked)."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from bot.fetch.http import FetchError, PoliteClient, Validators, same_site
from tests.support.klsite import KLSite

UA = "kkrbot/test (KKR agenda and minutes bot; +ops@example.org)"
PDF = b"%PDF-1.4\n" + b"x" * 5000


@pytest.fixture
def site():
    s = KLSite()
    s.robots("User-agent: *\nDisallow: /private/\n")
    yield s
    s.close()


def client(**kw) -> PoliteClient:
    args = dict(user_agent=UA, delay=0.0, timeout=0.5, attempts=2, backoff=0.01)
    return PoliteClient(**(args | kw))


def test_a_page_is_fetched_once_then_answered_304_with_its_etag(site, tmp_path):
    site.page("/kkr/", "<html><a href='/a.pdf'>Dagsorden</a></html>")
    with client() as c:
        page = c.get_page(site.url + "/kkr/")
        assert page is not None and "Dagsorden" in page.text and page.validators.etag
        assert c.get_page(site.url + "/kkr/", page.validators) is None
    assert site.statuses("/kkr/") == [200, 304]
    assert site.count("/robots.txt") == 1  # once per client, not per request
    assert {r.headers["User-Agent"] for r in site.requests} == {UA}


def test_robots_txt_is_honoured_and_a_disallowed_pdf_is_never_requested(site, tmp_path):
    site.pdf("/private/x.pdf", PDF)
    with client() as c, pytest.raises(FetchError, match="disallowed by robots.txt"):
        c.download_pdf(site.url + "/private/x.pdf", tmp_path)
    assert site.count("/private/x.pdf") == 0


def test_a_robots_txt_that_fails_stops_the_host_and_a_missing_one_allows_all(tmp_path):
    broken, bare = KLSite(), KLSite()
    try:
        broken.status("/robots.txt", 503)
        broken.pdf("/a.pdf", PDF)
        bare.pdf("/a.pdf", PDF)
        with client() as c:
            with pytest.raises(FetchError, match=r"robots.txt unreachable \(HTTP 503 \(2 tries\)\)"):
                c.download_pdf(broken.url + "/a.pdf", tmp_path)
            assert c.download_pdf(bare.url + "/a.pdf", tmp_path) is not None
        assert broken.count("/a.pdf") == 0 and bare.statuses("/robots.txt") == [404]
    finally:
        broken.close()
        bare.close()


def test_requests_to_one_host_are_spaced_by_the_delay(site):
    for n in range(3):
        site.page(f"/p{n}", "<html></html>")
    began = []  # this side's clock as each call began, before any request of it left
    with client(delay=0.25) as c:
        for n in range(3):
            began.append(time.monotonic())
            c.get_page(f"{site.url}/p{n}")
    at = [r.at for r in site.requests]  # the server's clock as it answered: robots.txt, p0, p1, p2
    # The k-th request after a call began reached the server at least k delays after it began. The
    # server's stamps are not compared with one another: a loaded machine runs its handler threads
    # late, one later than the next, which shortens the gap they show (0.16 s of 0.25 at load 17).
    first = [0, 2, 3]  # each call's first request: robots.txt and p0 in the first call
    assert len(at) == 4 and [r.path for r in site.requests][1:] == ["/p0", "/p1", "/p2"]
    spacing = [(at[j] - began[n]) / (j - first[n]) for n in range(3) for j in range(first[n] + 1, 4)]
    assert len(spacing) == 4 and min(spacing) >= 0.25 - 1e-6


def test_429_waits_for_retry_after_then_succeeds(site, tmp_path):
    site.rate_limited("/slow.pdf", retry_after=1, times=1, then=PDF)
    with client() as c:
        started = time.monotonic()
        got = c.download_pdf(site.url + "/slow.pdf", tmp_path)
        waited = time.monotonic() - started
    assert got is not None and got.path.read_bytes() == PDF
    assert site.statuses("/slow.pdf") == [429, 200] and waited >= 0.95


def test_a_retry_after_beyond_the_limit_is_not_waited_for(site, tmp_path):
    site.rate_limited("/slow.pdf", retry_after=3600, times=5, then=PDF)
    with client() as c, pytest.raises(FetchError, match="asks us to wait 3600 s"):
        c.download_pdf(site.url + "/slow.pdf", tmp_path)
    assert site.statuses("/slow.pdf") == [429]


def test_a_retry_after_date_is_counted_from_the_clock_passed_in(site, tmp_path):
    site.rate_limited("/slow.pdf", retry_after="Mon, 23 Nov 2026 11:00:00 GMT", times=5, then=PDF)
    an_hour_before = lambda: datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)  # noqa: E731
    with client(now=an_hour_before) as c, pytest.raises(FetchError, match="asks us to wait 3600 s"):
        c.download_pdf(site.url + "/slow.pdf", tmp_path)
    assert site.statuses("/slow.pdf") == [429]


def test_a_500_is_retried_with_backoff_then_reported(site, tmp_path):
    site.status("/broken.pdf", 500)
    with client(attempts=3) as c, pytest.raises(FetchError, match=r"HTTP 500 \(3 tries\)"):
        c.download_pdf(site.url + "/broken.pdf", tmp_path)
    assert site.statuses("/broken.pdf") == [500, 500, 500]
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_does_not_answer_times_out(site, tmp_path):
    site.stall("/slow.pdf", seconds=5)
    started = time.monotonic()
    with client(timeout=0.3, attempts=2) as c, pytest.raises(FetchError, match=r"timed out \(2 tries\)"):
        c.download_pdf(site.url + "/slow.pdf", tmp_path)
    assert time.monotonic() - started < 3


def test_a_server_that_trickles_is_cut_off_after_the_time_limit(site, tmp_path):
    site.trickle("/drip.pdf")
    started = time.monotonic()
    with client(timeout=1.0, max_seconds=0.5) as c, pytest.raises(FetchError, match=r"still reading after 0.5 s: stopped at 0 KB"):
        c.download_pdf(site.url + "/drip.pdf", tmp_path)
    assert time.monotonic() - started < 3 and list(tmp_path.iterdir()) == []


def test_html_served_as_pdf_is_refused_by_content_type_or_by_its_first_bytes(site, tmp_path):
    site.page("/a.pdf", "<!doctype html><p>Siden findes ikke</p>")
    site.pdf("/b.pdf", b"<!doctype html><p>Siden findes ikke</p>", "application/octet-stream")
    site.pdf("/c.pdf", b"")
    with client() as c:
        with pytest.raises(FetchError, match="not a PDF: the server sent text/html"):
            c.download_pdf(site.url + "/a.pdf", tmp_path)
        with pytest.raises(FetchError, match="not a PDF: it begins with '<!doctype ht'"):
            c.download_pdf(site.url + "/b.pdf", tmp_path)
        with pytest.raises(FetchError, match="not a PDF: the body is empty"):
            c.download_pdf(site.url + "/c.pdf", tmp_path)
    assert list(tmp_path.iterdir()) == []  # nothing half-written left behind


def test_a_200_mb_response_is_refused_at_the_cap_without_reading_it(site, tmp_path):
    site.huge("/big.pdf", 200 * 1024 * 1024)
    site.huge("/stream.pdf", 200 * 1024 * 1024, announce=False)
    with client(max_bytes=50 * 1024 * 1024) as c:
        with pytest.raises(FetchError, match=r"larger than the 50 MB cap \(200 MB\): not downloaded"):
            c.download_pdf(site.url + "/big.pdf", tmp_path)
        with pytest.raises(FetchError, match="larger than the 50 MB cap: stopped reading at 50 MB"):
            c.download_pdf(site.url + "/stream.pdf", tmp_path)
    deadline = time.monotonic() + 10
    while len(site.sent) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)  # the server thread notices the hang-up on its next write
    assert site.sent["/big.pdf"] < 20 * 1024 * 1024  # what the socket buffers took, not 200 MB
    assert site.sent["/stream.pdf"] < 90 * 1024 * 1024
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_redirects_are_followed_within_the_site_and_refused_to_another_host(site, tmp_path):
    other = KLSite()
    try:
        other.pdf("/x.pdf", PDF)
        site.pdf("/new.pdf", PDF)
        site.redirect("/old.pdf", "/new.pdf", 301)
        site.redirect("/away.pdf", other.url.replace("127.0.0.1", "localhost") + "/x.pdf")
        with client() as c:
            got = c.download_pdf(site.url + "/old.pdf", tmp_path)
            assert got is not None and got.url == site.url + "/new.pdf"
            with pytest.raises(FetchError, match="redirect to another site refused: localhost:"):
                c.download_pdf(site.url + "/away.pdf", tmp_path)
        assert other.count() == 0
    finally:
        other.close()


def test_a_pdf_is_stored_with_its_hash_and_a_conditional_request_gets_304(site, tmp_path):
    site.pdf("/a.pdf", PDF)
    with client() as c:
        got = c.download_pdf(site.url + "/a.pdf", tmp_path)
        assert got is not None and got.size == len(PDF) and got.path.read_bytes() == PDF
        assert got.validators.etag and got.validators.last_modified
        assert c.download_pdf(site.url + "/a.pdf", tmp_path, Validators(got.validators.etag)) is None
    assert site.statuses("/a.pdf") == [200, 304]


def test_same_site_allows_www_and_https_upgrades_only():
    assert same_site("https://www.kl.dk/a", "https://kl.dk/b")
    assert same_site("http://www.kl.dk/a", "https://www.kl.dk/b")
    assert not same_site("https://www.kl.dk/a", "http://www.kl.dk/b")
    assert not same_site("https://www.kl.dk/a", "https://kl.dk.evil.example/b")
    assert not same_site("http://127.0.0.1:8001/a", "http://127.0.0.1:8002/b")
