"""What an import's worker processes run: one file read and prepared (`index.importer` starts them).

Apart from `index.importer` so that a worker imports only the reading and preparing stages:
importing the importer brought in the store and Whoosh's searching (~60 ms of a worker's
~260 ms start-up CPU), none of which a worker uses.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from index.errors import IngestError
from index.prepare import TERMS_VERSION, PreparedMeeting, prepare_meeting

__all__ = ["FileRead", "FileTask", "file_key", "read_file"]


@dataclass(frozen=True)
class FileTask:
    """A file to import, and the source it is recorded under (a URL, a name, or its path)."""

    path: Path
    source: str


@dataclass(frozen=True)
class FileRead:
    """A worker's answer: the prepared meeting, or the reason it could not be read."""

    prepared: PreparedMeeting | None
    reason: str | None
    pages: int = 0
    note: str | None = None


def file_key(path: Path, meeting_date: date | None, council: str | None) -> str:
    """"size:sha256" of the file, plus the facts given for it (they can change what is stored) and
    the TERMS_VERSION it is indexed with (a newer one makes the file read again)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    key = f"{path.stat().st_size}:{digest.hexdigest()}"
    if meeting_date or council:
        key += f":{meeting_date.isoformat() if meeting_date else ''}:{council or ''}"
    return f"{key}:t{TERMS_VERSION}"


def read_file(task: FileTask, meeting_date: date | None, council: str | None) -> FileRead:
    """Read and prepare one file (the worker processes' entry point; it never raises)."""
    from index.read.document import read_document
    from index.read.front_matter import contents_check

    try:
        meeting = read_document(task.path, meeting_date=meeting_date, council=council, source=task.source)
        key = file_key(task.path, meeting_date, council)
        return FileRead(prepare_meeting(meeting, file_key=key), None, meeting.page_count, contents_check(meeting))
    except IngestError as e:
        return FileRead(None, e.reason)
    except OSError as e:
        return FileRead(None, f"cannot read: {e.strerror or e}")
    except Exception as e:  # a bug on one file must not stop the others
        return FileRead(None, f"unexpected {type(e).__name__}: {' '.join(str(e).split())}")
