"""Issue 10 point 6, round 13: every refusal keeps its nearest items (index/search/nearest.py), and the
Slack reply (the real Bolt app over HTTP, the fake Slack API enforcing Block Kit's limits), `ask --json`
and the terminal show the same items, in the same order: "not found" first, then each item by its line
(the first with its passage nearest the question), never an answer line or a decision.
"""

from __future__ import annotations

import json

from bot.render.terminal import answer_text
from index.answer_json import answer_json
from tests.support.slackapp import NOW

# Answerable, refused: its words are not the item's ("lecturer", "local politician"; the item says
# "professor", "kommunalpolitiker"), its item (000 5.1, "Aktuelt om kommunestyret") the nearest.
PARAPHRASE = "Which university lecturer was brought in to reflect on what it means to be a local politician ahead of the municipal elections?"
# Refused with a note: a council the index lacks; the nearest items are other councils'.
OTHER_COUNCIL = "hvad besluttede KKR Syddanmark om beredskab"


def reply_to(slack_app, question: str, key: str) -> dict:
    fake = slack_app.fake
    assert slack_app.send_command(question, key=key).status == 200
    return fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == key), None))


def shown_items(message: dict) -> list[str]:
    return [el["value"] for b in message["blocks"] if (el := b.get("accessory", {})).get("action_id") == "kkr_show_item"]


def test_a_refusal_shows_its_nearest_items_in_slack_as_json_and_terminal_do(slack_app, sample_index):
    for question, key in ((PARAPHRASE, "para"), (OTHER_COUNCIL, "council")):
        answer = sample_index.engine.ask(question, today=NOW.date())
        data = answer_json(answer)
        assert not data["answered"] and not data["uncertain"] and 1 <= len(data["hits"]) <= 3, question
        message = reply_to(slack_app, question, key)  # the fake Slack API fails the test on any Block Kit limit broken
        blocks = json.dumps(message["blocks"], ensure_ascii=False)
        # the same items, in the same order, in Slack (each with "Vis hele punktet"), JSON and terminal
        assert shown_items(message) == [h["id"] for h in data["hits"]], question
        text = answer_text(answer)
        at = [text.index(f"punkt {h['item_number']}: {h['title']}") for h in data["hits"]]
        assert text.startswith("Nothing in the index answers that.")
        assert at == sorted(at) and text.index("Nothing in the index") < at[0]
        # "not found" first (before any note); then the items; nothing that reads as an answer
        assert message["blocks"][int(message["blocks"][0]["type"] == "context")]["text"]["text"].startswith(
            "I found no agenda" if key == "para" else "Jeg fandt ingen")
        assert blocks.index("no agenda or minutes item that answers" if key == "para" else "ingen punkter") < blocks.index(data["hits"][0]["title"])
        assert ("Nearest items" if key == "para" else "Nærmeste punkter") in blocks
        assert "Decision:" not in blocks and "Beslutning:" not in blocks and "Answer:" not in blocks and "Svar:" not in blocks
        assert all(h["decision"] is None and h["recommendation"] is None and h["answer"] is None for h in data["hits"])
        # the first item's passages (one to three), shown in all three; the others by their line only
        first, rest = data["hits"][0], data["hits"][1:]
        assert 1 <= len(first["passages"]) <= 3 and all(h["passages"] == [] and h["excerpt"] == "" for h in rest)
        passage = first["passages"][0]["text"]
        assert " ".join(passage.split())[:40] in " ".join(text.split())
        assert all(word in blocks for word in passage.split()[:3])
    # the paraphrase's nearest item is its own: one click opens it
    assert data["hits"] and answer_json(sample_index.engine.ask(PARAPHRASE, today=NOW.date()))["hits"][0]["item_number"] == "5.1"


def test_the_show_item_button_of_a_nearest_item_opens_it(slack_app):
    fake = slack_app.fake
    first = shown_items(reply_to(slack_app, PARAPHRASE, "para"))[0]
    assert slack_app.send_action({"action_id": "kkr_show_item", "value": first}, key="show").status == 200
    item = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "show"), None))
    assert "Aktuelt om kommunestyret" in json.dumps(item["blocks"], ensure_ascii=False)


def test_a_question_sharing_no_word_with_the_index_keeps_no_item_and_offers_topics(slack_app, sample_index):
    question = "hvad blev besluttet om en ny svømmehal"
    answer = sample_index.engine.ask(question, today=NOW.date())
    assert not answer.answered and answer.hits == () and answer.closest_topics
    message = reply_to(slack_app, question, "none")
    assert shown_items(message) == [] and "kkr_more_1" in json.dumps(message["blocks"])  # topics to ask about, as before
