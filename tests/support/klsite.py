"""A stand-in for KL's web site on 127.0.0.1: listing pages, PDFs, robots.txt, and the faults of
issue 13, behind a real HTTP server that counts every request.

`KLSite()` serves routes set with `page`, `pdf`, `status`, `rate_limited`, `stall`, `huge` and
`redirect`; pages and PDFs carry an ETag and a Last-Modified and answer a matching conditional
request with 304. `site.requests` holds (path, status, headers) of every request;
`site.count(path)` counts one path's. `kl_site(site)` lays out the whole scenario the fetch tests
run against (two listing markups, the faults) and returns what a run should find; the `kl`
fixture (registered in tests/conftest.py) serves it with a second host beside it.
"""

from __future__ import annotations

import hashlib
import io
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator

import pytest

from index.model import AgendaItem, ItemSection, Meeting, Section

__all__ = ["Expected", "KLSite", "kl", "kl_meeting", "kl_site", "meeting_bytes"]

Handler = Callable[["_Handler"], None]


@dataclass
class Request:
    path: str
    status: int
    headers: dict[str, str]
    at: float  # time.monotonic() when answered


class KLSite:
    """The server; `url` is its base ("http://127.0.0.1:PORT")."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self.sent: dict[str, int] = {}
        self.bodies: dict[str, bytes] = {}  # what pages and PDFs serve now  # body bytes written per path (the 200 MB response)
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), _Handler)
        self.server.daemon_threads = True
        self.server.site = self  # type: ignore[attr-defined]
        self.url = f"http://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    # --- routes ---------------------------------------------------------------------------------
    def page(self, path: str, html: str) -> None:
        self._resource(path, html.encode("utf-8"), "text/html; charset=utf-8")

    def pdf(self, path: str, data: bytes, content_type: str = "application/pdf") -> None:
        self._resource(path, data, content_type)

    def robots(self, text: str) -> None:
        self._resource("/robots.txt", text.encode(), "text/plain")

    def status(self, path: str, code: int) -> None:
        self.routes[path] = lambda h: h.reply(code, b"server error", "text/plain")

    def rate_limited(self, path: str, retry_after: int | str, times: int, then: bytes) -> None:
        """429 with Retry-After (seconds, or an HTTP date as text) for the first `times` requests, then the PDF `then`."""
        served = [0]

        def handle(h: _Handler) -> None:
            served[0] += 1
            if served[0] <= times:
                h.reply(429, b"slow down", "text/plain", {"Retry-After": str(retry_after)})
            else:
                h.reply(200, then, "application/pdf")

        self.routes[path] = handle

    def stall(self, path: str, seconds: float = 10.0) -> None:
        """Answer nothing for `seconds` (or until the site closes): the client's timeout decides."""

        def handle(h: _Handler) -> None:
            self.stop.wait(seconds)
            h.reply(200, b"%PDF-1.4 too late", "application/pdf")

        self.routes[path] = handle

    def huge(self, path: str, size: int, *, announce: bool = True) -> None:
        """A PDF-looking body of `size` bytes, written until the client hangs up (with or without
        Content-Length); `sent[path]` says how much went out."""

        def handle(h: _Handler) -> None:
            h.record(200)
            h.send_response(200)
            h.send_header("Content-Type", "application/pdf")
            if announce:
                h.send_header("Content-Length", str(size))
            h.end_headers()
            chunk = b"%PDF-1.4\n" + b"0" * (64 * 1024 - 9)
            written = 0
            try:
                while written < size and not self.stop.is_set():
                    h.wfile.write(chunk)
                    written += len(chunk)
            except OSError:
                pass
            with self._lock:
                self.sent[path] = written

        self.routes[path] = handle

    def trickle(self, path: str, every: float = 0.05) -> None:
        """A PDF that comes a few bytes at a time, never pausing long enough for a read timeout."""

        def handle(h: _Handler) -> None:
            h.record(200)
            h.send_response(200)
            h.send_header("Content-Type", "application/pdf")
            h.send_header("Content-Length", str(10_000_000))
            h.end_headers()
            try:
                h.wfile.write(b"%PDF-1.4\n")
                while not self.stop.wait(every):
                    h.wfile.write(b"0" * 16)
                    h.wfile.flush()
            except OSError:
                pass

        self.routes[path] = handle

    def redirect(self, path: str, location: str, code: int = 302) -> None:
        self.routes[path] = lambda h: h.reply(code, b"", "text/plain", {"Location": location})

    def _resource(self, path: str, body: bytes, content_type: str) -> None:
        self.bodies[path] = body
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        modified = formatdate(1_750_000_000 + len(self.routes), usegmt=True)

        def handle(h: _Handler) -> None:
            if h.headers.get("If-None-Match") == etag:
                h.reply(304, b"", None, {"ETag": etag})
            else:
                h.reply(200, body, content_type, {"ETag": etag, "Last-Modified": modified})

        self.routes[path] = handle

    # --- what was asked -----------------------------------------------------------------------
    def count(self, path: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests if path is None or r.path == path)

    def statuses(self, path: str) -> list[int]:
        with self._lock:
            return [r.status for r in self.requests if r.path == path]

    def forget(self) -> None:
        with self._lock:
            self.requests.clear()

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        site: KLSite = self.server.site  # type: ignore[attr-defined]
        handle = site.routes.get(self.path)
        if handle is None:
            self.reply(404, b"not found", "text/plain")
        else:
            handle(self)

    def reply(self, code: int, body: bytes, content_type: str | None, headers: dict[str, str] | None = None) -> None:
        self.record(code)  # before answering: a test may look as soon as the client has its answer
        self.send_response(code)
        if content_type:
            self.send_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if code != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            if code != 304:
                self.wfile.write(body)
        except OSError:
            pass  # the client gave up (a timeout test)

    def record(self, code: int) -> None:
        site: KLSite = self.server.site  # type: ignore[attr-defined]
        with site._lock:
            site.requests.append(Request(self.path, code, dict(self.headers.items()), time.monotonic()))

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


# --- documents -------------------------------------------------------------------------------------

def kl_meeting(council: str, when: date, kind: str, topics: list[tuple[str, str]], *, decision: str = "godkendte") -> Meeting:
    """A small KL agenda or minutes: one section per topic, one item each, KL's sub-headings."""
    items, sections = [], []
    for n, (title, text) in enumerate(topics, 1):
        parts = [
            ItemSection("Baggrund", f"{text} Baggrunden fremgår af sagen.", 1),
            ItemSection("Indstilling", f"Det indstilles, at KKR drøfter {title.lower()}.", 1),
            ItemSection("Sagsfremstilling", f"{text} Sagen behandles af {council}.", 1),
        ]
        if kind == "minutes":
            parts.append(ItemSection("Beslutning", f"KKR {decision} indstillingen om {title.lower()}.", 1))
        number = f"{n}.1"
        items.append(AgendaItem(id="", council=council, meeting_date=when, document_kind=kind, source="",  # type: ignore[arg-type]
                                section=f"{n}. Sager", item_number=number, title=title,
                                case_number=f"SAG-{when.year}-0{n}{when.month:02d}{when.day:02d}", case_workers=("lifo",),
                                sections=tuple(parts)))  # fmt: skip
        sections.append(Section(n, f"Sager {n}", (number,)))
    return Meeting(council, when, kind, "", 1, tuple(sections), tuple(items))  # type: ignore[arg-type]


def meeting_bytes(meeting: Meeting) -> bytes:
    from tests.support.pdfgen import meeting_pdf  # imported where a PDF is printed: pytest-xdist's controller prints none

    buf = io.BytesIO()
    meeting_pdf(meeting, buf)
    return buf.getvalue()


# --- the scenario -------------------------------------------------------------------------------

MIDT_PAGE = "/politik/kkr/kkr-midtjylland/moededatoer-dagsordener-og-referater/"
NORD_PAGE = "/politik/kkr/kkr-nordjylland/moedemateriale"
SYD_PAGE = "/politik/kkr/kkr-syddanmark/moededatoer-dagsordener-og-referater/"  # answers 500

MIDT = "KKR Midtjylland"
NORD = "KKR Nordjylland"


@dataclass
class Expected:
    """What a run over `kl_site` should leave: meeting ids in the index, and the addresses of
    the documents and faults, for the tests to ask about."""

    meetings: set[str] = field(default_factory=set)
    paths: dict[str, str] = field(default_factory=dict)  # role → path
    corrected: bytes = b""  # the corrected minutes, to put at paths["corrected"] later


def kl_site(site: KLSite, elsewhere: str, *, retry_after: int = 1, stall: bool = True) -> Expected:
    """Two councils' listing pages (a list with relative links, a table with absolute links),
    a third whose page fails, and every fault of issue 13 among the links; `elsewhere` is an
    address on another host that one PDF link redirects to. `stall=False`: the document that
    answers nothing (each try waits out the client's timeout) is missing instead (404)."""
    e = Expected()
    p = e.paths
    midt_agenda = kl_meeting(MIDT, date(2025, 6, 18), "agenda", [("Fordeling af SOSU-lærepladser", "Lærepladserne fordeles.")])
    midt_minutes = kl_meeting(MIDT, date(2025, 6, 18), "minutes", [("Fordeling af SOSU-lærepladser", "Lærepladserne fordeles.")])
    midt_next = kl_meeting(MIDT, date(2025, 9, 3), "agenda", [("Klimaplan for kommunerne", "Kommunerne laver klimaplaner.")])
    nord_minutes = kl_meeting(NORD, date(2025, 3, 12), "minutes", [("Rammeaftale for det specialiserede område", "Aftalen fornyes.")])
    nord_agenda = kl_meeting(NORD, date(2025, 5, 7), "agenda", [("Praksisplan for almen praksis", "Planen drøftes.")])
    nord_june = kl_meeting(NORD, date(2025, 6, 4), "minutes", [("Beskæftigelsesindsatsen", "Indsatsen gøres op.")])
    e.corrected = meeting_bytes(kl_meeting(NORD, date(2025, 6, 4), "minutes", [("Beskæftigelsesindsatsen", "Indsatsen gøres op.")],
                                           decision="tog orientering om"))  # fmt: skip

    p.update(
        midt_page=MIDT_PAGE, nord_page=NORD_PAGE, syd_page=SYD_PAGE,
        midt_agenda="/media/m1/dagsorden-til-moede-i-kkr-midtjylland-den-18-juni-2025.pdf",
        midt_minutes="/media/m2/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025.pdf?format=noformat",
        midt_bilag="/media/m3/bilag-1-oversigt-over-laerepladser.pdf",
        midt_next="/media/m4/dagsorden.pdf",
        html_as_pdf="/media/m5/referat-fra-moede-i-kkr-midtjylland-den-5-marts-2025.pdf",
        private="/private/dagsorden-kkr-midtjylland-den-4-december-2024.pdf",
        nord_minutes="/media/n1/referat-kkr-nordjylland-12-marts-2025.pdf",
        nord_copy="/media/n9/referat-kkr-nordjylland-12-marts-2025-kopi.pdf",
        rate_limited="/media/n2/dagsorden-kkr-nordjylland-7-maj-2025.pdf",
        corrected="/media/n3/referat-kkr-nordjylland-4-juni-2025.pdf",
        server_error="/media/n4/dagsorden-kkr-nordjylland-2-april-2025.pdf",
        timeout="/media/n5/referat-kkr-nordjylland-9-januar-2025.pdf",
        huge="/media/n6/dagsorden-kkr-nordjylland-10-februar-2025.pdf",
        elsewhere="/media/n7/referat-kkr-nordjylland-20-august-2025.pdf",
    )  # fmt: skip
    site.robots("User-agent: *\nDisallow: /private/\n")
    site.page(MIDT_PAGE, f"""<!doctype html><html><head><title>KKR Midtjylland</title></head><body>
<h1>Mødedatoer, dagsordener og referater</h1>
<h3>Møde den 3. september 2025</h3>
<ul><li><a href="{p['midt_next']}">Dagsorden</a></li></ul>
<h3>Møde den 18. juni 2025</h3>
<ul>
  <li><a href="{p['midt_agenda']}">Dagsorden</a></li>
  <li><a href="../../../..{p['midt_minutes']}">Referat</a></li>
  <li><a href="{p['midt_bilag']}">Bilag 1</a></li>
</ul>
<h3>Møde den 5. marts 2025</h3>
<ul><li><a href="{p['html_as_pdf']}">Referat</a></li></ul>
<h3>Møde den 4. december 2024</h3>
<ul><li><a href="{p['private']}">Dagsorden</a></li></ul>
<p><a href="/politik/kkr/">Om KKR</a> · <a href="mailto:kkr@kl.dk">Skriv til os</a></p>
</body></html>""")
    a = site.url
    rows = [
        ("4. juni 2025", f'<a href="{a}{p["corrected"]}">Referat</a>'),
        ("7. maj 2025", f'<a href="{a}{p["rate_limited"]}">Dagsorden</a>'),
        ("12. marts 2025", f'<a href="{a}{p["nord_minutes"]}">Referat</a> <a href="{a}{p["nord_copy"]}">Referat (kopi)</a>'),
        ("2. april 2025", f'<a href="{a}{p["server_error"]}">Dagsorden</a>'),
        ("9. januar 2025", f'<a href="{a}{p["timeout"]}">Referat</a>'),
        ("10. februar 2025", f'<a href="{a}{p["huge"]}">Dagsorden</a>'),
        ("20. august 2025", f'<a href="{a}{p["elsewhere"]}">Referat</a> <a href="{a}/media/n8/bilag-1.pdf">Bilag 1</a>'),
    ]
    body = "\n".join(f"<tr><td>{d}</td><td>{links}</td></tr>" for d, links in rows)
    site.page(NORD_PAGE, f"""<html><body><h1>KKR Nordjylland: mødemateriale</h1>
<table><thead><tr><th>Dato</th><th>Materiale</th></tr></thead><tbody>
{body}
</tbody></table></body></html>""")
    site.status(SYD_PAGE, 500)

    site.pdf(p["midt_agenda"], meeting_bytes(midt_agenda))
    site.pdf(p["midt_minutes"], meeting_bytes(midt_minutes), "application/octet-stream")
    site.pdf(p["midt_bilag"], b"%PDF-1.4 a bilag")
    site.pdf(p["midt_next"], meeting_bytes(midt_next))
    site.page(p["html_as_pdf"], "<html><body>Siden findes ikke</body></html>")
    site.pdf(p["private"], meeting_bytes(midt_next))
    nord = meeting_bytes(nord_minutes)
    site.pdf(p["nord_minutes"], nord)
    site.pdf(p["nord_copy"], nord)
    site.rate_limited(p["rate_limited"], retry_after=retry_after, times=1, then=meeting_bytes(nord_agenda))
    site.pdf(p["corrected"], meeting_bytes(nord_june))
    site.status(p["server_error"], 500)
    if stall:
        site.stall(p["timeout"])
    site.huge(p["huge"], 200 * 1024 * 1024)
    site.redirect(p["elsewhere"], elsewhere)
    e.meetings = {
        "kkr-midtjylland/2025-06-18/minutes",  # its agenda came first and was replaced by the minutes
        "kkr-midtjylland/2025-09-03/agenda",
        "kkr-nordjylland/2025-03-12/minutes",
        "kkr-nordjylland/2025-05-07/agenda",
        "kkr-nordjylland/2025-06-04/minutes",
    }
    return e


@pytest.fixture
def kl(request) -> Iterator[tuple[KLSite, KLSite, Expected]]:
    """(the KL site with the scenario, another host, what a run should find). Retry-After is 0 s.
    Only the tests that check the timed-out document wait for it: the others take
    `@pytest.mark.parametrize("kl", ["no stall"], indirect=True)` (`kl_site(stall=False)`)."""
    site, other = KLSite(), KLSite()
    stall = getattr(request, "param", None) != "no stall"
    expected = kl_site(site, other.url.replace("127.0.0.1", "localhost") + "/x.pdf", retry_after=0, stall=stall)
    yield site, other, expected
    site.close()
    other.close()
