"""Typed ingest errors: each says in one line why a file could not be read as a KKR document.

`str(error)` is the bare reason ("no text layer: OCR it first"); `error.message` names the
file as well, which is the line the CLI and the bot show to people.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "CorruptPDF",
    "EmptyFile",
    "EncryptedPDF",
    "IngestError",
    "NoTextLayer",
    "NotAnAgenda",
    "NotUtf8Text",
    "TooLarge",
    "shown_name",
]


def shown_name(name: str | Path) -> str:
    """A file name as one line of output shows it: as it is when it is plain printable text (Danish
    letters and spaces included), else quoted and escaped like Python's repr (a newline as \\n), so
    a name can neither break the line nor forge another."""
    text = str(name)
    return text if text.isprintable() else repr(text)


class IngestError(Exception):
    """Base of every error `index.read.document.read_document` raises for a bad input file."""

    reason = "cannot read this file"

    def __init__(self, reason: str | None = None, *, path: str | Path | None = None) -> None:
        self.reason = " ".join((reason or type(self).reason).split())
        self.path = str(path) if path is not None else None
        super().__init__(self.reason)

    def __str__(self) -> str:
        return self.reason

    @property
    def message(self) -> str:
        """One line naming the file and the reason, e.g. "x.pdf: encrypted PDF: ..."."""
        return f"{shown_name(self.path)}: {self.reason}" if self.path else self.reason

    def with_path(self, path: str | Path) -> IngestError:
        """The same error, naming `path` (the reader adds it; parsers know no file)."""
        self.path = str(path)
        return self


class EmptyFile(IngestError):
    reason = "empty file"


class CorruptPDF(IngestError):
    reason = "corrupt PDF: cannot be parsed"


class EncryptedPDF(IngestError):
    reason = "encrypted PDF: needs a password"


class NoTextLayer(IngestError):
    reason = "no text layer: OCR it first"


class NotAnAgenda(IngestError):
    reason = "no agenda items found"


class NotUtf8Text(IngestError):
    reason = "not UTF-8 text"


class TooLarge(IngestError):
    reason = "file too large"
