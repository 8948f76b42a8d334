"""The participant answer and the whole-meeting view, through the Conversation over a real index
of the samples as KL publishes them (issue 9): valid blocks, the names, the button between them."""

from __future__ import annotations

import json

import pytest

from bot.conversation import Conversation
from bot.render.answers import SHOW_ITEM
from bot.render.meeting import SHOW_MEETING
from bot.render.plain_text import blocks_to_text
from tests.bot.test_conversation import at
from tests.support.fakeslack import block_problems


@pytest.fixture(scope="module")
def conv(kl_sample_engine) -> Conversation:
    return Conversation(kl_sample_engine, clock=at("2026-11-23"))


def buttons(reply) -> list[dict]:
    return [e for b in reply.blocks if b["type"] == "actions" for e in b["elements"]]


def test_who_took_part_answers_with_the_list_and_offers_the_whole_meeting(conv):
    reply = conv.question("hvem deltog i KKR Nordjyllands møde i september 2021", user="U1")
    assert not block_problems(reply.blocks)
    text = blocks_to_text(reply.blocks)
    assert "KKR Nordjylland · 3. september 2021 · referat" in text
    assert "• Kirsten Ravn (A), Aalborg Kommune, Borgmester, formand" in text
    assert "Afbud: 2" in text and "Nanna Kirk" not in text  # asked who took part: apologies only counted
    assert [(b["action_id"], b["value"]) for b in buttons(reply)] == [(SHOW_MEETING, "kkr-nordjylland/2021-09-03/minutes")]

    absent = blocks_to_text(conv.question("who sent apologies?", user="U2").blocks)
    assert "KKR Midtjylland · 17 June 2026" in absent and "Sent apologies (2):" in absent
    assert "• Dorthe Vinther (F), Horsens Kommune, Borgmester" in absent and "Anders Kjær" not in absent


def test_the_whole_meeting_view_lists_sections_items_decisions_and_participants(conv):
    reply = conv.action(SHOW_MEETING, "kkr-midtjylland/2026-06-17/minutes", user="U1")
    assert not block_problems(reply.blocks)
    text = blocks_to_text(reply.blocks)
    assert "kl. 13:00 · Silkeborg Rådhus, Søvej 1, 8600 Silkeborg" in text
    assert "*3. Regionalpolitiske sager*" in text
    assert "3.4 Fordeling af lærepladser på SOSU-uddannelserne for 2027 — _KKR Godkendte indstillingerne._" in text
    assert "*Deltagere (8):*" in text and "*Afbud (2):*" in text
    missing = conv.action(SHOW_MEETING, "kkr-midtjylland/2099-01-01/minutes", user="U1")
    assert "er ikke i indekset" in missing.text


def test_the_whole_item_leads_to_its_meeting(conv):
    reply = conv.action(SHOW_ITEM, "kkr-midtjylland/2026-06-17/minutes/3.4", user="U1")
    assert not block_problems(reply.blocks)
    assert (SHOW_MEETING, "kkr-midtjylland/2026-06-17/minutes") in [(b["action_id"], b["value"]) for b in buttons(reply)]


def test_other_questions_and_unanswerable_participant_questions_go_to_the_search(conv):
    reply = conv.question("hvem deltog i KKR Hovedstadens møde i februar", user="U1")  # no such list stored
    assert "Deltagere" not in json.dumps(reply.blocks, ensure_ascii=False)
    reply = conv.question("lærepladser SOSU 2027", user="U1")
    assert "Fordeling af lærepladser" in json.dumps(reply.blocks, ensure_ascii=False)
