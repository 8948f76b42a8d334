"""Downloading a file someone shared with the bot, without ever showing the bot token to anyone but Slack.

Slack serves a shared file at its `url_private`, to requests carrying the bot token. The token goes
only to Slack's own hosts over https (`slack.com` and its subdomains, e.g. files.slack.com), or to
the origin of SLACK_API_URL when an operator points that at a proxy or a test server. Redirects are
followed by hand, at most `MAX_REDIRECTS`: with the token while they stay on such a host, without
it (and only over https) when they leave. Anything else is refused before a byte is sent. The body
is streamed to the target file and cut off at `max_bytes`.

Errors are `FileRefused` (not a Slack file URL, or a redirect that goes where it must not),
`FileTooLarge` and `FileFetchFailed` (an HTTP error or the network), each with a message for the
log only; what the person in Slack reads are fixed sentences (bot/render/notices.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

log = logging.getLogger(__name__)

MAX_REDIRECTS = 3
MAX_BYTES = 50 * 1024 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class FileError(Exception):
    """A shared file could not be fetched; the message is for the log (never shown in Slack)."""


class FileRefused(FileError):
    """The URL (or a redirect) would take the bot token, or the file, where it must not go."""


class FileTooLarge(FileError):
    pass


class FileFetchFailed(FileError):
    pass


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"https": 443, "http": 80}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


def may_carry_token(url: str, api_url: str) -> bool:
    """Slack's own host over https, or exactly the origin SLACK_API_URL names."""
    scheme, host, _ = _origin(url)
    if scheme == "https" and (host == "slack.com" or host.endswith(".slack.com")):
        return True
    return bool(host) and _origin(url) == _origin(api_url)


def download(url: str, token: str, target: Path, *, api_url: str, max_bytes: int = MAX_BYTES,
             transport: httpx.BaseTransport | None = None) -> int:  # fmt: skip
    """Fetch `url` into `target` (see the module doc); the number of bytes written."""
    if not may_carry_token(url, api_url):
        raise FileRefused(f"not a Slack file URL: {_shown(url)}")
    with httpx.Client(timeout=TIMEOUT, follow_redirects=False, transport=transport) as client:
        authorized = True
        for _ in range(MAX_REDIRECTS + 1):
            headers = {"Authorization": f"Bearer {token}"} if authorized else {}
            try:
                with client.stream("GET", url, headers=headers) as resp:
                    if resp.is_redirect:
                        url = urljoin(url, resp.headers.get("location", ""))
                        authorized = authorized and may_carry_token(url, api_url)
                        if not authorized and _origin(url)[0] != "https":
                            raise FileRefused(f"redirected off Slack to a plain-http URL: {_shown(url)}")
                        continue
                    if resp.status_code != 200:
                        raise FileFetchFailed(f"HTTP {resp.status_code} from {_shown(url)}")
                    return _save(resp, target, max_bytes)
            except httpx.HTTPError as e:
                raise FileFetchFailed(f"{type(e).__name__} fetching {_shown(url)}") from e
    raise FileRefused(f"more than {MAX_REDIRECTS} redirects")


def _save(resp: httpx.Response, target: Path, max_bytes: int) -> int:
    announced = resp.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > max_bytes:
        raise FileTooLarge(f"{announced} bytes announced, {max_bytes} allowed")
    written = 0
    with target.open("wb") as out:
        for chunk in resp.iter_bytes(1 << 16):
            written += len(chunk)
            if written > max_bytes:
                raise FileTooLarge(f"over {max_bytes} bytes")
            out.write(chunk)
    return written


def _shown(url: str) -> str:
    """A URL for the log: scheme, host and path, never a query (Slack's may carry signatures)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"
