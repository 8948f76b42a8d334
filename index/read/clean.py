"""Body lines of one item section → readable text, with its page breaks, links and attachments.

Lines a paragraph wrapped are joined with a space (a line is wrapped when the next line's
first word would not have fitted on it); bullets, numbered points, attachment lines and
table rows keep a line each; an empty paragraph in the document becomes a blank line.
Words broken at a line end are made whole (`index.read.hyphens`). Link lines from the page foot
become links, not text. "./." marks an attachment line: its sentence is kept as an
attachment and its text stays in the body without the marker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from index.lazy_patterns import lazy
from index.read.hyphens import Vocabulary, fix_inline, join_split
from index.read.lines import Line

__all__ = ["ATTACHMENT_MARK", "Composed", "compose", "first_sentence", "join_title", "sentence_spans", "urls_in"]

ATTACHMENT_MARK = "./."
BULLETS = ("–", "-", "•", "o", "▪", "◦", "*", "·")
_LIST_ITEM = lazy(r"^(?:\d{1,2}[.)]|[a-zæøå][.)])\s")
_URL = lazy(r"(?:https?://|www\.)[^\s<>\"”]+")
_URL_TAIL = lazy(r"^[\w\-./?=&%#~+]*(?:/|\.(?:pdf|docx?|xlsx?|pptx?|aspx?|html?))(?:\?\S*)?$")
_STOP = lazy(r"[.!?](?=\s)|[.!?]$|\n")
# "dvs.", "jf.", "mv.", "vedr.", "bl.a.", "f.eks.": a stop after these does not end a sentence.
_ABBREVIATION = lazy(r"(?:[a-zæøå]{1,4}|\w+(?:\.\w+)+)\.")
WRAP_TOLERANCE = 0.15  # proportional fonts: character counts only approximate widths


@dataclass(frozen=True)
class Composed:
    text: str
    page_start: int
    page_breaks: tuple[int, ...]
    links: tuple[str, ...]
    attachments: tuple[str, ...]
    marker_pages: tuple[int, ...]  # pages with a bare "./." whose line was lost


def starts_block(text: str) -> bool:
    """A bullet, a numbered point or an attachment line starts a line of its own."""
    first = text.split(" ", 1)[0]
    return first in BULLETS or first == ATTACHMENT_MARK or bool(_LIST_ITEM.match(text))


def _wrapped(prev: Line, cur: Line) -> bool:
    if prev.fill is None or cur.lead is None:
        return not (prev.text.endswith((".", ":")) or cur.text[:1].isupper())
    return prev.fill + cur.lead + WRAP_TOLERANCE >= 1.0


def _separator(prev: Line, cur: Line) -> str:
    if cur.gap_before:
        return "\n\n"
    if starts_block(cur.text) or prev.text.endswith(":") or prev.bold != cur.bold or prev.row or cur.row:
        return "\n"
    return " " if _wrapped(prev, cur) else "\n"


def _url_continues(prev_text: str, cur_text: str) -> bool:
    last = prev_text.rsplit(" ", 1)[-1]
    return last.startswith(("http", "www.")) and bool(_URL_TAIL.match(cur_text.split(" ", 1)[0]))


def compose(lines: Sequence[Line], vocab: Vocabulary, *, page: int, flow: bool = False) -> Composed:
    """Join `lines` into text; `page` is where the text starts if there are no lines.

    With `flow` every line break becomes a space (a wrapped title).
    """
    links = [ln.text for ln in lines if ln.link]
    body = [ln for ln in lines if not ln.link]
    markers = tuple(ln.page for ln in body if ln.text == ATTACHMENT_MARK)
    body = [ln for ln in body if ln.text != ATTACHMENT_MARK]
    out = ""
    breaks: list[int] = []
    attach_at: list[int] = []
    prev: Line | None = None
    for ln in body:
        text = fix_inline(ln.text, vocab)
        is_attachment = text.startswith(ATTACHMENT_MARK + " ")
        if is_attachment:
            text = text[len(ATTACHMENT_MARK) :].lstrip()
        if prev is None:
            start = len(out)
            out += text
        else:
            merged = _merge_broken_word(out, text, vocab) if not ln.gap_before else None
            if merged is not None:
                out, rest = merged
                start = len(out) + (1 if rest else 0)
                out += (" " + rest) if rest else ""
            else:
                if _url_continues(out, text):
                    sep = ""
                else:
                    sep = " " if flow else _separator(prev, ln)
                start = len(out) + len(sep)
                out += sep + text
        for _ in range(ln.page - (prev.page if prev else ln.page)):
            breaks.append(start)
        if is_attachment:
            attach_at.append(start)
        prev = ln
    attachments = tuple(first_sentence(out, at) for at in attach_at)
    links += [u for u in urls_in(out) if u not in links]
    return Composed(
        text=out,
        page_start=body[0].page if body else (lines[0].page if lines else page),
        page_breaks=tuple(breaks),
        links=tuple(dict.fromkeys(links)),
        attachments=tuple(a for a in attachments if a),
        marker_pages=markers,
    )


def _merge_broken_word(out: str, text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """If `out` ends in a word broken at the line end, `out` with it whole and the rest of `text`."""
    if not out.endswith("-"):
        return None
    cut = max(out.rfind(" "), out.rfind("\n")) + 1
    stem = out[cut:]
    first, _, rest = text.partition(" ")
    if first in BULLETS and rest:
        # "udford-" / "– ringer": the extractor put the next bullet's dash on the continuation.
        word, _, after = rest.partition(" ")
        tail = word.strip(".,;:")
        if stem[:-1].isalpha() and tail.islower() and (stem[:-1] + tail).casefold() in vocab.words:
            return out[:cut] + stem[:-1] + word, after
        return None
    merged = join_split(stem, first, vocab)
    if merged is None:
        return None
    return out[:cut] + merged, rest


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a line break always ends one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _STOP.finditer(text):
        if m.group() == ".":
            after = text[m.end() :].lstrip(" ")[:1]
            token = text[start : m.end()].rsplit(None, 1)[-1] if text[start : m.end()].strip() else ""
            if after and after != "\n" and not (after.isupper() or after.isdigit() or after in "\"”–-"):
                continue
            if _ABBREVIATION.fullmatch(token):
                continue
        end = m.end() if m.group() != "\n" else m.start()
        if text[start:end].strip():
            spans.append((start + len(text[start:end]) - len(text[start:end].lstrip()), end))
        start = m.end()
    if text[start:].strip():
        spans.append((start + len(text[start:]) - len(text[start:].lstrip()), len(text.rstrip())))
    return spans


def first_sentence(text: str, at: int) -> str:
    """The sentence that starts at `at` (a line break ends it at the latest)."""
    for start, end in sentence_spans(text[at:]):
        return text[at + start : at + end].strip()
    return ""


def urls_in(text: str) -> list[str]:
    return [u.rstrip(".,;:)") for u in _URL.findall(text)]


def join_title(lines: Sequence[Line], vocab: Vocabulary) -> str:
    """A title wrapped over several lines, as one line."""
    return " ".join(compose(lines, vocab, page=1, flow=True).text.split())
