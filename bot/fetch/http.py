"""A polite, careful HTTP client for KL's site, on httpx.

Polite: robots.txt honoured (`urllib.robotparser`, its Crawl-delay too); a User-Agent that says
who we are and whom to contact; at most one request per `delay` seconds per host; conditional
requests (If-None-Match / If-Modified-Since) so an unchanged page costs a 304 and no body;
retries with exponential backoff on 429 and 5xx, waiting what `Retry-After` asks.
Careful: timeouts on connect and on every read; redirects followed by hand and only within the
same site (`www.` aside, never from https to http); a PDF is checked for status 200, a PDF-ish
`Content-Type` and the `%PDF-` magic, and refused above the size cap from its `Content-Length`
before a byte of the body is read (or as soon as a body without one passes the cap).
Every refusal is a `FetchError` whose message is one line for people.
"""

from __future__ import annotations

import email.utils
import hashlib
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import SplitResult, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from bot.clock import Clock, wall_clock

__all__ = ["Download", "FetchError", "Page", "PoliteClient", "Validators", "same_site"]

ROBOT_NAME = "kkrbot"  # the token robots.txt rules are matched against
MAX_REDIRECTS = 5
PAGE_CAP = 5 * 1024 * 1024  # a listing page, a robots.txt: far below this
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PDF_TYPES = frozenset({
    "application/pdf", "application/x-pdf", "application/octet-stream", "binary/octet-stream",
    "application/download", "application/x-download", "application/force-download",
})  # fmt: skip
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is read as this


class FetchError(Exception):
    """A request that did not give what was asked; `reason` is one line for people."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(reason)
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Validators:
    """What the server said identifies this version of a resource (ETag, Last-Modified)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out

    @classmethod
    def of(cls, response: httpx.Response) -> Validators:
        return cls(response.headers.get("etag"), response.headers.get("last-modified"))


@dataclass(frozen=True)
class Page:
    """A fetched HTML page."""

    url: str  # after redirects
    text: str
    validators: Validators
    sha256: str  # of the body: a page served without validators is still known unchanged


@dataclass(frozen=True)
class Download:
    """A PDF saved to a temporary file (the caller moves or deletes it)."""

    url: str  # after redirects
    path: Path
    sha256: str
    size: int
    validators: Validators


def same_site(a: str, b: str) -> bool:
    """The same host (a leading "www." aside) and port, and no step down from https to http."""
    pa, pb = urlsplit(a), urlsplit(b)
    if pb.scheme not in ("http", "https") or (pa.scheme == "https" and pb.scheme == "http"):
        return False

    def host(p: SplitResult) -> tuple[str, int]:
        name = (p.hostname or "").lower().removeprefix("www.")
        return name, p.port or (443 if p.scheme == "https" else 80)

    ha, hb = host(pa), host(pb)
    return ha[0] == hb[0] and (ha[1] == hb[1] or {ha[1], hb[1]} == {80, 443})


class PoliteClient:
    """GET pages and PDFs from one or a few hosts, politely (see the module docstring)."""

    def __init__(
        self,
        *,
        user_agent: str,
        delay: float = 1.0,
        timeout: float = 30.0,
        max_bytes: int = 50 * 1024 * 1024,
        attempts: int = 3,
        backoff: float = 2.0,
        max_wait: float = 120.0,
        max_seconds: float = 600.0,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        now: Clock = wall_clock("UTC"),
    ) -> None:
        """`monotonic` paces requests and bounds downloads; `now` (the bot's clock) is what a
        Retry-After given as a date is counted from."""
        self.delay, self.max_bytes = delay, max_bytes
        self.attempts, self.backoff, self.max_wait, self.max_seconds = attempts, backoff, max_wait, max_seconds
        self._sleep, self._clock, self._now = sleep, monotonic, now
        self._http = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
        )
        self._next: dict[str, float] = {}  # host → earliest time of its next request
        self._robots: dict[str, RobotFileParser | FetchError] = {}
        self.requests = 0  # sent, for logs and tests

    # --- what callers use ---------------------------------------------------------------------
    def get_page(self, url: str, validators: Validators | None = None) -> Page | None:
        """The HTML page at `url`, or None when the server says it has not changed (304)."""
        with self._opened(url, validators) as response:
            if response.status_code == 304 and validators is not None:
                return None
            _expect_ok(response, url)
            kind = _media_type(response)
            if kind and kind not in HTML_TYPES:
                raise FetchError(url, f"not an HTML page: the server sent {kind}")
            body = bytearray()
            for chunk in self._body(response, url, PAGE_CAP):
                body += chunk
            text = bytes(body).decode(response.charset_encoding or "utf-8", errors="replace")
            return Page(str(response.url), text, Validators.of(response), hashlib.sha256(body).hexdigest())

    def download_pdf(self, url: str, folder: Path, validators: Validators | None = None) -> Download | None:
        """Save the PDF at `url` under `folder` (a temporary name), or None on 304.

        Refused (FetchError, nothing left behind): another status than 200, a Content-Type that
        is not a PDF's, a body that does not begin with %PDF-, a body over the size cap.
        """
        with self._opened(url, validators) as response:
            if response.status_code == 304 and validators is not None:
                return None
            _expect_ok(response, url)
            kind = _media_type(response)
            if kind and kind not in PDF_TYPES:
                raise FetchError(url, f"not a PDF: the server sent {kind}")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > self.max_bytes:
                raise FetchError(url, f"larger than the {_mb(self.max_bytes)} cap ({_mb(int(length))}): not downloaded")
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f".download-{uuid.uuid4().hex}.part"
            try:
                digest, size, head = hashlib.sha256(), 0, b""
                with path.open("wb") as out:
                    for chunk in self._body(response, url, self.max_bytes):
                        if len(head) < 64:
                            head += chunk[:64]
                            _check_magic(head, url, final=False)
                        digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
                _check_magic(head, url, final=True)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            return Download(str(response.url), path, digest.hexdigest(), size, Validators.of(response))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one request: robots, redirects, retries, politeness ---------------------------------
    @contextmanager
    def _opened(self, url: str, validators: Validators | None) -> Iterator[httpx.Response]:
        headers = validators.headers() if validators else {}
        response = self._follow(url, headers, check_robots=True)
        try:
            yield response
        finally:
            response.close()  # without reading what is left of the body

    def _follow(self, url: str, headers: dict[str, str], *, check_robots: bool) -> httpx.Response:
        """The response at `url` after same-site redirects (streamed: the body is not read yet)."""
        first = url
        for _ in range(MAX_REDIRECTS + 1):
            if check_robots:
                self._check_robots(url)
            response = self._send(url, headers)
            if response.status_code not in REDIRECTS:
                return response
            location = response.headers.get("location", "")
            response.close()
            target = urljoin(url, location)
            if not location:
                raise FetchError(first, f"HTTP {response.status_code} without a Location")
            if not same_site(first, target):
                raise FetchError(first, f"redirect to another site refused: {urlsplit(target).netloc or target}")
            url = target
        raise FetchError(first, f"more than {MAX_REDIRECTS} redirects")

    def _send(self, url: str, headers: dict[str, str]) -> httpx.Response:
        host = urlsplit(url).netloc.lower()
        for attempt in range(1, self.attempts + 1):
            self._wait_turn(host)
            wait = self.backoff * 2 ** (attempt - 1)
            try:
                self.requests += 1
                response = self._http.send(self._http.build_request("GET", url, headers=headers), stream=True)
            except httpx.TimeoutException:
                problem = "timed out"
            except httpx.TransportError as e:
                problem = f"could not connect ({type(e).__name__})"
            else:
                code = response.status_code
                if code != 429 and code < 500:
                    return response
                asked = retry_after(response.headers.get("retry-after"), self._now)
                response.close()
                problem = f"HTTP {code}"
                if asked is not None:
                    if asked > self.max_wait:
                        raise FetchError(url, f"HTTP {code}: the server asks us to wait {asked:.0f} s; tried again next run")
                    wait = asked
            if attempt == self.attempts:
                raise FetchError(url, f"{problem} ({self.attempts} tries)")
            self._hold(host, wait)
        raise AssertionError("unreachable")

    def _wait_turn(self, host: str) -> None:
        due = self._next.get(host, 0.0) - self._clock()
        if due > 0:
            self._sleep(due)
        self._next[host] = self._clock() + self._delay_for(host)

    def _hold(self, host: str, seconds: float) -> None:
        self._next[host] = max(self._next.get(host, 0.0), self._clock() + seconds)

    def _delay_for(self, host: str) -> float:
        rules = next((r for k, r in self._robots.items() if urlsplit(k).netloc.lower() == host), None)
        asked = rules.crawl_delay(ROBOT_NAME) if isinstance(rules, RobotFileParser) else None
        return max(self.delay, min(float(asked or 0), MAX_CRAWL_DELAY))

    # --- robots.txt ----------------------------------------------------------------------------
    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, FetchError):
            raise FetchError(url, rules.reason)
        if not rules.can_fetch(ROBOT_NAME, url):
            raise FetchError(url, "disallowed by robots.txt")

    def _load_robots(self, origin: str) -> RobotFileParser | FetchError:
        """The site's rules; a missing robots.txt allows all, 401/403 forbid all, and an
        unreachable one stops fetching from that host this run (it is tried again next run)."""
        rules = RobotFileParser(f"{origin}/robots.txt")
        try:
            response = self._follow(f"{origin}/robots.txt", {}, check_robots=False)
        except FetchError as e:
            return FetchError(e.url, f"robots.txt unreachable ({e.reason}): nothing fetched from {urlsplit(origin).netloc}")
        try:
            code = response.status_code
            if code == 200:
                body = b"".join(self._body(response, origin, PAGE_CAP))
                rules.parse(body.decode("utf-8", errors="replace").splitlines())
            elif code in (401, 403):
                rules.disallow_all = True
            else:
                rules.allow_all = True
        except FetchError as e:
            return FetchError(e.url, f"robots.txt unreadable ({e.reason}): nothing fetched from {urlsplit(origin).netloc}")
        finally:
            response.close()
        return rules

    def _body(self, response: httpx.Response, url: str, cap: int) -> Iterator[bytes]:
        """The body in chunks, stopped at `cap` bytes or after `max_seconds` (a server that
        trickles a byte now and then never trips the read timeout)."""
        size, deadline = 0, self._clock() + self.max_seconds
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError(url, f"larger than the {_mb(cap)} cap: stopped reading at {_mb(size)}")
                if self._clock() > deadline:
                    raise FetchError(url, f"still reading after {self.max_seconds:g} s: stopped at {_mb(size)}")
                yield chunk
        except httpx.TimeoutException:
            raise FetchError(url, "timed out while reading") from None
        except httpx.TransportError as e:
            raise FetchError(url, f"connection lost while reading ({type(e).__name__})") from None


def _expect_ok(response: httpx.Response, url: str) -> None:
    if response.status_code != 200:
        raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _check_magic(head: bytes, url: str, *, final: bool) -> None:
    """A PDF begins with %PDF- (after a byte-order mark or white space, as index.reader allows)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if len(start) < 5 and not final:
        return
    if not start:
        raise FetchError(url, "not a PDF: the body is empty")
    if start[:5] != b"%PDF-":
        raise FetchError(url, f"not a PDF: it begins with {start[:12].decode('ascii', errors='replace')!r}")


def retry_after(value: str | None, now: Clock) -> float | None:
    """Retry-After in seconds, from a number or an HTTP date (counted from `now`); None when
    absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now()).total_seconds())


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
