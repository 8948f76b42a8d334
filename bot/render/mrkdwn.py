"""Block Kit building bricks shared by every renderer (answers, digests, App Home). Pure.

Slack rejects a whole message for one oversized field, so the limits live here with the bricks:
text goes through `esc` (&, <, > as entities) before any mrkdwn is added, sections are packed
under 3000 characters, messages capped at 50 blocks, and long prose is cut at a sentence end.
"""

from __future__ import annotations

import re
from datetime import date

from typing import Iterable

from bot.render.labels import label
from index.dates import when_text

MAX_BLOCKS = 50  # a message; App Home views allow 100
MAX_VIEW_BLOCKS = 100
MAX_SECTION = 3000
MAX_CONTEXT_TEXT = 2000
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_VALUE = 2000
MAX_CONTEXT_ELEMENTS = 10
MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip


def esc(text: str) -> str:
    """Slack's three control characters as entities; do this before adding any mrkdwn."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def da_date(d: date | None) -> str:
    return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}" if d else label("date_unknown", "da")


def meeting_when(d: date | None, window: tuple[date | None, date | None] = (None, None), language: str = "da") -> str:
    """A meeting's date, or for an undated one the window its text gives ("mellem 26. august og
    24. september 2025"): what every reply, digest and post shows as its date."""
    return when_text(d, window, language)


def human_date(d: date | None, language: str = "da") -> str:
    """"17. juni 2026" for Danish readers, "17 June 2026" for English ones."""
    if language != "en":
        return da_date(d)
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if d else label("date_unknown", "en")


def link(url: str, label: str) -> str:
    """`<url|label>` that survives odd titles: no newlines, escaped label, `|` and `>` quoted in the URL."""
    safe_url = url.strip().replace("|", "%7C").replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")
    return f"<{safe_url}|{esc(' '.join(label.split()))}>"


def is_url(text: str) -> bool:
    return bool(re.match(r"https?://\S+$", text.strip()))


_SENTENCE_END = re.compile(r"(?<!\d)(?<!\b[a-zæøå])[.!?](?=\s|$)")


def cut_at_sentence(text: str, limit: int, more: str = "…") -> tuple[str, bool]:
    """`text` if it fits in `limit`, else its longest run of whole sentences that does (with room
    for `more`, which is appended); a first sentence longer than `limit` is cut at a word."""
    if len(text) <= limit:
        return text, False
    room = max(limit - len(more) - 1, 1)
    head = text[:room]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] > room // 3:
        head = head[: ends[-1]]
    else:
        head = head.rsplit(" ", 1)[0] if " " in head.strip() else head
        head = head.rstrip(" ,;:")
    return f"{head.rstrip()} {more}", True


def pieces(text: str, limit: int) -> list[str]:
    """`text` split into parts of at most `limit` characters, at sentence ends where possible
    (else at a space), so a long paragraph is shown whole over several sections."""
    out: list[str] = []
    while len(text) > limit:
        head = text[:limit]
        ends = [m.end() for m in _SENTENCE_END.finditer(head)]
        at = ends[-1] if ends and ends[-1] > limit // 3 else (head.rfind(" ") if head.rfind(" ") > limit // 3 else limit)
        out.append(text[:at].rstrip())
        text = text[at:].lstrip()
    return out + ([text] if text else [])


def section(text: str) -> dict:
    """A mrkdwn section; `text` must already be escaped (verbatim: Slack adds no links of its own)."""
    if len(text) > MAX_SECTION:
        text, _ = cut_at_sentence(text, MAX_SECTION)
    return {"type": "section", "text": {"type": "mrkdwn", "text": text or " ", "verbatim": True}}


def context(*texts: str) -> dict:
    elements = [{"type": "mrkdwn", "text": t[:MAX_CONTEXT_TEXT] or " ", "verbatim": True} for t in texts[:MAX_CONTEXT_ELEMENTS]]
    return {"type": "context", "elements": elements}


def header(text: str) -> dict:
    text = " ".join(text.split())
    if len(text) > MAX_HEADER:
        text = text[: MAX_HEADER - 1].rsplit(" ", 1)[0] + "…"
    return {"type": "header", "text": {"type": "plain_text", "text": text or " ", "emoji": True}}


def divider() -> dict:
    return {"type": "divider"}


def button(label: str, action_id: str, value: str, *, style: str | None = None) -> dict:
    """A button; the label is cut to Slack's 75 characters and the value must fit in 2000."""
    if len(value) > MAX_VALUE:
        raise ValueError(f"button value of {len(value)} characters exceeds Slack's {MAX_VALUE}")
    label = " ".join(label.split())
    if len(label) > MAX_BUTTON_TEXT:
        label = label[: MAX_BUTTON_TEXT - 1].rstrip() + "…"
    b = {"type": "button", "text": {"type": "plain_text", "text": label, "emoji": True}, "action_id": action_id, "value": value}
    if style:
        b["style"] = style
    return b


def actions(*buttons: dict) -> dict:
    return {"type": "actions", "elements": list(buttons)[:25]}


def packed(lines: Iterable[str]) -> list[dict]:
    """Lines into as few sections as fit in 3000 characters each (a too-long line is cut)."""
    blocks: list[dict] = []
    chunk = ""
    for line in lines:
        if len(line) > MAX_SECTION:
            line = line[: MAX_SECTION - 1].rsplit(" ", 1)[0] + "…"
        if chunk and len(chunk) + 1 + len(line) > MAX_SECTION:
            blocks.append(section(chunk))
            chunk = ""
        chunk = f"{chunk}\n{line}" if chunk else line
    if chunk:
        blocks.append(section(chunk))
    return blocks


def capped(blocks: list[dict], limit: int = MAX_BLOCKS, language: str = "da") -> list[dict]:
    """At most `limit` blocks; the last kept one says how many were left out."""
    if len(blocks) <= limit:
        return blocks
    kept = blocks[: limit - 1]
    return kept + [context(label("more_blocks", language, n=len(blocks) - len(kept)))]
