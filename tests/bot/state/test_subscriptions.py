"""Subscriptions and the post ledger, on SQLite and PostgreSQL: claims are exclusive, failures can be retried."""

from __future__ import annotations

import threading
from datetime import date, datetime, timezone

from bot.state.subscriptions import Arrival, DigestSubscription, SubscriptionStore

CLOCK = lambda: datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)  # noqa: E731


def test_digest_subscriptions_round_trip_and_update(state_url):
    store = SubscriptionStore(state_url, clock=CLOCK)
    store.set_digest(DigestSubscription("C1", "weekly", "08:00", "mon", ("KKR Midtjylland",), "U1"))
    store.set_digest(DigestSubscription("C1", "daily", "07:30"))
    [sub] = SubscriptionStore(state_url, clock=CLOCK).digests()
    assert (sub.channel, sub.cadence, sub.time, sub.weekday, sub.councils) == ("C1", "daily", "07:30", None, ())
    assert store.remove_digest("C1") and not store.remove_digest("C1") and store.digests() == []


def test_follows_are_per_user_and_normalised(state_url):
    store = SubscriptionStore(state_url, clock=CLOCK)
    assert store.follow("U1", "  Lærepladser ") and not store.follow("U1", "lærepladser")
    store.follow("U2", "klima")
    assert store.following("U1") == ["lærepladser"]
    assert sorted(store.follows()) == [("U1", "lærepladser"), ("U2", "klima")]
    assert store.unfollow("U1", "LÆREPLADSER") and store.following("U1") == []


def test_only_one_of_many_concurrent_claims_wins(state_url):
    SubscriptionStore(state_url, clock=CLOCK)  # the tables exist before the race
    wins: list[bool] = []
    start = threading.Barrier(8)

    def claim() -> None:
        start.wait()
        wins.append(SubscriptionStore(state_url, clock=CLOCK).claim("digest", "C1", "2026-11-23T07:00:00+00:00"))

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(wins) == [False] * 7 + [True]


def test_failed_post_can_be_claimed_again_posted_never(state_url):
    store = SubscriptionStore(state_url, clock=CLOCK)
    assert store.claim("arrival", "C1", "doc")
    store.mark_failed("arrival", "C1", "doc", "channel_not_found")
    assert store.status("arrival", "C1", "doc") == "failed"
    assert store.claim("arrival", "C1", "doc")
    store.mark_posted("arrival", "C1", "doc", "123.456")
    assert not store.claim("arrival", "C1", "doc")
    assert store.status("arrival", "C1", "doc") == "posted"


def test_alert_for_the_same_item_in_agenda_and_minutes_is_claimed_once(state_url):
    store = SubscriptionStore(state_url, clock=CLOCK)
    d = date(2026, 6, 17)
    assert store.claim_alert("U1", "kkr-m/2026-06-17/agenda/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser 2027", d)
    assert not store.claim_alert("U1", "kkr-m/2026-06-17/minutes/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser for 2027", d)
    # another user, another meeting, another title: all their own alerts
    assert store.claim_alert("U2", "kkr-m/2026-06-17/minutes/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser for 2027", d)
    assert store.claim_alert("U1", "kkr-m/2026-09-01/agenda/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser 2027", date(2026, 9, 1))
    assert store.claim_alert("U1", "kkr-m/2026-06-17/minutes/3.5", "KKR Midtjylland", "3.4", "Klima og grøn omstilling", d)


def test_arrivals_keep_their_first_time_and_filter_by_time(state_url):
    store = SubscriptionStore(state_url, clock=CLOCK)
    t1 = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
    t2 = datetime(2026, 11, 22, 12, tzinfo=timezone.utc)
    assert store.record_arrival(Arrival("a/2026-06-17/minutes", "KKR Midtjylland", date(2026, 6, 17), "minutes", "003.txt", t1))
    assert not store.record_arrival(Arrival("a/2026-06-17/minutes", "KKR Midtjylland", date(2026, 6, 17), "minutes", "003.txt", t2))
    store.record_arrival(Arrival("b/2026-09-01/agenda", "KKR Midtjylland", date(2026, 9, 1), "agenda", "x.pdf", t2))
    assert [a.document for a in store.arrivals_since(datetime(2026, 11, 21, tzinfo=timezone.utc))] == ["b/2026-09-01/agenda"]
    assert [a.document for a in store.arrivals_since(None, kind="minutes")] == ["a/2026-06-17/minutes"]
