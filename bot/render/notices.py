"""The bot's fixed sentences for when it cannot answer as asked: busy, too slow, a question cut
short, a file it would not or could not fetch. Danish and English; no detail of the failure ever
goes into them (that is for the log). Pure."""

from __future__ import annotations

from bot.render.answers import Reply
from bot.render.mrkdwn import MAX_BLOCKS, capped, context, section

NOTICES: dict[str, dict[str, str]] = {
    "da": {
        "busy": "Der er travlt lige nu, så jeg nåede ikke dit spørgsmål. Prøv igen om et minut.",
        "too_slow": "Det tog for lang tid at finde svaret. Prøv igen med færre ord.",
        "cut": "Dit spørgsmål var over {n} tegn; jeg har svaret på de første {n}.",
        "file_refused": "Jeg kunne ikke hente *{name}* fra Slack. Send filen igen, eller læg den i indbakken.",
        "file_failed": "Jeg kunne ikke læse *{name}*: der gik noget galt. Fejlen er logget.",
        "file_too_big": "*{name}* er for stor til at blive hentet ({mb} MB er grænsen).",
    },
    "en": {
        "busy": "I am busy right now and did not get to your question. Please try again in a minute.",
        "too_slow": "That took too long to answer. Please try again with fewer words.",
        "cut": "Your question was over {n} characters; I answered its first {n}.",
        "file_refused": "I could not fetch *{name}* from Slack. Send the file again, or drop it in the inbox.",
        "file_failed": "I could not read *{name}*: something went wrong. The error is logged.",
        "file_too_big": "*{name}* is too large to fetch ({mb} MB is the limit).",
    },
}


def notice(key: str, language: str = "da", **values: object) -> str:
    return NOTICES["en" if language == "en" else "da"][key].format(**values)


def notice_reply(key: str, language: str = "da") -> Reply:
    """A one-sentence message (busy, too slow) as a Reply."""
    text = notice(key, language)
    return Reply(text, [section(text)])


def with_note(reply: Reply, note: str) -> Reply:
    """`reply` with `note` (escaped mrkdwn) above it, still within Slack's 50 blocks."""
    blocks = capped(list(reply.blocks), limit=MAX_BLOCKS - 1)
    return Reply(f"{note}\n{reply.text}", [context(note), *blocks])
