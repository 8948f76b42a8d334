"""The terminal chat (`kkrbot chat`): each line is a direct message to the bot (a line starting
with `/kkr` is the slash command), through the same Conversation the Slack listeners use; the
reply's blocks are printed as text, buttons numbered: typing the number presses it."""

from __future__ import annotations

from typing import Callable, Iterable

from bot.conversation import Conversation
from bot.render.answers import Reply
from bot.render.plain_text import blocks_to_text

CHAT_USER = "terminal"
CHAT_CHANNEL = "terminal"


def buttons(reply: Reply) -> list[tuple[str, str, str]]:
    """(label, action_id, value) of every button in `reply`, in reading order."""
    found = []
    for b in reply.blocks:
        elements = [b["accessory"]] if b.get("accessory") else []
        elements += b.get("elements", []) if b.get("type") == "actions" else []
        found += [(e["text"]["text"], e["action_id"], e.get("value", "")) for e in elements if e.get("type") == "button"]
    return found


def render(reply: Reply) -> str:
    """The reply as text, each button shown as `[n label]` so it can be pressed by its number."""
    text = blocks_to_text(reply.blocks)
    for n, (label, _, _) in enumerate(buttons(reply), 1):
        text = text.replace(f"[{label}]", f"[{n} {label}]", 1)
    return text


def chat_loop(conversation: Conversation, lines: Iterable[str], echo: Callable[[str], None]) -> None:
    """Send each line through `conversation` as a DM (or `/kkr …` command); print the replies."""
    last: list[tuple[str, str, str]] = []
    for line in lines:
        if line.isdigit() and 1 <= int(line) <= len(last):
            _, action_id, value = last[int(line) - 1]
            reply = conversation.action(action_id, value, user=CHAT_USER)
            if reply is None:
                continue
        elif line == "/kkr" or line.startswith("/kkr "):
            reply = conversation.command(line[4:].strip(), user=CHAT_USER, channel=CHAT_CHANNEL)
        else:
            reply = conversation.question(line, user=CHAT_USER)
        last = buttons(reply)
        echo(render(reply) + "\n")
