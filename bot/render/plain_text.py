"""Block Kit as readable terminal text, for `kkrbot chat`: what Slack would show, minus the styling.

Headers, sections (with their button), quotes, context lines, dividers and buttons as `[label]`;
links `<url|label>` become `label (url)`, mentions `<@U1>` become `@U1`, entities are unescaped.
*bold* and _italic_ marks are kept: they read well enough in a terminal.
"""

from __future__ import annotations

import html
import re

_LINK = re.compile(r"<([a-z]+://[^>|]+)\|([^>]*)>")
_BARE_LINK = re.compile(r"<([a-z]+://[^>|]+)>")
_MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")


def mrkdwn_to_text(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(2) if m.group(2) == m.group(1) else f"{m.group(2)} ({m.group(1)})", text)
    text = _BARE_LINK.sub(lambda m: m.group(1), text)
    text = _MENTION.sub(lambda m: f"@{m.group(1)}", text)
    return html.unescape(text)


def _text(obj: dict | None) -> str:
    if not obj:
        return ""
    return mrkdwn_to_text(obj.get("text", "")) if obj.get("type") == "mrkdwn" else obj.get("text", "")


def _button(element: dict) -> str:
    return f"[{_text(element.get('text'))}]" if element.get("type") == "button" else ""


def blocks_to_text(blocks: list[dict]) -> str:
    """Every block on its own line(s); a blank line before each header and after each divider."""
    out: list[str] = []
    for b in blocks:
        kind = b.get("type")
        if kind == "header":
            out.append(f"\n== {_text(b.get('text'))} ==")
        elif kind == "section":
            lines = [_text(b.get("text"))] if b.get("text") else []
            lines += [_text(f) for f in b.get("fields", [])]
            if b.get("accessory"):
                label = _button(b["accessory"])
                if label:
                    lines[-1:] = [f"{lines[-1]}  {label}" if lines else label]
            out.append("\n".join(lines))
        elif kind == "context":
            out.append("  " + " ".join(_text(e) if e.get("type") != "image" else "" for e in b.get("elements", [])).strip())
        elif kind == "divider":
            out.append("-" * 60)
        elif kind == "actions":
            out.append(" ".join(filter(None, (_button(e) for e in b.get("elements", [])))))
    return "\n".join(out).strip("\n")
