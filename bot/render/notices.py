"""The bot's fixed sentences for when it cannot answer as asked, as messages: busy, too slow (a
Reply of one sentence), a question cut short (a note above the answer). The sentences, and those
for a file it would not or could not fetch, are bot/render/labels.toml's (`busy`, `too_slow`,
`cut`, `file_*`); no detail of the failure ever goes into them (that is for the log). Pure."""

from __future__ import annotations

from bot.render.answers import Reply
from bot.render.labels import label
from bot.render.mrkdwn import MAX_BLOCKS, capped, context, section


def notice_reply(key: str, language: str = "da") -> Reply:
    """A one-sentence message (busy, too slow) as a Reply."""
    text = label(key, language)
    return Reply(text, [section(text)])


def with_note(reply: Reply, note: str) -> Reply:
    """`reply` with `note` (escaped mrkdwn) above it, still within Slack's 50 blocks."""
    blocks = capped(list(reply.blocks), limit=MAX_BLOCKS - 1)
    return Reply(f"{note}\n{reply.text}", [context(note), *blocks])
