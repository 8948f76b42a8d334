"""After an ingest: record the arrival, post it to subscribed channels, DM followers of matching topics.

`announce_ingest` is the one function every intake path calls (inbox folder, Slack DM upload,
`kkrbot ingest`). Without a Slack client it only records the arrival (digests use it later);
with one it posts, each post claimed in the ledger first so nothing goes out twice.
Topic matching is the question matching: the engine's own `ask`, with the new items kept when
they rank above `ALERT_MIN_SCORE` of the best hit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from bot.render.digests import alert_blocks, arrival_blocks
from bot.state.db import state_for
from bot.state.subscriptions import Arrival, SubscriptionStore
from index.model import AgendaItem

log = logging.getLogger(__name__)

ALERT_LIMIT = 50  # hits asked for per topic: the new items must be among them
ALERT_MIN_SCORE = 0.5  # a new item alerts when its score is at least this share of the best hit's


@dataclass
class Announcement:
    """What one ingest led to (for the intake reply, logs and tests)."""

    documents: list[str] = field(default_factory=list)
    arrivals: list[tuple[str, str]] = field(default_factory=list)  # (channel, document)
    alerts: list[tuple[str, str]] = field(default_factory=list)  # (user, item id)
    failures: list[str] = field(default_factory=list)


def document_of(item_id: str) -> str:
    """"kkr-midtjylland/2026-06-17/minutes/3.4" → "kkr-midtjylland/2026-06-17/minutes"."""
    return item_id.rsplit("/", 1)[0]


def result_item_ids(result: Any) -> list[str]:
    """The item ids an `IngestResult` reports, whatever it calls them."""
    for name in ("item_ids", "ids", "items"):
        ids = getattr(result, name, None)
        if ids:
            return [i if isinstance(i, str) else i.id for i in ids]
    return []


def announce_ingest(result: Any, *, engine: Any, store: SubscriptionStore, client: Any | None,
                    now: datetime) -> Announcement:  # fmt: skip
    """Announce a finished `engine.ingest(...)`: nothing when the document was already there."""
    out = Announcement()
    if getattr(result, "status", "added") == "unchanged":
        return out
    items = [i for i in (engine.item(x) for x in result_item_ids(result)) if i is not None]
    by_doc: dict[str, list[AgendaItem]] = {}
    for item in items:
        by_doc.setdefault(document_of(item.id), []).append(item)
    for doc, doc_items in by_doc.items():
        first = doc_items[0]
        store.record_arrival(Arrival(doc, first.council, first.meeting_date, first.document_kind, first.source, now))
        out.documents.append(doc)
        if client is not None:
            _post_arrivals(doc, doc_items, store=store, client=client, out=out)
    if client is not None and items:
        _send_alerts(items, engine=engine, store=store, client=client, out=out)
    return out


def _post_arrivals(doc: str, items: list[AgendaItem], *, store: SubscriptionStore, client: Any,
                   out: Announcement) -> None:  # fmt: skip
    council = items[0].council.casefold()
    text, blocks = arrival_blocks(items)
    for sub in store.digests():
        if sub.councils and council not in {c.casefold() for c in sub.councils}:
            continue
        if not store.claim("arrival", sub.channel, doc):
            continue
        try:
            resp = client.chat_postMessage(channel=sub.channel, text=text, blocks=blocks, unfurl_links=False)
        except Exception as e:  # noqa: BLE001 - one channel's failure must not stop the others
            store.mark_failed("arrival", sub.channel, doc, f"{type(e).__name__}: {e}")
            log.exception("arrival post of %s to %s failed", doc, sub.channel)
            out.failures.append(f"arrival {doc} → {sub.channel}")
            continue
        store.mark_posted("arrival", sub.channel, doc, resp.get("ts"))
        out.arrivals.append((sub.channel, doc))


def matching_items(engine: Any, topic: str, items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The new items the question matching finds for `topic`, above the alert threshold."""
    wanted = {i.id: i for i in items}
    answer = engine.ask(topic, limit=ALERT_LIMIT)
    if not answer.answered or not answer.hits:
        return []
    best = max(h.score for h in answer.hits)
    return [wanted[h.item.id] for h in answer.hits if h.item.id in wanted and h.score >= ALERT_MIN_SCORE * best]


def _send_alerts(items: list[AgendaItem], *, engine: Any, store: SubscriptionStore, client: Any,
                 out: Announcement) -> None:  # fmt: skip
    topics: dict[str, list[str]] = {}
    for user, topic in store.follows():
        topics.setdefault(topic, []).append(user)
    for topic, users in topics.items():
        for item in matching_items(engine, topic, items):
            for user in users:
                if not store.claim_alert(user, item.id, item.council, item.item_number, item.title, item.meeting_date):
                    continue
                try:
                    channel = client.conversations_open(users=user)["channel"]["id"]
                    text, blocks = alert_blocks(item, topic)
                    resp = client.chat_postMessage(channel=channel, text=text, blocks=blocks, unfurl_links=False)
                except Exception as e:  # noqa: BLE001
                    store.mark_failed("alert", user, item.id, f"{type(e).__name__}: {e}")
                    log.exception("alert DM of %s failed", item.id)
                    out.failures.append(f"alert {item.id}")
                    continue
                store.mark_posted("alert", user, item.id, resp.get("ts"))
                out.alerts.append((user, item.id))


def announce_with_settings(settings: Any, engine: Any, result: Any) -> Announcement:
    """For `kkrbot ingest`: record the arrival; post arrivals and alerts only if a bot token is set."""
    from slack_sdk import WebClient  # only where Slack is configured

    client = WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url) if settings.slack_bot_token else None
    store = SubscriptionStore(state_for(settings))
    return announce_ingest(result, engine=engine, store=store, client=client, now=datetime.now(ZoneInfo(settings.timezone)))
