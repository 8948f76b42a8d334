"""Answer → Block Kit (bot/render/answers.py, bot/render/replies.py, bot/render/home.py): pure, no Slack, no index.

Slack's limits are checked with the same rules the fake Slack Web API enforces (tests/support/fakeslack.py).
"""

from __future__ import annotations

import json
from datetime import date

from bot.render.answers import (
    FEEDBACK_DOWN,
    FEEDBACK_UP,
    MORE,
    SHARE,
    SHOW_ITEM,
    answer_reply,
    apology,
    marked_quote,
    parse_value,
)
from bot.render.home import example_questions, home_view
from bot.render.replies import help_reply, item_reply, next_reply, text_reply
from bot.render.mrkdwn import cut_at_sentence
from bot.render.plain_text import blocks_to_text
from index.model import AgendaItem, Answer, Hit, ItemSection, Meeting, Note, Section, TimelineEntry
from index.search.upcoming import UpcomingItem, UpcomingMeeting
from tests.support.fakeslack import block_problems

EXCERPT = "Med trepartsaftalen forpligter kommunerne sig til at stille 11.000 lærepladser til rådighed årligt i perioden 2027-2031."


def make_item(*, kind="minutes", title="Fordeling af lærepladser på SOSU-uddannelserne for 2027", decision="KKR Godkendte indstillingerne.",
              source="003_d10211b4844be3a2.txt", text=EXCERPT, number="3.4", day=date(2026, 6, 17)) -> AgendaItem:  # fmt: skip
    sections = [ItemSection("Baggrund", text, 14), ItemSection("Indstilling", "Det indstilles, at KKR Midtjylland tiltræder fordelingen.", 14)]
    if decision and kind == "minutes":
        sections.append(ItemSection("Beslutning", decision, 16))
    return AgendaItem(
        id=f"kkr-midtjylland/{day}/{kind}/{number}", council="KKR Midtjylland", meeting_date=day, document_kind=kind,
        source=source, section="3. Regionalpolitiske sager", item_number=number, title=title, case_number="SAG-2026-00837",
        case_workers=("lifo",), sections=tuple(sections), links=("https://www.kl.dk/a|b.pdf",), attachments=("Tabel over fordeling",),
        page_start=14, page_end=16,
    )  # fmt: skip


TIMELINE = (
    TimelineEntry("kkr-midtjylland/2021-08-30/agenda/3.1", "KKR Midtjylland", date(2021, 8, 30), "agenda", "3.1",
                  "Ny femårig aftale og fordeling af lærepladser på SOSU-uddannelserne 2022", None),
    TimelineEntry("kkr-nordjylland/2021-09-03/minutes/3.5", "KKR Nordjylland", date(2021, 9, 3), "minutes", "3.5",
                  "Ny femårige aftale om SOSU 2022", "KKR Nordjylland tiltræder indstillingen."),
)  # fmt: skip


def make_hit(item: AgendaItem | None = None, excerpt: str = EXCERPT, highlights=((67, 78),), timeline=TIMELINE) -> Hit:
    return Hit(item or make_item(), 3.2, excerpt, "Baggrund", 14, tuple(highlights), timeline)


def make_answer(*hits: Hit, language="da", question="hvad blev besluttet om SOSU-lærepladser i 2027", notes=()) -> Answer:
    return Answer(question, language, True, hits or (make_hit(),), notes=notes)


def limits_ok(blocks, surface="message") -> None:
    problems = block_problems(blocks, surface)
    assert not problems, problems


def everything(blocks) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def buttons(blocks) -> dict[str, dict]:
    found = {}
    for b in blocks:
        for e in ([b["accessory"]] if "accessory" in b else []) + (b.get("elements", []) if b["type"] == "actions" else []):
            found.setdefault(e["action_id"], e)
    return found


def test_answer_heading_decision_quote_context_timeline_and_buttons():
    reply = answer_reply(make_answer())
    limits_ok(reply.blocks)
    assert "KKR Godkendte indstillingerne." in reply.text and "punkt 3.4" in reply.text
    texts = [b["text"]["text"] for b in reply.blocks if b["type"] == "section"]
    assert texts[0] == "*Fordeling af lærepladser på SOSU-uddannelserne for 2027*\nKKR Midtjylland · 17. juni 2026 · punkt 3.4 · referat"
    assert texts[1] == "*Beslutning:* KKR Godkendte indstillingerne."  # the decision comes first, right under the heading
    assert texts[2].startswith("> Med trepartsaftalen") and "*lærepladser*" in texts[2]
    ctx = [b["elements"][0]["text"] for b in reply.blocks if b["type"] == "context"]
    assert "SAG-2026-00837 · side 14 (Baggrund) · 003_d10211b4844be3a2.txt" in ctx
    timeline = next(t for t in texts if t.startswith("*Samme emne:*"))
    assert "• 30. august 2021 · KKR Midtjylland · punkt 3.1 · Ny femårig aftale" in timeline
    assert "3. september 2021 · KKR Nordjylland · punkt 3.5 · Ny femårige aftale om SOSU 2022 — _KKR Nordjylland tiltræder indstillingen._" in timeline
    b = buttons(reply.blocks)
    assert b[SHOW_ITEM]["value"] == "kkr-midtjylland/2026-06-17/minutes/3.4"
    assert b[SHOW_ITEM]["text"]["text"] == "Vis hele punktet"
    fb = parse_value(b[FEEDBACK_UP]["value"])
    assert fb["items"] == ["kkr-midtjylland/2026-06-17/minutes/3.4"] and fb["a"] and fb["q"].startswith("hvad blev")
    assert b[FEEDBACK_DOWN]["value"] == b[FEEDBACK_UP]["value"]
    assert SHARE not in b and MORE not in b  # not ephemeral, no more hits


def test_a_passage_that_is_the_recommendation_shown_is_not_quoted_twice():
    agenda = make_item(kind="agenda", decision=None)
    hit = Hit(agenda, 1.0, "Det indstilles, at KKR Midtjylland\ntiltræder fordelingen.", "Indstilling", 14, ((0, 3),))
    reply = answer_reply(make_answer(hit))
    assert not [b for b in reply.blocks if b["type"] == "section" and b["text"]["text"].startswith(">")]
    assert "*Indstilling:* Det indstilles, at KKR Midtjylland tiltræder fordelingen." in everything(reply.blocks)
    assert "side 14 (Indstilling)" in everything(reply.blocks)  # the citation stays


def test_url_source_is_a_link_file_source_is_text():
    url = "https://www.kl.dk/media/referat-fra-moede-i-kkr-midtjylland.pdf"
    reply = answer_reply(make_answer(make_hit(make_item(source=url))))
    head = reply.blocks[0]["text"]["text"]
    assert head.startswith(f"*<{url}#page=14|Fordeling af lærepladser på SOSU-uddannelserne for 2027>*")  # the item's first page
    assert f"side 14 (Baggrund) · <{url}#page=14|referat-fra-moede-i-kkr-midtjylland.pdf>" in everything(reply.blocks)
    plain = answer_reply(make_answer()).blocks[0]["text"]["text"]
    assert "<" not in plain and "003_d10211b4844be3a2.txt" in everything(answer_reply(make_answer()).blocks)


def test_agenda_has_no_decision_yet_and_the_recommendation():
    hit = make_hit(make_item(kind="agenda", decision=None))
    da = answer_reply(make_answer(hit)).blocks[1]["text"]["text"]
    assert da == "*Ingen beslutning endnu*\n*Indstilling:* Det indstilles, at KKR Midtjylland tiltræder fordelingen."
    en = answer_reply(make_answer(hit, language="en")).blocks[1]["text"]["text"]
    assert en.startswith("*No decision yet*\n*Indstilling:* Det indstilles")  # the document's words stay Danish
    assert "Beslutning:" not in da


def test_labels_follow_the_asker_and_the_quote_stays_danish():
    da = answer_reply(make_answer(make_hit(), make_hit(make_item(number="3.5")), make_hit(make_item(number="3.6")), make_hit(make_item(number="3.7"))), ephemeral=True)
    en = answer_reply(make_answer(make_hit(), make_hit(make_item(number="3.5")), make_hit(make_item(number="3.6")), make_hit(make_item(number="3.7")),
                                  language="en", question="what was decided on SOSU places in 2027"), ephemeral=True)  # fmt: skip
    labels_da = {k: v["text"]["text"] for k, v in buttons(da.blocks).items()}
    labels_en = {k: v["text"]["text"] for k, v in buttons(en.blocks).items()}
    assert labels_da == {SHOW_ITEM: "Vis hele punktet", MORE: "Flere resultater", FEEDBACK_UP: "👍", FEEDBACK_DOWN: "👎", SHARE: "Del i kanalen"}
    assert labels_en == {SHOW_ITEM: "Show the whole item", MORE: "More results", FEEDBACK_UP: "👍", FEEDBACK_DOWN: "👎", SHARE: "Post in channel"}
    quote_da = next(b["text"]["text"] for b in da.blocks if b["type"] == "section" and b["text"]["text"].startswith(">"))
    quote_en = next(b["text"]["text"] for b in en.blocks if b["type"] == "section" and b["text"]["text"].startswith(">"))
    assert quote_da == quote_en
    assert "17 June 2026" in everything(en.blocks) and "Same topic" in everything(en.blocks)
    assert da.blocks[0]["elements"][0]["text"] == "Du spurgte: “hvad blev besluttet om SOSU-lærepladser i 2027”"
    assert en.blocks[0]["elements"][0]["text"] == "You asked: “what was decided on SOSU places in 2027”"
    more = parse_value(buttons(da.blocks)[MORE]["value"])
    assert more == {"q": "hvad blev besluttet om SOSU-lærepladser i 2027", "offset": 3, "e": 1}
    assert parse_value(buttons(da.blocks)[SHARE]["value"])["offset"] == 0


def test_more_results_page_and_shared_copy():
    answer = make_answer(*(make_hit(make_item(number=f"3.{n}")) for n in range(1, 6)))
    page2 = answer_reply(answer, offset=3)
    ids = [b["accessory"]["value"] for b in page2.blocks if "accessory" in b]
    assert ids == ["kkr-midtjylland/2026-06-17/minutes/3.4", "kkr-midtjylland/2026-06-17/minutes/3.5"]
    assert MORE not in buttons(page2.blocks)  # nothing behind the 5th hit
    shared = answer_reply(answer, asked_by="U42")
    assert shared.blocks[0]["elements"][0]["text"].startswith("<@U42> spurgte: “hvad blev")
    assert SHARE not in buttons(shared.blocks)


def test_an_item_is_shown_once_at_its_best_place():
    a, b = make_hit(make_item(number="3.1")), make_hit(make_item(number="3.2"))
    reply = answer_reply(make_answer(a, b, a, b, a))
    assert [x["accessory"]["value"][-3:] for x in reply.blocks if "accessory" in x] == ["3.1", "3.2"]
    assert MORE not in buttons(reply.blocks)


def test_feedback_given_replaces_the_vote_buttons_with_thanks():
    reply = answer_reply(make_answer(), voted="down")
    assert FEEDBACK_UP not in buttons(reply.blocks) and FEEDBACK_DOWN not in buttons(reply.blocks)
    assert "Tak for din feedback 👎" in everything(reply.blocks)


def test_escaping_of_titles_quotes_decisions_and_sources():
    nasty = make_item(title="R&D <script> og >pile<", decision="Godkendt <med> forbehold & ændringer.", source="a&b<c>.txt",
                      text="Vi & de <andre> lærepladser")  # fmt: skip
    hit = make_hit(nasty, excerpt="Vi & de <andre> lærepladser", highlights=((8, 15), (16, 27)))
    reply = answer_reply(make_answer(hit))
    limits_ok(reply.blocks)
    text = everything(reply.blocks)
    assert "R&amp;D &lt;script&gt; og &gt;pile&lt;" in text
    assert "Godkendt &lt;med&gt; forbehold &amp; ændringer." in text
    assert "> Vi &amp; de *&lt;andre&gt;* *lærepladser*" in text  # spans count raw characters, escaping after
    assert "a&amp;b&lt;c&gt;.txt" in text
    assert "<script>" not in text and "<andre>" not in text and "&amp;amp;" not in text
    assert "<" not in reply.text.replace("&lt;", "")


def test_bold_spans_are_exact_merged_and_clipped():
    text = "Fordeling af lærepladser for 2027"
    assert marked_quote(text, ((13, 24), (29, 33)), 600, "vis mere") == "> Fordeling af *lærepladser* for *2027*"
    assert marked_quote(text, ((29, 33), (13, 20), (18, 24)), 600, "vis mere") == "> Fordeling af *lærepladser* for *2027*"
    assert marked_quote(text, ((29, 99), (-5, 2)), 600, "vis mere") == "> *Fordeling* af lærepladser for *2027*"
    assert marked_quote("første linje\nanden linje", ((7, 18),), 600, "x") == "> første *linje*\n> *anden* linje"  # bold never spans lines
    assert marked_quote("a  b", ((1, 3),), 600, "x") == "> a  b"  # a span of spaces is not made bold
    assert marked_quote("lærepladsaftalen og SOSU-hjælpere", ((4, 9), (20, 24)), 600, "x") == "> *lærepladsaftalen* og *SOSU*-hjælpere"


def test_long_passage_and_decision_are_cut_at_a_sentence_with_show_more():
    long = " ".join(f"Sætning nummer {n} om lærepladser." for n in range(200))
    hit = make_hit(make_item(decision=long, text=long), excerpt=long, highlights=((0, 7), (len(long) - 12, len(long) - 1)))
    reply = answer_reply(make_answer(hit))
    limits_ok(reply.blocks)
    decision, quote = reply.blocks[1]["text"]["text"], reply.blocks[2]["text"]["text"]
    assert decision.endswith("lærepladser. … _vis mere_") and len(decision) < 800
    assert quote.endswith("lærepladser. … _vis mere_") and quote.startswith("> *Sætning*") and len(quote) < 700
    en = answer_reply(make_answer(hit, language="en")).blocks[2]["text"]["text"]
    assert en.endswith("… _show more_")
    assert cut_at_sentence("Kort.", 10) == ("Kort.", False)


def test_limits_hold_for_a_giant_answer_item_and_question():
    huge_text = ("Et meget langt afsnit om lærepladser & <økonomi>. " * 4000).strip()
    giant = make_item(title="Titel " * 100 + "<&>", decision=huge_text, text=huge_text, source="https://x.dk/" + "a" * 500)
    timeline = tuple(
        TimelineEntry(f"x/{n}", "KKR Sjælland", date(2000 + n % 25, 1, 1), "minutes", f"3.{n}", "Titel " * 60, huge_text)
        for n in range(120)
    )  # fmt: skip
    hits = [make_hit(giant, excerpt=huge_text, highlights=tuple((i, i + 3) for i in range(0, 20000, 7)), timeline=timeline)] * 40
    question = "hvad & <hvem> \"citat\" " * 400
    for lang in ("da", "en"):
        answer = Answer(question, lang, True, tuple(hits), notes=tuple(Note("note_correction", {"typed": f"ord{n}", "read": "ord"}) for n in range(300)))
        for reply in (answer_reply(answer, ephemeral=True), answer_reply(answer, offset=3), answer_reply(answer, asked_by="U1", voted="up")):
            limits_ok(reply.blocks)
            assert reply.text.strip()
        item = item_reply(giant, lang)
        limits_ok(item.blocks)
        assert "resten af punktet står i kilden" in everything(item.blocks) or "the rest of the item is in the source" in everything(item.blocks)
        refused = Answer(question, lang, False, closest_topics=tuple("Emne " * 40 for _ in range(30)))
        limits_ok(answer_reply(refused, ephemeral=True).blocks)
    meetings = [UpcomingMeeting("KKR Syddanmark", date(2027, 1, n % 28 + 1), False,
                                tuple(UpcomingItem(f"3.{i}", "Titel <x> " * 50, huge_text[:5000]) for i in range(60)), "s.txt")
                for n in range(30)]  # fmt: skip
    limits_ok(next_reply(meetings).blocks)
    limits_ok(text_reply("linje & mere\n" * 5000).blocks)


def test_whole_item_view_has_every_section_links_and_attachments():
    reply = item_reply(make_item(source="https://www.kl.dk/referat.pdf"))
    limits_ok(reply.blocks)
    assert reply.blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "punkt 3.4 Fordeling af lærepladser på SOSU-uddannelserne for 2027", "emoji": True}}
    text = everything(reply.blocks)
    for piece in ("*Baggrund*\\nMed trepartsaftalen", "*Indstilling*\\nDet indstilles", "*Beslutning*\\nKKR Godkendte indstillingerne.",
                  "Sag: SAG-2026-00837 (lifo)", "sider 14–16", "<https://www.kl.dk/referat.pdf#page=14|referat.pdf>",
                  "<https://www.kl.dk/a%7Cb.pdf|https://www.kl.dk/a|b.pdf>", "*Bilag:*\\n• Tabel over fordeling"):  # fmt: skip
        assert piece in text, piece
    long = item_reply(make_item(text="Lang sætning om lærepladser. " * 300))
    shown = "".join(b["text"]["text"] for b in long.blocks if b["type"] == "section")
    assert shown.count("Lang sætning om lærepladser.") == 300  # a long section is split, not cut


def test_not_found_is_short_with_closest_topics_and_a_tip():
    answer = Answer("hvad med vejret på månen", "da", False, closest_topics=("Fordeling af lærepladser", "Klima & energi"))
    reply = answer_reply(answer)
    limits_ok(reply.blocks)
    assert len(reply.blocks) <= 4
    body = reply.blocks[0]["text"]["text"]
    assert body.startswith("Jeg fandt ingen punkter i dagsordener eller referater, der svarer på “hvad med vejret på månen”.")
    assert "*Nærmeste emner:*\n• Fordeling af lærepladser\n• Klima &amp; energi" in body
    assert "Tip:" in everything(reply.blocks)
    topic_buttons = [e for b in reply.blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"].startswith(MORE)]
    assert [parse_value(e["value"])["q"] for e in topic_buttons] == ["Fordeling af lærepladser", "Klima & energi"]
    en = answer_reply(Answer("weather on the moon", "en", False, closest_topics=("Klima",)))
    assert en.blocks[0]["text"]["text"].startswith("I found no agenda or minutes item that answers “weather on the moon”.")
    assert "*Closest topics:*" in en.blocks[0]["text"]["text"]


def test_notes_are_a_small_context_line_in_the_askers_language():
    typo = Note("note_correction", {"typed": "lærepladsr", "read": "lærepladser"})
    reply = answer_reply(make_answer(notes=(typo,)))
    assert reply.blocks[0] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "ℹ️ lærepladsr → lærepladser", "verbatim": True}]}
    year = Note("note_nothing_from", {"when": "2015"})
    council = Note("note_other_council", {"council": "KKR Syd & <klima>"})
    da = answer_reply(Answer("SOSU i 2015", "da", False, (make_hit(),), notes=(year, council)))
    en = answer_reply(Answer("SOSU in 2015", "en", False, (make_hit(),), notes=(year, council)))
    # a refusal says "not found" first, its notes on the next line (round 13)
    assert da.blocks[0]["text"]["text"].split("\n")[1] == "ℹ️ intet fra 2015 i indekset · intet fra KKR Syd &amp; &lt;klima&gt; om det"
    assert en.blocks[0]["text"]["text"].split("\n")[1] == "ℹ️ nothing from 2015 in the index · nothing from KKR Syd &amp; &lt;klima&gt; on this"
    assert da.blocks[0]["text"]["text"].startswith("Jeg fandt ingen punkter")


def test_help_apology_next_and_subcommand_replies():
    h = help_reply("da", ["Hvad blev besluttet om fordeling af lærepladser?"])
    assert "`/kkr next [råd]`" in everything(h.blocks) and "Hvad blev besluttet om fordeling" in everything(h.blocks)
    assert "`/kkr next [council]`" in everything(help_reply("en").blocks)
    assert apology("en").text.startswith("Sorry") and apology("da").text.startswith("Beklager")
    up = UpcomingMeeting("KKR Midtjylland", date(2026, 9, 15), False, (UpcomingItem("3.1", "Klima <og> grøn", "Det indstilles."),), "agenda.txt")
    n = next_reply([up], council="KKR Midtjylland")
    limits_ok(n.blocks)
    assert "KKR Midtjylland · 15. september 2026" in everything(n.blocks) and "Klima &lt;og&gt; grøn" in everything(n.blocks)
    assert next_reply([], council="KKR Sjælland").text == "Ingen kommende møder kendt for KKR Sjælland."
    assert text_reply("Du følger nu “sosu”.").blocks[0]["text"]["text"] == "Du følger nu “sosu”."


def test_text_rendering_for_the_terminal():
    blocks = answer_reply(make_answer(make_hit(make_item(title="R&D <x>", source="https://kl.dk/a.pdf"))), ephemeral=True).blocks
    text = blocks_to_text(blocks)
    assert "*R&D <x> (https://kl.dk/a.pdf#page=14)*" in text  # links as "label (url)", entities undone
    assert "[Vis hele punktet]" in text and "[👍] [👎] [Del i kanalen]" in text
    assert "> Med trepartsaftalen" in text


def _meeting(council, day, kind, items, source="m.txt"):
    return Meeting(council, day, kind, source, 10, (Section(3, "Sager", tuple(i.item_number for i in items)),), tuple(items))


def test_home_view_from_the_index_own_titles():
    m1 = _meeting("KKR Midtjylland", date(2026, 6, 17), "minutes",
                  [make_item(number="1.1", title="Godkendelse af dagsorden"), make_item(number="3.4", title="Klimasamarbejde i regionen")])  # fmt: skip
    m2 = _meeting("KKR Nordjylland", date(2021, 9, 3), "agenda", [make_item(kind="agenda", number="3.2", title="Busplan for Nordjylland")],
                  source="https://kl.dk/dagsorden.pdf")  # fmt: skip
    assert example_questions([m1, m2]) == ["Hvad blev besluttet om klimasamarbejde i regionen?", "Hvad indstilles om busplan for Nordjylland?"]
    view = home_view([m1, m2], today=date(2026, 1, 1))
    assert view["type"] == "home"
    limits_ok(view["blocks"], "home")
    text = everything(view["blocks"])
    for piece in ("KKR Midtjylland: 1 møder, 2 punkter", "17. juni 2026 · KKR Midtjylland · referat · 2 punkter",
                  "<https://kl.dk/dagsorden.pdf|dagsorden.pdf>", "`/kkr &lt;spørgsmål&gt;`", "klimasamarbejde i regionen"):  # fmt: skip
        assert piece in text, piece
    many = [_meeting("KKR Sjælland", date(2020, 1, 1 + n % 28), "minutes", [make_item(number=f"3.{i}") for i in range(40)]) for n in range(200)]
    limits_ok(home_view(many, today=date(2026, 1, 1))["blocks"], "home")
    assert "Indekset er tomt" in everything(home_view([], today=date(2026, 1, 1))["blocks"])
