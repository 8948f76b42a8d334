"""Which listing pages to watch and how to fetch them: `FetchConfig`, read from settings values.

The five KKR pages are built in. `KKRBOT_SOURCES` replaces them with either a TOML file
(`sources.toml`: `[[source]]` tables with `council` and `url`) or inline entries separated by
`;` or new lines, each `COUNCIL=URL` or just `URL` when its address names the council
(`…/kkr-midtjylland/…`). A council may have several pages (an archive page beside the current one).

Pure apart from reading the TOML file the setting names; `bot.settings` passes the values in.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

from index.councils import canonical_council, council_named

__all__ = ["DEFAULT_SOURCES", "FetchConfig", "SourceError", "Source", "fetch_config", "parse_sources"]

MB = 1024 * 1024
KL = "https://www.kl.dk/politik/kkr"
# Midtjylland's address is the one KL's own documents link to; the others follow its pattern.
_PAGE = "moededatoer-dagsordener-og-referater/"
DEFAULT_SCHEDULE = "0 7-19/3 * * mon-fri"  # every 3 hours on weekdays, 07:00-19:00 Copenhagen time


class SourceError(ValueError):
    """A source setting that cannot be used; the message names the setting and the reason."""


@dataclass(frozen=True)
class Source:
    """One listing page of a council's meeting dates, agendas and minutes."""

    council: str  # canonical: "KKR Midtjylland"
    url: str


DEFAULT_SOURCES: tuple[Source, ...] = (
    Source("KKR Hovedstaden", f"{KL}/kkr-hovedstaden/{_PAGE}"),
    Source("KKR Sjælland", f"{KL}/kkr-sjaelland/{_PAGE}"),
    Source("KKR Syddanmark", f"{KL}/kkr-syddanmark/{_PAGE}"),
    Source("KKR Midtjylland", f"{KL}/kkr-midtjylland/{_PAGE}"),
    Source("KKR Nordjylland", f"{KL}/kkr-nordjylland/{_PAGE}"),
)


@dataclass(frozen=True)
class FetchConfig:
    """How `kkrbot fetch` and the scheduled fetch job behave (see `.env.example`)."""

    sources: tuple[Source, ...] = DEFAULT_SOURCES
    archive_dir: Path = Path("var/archive")  # KKRBOT_ARCHIVE
    delay: float = 1.0  # KKRBOT_FETCH_DELAY: seconds between two requests to one host
    contact: str | None = None  # KKRBOT_FETCH_CONTACT: an e-mail or URL KL can reach the operator at
    timeout: float = 30.0  # KKRBOT_FETCH_TIMEOUT: seconds to connect, and between two reads
    max_bytes: int = 50 * MB  # KKRBOT_FETCH_MAX_MB
    schedule: str | None = DEFAULT_SCHEDULE  # KKRBOT_FETCH_SCHEDULE: crontab fields, or "off"

    def user_agent(self, version: str) -> str:
        """What KL's server sees: who we are and how to reach whoever runs this bot."""
        contact = f"; +{self.contact}" if self.contact else ""
        return f"kkrbot/{version} (KKR agenda and minutes bot{contact})"


def fetch_config(values: Mapping[str, str], *, base: Path | None = None) -> FetchConfig:
    """The fetch settings from environment-style `values` (missing or empty: the default).
    `base` resolves a relative sources file (default: the working directory)."""

    def get(name: str) -> str | None:
        v = (values.get(name) or "").strip()
        return v or None

    schedule = get("KKRBOT_FETCH_SCHEDULE")
    return FetchConfig(
        sources=parse_sources(raw, base=base) if (raw := get("KKRBOT_SOURCES")) else DEFAULT_SOURCES,
        archive_dir=Path(get("KKRBOT_ARCHIVE") or "var/archive"),
        delay=_number(get("KKRBOT_FETCH_DELAY"), "KKRBOT_FETCH_DELAY", 1.0),
        contact=get("KKRBOT_FETCH_CONTACT"),
        timeout=_number(get("KKRBOT_FETCH_TIMEOUT"), "KKRBOT_FETCH_TIMEOUT", 30.0, positive=True),
        max_bytes=int(_number(get("KKRBOT_FETCH_MAX_MB"), "KKRBOT_FETCH_MAX_MB", 50.0, positive=True) * MB),
        schedule=None if (schedule or "").lower() in ("off", "none", "no") else (schedule or DEFAULT_SCHEDULE),
    )


def _number(raw: str | None, name: str, default: float, *, positive: bool = False) -> float:
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SourceError(f"{name}={raw!r}: not a number") from None
    if value < 0 or (positive and value == 0):
        raise SourceError(f"{name}={raw!r}: must be {'above' if positive else 'at least'} 0")
    return value


def parse_sources(raw: str, *, base: Path | None = None) -> tuple[Source, ...]:
    """`KKRBOT_SOURCES`: a TOML file's path, or inline `COUNCIL=URL` / `URL` entries."""
    raw = raw.strip()
    if raw.lower().endswith(".toml"):
        path = Path(raw) if base is None or Path(raw).is_absolute() else base / raw
        return _from_toml(path)
    entries = [e.strip() for e in re.split(r"[;\n]", raw) if e.strip()]
    sources = tuple(_entry(e) for e in entries)
    if not sources:
        raise SourceError("KKRBOT_SOURCES: no sources given")
    return sources


def _entry(entry: str) -> Source:
    council_text, sep, url = entry.partition("=")
    if not sep or "://" in council_text:  # just a URL (which may itself hold "=" in its query)
        council_text, url = "", entry
    return _source(council_text.strip() or None, url.strip(), where=f"KKRBOT_SOURCES entry {entry!r}")


def _from_toml(path: Path) -> tuple[Source, ...]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise SourceError(f"KKRBOT_SOURCES: {path}: cannot read: {e.strerror or e}") from e
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise SourceError(f"KKRBOT_SOURCES: {path}: not valid TOML: {e}") from e
    tables = data.get("source")
    if not isinstance(tables, list) or not tables:
        raise SourceError(f"KKRBOT_SOURCES: {path}: no [[source]] tables")
    out = []
    for n, t in enumerate(tables, 1):
        if not isinstance(t, dict) or not isinstance(t.get("url"), str):
            raise SourceError(f"KKRBOT_SOURCES: {path}: source {n} has no url")
        council = t.get("council")
        out.append(_source(council if isinstance(council, str) else None, t["url"], where=f"{path}: source {n}"))
    return tuple(out)


def _source(council: str | None, url: str, *, where: str) -> Source:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourceError(f"{where}: {url!r} is not an http(s) address")
    name = council_named(council) if council else council_in_url(url)
    if name is None:
        reason = f"unknown council {council!r}" if council else "the address names no council: write COUNCIL=URL"
        raise SourceError(f"{where}: {reason}")
    return Source(name, url)


def council_in_url(url: str) -> str | None:
    """The council an address names ("…/kkr-midtjylland/…" → "KKR Midtjylland"), else None."""
    for m in re.finditer(r"kkr-([a-z]+)", urlsplit(url).path.lower()):
        if c := canonical_council(f"kkr {m.group(1).replace('ae', 'æ').replace('oe', 'ø')}"):
            return c
    return None
