"""The memory behind "a retried event never gives a second answer": keys, time-to-live, races, restarts;
in the state database (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

from bot.slack.dedupe import TTL_SECONDS, SeenEvents, event_keys


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_key_is_new_once_within_the_ttl_and_new_again_after_it(state_url):
    clock = Clock()
    seen = SeenEvents(state_url, clock=clock)
    assert seen.first_time(["event:Ev1"]) is True
    clock.now += 5 * 60  # Slack's last retry comes ~5 minutes after the first delivery
    assert seen.first_time(["event:Ev1"]) is False
    clock.now += TTL_SECONDS
    assert seen.first_time(["event:Ev1"]) is True
    assert TTL_SECONDS >= 10 * 60


def test_any_shared_key_makes_a_delivery_a_duplicate(state_url):
    seen = SeenEvents(state_url, clock=Clock())
    assert seen.first_time(["event:Ev1", "msg:D1:1.1"])
    assert not seen.first_time(["event:Ev2", "msg:D1:1.1"])  # the same message in a new envelope
    assert seen.first_time(["event:Ev3", "msg:D1:1.2"])
    assert seen.first_time(["event:Ev2"])  # the rejected delivery remembered none of its keys


def test_the_memory_outlives_the_process_and_is_shared(state_url):
    """A retry after a restart, or to another process on the same database, is still a duplicate."""
    clock = Clock()
    assert SeenEvents(state_url, clock=clock).first_time(["event:Ev1"])
    clock.now += 4 * 60
    other = SeenEvents(state_url, clock=clock)  # another process (or this one restarted) on the same state
    assert not other.first_time(["event:Ev1"])


def test_the_message_key_covers_dms_and_mentions_but_not_channel_twins():
    dm = {"type": "message", "channel_type": "im", "channel": "D1", "ts": "1.1", "client_msg_id": "c1"}
    assert event_keys({"event_id": "Ev1", "event": dm}) == ["event:Ev1", "msg:D1:1.1", "client_msg:c1"]
    mention = {"type": "app_mention", "channel": "C1", "ts": "1.2"}
    assert event_keys({"event_id": "Ev2", "event": mention}) == ["event:Ev2", "msg:C1:1.2"]
    twin = {"type": "message", "channel_type": "channel", "channel": "C1", "ts": "1.2"}
    assert event_keys({"event_id": "Ev3", "event": twin}) == ["event:Ev3"]  # must not use up the mention's key
    edit = {**dm, "subtype": "message_changed"}
    assert event_keys({"event_id": "Ev4", "event": edit}) == ["event:Ev4"]


def test_of_many_threads_delivering_the_same_event_exactly_one_wins(state_url):
    seen = SeenEvents(state_url)
    wins: list[bool] = []
    barrier = threading.Barrier(16)

    def deliver() -> None:
        barrier.wait()
        wins.append(seen.first_time(["event:EvRace"]))

    threads = [threading.Thread(target=deliver) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wins.count(True) == 1


def test_a_delivery_is_answered_when_the_state_database_is_away(tmp_path):
    import json

    from slack_bolt import BoltRequest, BoltResponse

    from bot.slack.dedupe import dedupe_middleware

    path = tmp_path / "state.sqlite"
    seen = SeenEvents(f"sqlite:///{path}")
    seen.db.engine.dispose()
    path.unlink()
    path.mkdir()  # the database cannot be opened any more
    answered = BoltResponse(status=200, body="answered")
    body = json.dumps({"type": "event_callback", "event_id": "EvAWAY", "event": {"type": "app_mention", "channel": "C1", "ts": "1.1"}})
    req = BoltRequest(body=body, headers={"content-type": ["application/json"]})
    assert dedupe_middleware(seen)(req, BoltResponse(status=200), lambda: answered) is answered
