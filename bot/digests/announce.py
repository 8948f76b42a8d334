"""New documents announced exactly once: staged in the outbox before the index commit, posted after.

Every intake path (`kkrbot ingest`, the inbox folder, a PDF sent in a DM, fetching from KL) stores
through `ingest_announced`, which hands the engine a hook that *stages* each new document in the
`arrivals` table (bot/state/arrivals.py) before the index commit, and then calls `announce_pending`.
That one function finishes whatever is pending, whoever left it: a staged document found in the
index is marked arrived (digests count it from then on); an arrived one is posted to subscribed
channels and DMed to followers of matching topics, each post claimed in the ledger first, and then
marked announced. A staged document not in the index an hour on lost its commit and is dropped.
So a process killed at any point (before the commit, after it, between posts) leaves a row that the
next ingest or the bot's `outbox:announce` job (every minute, in the scheduler) finishes: the arrival
is neither lost nor doubled. A post whose Slack call was made but not yet marked stays claimed: at
most once. Without a Slack client, arrivals wait for a process that has one (the bot).
Topic matching is the question matching: the engine's own `ask`, with the new items kept when they
rank above `ALERT_MIN_SCORE` of the best hit.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterable

from bot.clock import Clock
from bot.render.digests import alert_blocks, arrival_blocks
from bot.state.arrivals import STALE_STAGING, Arrival, Arrivals
from bot.state.posting import PostingState
from bot.state.subscriptions import DigestSubscription
from index.model import AgendaItem, Meeting
from index.store import IngestResult, meeting_id_of

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from index.engine import AnswerEngine

log = logging.getLogger(__name__)

ALERT_LIMIT = 50  # hits asked for per topic: the new items must be among them
ALERT_MIN_SCORE = 0.5  # a new item alerts when its score is at least this share of the best hit's


@dataclass
class Announcement:
    """What one round of announcing led to (for the intake reply, logs and tests)."""

    documents: list[str] = field(default_factory=list)
    arrivals: list[tuple[str, str]] = field(default_factory=list)  # (channel, document)
    alerts: list[tuple[str, str]] = field(default_factory=list)  # (user, item id)
    failures: list[str] = field(default_factory=list)


def document_of(item_id: str) -> str:
    """"kkr-midtjylland/2026-06-17/minutes/3.4" → "kkr-midtjylland/2026-06-17/minutes"."""
    return item_id.rsplit("/", 1)[0]


class Outbox:
    """The engine's `before_commit` hook (index.store.ingest_meetings): stages what a commit adds,
    and gives back how to forget it if the commit then fails."""

    def __init__(self, arrivals: Arrivals, clock: Clock):
        self.arrivals, self.clock = arrivals, clock

    def __call__(self, stored: list[tuple[Meeting, IngestResult]]) -> Callable[[], None]:
        token = uuid.uuid4().hex
        self.arrivals.stage([_arrival(m, r, self.clock()) for m, r in stored], token)
        return lambda: self._forget(token)

    def _forget(self, token: str) -> None:
        try:
            self.arrivals.unstage(token)
        except Exception:  # noqa: BLE001 - a staged row not in the index is dropped later anyway
            log.exception("could not unstage the arrivals of a failed commit")


def install_outbox(engine: AnswerEngine, arrivals: Arrivals, clock: Clock) -> None:
    """Every ingest through `engine` stages its arrivals first (the engine's `before_commit`)."""
    engine.before_commit = Outbox(arrivals, clock)


def _arrival(meeting: Meeting, result: IngestResult, now: datetime) -> Arrival:
    return Arrival(meeting_id_of(meeting), meeting.council, meeting.meeting_date, meeting.document_kind, meeting.source,
                   now, tuple(result.item_ids), "staged")  # fmt: skip


def ingest_announced(engine: AnswerEngine, meetings: list[Meeting], *, posting: PostingState, client: WebClient | None,
                     now: datetime) -> tuple[list[IngestResult], Announcement]:  # fmt: skip
    """Store `meetings` in one commit with their arrivals staged first, then announce what is pending."""
    results = engine.ingest_many(list(meetings), before_commit=Outbox(posting.arrivals, lambda: now))
    return results, announce_pending(engine=engine, posting=posting, client=client, now=now)


def announce_pending(*, engine: AnswerEngine, posting: PostingState, client: WebClient | None, now: datetime) -> Announcement:
    """Finish every pending arrival (see the module docstring). Safe to run anywhere, any time, twice.

    Cheap to call after every commit however many arrivals wait: without Slack only the staged
    rows are looked at (is the document in the index?), and the arrived ones wait unread for a
    process with Slack; with Slack an arrival's items are read only when a channel or a follower
    may want them (none subscribed and none following: it is marked announced unread)."""
    out = Announcement()
    pending = posting.arrivals.pending(("staged", "arrived") if client is not None else ("staged",))
    if not pending:
        return out
    engine.refresh()  # a commit made by another (perhaps killed) process
    subscriptions = posting.subscriptions.all() if client is not None else []
    alerts = client is not None and bool(posting.follows.all())
    new_items: list[AgendaItem] = []
    for a in pending:
        if a.status == "staged":
            if not any(engine.has_item(x) for x in a.item_ids):
                if posting.arrivals.drop_stale(a.document, now - STALE_STAGING):
                    log.warning("arrival of %s dropped: staged %s, never stored", a.document, a.arrived_at.isoformat())
                continue
            posting.arrivals.confirm(a.document, now)
        out.documents.append(a.document)
        if client is None:
            continue  # posted by a process with Slack (the bot's outbox job)
        if not alerts and not any(sub.takes(a.council) for sub in subscriptions):
            continue  # no one to tell: announced unread
        items = [i for i in (engine.item(x) for x in a.item_ids) if i is not None]
        if not items:
            continue
        _post_arrivals(a.document, items, subscriptions, posting=posting, client=client, out=out)
        new_items += items
    if client is not None and new_items and alerts:
        _send_alerts(new_items, engine=engine, posting=posting, client=client, out=out)
    if client is not None:
        for doc in out.documents:
            posting.arrivals.mark_announced(doc)
    return out


def announce_ingest(result: IngestResult, *, engine: AnswerEngine, posting: PostingState, client: WebClient | None,
                    now: datetime) -> Announcement:  # fmt: skip
    """Announce a result that was stored without staging (a caller that did not go through
    `ingest_announced`): staged now, then announced like the rest. Nothing when it was unchanged."""
    if result.status != "unchanged":
        items = [i for i in (engine.item(x) for x in result.item_ids) if i is not None]
        by_doc: dict[str, list[AgendaItem]] = {}
        for item in items:
            by_doc.setdefault(document_of(item.id), []).append(item)
        staged = [Arrival(doc, its[0].council, its[0].meeting_date, its[0].document_kind, its[0].source, now,
                          tuple(i.id for i in its), "staged") for doc, its in by_doc.items()]  # fmt: skip
        posting.arrivals.stage(staged, uuid.uuid4().hex)
    return announce_pending(engine=engine, posting=posting, client=client, now=now)


def _post_arrivals(doc: str, items: list[AgendaItem], subscriptions: list[DigestSubscription], *,
                   posting: PostingState, client: WebClient, out: Announcement) -> None:  # fmt: skip
    text, blocks = arrival_blocks(items)
    for sub in subscriptions:
        if not sub.takes(items[0].council):
            continue
        if not posting.ledger.claim("arrival", sub.channel, doc):
            continue
        try:
            resp = client.chat_postMessage(channel=sub.channel, text=text, blocks=blocks, unfurl_links=False)
        except Exception as e:  # noqa: BLE001 - one channel's failure must not stop the others
            posting.ledger.mark_failed("arrival", sub.channel, doc, f"{type(e).__name__}: {e}")
            log.exception("arrival post of %s to %s failed", doc, sub.channel)
            out.failures.append(f"arrival {doc} → {sub.channel}")
            continue
        posting.ledger.mark_posted("arrival", sub.channel, doc, resp.get("ts"))
        out.arrivals.append((sub.channel, doc))


def matching_items(engine: AnswerEngine, topic: str, items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The new items the question matching finds for `topic`, above the alert threshold."""
    wanted = {i.id: i for i in items}
    answer = engine.ask(topic, limit=ALERT_LIMIT)
    if not answer.answered or not answer.hits:
        return []
    best = max(h.score for h in answer.hits)
    return [wanted[h.item.id] for h in answer.hits if h.item.id in wanted and h.score >= ALERT_MIN_SCORE * best]


def _send_alerts(items: list[AgendaItem], *, engine: AnswerEngine, posting: PostingState, client: WebClient,
                 out: Announcement) -> None:  # fmt: skip
    topics: dict[str, list[str]] = {}
    for user, topic in posting.follows.all():
        topics.setdefault(topic, []).append(user)
    for topic, users in topics.items():
        for item in matching_items(engine, topic, items):
            for user in users:
                if not posting.ledger.claim_alert(user, item.id, item.council, item.item_number, item.title, item.meeting_date):
                    continue
                try:
                    channel = client.conversations_open(users=user)["channel"]["id"]
                    text, blocks = alert_blocks(item, topic)
                    resp = client.chat_postMessage(channel=channel, text=text, blocks=blocks, unfurl_links=False)
                except Exception as e:  # noqa: BLE001
                    posting.ledger.mark_failed("alert", user, item.id, f"{type(e).__name__}: {e}")
                    log.exception("alert DM of %s failed", item.id)
                    out.failures.append(f"alert {item.id}")
                    continue
                posting.ledger.mark_posted("alert", user, item.id, resp.get("ts"))
                out.alerts.append((user, item.id))
