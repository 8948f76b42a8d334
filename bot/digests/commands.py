"""The `/kkr digest …`, `/kkr follow …`, `/kkr unfollow …`, `/kkr following` subcommands.

Parsing and replies are plain functions of text (tested without Slack); `subcommands` gives the
handlers the Conversation routes `/kkr <word> …` to (bot/wiring.py plugs them in).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from bot.render.labels import label, labels
from bot.render.mrkdwn import esc
from bot.state.follows import Follows
from bot.state.posting import PostingState
from bot.state.subscriptions import HORIZON_DAYS, WEEKDAYS, Cadence, DigestSubscription, Subscriptions
from index.councils import council_named
from index.model import COUNCILS

if TYPE_CHECKING:
    from bot.conversation import Subcommand
    from bot.digests.leader import ScheduledDigests


# What people type (Danish or English); the replies are bot/render/labels.toml's.
WEEKDAY_WORDS = {
    **{d: d for d in WEEKDAYS},
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
    "saturday": "sat", "sunday": "sun", "man": "mon", "mandag": "mon", "tir": "tue", "tirsdag": "tue",
    "ons": "wed", "onsdag": "wed", "tor": "thu", "torsdag": "thu", "fre": "fri", "fredag": "fri",
    "lør": "sat", "lørdag": "sat", "søn": "sun", "søndag": "sun",
}  # fmt: skip
CADENCE_WORDS: dict[str, Cadence] = {"weekly": "weekly", "ugentlig": "weekly", "ugentligt": "weekly",
                                     "daily": "daily", "daglig": "daily", "dagligt": "daily"}  # fmt: skip
OFF_WORDS = {"off", "stop", "fra"}
SHOW_WORDS = {"show", "vis", "status"}
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


class UsageError(ValueError):
    """A subcommand the user typed wrongly; the message is the reply."""


def parse_councils(words: list[str], language: str = "da") -> tuple[str, ...]:
    found: list[str] = []
    for word in words:
        w = word.strip(",")
        if not w or w.casefold() == "kkr":
            continue
        council = council_named(w)
        if council is None:
            raise UsageError(label("unknown_council", language, word=esc(word), councils=", ".join(COUNCILS)))
        if council not in found:
            found.append(council)
    return tuple(found)


def parse_digest(args: str, channel: str, user: str | None = None, language: str = "da") -> DigestSubscription | str:
    """`weekly mon 08:00 [råd…]` / `daily 07:30 [råd…]` → a subscription; `off` / `show` → that word."""
    words = args.split()
    if not words:
        raise UsageError(label("digest_usage", language))
    head = words[0].casefold()
    if head in OFF_WORDS and len(words) == 1:
        return "off"
    if head in SHOW_WORDS and len(words) == 1:
        return "show"
    cadence = CADENCE_WORDS.get(head)
    if cadence is None:
        raise UsageError(label("digest_usage", language))
    rest = words[1:]
    weekday = None
    if cadence == "weekly":
        weekday = WEEKDAY_WORDS.get(rest[0].casefold()) if rest else None
        if weekday is None:
            raise UsageError(label("which_weekday", language))
        rest = rest[1:]
    m = _TIME.match(rest[0]) if rest else None
    if m is None:
        raise UsageError(label("which_time", language))
    time = f"{int(m[1]):02d}:{m[2]}"
    return DigestSubscription(channel, cadence, time, weekday, parse_councils(rest[1:], language), user)


def describe(sub: DigestSubscription, language: str = "da") -> str:
    """"hver mandag kl. 08:00 (dansk tid) for KKR Midtjylland" (escaped)."""
    councils = esc(", ".join(sub.councils)) if sub.councils else labels(language)["all_councils"]
    if sub.cadence == "weekly" and sub.weekday:
        weekday = labels(language)[f"weekday_{sub.weekday}"]
        return label("digest_weekly", language, weekday=weekday, time=sub.time, councils=councils)
    return label("digest_daily", language, time=sub.time, councils=councils)


def digest_command(args: str, *, channel: str, user: str | None, subscriptions: Subscriptions,
                   service: ScheduledDigests | None = None, language: str = "da") -> str:  # fmt: skip
    """Carry out `/kkr digest …` and return the reply."""
    lab = labels(language)
    try:
        parsed = parse_digest(args, channel, user, language)
    except UsageError as e:
        return str(e)
    if parsed == "show":
        sub = subscriptions.of(channel)
        if sub is None:
            return f"{lab['digest_none']} {lab['digest_usage']}"
        next_run = service.next_run(channel) if service else None
        tail = " " + label("digest_next_run", language, when=f"{next_run:%d-%m-%Y %H:%M}") if isinstance(next_run, datetime) else ""
        return label("digest_current", language, schedule=describe(sub, language)) + tail
    if parsed == "off":
        removed = subscriptions.remove(channel)
        if service:
            service.unschedule(channel)
        return lab["digest_off"] if removed else lab["digest_was_off"]
    assert isinstance(parsed, DigestSubscription)
    subscriptions.set(parsed)
    if service:
        service.schedule(parsed)
    return label("digest_on", language, schedule=describe(parsed, language), days=HORIZON_DAYS)


def follow_command(verb: str, args: str, *, user: str, follows: Follows, language: str = "da") -> str:
    """`follow <emne>`, `unfollow <emne>`, `following`."""
    topic = " ".join(args.split())
    if verb == "following":
        topics = follows.of(user)
        if not topics:
            return label("follow_none", language)
        return label("follow_list", language, topics=", ".join(f"“{esc(t)}”" for t in topics))
    if not topic:
        return label("follow_which", language, verb=verb)
    shown = esc(topic.lower())
    if verb == "follow":
        return label("follow_started" if follows.follow(user, topic) else "follow_already", language, topic=shown)
    return label("follow_stopped" if follows.unfollow(user, topic) else "follow_was_not", language, topic=shown)


def handle(subcommand: str, args: str, *, channel: str, user: str, posting: PostingState,
           service: ScheduledDigests | None = None) -> str:  # fmt: skip
    """One entry for the router: `digest`, `follow`, `unfollow`, `following`."""
    if subcommand == "digest":
        return digest_command(args, channel=channel, user=user, subscriptions=posting.subscriptions, service=service)
    return follow_command(subcommand, args, user=user, follows=posting.follows)


SUBCOMMANDS = ("digest", "follow", "unfollow", "following")


def subcommands(posting: PostingState, service: ScheduledDigests | None = None) -> dict[str, Subcommand]:
    """`name → handler(args, *, channel, user) -> reply text` for the Conversation's /kkr router."""

    def make(name: str) -> Subcommand:
        return lambda args, *, channel, user: handle(name, args, channel=channel, user=user, posting=posting, service=service)

    return {name: make(name) for name in SUBCOMMANDS}


def slack_only_subcommands() -> dict[str, Subcommand]:
    """For the terminal chat: the same words, answered with a note that they only work in Slack."""
    return {name: (lambda args, *, channel, user, name=name: label("slack_only", name=name)) for name in SUBCOMMANDS}
