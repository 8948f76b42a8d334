"""The `/kkr digest …`, `/kkr follow …`, `/kkr unfollow …`, `/kkr following` subcommands.

Parsing and replies are plain functions of text (tested without Slack); `subcommands` gives the
handlers the Conversation routes `/kkr <word> …` to (bot/wiring.py plugs them in).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Callable

from bot.render.mrkdwn import esc
from bot.state.follows import Follows
from bot.state.posting import PostingState
from bot.state.subscriptions import WEEKDAYS, DigestSubscription, Subscriptions
from index.councils import council_named
from index.model import COUNCILS

if TYPE_CHECKING:
    from bot.digests.leader import ScheduledDigests

Subcommand = Callable[..., str]  # (args, *, channel, user) -> the reply text

DIGEST_USAGE = (
    "Brug: `/kkr digest weekly mon 08:00 [råd…]`, `/kkr digest daily 07:30 [råd…]`, "
    "`/kkr digest show` eller `/kkr digest off`"
)
_WEEKDAY_WORDS = {
    **{d: d for d in WEEKDAYS},
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
    "saturday": "sat", "sunday": "sun", "man": "mon", "mandag": "mon", "tir": "tue", "tirsdag": "tue",
    "ons": "wed", "onsdag": "wed", "tor": "thu", "torsdag": "thu", "fre": "fri", "fredag": "fri",
    "lør": "sat", "lørdag": "sat", "søn": "sun", "søndag": "sun",
}  # fmt: skip
_CADENCES = {"weekly": "weekly", "ugentlig": "weekly", "ugentligt": "weekly", "daily": "daily", "daglig": "daily", "dagligt": "daily"}
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
WEEKDAY_DA = {"mon": "mandag", "tue": "tirsdag", "wed": "onsdag", "thu": "torsdag", "fri": "fredag",
              "sat": "lørdag", "sun": "søndag"}  # fmt: skip


class UsageError(ValueError):
    """A subcommand the user typed wrongly; the message is the reply."""


def parse_councils(words: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for word in words:
        w = word.strip(",")
        if not w or w.casefold() == "kkr":
            continue
        council = council_named(w)
        if council is None:
            raise UsageError(f"Kender ikke rådet “{esc(word)}”. Vælg blandt: {', '.join(COUNCILS)}")
        if council not in found:
            found.append(council)
    return tuple(found)


def parse_digest(args: str, channel: str, user: str | None = None) -> DigestSubscription | str:
    """`weekly mon 08:00 [råd…]` / `daily 07:30 [råd…]` → a subscription; `off` / `show` → that word."""
    words = args.split()
    if not words:
        raise UsageError(DIGEST_USAGE)
    head = words[0].casefold()
    if head in {"off", "stop", "fra"} and len(words) == 1:
        return "off"
    if head in {"show", "vis", "status"} and len(words) == 1:
        return "show"
    cadence = _CADENCES.get(head)
    if cadence is None:
        raise UsageError(DIGEST_USAGE)
    rest = words[1:]
    weekday = None
    if cadence == "weekly":
        weekday = _WEEKDAY_WORDS.get(rest[0].casefold()) if rest else None
        if weekday is None:
            raise UsageError("Hvilken ugedag? fx `/kkr digest weekly mon 08:00`")
        rest = rest[1:]
    m = _TIME.match(rest[0]) if rest else None
    if m is None:
        raise UsageError("Hvilket klokkeslæt? fx `08:00` (dansk tid)")
    time = f"{int(m[1]):02d}:{m[2]}"
    return DigestSubscription(channel, cadence, time, weekday, parse_councils(rest[1:]), user)


def describe(sub: DigestSubscription) -> str:
    when = f"hver {WEEKDAY_DA[sub.weekday]} kl. {sub.time}" if sub.cadence == "weekly" else f"hver dag kl. {sub.time}"
    councils = ", ".join(sub.councils) if sub.councils else "alle KKR"
    return f"{when} (dansk tid) for {esc(councils)}"


def digest_command(args: str, *, channel: str, user: str | None, subscriptions: Subscriptions,
                   service: ScheduledDigests | None = None) -> str:  # fmt: skip
    """Carry out `/kkr digest …` and return the reply."""
    try:
        parsed = parse_digest(args, channel, user)
    except UsageError as e:
        return str(e)
    if parsed == "show":
        sub = subscriptions.of(channel)
        if sub is None:
            return "Kanalen får ikke noget KKR-overblik. " + DIGEST_USAGE
        next_run = service.next_run(channel) if service else None
        tail = f" Næste: {next_run:%d-%m-%Y %H:%M}." if isinstance(next_run, datetime) else ""
        return f"Kanalen får KKR-overblikket {describe(sub)}.{tail}"
    if parsed == "off":
        removed = subscriptions.remove(channel)
        if service:
            service.unschedule(channel)
        return "Overblikket er slået fra for kanalen." if removed else "Kanalen havde intet overblik."
    subscriptions.set(parsed)
    if service:
        service.schedule(parsed)
    return (f"Kanalen får nu KKR-overblikket {describe(parsed)}: møder de næste 14 dage og nye beslutninger. "
            "Nye dagsordener og referater deles også, når de kommer.")  # fmt: skip


def follow_command(verb: str, args: str, *, user: str, follows: Follows) -> str:
    """`follow <emne>`, `unfollow <emne>`, `following`."""
    topic = " ".join(args.split())
    if verb == "following":
        topics = follows.of(user)
        if not topics:
            return "Du følger ingen emner. Brug `/kkr follow &lt;emne&gt;`, fx `/kkr follow lærepladser`."
        return "Du følger: " + ", ".join(f"“{esc(t)}”" for t in topics)
    if not topic:
        return f"Hvilket emne? fx `/kkr {verb} lærepladser`"
    if verb == "follow":
        if not follows.follow(user, topic):
            return f"Du følger allerede “{esc(topic.lower())}”."
        return f"Du får nu en besked, når et nyt punkt om “{esc(topic.lower())}” kommer på en dagsorden eller i et referat."
    if follows.unfollow(user, topic):
        return f"Du følger ikke længere “{esc(topic.lower())}”."
    return f"Du fulgte ikke “{esc(topic.lower())}”."


def handle(subcommand: str, args: str, *, channel: str, user: str, posting: PostingState,
           service: ScheduledDigests | None = None) -> str:  # fmt: skip
    """One entry for the router: `digest`, `follow`, `unfollow`, `following`."""
    if subcommand == "digest":
        return digest_command(args, channel=channel, user=user, subscriptions=posting.subscriptions, service=service)
    return follow_command(subcommand, args, user=user, follows=posting.follows)


SUBCOMMANDS = ("digest", "follow", "unfollow", "following")
SLACK_ONLY = "“/kkr {name}” virker kun i Slack (den gemmer abonnementer for en kanal eller en bruger)."


def subcommands(posting: PostingState, service: ScheduledDigests | None = None) -> dict[str, Subcommand]:
    """`name → handler(args, *, channel, user) -> reply text` for the Conversation's /kkr router."""

    def make(name: str) -> Subcommand:
        return lambda args, *, channel, user: handle(name, args, channel=channel, user=user, posting=posting, service=service)

    return {name: make(name) for name in SUBCOMMANDS}


def slack_only_subcommands() -> dict[str, Subcommand]:
    """For the terminal chat: the same words, answered with a note that they only work in Slack."""
    return {name: (lambda args, *, channel, user, name=name: SLACK_ONLY.format(name=name)) for name in SUBCOMMANDS}
