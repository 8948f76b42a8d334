"""Every other table of the bot's state round-trips on SQLite and PostgreSQL alike: feedback votes
(a column named `user`, reserved in PostgreSQL) and the fetch state (times with a zone, dates)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from bot.clock import wall_clock
from bot.state.feedback import FeedbackStore
from bot.state.fetch import DocumentState, FetchState, SourceState


def test_feedback_votes_round_trip(state_url):
    store = FeedbackStore(state_url, clock=wall_clock("Europe/Copenhagen"))
    at = datetime(2026, 11, 23, 10, tzinfo=timezone.utc)
    store.record("U1", "hvad blev besluttet om SOSU?", ["kkr-m/2026-06-17/minutes/3.4"], "up", at=at, answer_id="a1")
    store.record("U2", "klima", [], "down", at=at)
    [up, down] = store.votes()
    assert (up.user, up.item_ids, up.vote, up.answer_id, up.at) == ("U1", ("kkr-m/2026-06-17/minutes/3.4",), "up", "a1", at)
    assert [v.question for v in store.votes("down")] == ["klima"] == [down.question]


def test_fetch_state_round_trips_with_its_times(state_url):
    state = FetchState(state_url)
    checked = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
    source = SourceState("https://kl.example/kkr-midt", "KKR Midtjylland", etag='"x"', last_check=checked, documents_found=2)
    state.save_source(source)
    doc = DocumentState("https://kl.example/a.pdf", source.url, "minutes", "ingested", council="KKR Midtjylland",
                        meeting_date=date(2026, 6, 17), sha256="ab" * 32, items=11, last_check=checked)  # fmt: skip
    state.save_document(doc)
    state.save_document(DocumentState("https://kl.example/a.pdf", source.url, "minutes", "ingested", items=12))  # an update
    assert state.source(source.url) == source
    [stored] = state.documents(source.url)
    assert stored.items == 12 and stored.last_check is None and state.holder_of("ab" * 32, besides="x") is None
