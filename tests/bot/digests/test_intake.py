"""Intake: arrival posts and topic alerts after an ingest, the inbox folder, PDFs sent in a DM.

A fresh index and state file per test; documents are the bundled samples (text) or PDFs the
tests generate; Slack is the fake Web API server on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from slack_bolt import App, BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot import wiring
from bot.digests.announce import announce_ingest
from bot.digests.intake import scan_inbox
from bot.digests.runtime import Runtime
from bot.digests.scheduler import DigestService, build_scheduler
from bot.settings import Settings
from bot.slack.app import create_app
from bot.state.subscriptions import DigestSubscription
from index.engine import AnswerEngine
from index.model import BESLUTNING
from index.read.document import read_document
from index.samples import sample_paths
from tests.support.fakeclock import FakeClock, sync_executors
from tests.support.pdfgen import meeting_pdf, truncated_pdf
from tests.support.slackapp import TrackedExecutor

NOW = datetime(2026, 6, 18, 9, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def sample(stem: str) -> Path:
    return next(p for p in sample_paths() if p.name.startswith(stem))


def agenda_of(minutes: Path, target: Path) -> Path:
    """The agenda of a minutes text: the same document without its Beslutning sections."""
    out, skipping = [], False
    for line in minutes.read_text(encoding="utf-8").splitlines():
        if line.strip() == "Beslutning":
            skipping = True
        elif re.match(r"^\s*\d+\.(\d+\.)?\s+\S", line):
            skipping = False
        if not skipping:
            out.append(line)
    target.write_text("\n".join(out), encoding="utf-8")
    return target


@pytest.fixture
def bot(tmp_path, slack):
    client, fake = slack
    settings = Settings(index_dir=tmp_path / "index", state_db=tmp_path / "kkrbot.sqlite", inbox_dir=tmp_path / "inbox",
                        slack_bot_token="xoxb-test", slack_api_url=fake.api_url)  # fmt: skip
    settings.inbox_dir.mkdir()
    engine = AnswerEngine(settings.index_dir)
    rt = wiring.runtime(settings, engine, lambda: NOW, client=client)
    yield rt, fake
    engine.close()


def ingest_and_announce(rt: Runtime, path: Path):
    result = rt.engine.ingest(read_document(path, source=path.name))
    return result, announce_ingest(result, engine=rt.engine, posting=rt.posting, client=rt.client, now=rt.clock())


def test_agenda_then_minutes_post_arrivals_and_alert_a_follower_once(bot, tmp_path):
    rt, fake = bot
    rt.posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon", ("KKR Midtjylland",)))
    rt.posting.subscriptions.set(DigestSubscription("C-NORD", "daily", "08:00", None, ("KKR Nordjylland",)))
    rt.posting.follows.follow("U-SOSU", "lærepladser på SOSU")
    rt.posting.follows.follow("U-KLIMA", "vindmøller")

    result, said = ingest_and_announce(rt, agenda_of(sample("003"), tmp_path / "dagsorden-2026-06-17.txt"))
    assert result.status == "added"
    [arrival] = fake.posts()[:1]
    assert arrival["channel"] == "C-MIDT" and arrival["text"].startswith("Ny dagsorden: KKR Midtjylland · 17. juni 2026")
    assert "Fordeling af lærepladser på SOSU-uddannelserne for 2027" in str(arrival["blocks"])
    assert said.alerts == [("U-SOSU", "kkr-midtjylland/2026-06-17/agenda/3.4")]
    [opened] = [p for m, p in fake.calls if m == "conversations.open"]
    assert opened["users"] == "U-SOSU"
    dm = fake.posts()[1]
    assert dm["channel"] != "C-MIDT" and "lærepladser" in dm["text"] and "*Indstilling:*" in str(dm["blocks"])

    result, said = ingest_and_announce(rt, sample("003"))
    assert result.status == "replaced agenda"
    assert said.arrivals == [("C-MIDT", "kkr-midtjylland/2026-06-17/minutes")] and said.alerts == []
    minutes_post = fake.posts()[2]
    assert minutes_post["text"].startswith("Nyt referat") and "KKR Godkendte indstillingerne." in str(minutes_post["blocks"])
    assert len(fake.posts()) == 3  # nothing to Nordjylland's channel, no second alert, nothing for "vindmøller"

    _, said = ingest_and_announce(rt, sample("003"))  # the same file again: unchanged, nothing posted
    assert said.documents == [] and len(fake.posts()) == 3


def test_without_slack_an_ingest_is_only_recorded_for_the_next_digest(bot):
    rt, fake = bot
    rt.posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon"))
    result = rt.engine.ingest(read_document(sample("003")))
    said = announce_ingest(result, engine=rt.engine, posting=rt.posting, client=None, now=rt.clock())
    assert said.documents == ["kkr-midtjylland/2026-06-17/minutes"] and said.arrivals == []
    assert [a.document for a in rt.posting.arrivals.since(None)] == ["kkr-midtjylland/2026-06-17/minutes"]
    assert fake.calls == []


# --- the inbox folder ---------------------------------------------------------------------------




def agenda_pdf(target: Path) -> Path:
    """The agenda of sample 003's meeting (its minutes without decisions), drawn as a KL PDF."""
    minutes = read_document(sample("003"))
    items = tuple(replace(i, document_kind="agenda", sections=tuple(s for s in i.sections if s.heading != BESLUTNING))
                  for i in minutes.items)  # fmt: skip
    meeting_pdf(replace(minutes, document_kind="agenda", items=items), target)
    return target


def test_a_pdf_dropped_in_the_inbox_is_ingested_posted_alerted_and_moved_to_done(bot):
    rt, fake = bot
    rt.posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon"))
    rt.posting.follows.follow("U-FLYGT", "fordeling af flygtninge")
    inbox = rt.settings.inbox_dir
    agenda_pdf(inbox / "dagsorden-kkr-midtjylland-17-juni-2026.pdf")
    (inbox / ".half-copied.pdf").write_bytes(b"%PDF-1.4")  # dotfiles are not picked up

    [done] = scan_inbox(rt, settle=0)
    assert (done.status, done.meeting.document_kind, done.meeting.meeting_date.isoformat()) == ("added", "agenda", "2026-06-17")
    assert (inbox / "done" / "dagsorden-kkr-midtjylland-17-juni-2026.pdf").is_file()
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [".half-copied.pdf"]
    arrival, dm = fake.posts()
    assert arrival["channel"] == "C-MIDT" and arrival["text"].startswith("Ny dagsorden: KKR Midtjylland · 17. juni 2026")
    assert "Udmelding fra Udlændingestyrelsen om fordeling af flygtninge 2027" in str(arrival["blocks"])
    assert done.announcement.alerts == [("U-FLYGT", "kkr-midtjylland/2026-06-17/agenda/3.5")]
    assert [p["users"] for m, p in fake.calls if m == "conversations.open"] == ["U-FLYGT"]
    assert dm["channel"] != "C-MIDT" and "flygtninge" in dm["text"]
    assert scan_inbox(rt, settle=0) == []  # nothing left to take in


def test_a_broken_pdf_lands_in_failed_with_its_reason_and_posts_nothing(bot):
    rt, fake = bot
    rt.posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon"))
    inbox = rt.settings.inbox_dir
    good = agenda_pdf(rt.settings.index_dir.parent / "good.pdf").read_bytes()
    (inbox / "broken.pdf").write_bytes(truncated_pdf(good))
    (inbox / "empty.pdf").write_bytes(b"")

    outcomes = scan_inbox(rt, settle=0)
    assert [o.status for o in outcomes] == ["failed", "failed"]
    failed = inbox / "failed"
    assert sorted(p.name for p in failed.iterdir()) == ["broken.pdf", "broken.pdf.error.txt", "empty.pdf", "empty.pdf.error.txt"]
    assert "corrupt PDF" in (failed / "broken.pdf.error.txt").read_text()
    assert "empty file" in (failed / "empty.pdf.error.txt").read_text()
    assert fake.posts() == [] and rt.engine.items() == []


# --- a PDF sent to the bot in a DM ----------------------------------------------------------------




SECRET = "test-signing-secret"


def signed_event(event: dict, event_id: str = "Ev1") -> BoltRequest:
    body = json.dumps({"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": event_id,
                        "event_time": int(time.time()), "event": event})  # fmt: skip
    ts = str(int(time.time()))
    sig = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    return BoltRequest(body=body, headers={"content-type": ["application/json"], "x-slack-request-timestamp": [ts],
                                           "x-slack-signature": [sig]})  # fmt: skip


def bot_app(rt: Runtime) -> tuple[App, TrackedExecutor]:
    """The real app from the factory, with the digest runtime: its DM PDF listener comes first.
    Its listeners run on the returned executor: `wait_idle()` is the end of what a request started."""
    settings = replace(rt.settings, slack_signing_secret=SECRET)
    listeners = TrackedExecutor()
    conversation = wiring.conversation(settings, rt.engine, rt.clock)
    return create_app(settings, conversation, client=rt.client, runtime=rt, executor=listeners), listeners


def test_a_pdf_sent_in_a_dm_is_downloaded_ingested_and_answered(bot):
    rt, fake = bot
    rt.posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon"))
    fake.files["F1"] = agenda_pdf(rt.settings.index_dir.parent / "upload.pdf").read_bytes()
    app, listeners = bot_app(rt)
    event = {"type": "message", "subtype": "file_share", "channel_type": "im", "channel": "D-ANNE", "user": "U-ANNE",
             "ts": "1.1", "text": "her er dagsordenen", "files": [{"id": "F1", "name": "dagsorden.pdf", "filetype": "pdf",
                                                 "url_private": f"{fake.url}/files/F1"}]}  # fmt: skip
    assert app.dispatch(signed_event(event)).status == 200
    listeners.wait_idle()
    [reply] = [p for p in fake.posts() if p["channel"] == "D-ANNE"]  # taken in, not also read as a question
    assert "dagsorden.pdf" in reply["text"] and "dagsorden fra KKR Midtjylland · 17. juni 2026: 11 punkter" in reply["text"]
    assert "3.4 Fordeling af lærepladser på SOSU-uddannelserne for 2027" in reply["text"]
    assert any(p["channel"] == "C-MIDT" and p["text"].startswith("Ny dagsorden") for p in fake.posts())
    assert len(rt.engine.items()) == 11


def test_a_partial_dm_file_object_is_looked_up_and_an_unreadable_file_answered_with_the_reason(bot):
    rt, fake = bot
    fake.files["F2"] = b"not a pdf at all"
    app, listeners = bot_app(rt)
    partial = {"type": "message", "subtype": "file_share", "channel_type": "im", "channel": "D-BO", "user": "U-BO",
               "ts": "1.2", "files": [{"id": "F2", "name": "F2.pdf", "file_access": "check_file_info"}]}  # fmt: skip
    app.dispatch(signed_event(partial, "Ev2"))
    listeners.wait_idle()
    assert [m for m, _ in fake.calls if m == "files.info"] == ["files.info"]
    [reply] = [p for p in fake.posts() if p["channel"] == "D-BO"]
    assert reply["text"].startswith("Jeg kunne ikke læse *F2.pdf*") and "no agenda items found" in reply["text"]
    assert rt.engine.items() == [] and rt.posting.arrivals.since(None) == []


def test_the_scheduler_scans_the_inbox_every_minute(bot, monkeypatch, tmp_path):
    rt, fake = bot
    clock = FakeClock(NOW)
    clock.install(monkeypatch)
    rt.clock = clock
    service = DigestService(rt, build_scheduler(rt.settings, **sync_executors()))
    service.start()
    try:
        pdf = agenda_pdf(rt.settings.inbox_dir / "dagsorden.pdf")
        old = time.time() - 60
        os.utime(pdf, (old, old))  # settled: fully written a minute ago
        assert service.scheduler.get_job("intake:inbox") is not None
        clock.tick(service.scheduler, NOW.replace(minute=1))
        assert (rt.settings.inbox_dir / "done" / "dagsorden.pdf").is_file()
        assert len(rt.engine.items()) == 11
    finally:
        service.shutdown()


# --- issue 14 item 5: the token kept, fixed sentences for the person ------------------------------


def test_a_dm_file_from_elsewhere_gets_a_fixed_sentence_and_the_log_the_reason(bot, caplog):
    import logging

    from bot.digests.intake import handle_pdf_share
    from tests.support.fakeslack import BOT_TOKEN, FakeSlack

    caplog.set_level(logging.INFO)
    rt, fake = bot
    elsewhere = FakeSlack()  # another origin on this machine: never to get the token
    event = {"type": "message", "subtype": "file_share", "channel_type": "im", "channel": "D-ANNE", "user": "U-ANNE",
             "ts": "1.1", "files": [{"id": "F1", "name": "dagsorden.pdf", "filetype": "pdf",
                                     "url_private": f"{elsewhere.url}/files/F1"}]}  # fmt: skip
    [outcome] = handle_pdf_share(rt, event, rt.client)
    assert outcome.status == "failed"
    [reply] = [p for p in fake.posts() if p["channel"] == "D-ANNE"]
    assert reply["text"] == "Jeg kunne ikke hente *dagsorden.pdf* fra Slack. Send filen igen, eller læg den i indbakken."
    assert "not a Slack file URL: http://127.0.0.1/files/F1" in caplog.text  # the reason, in the log only
    assert elsewhere.downloads == [] and BOT_TOKEN not in caplog.text
    elsewhere.stop()


def test_an_unexpected_failure_is_a_fixed_sentence_not_the_exception_text(bot, caplog):
    import shutil

    from bot.digests.intake import handle_pdf_share

    rt, fake = bot
    fake.files["F9"] = agenda_pdf(rt.settings.index_dir.parent / "upload.pdf").read_bytes()
    shutil.rmtree(rt.settings.index_dir)  # the index folder vanished under the running bot
    event = {"type": "message", "subtype": "file_share", "channel_type": "im", "channel": "D-BO", "user": "U-BO",
             "ts": "1.2", "files": [{"id": "F9", "name": "x.pdf", "filetype": "pdf", "url_private": f"{fake.url}/files/F9"}]}  # fmt: skip
    handle_pdf_share(rt, event, rt.client)
    [reply] = [p for p in fake.posts() if p["channel"] == "D-BO"]
    assert reply["text"] == "Jeg kunne ikke læse *x.pdf*: der gik noget galt. Fejlen er logget."
    index = str(rt.settings.index_dir)
    assert index not in reply["text"] and index in caplog.text  # the local path in the log only
