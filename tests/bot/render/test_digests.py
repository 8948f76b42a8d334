"""Digest, arrival and alert Block Kit: escaped, within Slack's limits, with fallback text;
and the /kkr digest|follow subcommands as text in, reply out."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from bot.digests.commands import UsageError, digest_command, follow_command, parse_digest
from bot.render.digests import alert_blocks, arrival_blocks, digest_blocks
from bot.render.mrkdwn import MAX_BLOCKS, MAX_SECTION, da_date
from bot.state.follows import Follows
from bot.state.subscriptions import DigestSubscription, Subscriptions
from index.model import AgendaItem, ItemSection
from index.search.upcoming import UpcomingItem, UpcomingMeeting


def item(number="3.4", title="Fordeling af lærepladser <2027> & mere", kind="minutes", decision="Godkendt.", rec="Det indstilles, at KKR godkender."):
    secs = [ItemSection("Indstilling", rec, 1)]
    if decision:
        secs.append(ItemSection("Beslutning", decision, 2))
    return AgendaItem(f"kkr-midtjylland/2026-06-17/{kind}/{number}", "KKR Midtjylland", date(2026, 6, 17), kind,
                      "003.txt", "3. Sager", number, title, "SAG-2026-00837", ("lifo",), tuple(secs))  # fmt: skip


def all_text(blocks) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def check_limits(text, blocks):
    assert text and len(blocks) <= MAX_BLOCKS
    for b in blocks:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= MAX_SECTION
        if b["type"] == "header":
            assert len(b["text"]["text"]) <= 150


def test_digest_lists_meetings_items_and_decisions_escaped():
    up = UpcomingMeeting("KKR Midtjylland", date(2026, 9, 1), True, (UpcomingItem(None, "Klima <og> grøn"),), "003.txt", "x/6.1")
    agenda = UpcomingMeeting("KKR Sjælland", date(2026, 9, 3), False,
                             (UpcomingItem("3.1", "Budget", "Det indstilles, at KKR godkender budgettet."),), "s.pdf")  # fmt: skip
    text, blocks = digest_blocks([up, agenda], [item()], today=date(2026, 8, 24))
    check_limits(text, blocks)
    body = all_text(blocks)
    assert "1. september 2026" in body and "foreløbig" in body and "Klima &lt;og&gt; grøn" in body
    assert "*3.1* Budget" in body and "godkender budgettet" in body
    assert "lærepladser &lt;2027&gt; &amp; mere" in body and "> Godkendt." in body
    assert "<2027>" not in body


def test_digest_with_nothing_says_so():
    text, blocks = digest_blocks([], [], today=date(2026, 8, 24))
    assert "Ingen KKR-møder de næste 14 dage" in all_text(blocks) and "0 kommende" in text


def test_huge_digest_stays_within_limits():
    many = [UpcomingMeeting("KKR Midtjylland", date(2026, 9, d), False,
                            tuple(UpcomingItem(f"3.{n}", "Langt punkt " * 40, "Indstilling " * 30) for n in range(40)), "x")
            for d in range(1, 15)]  # fmt: skip
    text, blocks = digest_blocks(many, [item(decision="lang " * 2000)] * 30, today=date(2026, 9, 1))
    check_limits(text, blocks)
    assert "blokke mere" in blocks[-1]["elements"][0]["text"]


def test_arrival_of_agenda_and_of_minutes():
    text, blocks = arrival_blocks([item(kind="agenda", decision=None), item("3.5", "Klima", kind="agenda", decision=None)])
    check_limits(text, blocks)
    assert text.startswith("Ny dagsorden: KKR Midtjylland · 17. juni 2026") and "*3.5* Klima" in all_text(blocks)
    text, blocks = arrival_blocks([item()])
    assert text.startswith("Nyt referat") and "Godkendt." in all_text(blocks)


def test_alert_shows_decision_else_recommendation():
    text, blocks = alert_blocks(item(), "lærepladser")
    check_limits(text, blocks)
    assert "lærepladser" in text and "*Beslutning:* Godkendt." in all_text(blocks)
    _, blocks = alert_blocks(item(kind="agenda", decision=None), "lærepladser")
    assert "*Indstilling:*" in all_text(blocks)


def test_danish_dates():
    assert da_date(date(2026, 9, 1)) == "1. september 2026" and da_date(None) == "dato ukendt"


@pytest.mark.parametrize(
    "args, expected",
    [
        ("weekly mon 08:00", ("weekly", "mon", "08:00", ())),
        ("ugentlig mandag 8.00 Midtjylland", ("weekly", "mon", "08:00", ("KKR Midtjylland",))),
        ("daily 07:30 KKR Nordjylland sjaelland", ("daily", None, "07:30", ("KKR Nordjylland", "KKR Sjælland"))),
        ("weekly fri 09:00 nord midtjyske", ("weekly", "fri", "09:00", ("KKR Nordjylland", "KKR Midtjylland"))),  # as questions read councils
    ],
)
def test_parse_digest(args, expected):
    sub = parse_digest(args, "C1", "U1")
    assert (sub.cadence, sub.weekday, sub.time, sub.councils) == expected


@pytest.mark.parametrize("args", ["", "weekly 08:00", "weekly mon", "daily 25:00", "hourly 08:00", "daily 08:00 Fyn"])
def test_parse_digest_refuses_nonsense(args):
    with pytest.raises(UsageError):
        parse_digest(args, "C1")


def test_digest_and_follow_commands_store_what_they_say(tmp_path):
    clock = lambda: datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)  # noqa: E731
    subscriptions, follows = Subscriptions(tmp_path / "s.sqlite", clock=clock), Follows(tmp_path / "s.sqlite", clock=clock)
    assert "ikke noget KKR-overblik" in digest_command("show", channel="C1", user="U1", subscriptions=subscriptions)
    reply = digest_command("weekly mon 08:00 midtjylland", channel="C1", user="U1", subscriptions=subscriptions)
    assert "hver mandag kl. 08:00" in reply and "KKR Midtjylland" in reply
    sub = subscriptions.of("C1")
    assert sub == DigestSubscription("C1", "weekly", "08:00", "mon", ("KKR Midtjylland",), "U1", sub.created_at)
    assert "hver mandag" in digest_command("show", channel="C1", user="U1", subscriptions=subscriptions)
    assert "slået fra" in digest_command("off", channel="C1", user="U1", subscriptions=subscriptions) and subscriptions.all() == []
    assert "Brug:" in digest_command("sometimes", channel="C1", user="U1", subscriptions=subscriptions)
    assert "besked" in follow_command("follow", "Lærepladser", user="U1", follows=follows)
    assert "allerede" in follow_command("follow", "lærepladser", user="U1", follows=follows)
    assert "“lærepladser”" in follow_command("following", "", user="U1", follows=follows)
    assert "ikke længere" in follow_command("unfollow", "lærepladser", user="U1", follows=follows)
    nothing = follow_command("following", "", user="U1", follows=follows)
    assert "ingen emner" in nothing and "&lt;emne&gt;" in nothing and "<emne>" not in nothing  # Slack drops raw <…>
