"""The archive folder (`KKRBOT_ARCHIVE`): every PDF fetched, kept under a stable name.

`<council>/<file name from the URL>-<first 12 hex of its SHA-256>.pdf`, e.g.
`kkr-midtjylland/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025-3f2a9c1b7d4e.pdf`:
readable, the same for the same content at the same address on every run and machine, and a
corrected PDF at the same address gets a file of its own beside the first. Downloads land in
`.partial/` and are moved in whole (one rename), so a killed run never leaves half a PDF under a
real name; `.partial/` is emptied at the start of the next run.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlsplit

__all__ = ["Archive", "ArchiveBusy"]

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class ArchiveBusy(Exception):
    """Another fetch run holds the archive."""


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def partial_dir(self) -> Path:
        return self.root / ".partial"

    def name_for(self, council: str | None, url: str, sha256: str) -> Path:
        """The archive path (relative to the root) of this content from this address."""
        stem = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
        stem = stem[:-4] if stem.lower().endswith(".pdf") else stem
        return Path(_slug(council or "ukendt-raad"), f"{_slug(stem)[:100] or 'dokument'}-{sha256[:12]}.pdf")

    def keep(self, downloaded: Path, council: str | None, url: str, sha256: str) -> Path:
        """Move a finished download into place; the same content already there is kept as it is."""
        target = self.root / self.name_for(council, url, sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            downloaded.unlink(missing_ok=True)
        else:
            os.replace(downloaded, target)
        return target

    @contextmanager
    def run_lock(self) -> Iterator[None]:
        """One fetch run at a time per archive (the scheduled job and a `kkrbot fetch`); clears
        what a killed run left in `.partial/`."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("a+") as f:
            try:
                import fcntl
            except ImportError:  # not POSIX: no lock, as before this module existed
                fcntl = None  # type: ignore[assignment]
            if fcntl is not None:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise ArchiveBusy(f"{self.root}: another fetch is running") from None
            try:
                for stale in self.partial_dir.glob("*.part") if self.partial_dir.is_dir() else ():
                    stale.unlink(missing_ok=True)
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _slug(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return _NOT_SLUG.sub("-", text).strip("-")
