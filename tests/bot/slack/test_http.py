"""Issue 4 end to end: the real Bolt app in HTTP mode on 127.0.0.1, signed requests over real HTTP,
a fake Slack Web API recording what the bot calls (and failing the test on any Slack limit broken).

The sample index answers "what was decided on SOSU places in 2027" with KKR Midtjylland's meeting
of 17 June 2026, punkt 3.4 (minutes 003): decision "KKR Godkendte indstillingerne.", page 14.
"""

from __future__ import annotations

import json
import logging
import time

from bot import wiring
from tests.support.slackapp import NOW, SOSU, running_app, settings_for_test, sign

ITEM_TITLE = "Fordeling af lærepladser på SOSU-uddannelserne for 2027"
ITEM_ID = "kkr-midtjylland/2026-06-17/minutes/3.4"


def assert_sosu_answer(message: dict) -> None:
    """The right item first, its decision, and a citation with case number, page and source."""
    blocks = json.dumps(message["blocks"], ensure_ascii=False)
    assert "punkt 3.4" in message["text"] and "KKR Midtjylland" in message["text"]
    first = blocks.index(ITEM_TITLE)
    assert first < blocks.index("KKR Godkendte indstillingerne.") < blocks.index("SAG-2026-00837")
    assert "17 June 2026 · punkt 3.4" in blocks
    assert "page 14" in blocks and "003_d10211b4844be3a2.txt" in blocks
    assert "*lærepladser*" in blocks  # the matched words in bold in the quote


def buttons(message: dict) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for b in message["blocks"]:
        for el in b.get("elements", []) + ([b["accessory"]] if "accessory" in b else []):
            if el.get("type") == "button":
                found.setdefault(el["action_id"], {**el, "block_id": b.get("block_id", "b")})
    return found


# --- slash command ----------------------------------------------------------------------------


def test_slash_command_is_acked_at_once_and_answered_privately_through_the_response_url(slack_app):
    fake = slack_app.fake
    sent = slack_app.send_command(SOSU, key="sosu")
    assert sent.status == 200, sent
    assert sent.body == "Searching …"  # Slack shows a plain-text ack privately to the asker, in their language
    assert sent.seconds < 1.0
    [answer] = fake.wait_for(lambda: fake.responses())
    assert answer["response_key"] == "sosu" and answer["response_type"] == "ephemeral"
    assert_sosu_answer(answer)
    assert SOSU in json.dumps(answer["blocks"])  # the private answer restates the question
    assert {"kkr_share", "kkr_feedback_up", "kkr_feedback_down", "kkr_show_item"} <= set(buttons(answer))
    assert fake.posts() == [] and fake.of("chat.postEphemeral") == []  # nothing public


def test_a_danish_question_is_acked_in_danish(slack_app):
    sent = slack_app.send_command("hvad blev besluttet om lærepladser på SOSU", key="da")
    assert sent.status == 200 and sent.body == "Søger …"
    slack_app.fake.wait_for(lambda: slack_app.fake.responses())


def test_slash_help_and_digest_subcommands_answer_without_searching(slack_app):
    fake = slack_app.fake
    sent = slack_app.send_command("help", key="help")
    assert sent.status == 200 and sent.body == ""
    slack_app.send_command("digest weekly mon 08:00 Midtjylland", key="digest", channel="C-MIDT")
    fake.wait_for(lambda: len(fake.responses()) == 2)
    by_key = {r["response_key"]: r for r in fake.responses()}
    assert "/kkr next" in json.dumps(by_key["help"]["blocks"])
    sub = slack_app.runtime.posting.subscriptions.of("C-MIDT")
    assert sub is not None and (sub.cadence, sub.weekday, sub.time) == ("weekly", "mon", "08:00")
    assert by_key["digest"]["response_type"] == "ephemeral"


# --- mentions and DMs -------------------------------------------------------------------------


def mention(text: str, ts: str, **more) -> dict:
    return {"type": "app_mention", "user": "U-ANNE", "text": f"<@UBOT> {text}", "ts": ts, "channel": "C-GENERAL",
            "event_ts": ts, **more}  # fmt: skip


def test_a_mention_is_answered_in_its_thread_with_eyes_while_working(slack_app):
    fake = slack_app.fake
    assert slack_app.send_event(mention(SOSU, "1700000100.000100")).status == 200
    [post] = fake.wait_for(lambda: fake.posts())
    assert post["channel"] == "C-GENERAL" and post["thread_ts"] == "1700000100.000100"
    assert post["unfurl_links"] is False
    assert_sosu_answer(post)
    fake.wait_for(lambda: fake.of("reactions.remove"))
    order = [m for m, _ in fake.calls if m in ("reactions.add", "chat.postMessage", "reactions.remove")]
    assert order == ["reactions.add", "chat.postMessage", "reactions.remove"]
    added = fake.of("reactions.add")[0]
    assert (added["channel"], added["timestamp"], added["name"]) == ("C-GENERAL", "1700000100.000100", "eyes")


def test_a_mention_inside_a_thread_is_answered_in_that_thread(slack_app):
    fake = slack_app.fake
    slack_app.send_event(mention(SOSU, "1700000200.000200", thread_ts="1700000150.000150"))
    [post] = fake.wait_for(lambda: fake.posts())
    assert post["thread_ts"] == "1700000150.000150"


def dm(text: str, ts: str = "1700000300.000300", **more) -> dict:
    return {"type": "message", "channel_type": "im", "channel": "D-ANNE", "user": "U-ANNE", "text": text, "ts": ts,
            "event_ts": ts, **more}  # fmt: skip


def test_a_direct_message_is_answered_in_the_dm(slack_app):
    fake = slack_app.fake
    assert slack_app.send_event(dm(SOSU)).status == 200
    [post] = fake.wait_for(lambda: fake.posts())
    assert post["channel"] == "D-ANNE" and "thread_ts" not in post
    assert_sosu_answer(post)
    assert fake.of("reactions.add") == []


def test_own_messages_other_bots_edits_and_channel_twins_of_a_mention_are_not_answered(slack_app):
    fake = slack_app.fake
    slack_app.send_event(dm(SOSU, "1.1", user="UBOT", bot_id="BBOT"))  # our own answer echoed back
    slack_app.send_event(dm(SOSU, "1.2", user="U-OTHERBOT", bot_id="B-OTHER", subtype="bot_message"))
    slack_app.send_event(dm(SOSU, "1.3", bot_id="B-OTHER"))
    slack_app.send_event(dm(SOSU, "1.4", user="USLACKBOT"))
    slack_app.send_event({**dm(SOSU, "1.5"), "subtype": "message_changed", "message": {"text": SOSU}})
    slack_app.send_event({**mention(SOSU, "1.6"), "bot_id": "B-OTHER"})
    twin = {"type": "message", "channel_type": "channel", "channel": "C-GENERAL", "user": "U-ANNE",
            "text": f"<@UBOT> {SOSU}", "ts": "1.7"}  # fmt: skip
    assert slack_app.send_event(twin).status == 200
    slack_app.send_event(mention(SOSU, "1.7"))
    fake.wait_for(lambda: fake.posts())
    slack_app.settle()
    [post] = fake.posts()
    assert post["thread_ts"] == "1.7"


def test_events_slack_sends_every_app_are_acked_not_404(slack_app, caplog):
    caplog.set_level(logging.INFO)
    assert slack_app.send_event({"type": "app_uninstalled"}).status == 200
    assert slack_app.send_event({"type": "tokens_revoked", "tokens": {"bot": ["UBOT"]}}).status == 200
    slack_app.fake.wait_for(lambda: "revoked 1 bot token(s) of team T1" in caplog.text)  # listeners run after the ack
    slack_app.fake.wait_for(lambda: "uninstalled from team T1" in caplog.text)


# --- retries and duplicates -------------------------------------------------------------------


def test_a_retried_event_gives_no_second_answer(slack_app):
    fake = slack_app.fake
    event = dm(SOSU, "1700000400.000400", client_msg_id="c-1")
    assert slack_app.send_event(event, event_id="EvSAME").status == 200
    fake.wait_for(lambda: fake.posts())
    for n in (1, 2, 3):
        sent = slack_app.send_event(event, event_id="EvSAME", retry=n)
        assert sent.status == 200 and sent.body == ""
    assert slack_app.send_event(event, event_id="EvOTHER").status == 200  # same message, new envelope
    slack_app.settle()
    assert len(fake.posts()) == 1


def test_a_retry_whose_first_delivery_never_arrived_is_answered_once(slack_app):
    fake = slack_app.fake
    event = dm(SOSU, "1700000500.000500")
    slack_app.send_event(event, event_id="EvLOST", retry=1)
    slack_app.send_event(event, event_id="EvLOST", retry=2)
    fake.wait_for(lambda: fake.posts())
    slack_app.settle()
    assert len(fake.posts()) == 1


def test_a_mention_and_its_dm_twin_are_answered_once(slack_app):
    fake = slack_app.fake
    slack_app.send_event({**mention(SOSU, "1700000600.000600"), "channel": "D-ANNE"})
    slack_app.send_event(dm(f"<@UBOT> {SOSU}", "1700000600.000600"))
    fake.wait_for(lambda: fake.posts())
    slack_app.settle()
    assert len(fake.posts()) == 1


# --- request signing --------------------------------------------------------------------------


def test_unsigned_wrongly_signed_and_stale_requests_are_refused_with_401(slack_app):
    fake = slack_app.fake
    body = slack_app.event_body(dm(SOSU, "1700000700.000700"))
    assert slack_app.post(body, "application/json").status == 401
    assert slack_app.post(body, "application/json", sign(body, secret="not-the-secret")).status == 401
    assert slack_app.post(body, "application/json", {**sign(body), "X-Slack-Signature": "v0=" + "0" * 64}).status == 401
    six_minutes_ago = int(time.time()) - 6 * 60
    assert slack_app.post(body, "application/json", sign(body, timestamp=six_minutes_ago)).status == 401
    tampered = body.replace("1700000700", "1700000701")
    assert slack_app.post(tampered, "application/json", sign(body)).status == 401
    command = slack_app.command_body(SOSU)
    assert slack_app.post(command, "application/x-www-form-urlencoded").status == 401
    slack_app.settle()
    assert [m for m, _ in fake.calls if m != "auth.test"] == []
    assert slack_app.post(body, "application/json", sign(body)).status == 200  # the same body, signed: accepted


# --- buttons -----------------------------------------------------------------------------------


def first_answer(slack_app) -> dict:
    fake = slack_app.fake
    slack_app.send_command(SOSU, key="first")
    return fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "first"), None))


def test_show_item_button_answers_with_the_whole_item_privately(slack_app):
    fake = slack_app.fake
    show = buttons(first_answer(slack_app))["kkr_show_item"]
    assert show["value"] == ITEM_ID
    assert slack_app.send_action({"action_id": show["action_id"], "value": show["value"]}, key="show").status == 200
    item = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "show"), None))
    assert item["response_type"] == "ephemeral" and item["replace_original"] is False
    blocks = json.dumps(item["blocks"], ensure_ascii=False)
    assert ITEM_TITLE in blocks and "KKR Godkendte indstillingerne." in blocks and "11.000" in blocks


def shown_items(message: dict) -> set[str]:
    return {el["value"] for b in message["blocks"] if (el := b.get("accessory", {})).get("action_id") == "kkr_show_item"}


def test_more_results_button_answers_with_the_next_items(slack_app):
    fake = slack_app.fake
    slack_app.send_command("økonomi", key="broad")  # a question with more items than one answer shows
    first = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "broad"), None))
    more = buttons(first)["kkr_more"]
    slack_app.send_action({"action_id": "kkr_more", "value": more["value"]}, key="more")
    page2 = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "more"), None))
    assert page2["response_type"] == "ephemeral" and page2["replace_original"] is False
    assert shown_items(first) and shown_items(page2) and not shown_items(first) & shown_items(page2)


def test_feedback_replaces_the_buttons_with_thanks_and_is_stored(slack_app):
    fake = slack_app.fake
    up = buttons(first_answer(slack_app))["kkr_feedback_up"]
    slack_app.send_action({"action_id": "kkr_feedback_up", "value": up["value"]}, key="vote")
    new = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "vote"), None))
    assert new["replace_original"] is True
    assert "kkr_feedback_up" not in json.dumps(new["blocks"]) and ITEM_TITLE in json.dumps(new["blocks"], ensure_ascii=False)
    [vote] = wiring.feedback(slack_app.runtime.settings, slack_app.runtime.clock).votes()
    assert vote.vote == "up" and vote.user == "U-ANNE" and ITEM_ID in vote.item_ids


def test_feedback_on_a_normal_message_updates_it(slack_app):
    fake = slack_app.fake
    slack_app.send_event(dm(SOSU, "1700000800.000800"))
    [post] = fake.wait_for(lambda: fake.posts())
    down = buttons(post)["kkr_feedback_down"]
    slack_app.send_action({"action_id": "kkr_feedback_down", "value": down["value"]}, channel="D-ANNE", ephemeral=False,
                          message={"ts": "1700000000.000001", "text": post["text"], "blocks": post["blocks"]})  # fmt: skip
    [update] = fake.wait_for(lambda: fake.of("chat.update"))
    assert update["channel"] == "D-ANNE" and update["ts"] == "1700000000.000001"
    assert "kkr_feedback_down" not in json.dumps(update["blocks"])


def test_share_posts_the_answer_in_the_channel_and_removes_the_private_one(slack_app):
    fake = slack_app.fake
    share = buttons(first_answer(slack_app))["kkr_share"]
    slack_app.send_action({"action_id": "kkr_share", "value": share["value"]}, key="share")
    [post] = fake.wait_for(lambda: fake.posts())
    assert post["channel"] == "C-GENERAL"
    assert_sosu_answer(post)
    assert "U-ANNE" in json.dumps(post["blocks"])  # who asked
    deleted = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "share"), None))
    assert deleted.get("delete_original") is True


def test_share_in_a_channel_the_bot_is_not_in_says_how_to_invite_it(slack_app):
    fake = slack_app.fake
    fake.not_joined.add("C-GENERAL")
    share = buttons(first_answer(slack_app))["kkr_share"]
    slack_app.send_action({"action_id": "kkr_share", "value": share["value"]}, key="share")
    hint = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "share"), None))
    assert "/invite @kkrbot" in hint["text"] and hint["response_type"] == "ephemeral" and not hint.get("delete_original")


def test_slack_url_verification_is_answered_with_the_challenge(slack_app):
    body = json.dumps({"token": "legacy", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})  # fmt: skip
    sent = slack_app.send_signed(body, "application/json")
    assert sent.status == 200 and "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in sent.body
    assert slack_app.post(body, "application/json").status == 401  # unsigned: refused like everything else


# --- App Home -----------------------------------------------------------------------------------


def test_app_home_opened_publishes_the_home_view(slack_app):
    fake = slack_app.fake
    slack_app.send_event({"type": "app_home_opened", "user": "U-ANNE", "channel": "D-ANNE", "tab": "home", "event_ts": "1.1"})
    [published] = fake.wait_for(lambda: fake.of("views.publish"))
    assert published["user_id"] == "U-ANNE" and published["view"]["type"] == "home"
    text = json.dumps(published["view"], ensure_ascii=False)
    assert "KKR Midtjylland" in text and "/kkr" in text
    slack_app.send_event({"type": "app_home_opened", "user": "U-ANNE", "channel": "D-ANNE", "tab": "messages", "event_ts": "1.2"})
    slack_app.settle()
    assert len(fake.of("views.publish")) == 1


def test_an_example_question_button_in_app_home_is_answered_in_the_dm(slack_app):
    fake = slack_app.fake
    slack_app.send_event({"type": "app_home_opened", "user": "U-ANNE", "channel": "D-ANNE", "tab": "home", "event_ts": "1.1"})
    [published] = fake.wait_for(lambda: fake.of("views.publish"))
    example = next(b for b in buttons(published["view"]).values() if b["action_id"].startswith("kkr_more"))
    assert slack_app.send_action({"action_id": example["action_id"], "value": example["value"]}, home=True).status == 200
    [post] = fake.wait_for(lambda: fake.posts())
    [opened] = fake.of("conversations.open")
    assert opened["users"] == "U-ANNE" and post["channel"] == "DU-ANNE"  # the fake names a DM "D" + user
    assert "punkt" in post["text"] and fake.responses() == []


def home_opened(slack_app, user: str, n: int) -> None:
    slack_app.send_event({"type": "app_home_opened", "user": user, "channel": f"D-{user}", "tab": "home", "event_ts": f"2.{n}"})


def test_app_home_is_in_the_language_of_the_users_slack_and_danish_when_unknown(slack_app):
    fake = slack_app.fake
    fake.users.update({"U-JANE": "en-US", "U-ANNE": "da-DK", "U-OLE": "sv-SE"})  # U-NOBODY: user_not_found
    for n, user in enumerate(("U-JANE", "U-ANNE", "U-OLE", "U-NOBODY")):
        home_opened(slack_app, user, n)
    slack_app.settle()
    views = {p["user_id"]: json.dumps(p["view"], ensure_ascii=False) for p in fake.of("views.publish")}
    assert set(views) == {"U-JANE", "U-ANNE", "U-OLE", "U-NOBODY"}
    english = views.pop("U-JANE")
    assert "kkrbot: the KKR agendas and minutes" in english and "*What I know*" in english and "What was decided on" in english
    assert "KKR Midtjylland" in english and "Det ved jeg" not in english  # the titles stay Danish, the words do not
    for user, danish in views.items():
        assert "kkrbot: KKR's dagsordener og referater" in danish and "*Det ved jeg*" in danish, user
        assert "Hvad blev besluttet om" in danish and "What I know" not in danish, user
    assert all(p["include_locale"] in ("1", "true", True) for p in fake.of("users.info"))
    home_opened(slack_app, "U-JANE", 9)  # again: her language is known, Slack is not asked
    slack_app.settle()
    assert len(fake.of("views.publish")) == 5 and len(fake.of("users.info")) == 4
    assert "What I know" in json.dumps(fake.of("views.publish")[-1]["view"])


def test_a_rate_limited_language_lookup_shows_app_home_in_danish_at_once_and_waits_its_retry_after(slack_app):
    fake = slack_app.fake
    fake.users.update({"U-JANE": "en-US", "U-JOHN": "en-GB", "U-MARY": "en-AU"})
    fake.per_minute["users.info"] = 1
    started = time.monotonic()
    for n, user in enumerate(("U-JANE", "U-JOHN", "U-MARY")):
        home_opened(slack_app, user, n)
        slack_app.settle()
    views = {p["user_id"]: json.dumps(p["view"], ensure_ascii=False) for p in fake.of("views.publish")}
    assert "What I know" in views["U-JANE"]  # looked up
    assert "Det ved jeg" in views["U-JOHN"] and "Det ved jeg" in views["U-MARY"]  # 429: Danish, not held up
    assert time.monotonic() - started < 10  # no Retry-After (up to 60 s) was waited out
    assert [p["user"] for p in fake.of("users.info")] == ["U-JANE", "U-JOHN"]  # none asked within Retry-After


# --- failures are never silent ----------------------------------------------------------------


def test_blocks_refused_by_slack_are_sent_again_as_text(slack_app):
    fake = slack_app.fake
    fake.refuse_once("chat.postMessage", "invalid_blocks")
    slack_app.send_event(dm(SOSU, "1700000900.000900"))
    first, second = fake.wait_for(lambda: len(fake.posts()) == 2 and fake.posts())
    assert first["blocks"] and "blocks" not in second
    assert second["text"] == first["text"] and "punkt 3.4" in second["text"]


def test_a_refused_response_url_answer_is_sent_again_as_text(slack_app):
    fake = slack_app.fake
    fake.refuse_once("response_url", "invalid_blocks")
    slack_app.send_command(SOSU, key="r")
    first, second = fake.wait_for(lambda: len(fake.responses()) == 2 and fake.responses())
    assert first["blocks"] and "blocks" not in second and "punkt 3.4" in second["text"]


def test_rate_limited_post_is_retried_after_retry_after(slack_app):
    fake = slack_app.fake
    fake.rate_limit_once("chat.postMessage", retry_after=1)
    start = time.monotonic()
    slack_app.send_event(dm(SOSU, "1700001000.001000"))
    first, second = fake.wait_for(lambda: len(fake.posts()) == 2 and fake.posts())
    assert time.monotonic() - start >= 1.0
    assert first["text"] == second["text"] and second["channel"] == "D-ANNE"


def test_a_failing_engine_gives_an_apology_and_a_logged_trace_without_the_question(fake_slack, sample_index, tmp_path, caplog):
    from bot.conversation import Conversation
    from index.engine import AnswerEngine
    from index.read.document import read_document
    from index.samples import sample_paths

    caplog.set_level(logging.INFO)
    broken = AnswerEngine(tmp_path / "closed-index")
    broken.ingest(read_document(sample_paths()[3]))
    broken.close()  # its reader is closed: every question now raises ReaderClosed inside the engine
    settings = settings_for_test(sample_index, tmp_path, fake_slack)
    with running_app(settings, Conversation(broken, clock=lambda: NOW), fake_slack) as app:
        app.send_event(dm("hvad skete der med lærepladserne"))
        [post] = fake_slack.wait_for(lambda: fake_slack.posts())
        app.send_command("hvad skete der med lærepladserne", key="cmd")
        [answer] = fake_slack.wait_for(lambda: fake_slack.responses())
    assert post["channel"] == "D-ANNE" and "⚠️" in json.dumps(post["blocks"], ensure_ascii=False)
    assert answer["response_type"] == "ephemeral" and "⚠️" in json.dumps(answer["blocks"], ensure_ascii=False)
    traces = [r.getMessage() for r in caplog.records if r.exc_info]
    assert "answering U-ANNE in D-ANNE failed" in traces and "/kkr failed for U-ANNE in C-GENERAL" in traces
    assert all("lærepladserne" not in r.getMessage() for r in caplog.records)


def test_logs_carry_neither_tokens_nor_message_text(slack_app, caplog):
    caplog.set_level(logging.INFO)
    fake = slack_app.fake
    slack_app.send_event(dm(SOSU, "1700001100.001100"))
    slack_app.send_command(SOSU)
    fake.wait_for(lambda: fake.posts() and fake.responses())
    fake.wait_for(lambda: "answered U-ANNE in D-ANNE" in caplog.text)  # logged after the post
    slack_app.settle()
    logged = "\n".join(r.getMessage() + str(r.args) for r in caplog.records)
    for secret in ("xoxb-test", "test-signing-secret", "SOSU places", "lærepladser"):
        assert secret not in logged
