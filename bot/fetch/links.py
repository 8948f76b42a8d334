"""A listing page's HTML → the agenda, minutes and attachment PDFs it links to (pure).

KL's page markup is not known here and will change, so nothing depends on classes or ids.
A link is a candidate when its address is a PDF (`….pdf`, with or without `?format=noformat`)
or lies in KL's media library (`/media/<id>/<slug>`). What it is comes from words, first from
the link text people see, then its title, then the file name:
- kind: the first of "bilag" (attachment), "referat" (minutes), "dagsorden" (agenda) that the
  text names: "Bilag 1 til dagsorden" is an attachment, "Dagsorden med bilag" an agenda; a PDF
  that names none of them (a meeting plan, a terms of reference) is not a candidate;
- meeting date: the link text, the file name (`…-den-18-juni-2025`, `…-2025-06-18`), then the
  innermost enclosing element that names exactly one date (the table row, the list item, the box
  of one meeting), then the heading before the link;
- council: the file name (`…-kkr-midtjylland-…`), the link text, else the listing page's council.
The reader of the PDF has the last word on all three; these guide what to fetch (`--since`,
councils) and fill in what a document does not say itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from bot.fetch.html import Anchor, anchors
from index.councils import canonical_council
from index.dates import date_from_filename, find_dates

__all__ = ["DocumentLink", "LinkKind", "find_documents"]

LinkKind = Literal["agenda", "minutes", "attachment"]

_KIND_WORDS = re.compile(r"bilag|referat|dagsorden", re.IGNORECASE)
_KINDS: dict[str, LinkKind] = {"bilag": "attachment", "referat": "minutes", "dagsorden": "agenda"}
_ISO_IN_NAME = re.compile(r"(?<!\d)(20\d\d|19\d\d)-(\d\d)-(\d\d)(?!\d)")
_FILE_COUNCIL = re.compile(r"kkr[-_ ]+([a-zæøå]+)", re.IGNORECASE)
_TEXT_COUNCIL = re.compile(r"\bKKR\s+([A-ZÆØÅ][a-zæøå]+)")
_SCHEMES = ("http", "https")
_URL_NOISE = re.compile(r"[\t\n\r]")


@dataclass(frozen=True)
class DocumentLink:
    """One document a listing page links to, as the page describes it."""

    url: str  # absolute, without fragment
    kind: LinkKind
    council: str | None
    meeting_date: date | None
    text: str  # the link text as shown ("Referat", "Bilag 1")


def find_documents(html: str, page_url: str, *, council: str | None = None) -> list[DocumentLink]:
    """The agenda, minutes and attachment links of a listing page, in page order, one per URL.

    `page_url` resolves relative links (unless the page has a `<base href>`); `council` is the
    listing page's council, used when a link does not name one.
    """
    found, base = anchors(html)
    base_url = urljoin(page_url, base) if base else page_url
    out: dict[str, DocumentLink] = {}
    for anchor in found:
        link = _document(anchor, base_url, council)
        if link is None:
            continue
        seen = out.get(link.url)
        if seen is None:
            out[link.url] = link
        elif seen.meeting_date is None and link.meeting_date is not None:  # the same file linked twice
            out[link.url] = DocumentLink(seen.url, seen.kind, seen.council, link.meeting_date, seen.text)
    return list(out.values())


def _document(anchor: Anchor, base_url: str, council: str | None) -> DocumentLink | None:
    url = _absolute(anchor.href, base_url)
    if url is None:
        return None
    name = _file_name(url)
    if not (name.lower().endswith(".pdf") or "/media/" in urlsplit(url).path.lower()):
        return None
    kind = _kind(anchor.text) or _kind(anchor.title) or _kind(name)
    if kind is None:
        return None
    return DocumentLink(url, kind, _council(anchor, name) or council, _meeting_date(anchor, name), anchor.text or anchor.title)


def _absolute(href: str, base_url: str) -> str | None:
    url = urljoin(base_url, _URL_NOISE.sub("", href))  # browsers drop tabs and line breaks in URLs too
    parts = urlsplit(url)
    if parts.scheme not in _SCHEMES or not parts.netloc:
        return None  # mailto:, javascript:, a fragment of this page
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def _file_name(url: str) -> str:
    """The last path segment, decoded ("referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025.pdf")."""
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])


def _kind(text: str) -> LinkKind | None:
    m = _KIND_WORDS.search(text)
    return _KINDS[m.group(0).lower()] if m else None


def _meeting_date(anchor: Anchor, name: str) -> date | None:
    if (d := _one_date(anchor.text)) is not None:
        return d
    if (d := date_from_filename(name)) is not None:
        return d
    if m := _ISO_IN_NAME.search(name):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    for _tag, text in anchor.enclosing:
        dates = {f.value for f in find_dates(text)}
        if len(dates) == 1:
            return dates.pop()
        if len(dates) > 1:
            break  # this element holds several meetings: the heading may still say which
    return _one_date(anchor.heading)


def _one_date(text: str) -> date | None:
    dates = {f.value for f in find_dates(text)}
    return dates.pop() if len(dates) == 1 else None


def _council(anchor: Anchor, name: str) -> str | None:
    for m in _FILE_COUNCIL.finditer(name):
        word = m.group(1).lower().replace("ae", "æ").replace("oe", "ø")
        if c := canonical_council(f"kkr {word}"):
            return c
    for text in (anchor.text, anchor.title):
        for m in _TEXT_COUNCIL.finditer(text):
            if c := canonical_council(f"KKR {m.group(1)}"):
                return c
    return None
