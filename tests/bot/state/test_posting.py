"""The stores of posting unasked (digest subscriptions, follows, the post ledger, arrivals), on SQLite
and PostgreSQL: claims are exclusive, failures can be retried."""

from __future__ import annotations

import threading
from datetime import date, datetime, timezone

from bot.state.arrivals import Arrival, Arrivals
from bot.state.follows import Follows
from bot.state.ledger import PostLedger
from bot.state.posting import PostingState
from bot.state.subscriptions import DigestSubscription, Subscriptions

CLOCK = lambda: datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)  # noqa: E731


def test_digest_subscriptions_round_trip_and_update(state_url):
    subscriptions = Subscriptions(state_url, clock=CLOCK)
    subscriptions.set(DigestSubscription("C1", "weekly", "08:00", "mon", ("KKR Midtjylland",), "U1"))
    subscriptions.set(DigestSubscription("C1", "daily", "07:30"))
    [sub] = Subscriptions(state_url, clock=CLOCK).all()
    assert (sub.channel, sub.cadence, sub.time, sub.weekday, sub.councils) == ("C1", "daily", "07:30", None, ())
    assert sub == subscriptions.of("C1") and subscriptions.of("C2") is None
    assert subscriptions.remove("C1") and not subscriptions.remove("C1") and subscriptions.all() == []


def test_follows_are_per_user_and_normalised(state_url):
    follows = Follows(state_url, clock=CLOCK)
    assert follows.follow("U1", "  Lærepladser ") and not follows.follow("U1", "lærepladser")
    follows.follow("U2", "klima")
    assert follows.of("U1") == ["lærepladser"]
    assert sorted(follows.all()) == [("U1", "lærepladser"), ("U2", "klima")]
    assert follows.unfollow("U1", "LÆREPLADSER") and follows.of("U1") == []


def test_only_one_of_many_concurrent_claims_wins(state_url):
    PostLedger(state_url, clock=CLOCK)  # the table exists before the race
    wins: list[bool] = []
    start = threading.Barrier(8)

    def claim() -> None:
        start.wait()
        wins.append(PostLedger(state_url, clock=CLOCK).claim("digest", "C1", "2026-11-23T07:00:00+00:00"))

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(wins) == [False] * 7 + [True]


def test_failed_post_can_be_claimed_again_posted_never(state_url):
    ledger = PostLedger(state_url, clock=CLOCK)
    assert ledger.claim("arrival", "C1", "doc")
    ledger.mark_failed("arrival", "C1", "doc", "channel_not_found")
    assert ledger.status("arrival", "C1", "doc") == "failed"
    assert ledger.claim("arrival", "C1", "doc")
    ledger.mark_posted("arrival", "C1", "doc", "123.456")
    assert not ledger.claim("arrival", "C1", "doc")
    assert ledger.status("arrival", "C1", "doc") == "posted"
    assert ledger.posts("arrival") == [("arrival", "C1", "doc", "posted")] and ledger.posts("digest") == []


def test_alert_for_the_same_item_in_agenda_and_minutes_is_claimed_once(state_url):
    ledger = PostLedger(state_url, clock=CLOCK)
    d = date(2026, 6, 17)
    assert ledger.claim_alert("U1", "kkr-m/2026-06-17/agenda/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser 2027", d)
    assert not ledger.claim_alert("U1", "kkr-m/2026-06-17/minutes/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser for 2027", d)
    # another user, another meeting, another title: all their own alerts
    assert ledger.claim_alert("U2", "kkr-m/2026-06-17/minutes/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser for 2027", d)
    assert ledger.claim_alert("U1", "kkr-m/2026-09-01/agenda/3.4", "KKR Midtjylland", "3.4", "Fordeling af lærepladser 2027", date(2026, 9, 1))
    assert ledger.claim_alert("U1", "kkr-m/2026-06-17/minutes/3.5", "KKR Midtjylland", "3.4", "Klima og grøn omstilling", d)


def test_arrivals_keep_their_first_time_and_filter_by_time(state_url):
    arrivals = Arrivals(state_url)
    t1 = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
    t2 = datetime(2026, 11, 22, 12, tzinfo=timezone.utc)
    assert arrivals.record(Arrival("a/2026-06-17/minutes", "KKR Midtjylland", date(2026, 6, 17), "minutes", "003.txt", t1))
    assert not arrivals.record(Arrival("a/2026-06-17/minutes", "KKR Midtjylland", date(2026, 6, 17), "minutes", "003.txt", t2))
    arrivals.record(Arrival("b/2026-09-01/agenda", "KKR Midtjylland", date(2026, 9, 1), "agenda", "x.pdf", t2))
    assert [a.document for a in arrivals.since(datetime(2026, 11, 21, tzinfo=timezone.utc))] == ["b/2026-09-01/agenda"]
    assert [a.document for a in arrivals.since(None, kind="minutes")] == ["a/2026-06-17/minutes"]


def test_the_posting_state_is_the_four_stores_on_one_database(state_url):
    posting = PostingState.open(state_url, clock=CLOCK)
    posting.subscriptions.set(DigestSubscription("C1", "daily", "07:30"))
    posting.follows.follow("U1", "klima")
    posting.ledger.claim("digest", "C1", "2026-11-23T06:30:00+00:00")
    again = PostingState.open(state_url, clock=CLOCK)
    assert [s.channel for s in again.subscriptions.all()] == ["C1"] and again.follows.all() == [("U1", "klima")]
    assert again.ledger.status("digest", "C1", "2026-11-23T06:30:00+00:00") == "claimed"
    assert {store.db for store in (again.subscriptions, again.follows, again.ledger, again.arrivals)} == {posting.ledger.db}
