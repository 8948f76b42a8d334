"""The Slack-free handler core over a real index of the bundled samples: questions, /kkr, buttons."""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.conversation import Conversation, clean_question
from bot.render.answers import FEEDBACK_DOWN, FEEDBACK_UP, MORE, SHARE, SHOW_ITEM, Reply
from bot.state.feedback import FeedbackStore
from index.engine import AnswerEngine
from tests.support.fakeslack import block_problems

TZ = ZoneInfo("Europe/Copenhagen")
SOSU_2027 = "kkr-midtjylland/2026-06-17/minutes/3.4"


def at(day: str):
    fixed = datetime.fromisoformat(f"{day}T12:00").replace(tzinfo=TZ)
    return lambda: fixed


@pytest.fixture
def conv(sample_index, tmp_path):
    return Conversation(sample_index.engine, clock=at("2026-11-23"), feedback=FeedbackStore(tmp_path / "state.sqlite", clock=at("2026-11-23")))


def text_of(reply: Reply) -> str:
    return json.dumps(reply.blocks, ensure_ascii=False)


def shown_items(reply: Reply) -> list[str]:
    return [b["accessory"]["value"] for b in reply.blocks if b.get("accessory", {}).get("action_id") == SHOW_ITEM]


def button(reply: Reply, action_id: str) -> dict:
    for b in reply.blocks:
        for e in ([b["accessory"]] if "accessory" in b else []) + (b.get("elements", []) if b["type"] == "actions" else []):
            if e["action_id"] == action_id:
                return e
    raise AssertionError(f"no {action_id} button in {text_of(reply)}")


def test_english_and_danish_questions_give_the_item_and_its_decision(conv):
    for question, label in (("what was decided on SOSU places in 2027", "Show the whole item"),
                            ("hvad blev besluttet om fordelingen af SOSU-lærepladser for 2027", "Vis hele punktet")):  # fmt: skip
        reply = conv.question(question, user="U1")
        assert not block_problems(reply.blocks)
        assert shown_items(reply)[0] == SOSU_2027
        assert reply.blocks[0]["accessory"]["text"]["text"] == label
        assert reply.blocks[1]["text"]["text"] == "*Beslutning:* KKR Godkendte indstillingerne."
        assert "SAG-2026-00837" in text_of(reply) and "003_d10211b4844be3a2.txt" in text_of(reply)
        assert "You asked" not in text_of(reply) and "Du spurgte" not in text_of(reply)  # a DM is not restated


def test_mentions_and_slack_escapes_are_undone_before_asking(conv):
    assert clean_question("<@U0BOT> hvad med R&amp;D &lt;x&gt; <https://kl.dk|kl.dk> <#C1|general>") == "hvad med R&D <x> kl.dk general"
    reply = conv.question("<@U0BOT|kkrbot>   what was decided on SOSU places in 2027", user="U1", ephemeral=True)
    assert shown_items(reply)[0] == SOSU_2027
    assert reply.blocks[0]["elements"][0]["text"] == "You asked: “what was decided on SOSU places in 2027”"
    assert button(reply, SHARE)["text"]["text"] == "Post in channel"
    assert conv.question("<@U0BOT>", user="U1").text.startswith("kkrbot:")  # a bare mention is a call for help


def test_help_in_both_languages(conv):
    for text in ("", "help", "hjælp", "  "):
        reply = conv.command(text, user="U9", channel="C1")
        assert "`/kkr next [råd]`" in text_of(reply), text
    assert "`/kkr next [council]`" in text_of(conv.command("help en", user="U9", channel="C1"))
    assert shown_items(conv.command("help med SOSU-lærepladser 2027", user="U9", channel="C1"))[0] == SOSU_2027  # a question
    conv.question("what was decided on SOSU places in 2027", user="U8")
    assert "`/kkr next [council]`" in text_of(conv.command("help", user="U8", channel="C1"))  # the asker's language


def test_next_meeting_for_a_council_with_a_fixed_clock(sample_index):
    conv = Conversation(sample_index.engine, clock=at("2026-06-18"))
    for text in ("next KKR Midtjylland", "next Midtjylland", "næste midtjylland"):
        reply = conv.command(text, user="U1", channel="C1")
        assert not block_problems(reply.blocks)
        body = text_of(reply)
        assert "KKR Midtjylland · 1. september 2026" in body, text
        assert "foreløbig" in body and "klima og grøn omstilling" in body
    later = Conversation(sample_index.engine, clock=at("2026-11-23")).command("next KKR Midtjylland", user="U1", channel="C1")
    assert later.blocks[0]["text"]["text"] == "Ingen kommende møder kendt for KKR Midtjylland."
    assert "Seneste møde i indekset: KKR Midtjylland · 17. juni 2026 · referat" in text_of(later)
    question = conv.command("next møde om klima", user="U1", channel="C1")  # not a council: a question
    assert "Du spurgte: “next møde om klima”" in text_of(question)


def test_subcommands_are_routed_and_unknown_words_are_questions(sample_index):
    calls = []

    def follow(args, *, channel, user):
        calls.append((args, channel, user))
        return "Du følger nu “lærepladser”."

    conv = Conversation(sample_index.engine, clock=at("2026-11-23"), subcommands={"follow": follow})
    reply = conv.command("follow lærepladser", user="U1", channel="C7")
    assert calls == [("lærepladser", "C7", "U1")]
    assert reply.text == "Du følger nu “lærepladser”." and reply.blocks[0]["text"]["text"] == reply.text
    asked = conv.command("fordeling af SOSU-lærepladser 2027", user="U1", channel="C7")
    assert shown_items(asked)[0] == SOSU_2027 and "Du spurgte" in text_of(asked)
    assert button(asked, SHARE)["text"]["text"] == "Del i kanalen"


def test_feedback_is_stored_and_thanked(conv):
    reply = conv.question("what was decided on SOSU places in 2027", user="U1")
    value = button(reply, FEEDBACK_DOWN)["value"]
    thanked = conv.action(FEEDBACK_DOWN, value, user="U1")
    assert "Thanks for your feedback 👎" in text_of(thanked)
    assert FEEDBACK_UP not in text_of(thanked) and shown_items(thanked) == shown_items(reply)  # the same answer, buttons gone
    conv.action(FEEDBACK_UP, value, user="U2")
    votes = conv.feedback.votes()
    assert [(v.user, v.vote) for v in votes] == [("U1", "down"), ("U2", "up")]
    assert votes[0].question == "what was decided on SOSU places in 2027"
    assert votes[0].item_ids[0] == SOSU_2027 and votes[0].item_ids == tuple(shown_items(reply))
    assert votes[0].at == datetime(2026, 11, 23, 12, tzinfo=TZ) and votes[0].answer_id == votes[1].answer_id
    assert [v.user for v in conv.feedback.votes("down")] == ["U1"]


def test_show_item_returns_the_whole_item(conv):
    conv.question("hvad blev besluttet om SOSU-lærepladser 2027", user="U1")
    reply = conv.action(SHOW_ITEM, SOSU_2027, user="U1")
    assert not block_problems(reply.blocks)
    assert reply.blocks[0]["text"]["text"] == "punkt 3.4 Fordeling af lærepladser på SOSU-uddannelserne for 2027"
    body = text_of(reply)
    for heading in ("*Baggrund*", "*Indstilling*", "*Sagsfremstilling*", "*Beslutning*\\nKKR Godkendte indstillingerne."):
        assert heading in body, heading
    assert re.search(r"Hele landet +3\.000 +4\.500 +6\.000 +6\.500", body)  # deep inside Sagsfremstilling: nothing left out
    assert "findes ikke længere" in conv.action(SHOW_ITEM, "kkr-x/none/minutes/9.9", user="U1").text


def test_more_results_and_share(conv):
    first = conv.question("lærepladser", user="U1", ephemeral=True)
    more = conv.action(MORE, button(first, MORE)["value"], user="U1")
    assert len(shown_items(first)) == 3 and shown_items(more) and not set(shown_items(more)) & set(shown_items(first))
    assert "resultater 4–" in text_of(more)
    shared = conv.action(SHARE, button(first, SHARE)["value"], user="U1")
    assert shared.blocks[0]["elements"][0]["text"] == "<@U1> spurgte: “lærepladser”"
    assert shown_items(shared) == shown_items(first) and SHARE not in text_of(shared)
    assert conv.action("kkr_unknown", "x", user="U1") is None and conv.action(MORE, "not json", user="U1") is None
    odd = conv.action(MORE, json.dumps({"q": "lærepladser", "offset": "x"}), user="U1")  # a bad offset is the first page
    assert shown_items(odd) == shown_items(first)
    far = conv.action(MORE, json.dumps({"q": "lærepladser", "offset": 10**9}), user="U1")
    assert not shown_items(far) and "ikke flere resultater" in text_of(far)


def test_not_found_and_its_topic_buttons(conv):
    reply = conv.question("hvad med vejret på månen i morgen", user="U1")
    assert not block_problems(reply.blocks)
    assert reply.blocks[0]["text"]["text"].startswith("Jeg fandt ingen punkter")
    topic = next(e for b in reply.blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"].startswith(MORE + "_"))
    asked = conv.action(topic["action_id"], topic["value"], user="U1")
    assert shown_items(asked)  # pressing a closest topic asks about it


def test_home_lists_what_the_index_knows_and_examples_that_work(conv, sample_index):
    view = conv.home("U1")
    assert view["type"] == "home" and not block_problems(view["blocks"], "home")
    body = json.dumps(view, ensure_ascii=False)
    assert "KKR Midtjylland: 4 møder, 39 punkter" in body and "KKR Nordjylland: 1 møder, 12 punkter" in body
    assert "17. juni 2026 · KKR Midtjylland · referat · 11 punkter" in body
    examples = [line[2:] for b in view["blocks"] if b["type"] == "section" and b["text"]["text"].startswith("*Prøv fx*")
                for line in b["text"]["text"].split("\n")[1:]]  # fmt: skip
    assert len(examples) >= 3
    titles = {i.id: " ".join(i.title.split()) for i in sample_index.engine.items()}
    for q in examples:
        first = shown_items(conv.question(q, user="U1"))[0]
        assert titles[first].lower() in q.lower(), (q, titles[first])
    ask = next(e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"])  # the examples as buttons
    assert shown_items(conv.action(ask["action_id"], ask["value"], user="U1")) == shown_items(conv.question(examples[0], user="U1"))


def test_home_and_next_see_a_meeting_ingested_after_they_were_read(tmp_path):
    from tests.support.items import item, meeting

    with AnswerEngine(tmp_path / "index") as engine:
        engine.ingest(meeting(item("3.1", "Klimasamarbejde", "Tekst om klima.")))
        conv = Conversation(engine, clock=at("2026-01-01"))
        assert "KKR Sjælland" not in json.dumps(conv.home("U1"), ensure_ascii=False)
        engine.ingest(meeting(item("3.1", "Busplan", "Tekst om busser.", council="KKR Sjælland", kind="agenda", day=datetime(2026, 2, 3).date())))
        assert "KKR Sjælland: 1 møder, 1 punkter" in json.dumps(conv.home("U1"), ensure_ascii=False)  # the meeting cache is not stale
        assert "3. februar 2026" in text_of(conv.command("next sjælland", user="U1", channel="C1"))


def test_an_empty_index_says_how_to_fill_it(tmp_path):
    with AnswerEngine(tmp_path / "index") as engine:
        reply = Conversation(engine, clock=at("2026-11-23")).question("lærepladser", user="U1")
    assert "kkrbot ingest --sample" in reply.text


def test_a_question_over_1000_characters_is_answered_on_its_first_1000_with_a_note(conv):
    import time

    from bot.conversation import MAX_QUESTION, capped_question

    head = "what was decided on SOSU places in 2027 "
    long = head + "and what about the municipalities " * 26_000  # ~900,000 characters
    assert len(long) > 880_000
    start = time.monotonic()
    reply = conv.question(long, user="U1")
    assert time.monotonic() - start < 5
    assert not block_problems(reply.blocks)
    assert reply.blocks[0]["type"] == "context"
    assert reply.blocks[0]["elements"][0]["text"] == "Your question was over 1,000 characters; I answered its first 1,000."
    assert shown_items(reply)[0] == SOSU_2027
    asked, cut = capped_question(long)
    assert cut and len(asked) <= MAX_QUESTION and long.startswith(asked) and not asked.endswith(" ")
    dansk = conv.question("hvad blev besluttet om SOSU-lærepladser " + "og kommunerne " * 100, user="U2")
    assert dansk.blocks[0]["elements"][0]["text"] == "Dit spørgsmål var over 1.000 tegn; jeg har svaret på de første 1.000."
    short = conv.question(head, user="U1")
    assert short.blocks[0]["type"] != "context" and capped_question(head) == (head.strip(), False)
