"""Answers as Slack Block Kit: pure functions from index.model values to a `Reply`.

Layout of an answer (labels in the asker's language, document words and quotes in Danish):

    [context]  Du spurgte: “…”            (ephemeral /kkr answer; "<@U> spurgte" once shared)
    [context]  ℹ️ lærepladsr → lærepladser  (typo notes, when the engine made any)
    per item (at most PAGE items, a divider between):
    [section]  *<source-url|Title>*  (title as text when the source is a file name)
               KKR Midtjylland · 17. juni 2026 · punkt 3.4 · referat      [Vis hele punktet]
    [section]  *Beslutning:* KKR Godkendte indstillingerne.
               — or, for an agenda: *Ingen beslutning endnu* + *Indstilling:* …
    [section]  > the passage, verbatim, matched words in *bold*   (cut at a sentence: "… vis mere")
    [context]  SAG-2026-00837 · side 14 (Baggrund) · 003_d10211b4844be3a2.txt
    [section]  Samme emne: earlier/later items, date · council · punkt · title — decision (1st item)
    [actions]  [Flere resultater] [👍] [👎] [Del i kanalen (ephemeral only)]

A "not found" answer is one short section with the closest topics (as buttons that ask about them)
and a tip. Every text is escaped (&, <, >) before mrkdwn is added; a Reply always has a fallback
`text` and at most 50 blocks; sections stay under 3000 characters, buttons under 75, values under
2000 (question cut to fit). Button values are JSON: MORE and SHARE carry {"q", "offset"} (plus
"e": 1 when the answer was ephemeral), feedback carries {"a": answer id, "q", "offset", "items"}.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Sequence

from bot.digest_blocks import upcoming_lines
from bot.mrkdwn import (
    MAX_BLOCKS,
    MAX_SECTION,
    MAX_VALUE,
    actions,
    button,
    capped,
    context,
    cut_at_sentence,
    divider,
    esc,
    header,
    human_date,
    is_url,
    link,
    packed,
    section,
)
from index.model import Answer, AgendaItem, Hit, TimelineEntry
from index.upcoming import UpcomingMeeting, one_line


@dataclass(frozen=True)
class Reply:
    """One Slack message: `text` is the notification/fallback line (always non-empty)."""

    text: str
    blocks: list[dict]


SHOW_ITEM, MORE, FEEDBACK_UP, FEEDBACK_DOWN, SHARE = "kkr_show_item", "kkr_more", "kkr_feedback_up", "kkr_feedback_down", "kkr_share"
PAGE = 3  # items per answer message; "Flere resultater" shows the next PAGE
DECISION_CHARS = 700
QUOTE_CHARS = 600
MORE_QUOTE_CHARS = 350  # the 2nd and 3rd item get a shorter passage
TIMELINE_ENTRIES = 6
ITEM_VIEW_CHARS = 24_000  # whole-item view: beyond this the rest is in the source

LABELS: dict[str, dict[str, str]] = {
    "da": {
        "you_asked": "Du spurgte", "asked": "spurgte", "no_decision": "Ingen beslutning endnu",
        "no_decision_minutes": "Ingen beslutning ført til referat", "minutes": "referat", "agenda": "dagsorden",
        "page": "side", "show_item": "Vis hele punktet", "more": "Flere resultater", "share": "Del i kanalen",
        "show_more": "vis mere", "same_topic": "Samme emne", "thanks": "Tak for din feedback",
        "not_found": "Jeg fandt ingen punkter i dagsordener eller referater, der svarer på “{q}”.",
        "closest": "Nærmeste emner", "tip": "Tip: brug ord fra dagsordenerne (et emne, et KKR, et år), fx "
        "“hvad blev besluttet om lærepladser i 2027”, eller `/kkr next` for det næste møde.",
        "apology": "Beklager, noget gik galt, da jeg skulle svare. Prøv igen om lidt; fejlen er logget.",
        "case": "Sag", "source": "Kilde", "links": "Links", "attachments": "Bilag", "pages": "sider",
        "rest_in_source": "… resten af punktet står i kilden", "no_more": "Der er ikke flere resultater.",
        "results": "resultater {a}–{b}", "no_text": "_Punktet har ingen tekst._", "not_stored": "Punktet {id} findes ikke længere i indekset.",
        "next_title": "Næste KKR-møder", "no_meetings": "Ingen kommende møder kendt{c}.",
    },
    "en": {
        "you_asked": "You asked", "asked": "asked", "no_decision": "No decision yet",
        "no_decision_minutes": "No decision recorded in the minutes", "minutes": "referat (minutes)",
        "agenda": "dagsorden (agenda)", "page": "page", "show_item": "Show the whole item", "more": "More results",
        "share": "Post in channel", "show_more": "show more", "same_topic": "Same topic", "thanks": "Thanks for your feedback",
        "not_found": "I found no agenda or minutes item that answers “{q}”.",
        "closest": "Closest topics", "tip": "Tip: use words from the agendas (a topic, a council, a year), e.g. "
        "“what was decided on SOSU places in 2027”, or `/kkr next` for the next meeting.",
        "apology": "Sorry, something went wrong while answering. Please try again shortly; the error is logged.",
        "case": "Case", "source": "Source", "links": "Links", "attachments": "Attachments (bilag)", "pages": "pages",
        "rest_in_source": "… the rest of the item is in the source", "no_more": "There are no more results.",
        "results": "results {a}–{b}", "no_text": "_The item has no text._", "not_stored": "Item {id} is no longer in the index.",
        "next_title": "Next KKR meetings", "no_meetings": "No upcoming meetings known{c}.",
    },
}  # fmt: skip


def labels(language: str) -> dict[str, str]:
    return LABELS["en" if language == "en" else "da"]


# --- button values -----------------------------------------------------------------------------


def _fit_json(payload: dict, key: str = "q") -> str:
    """JSON under Slack's 2000-character value limit, shortening `payload[key]` when needed."""
    value = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    while len(value) > MAX_VALUE and payload.get(key):
        payload = {**payload, key: payload[key][: max(len(payload[key]) - (len(value) - MAX_VALUE) - 10, 0)]}
        value = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return value


def query_value(question: str, offset: int, *, ephemeral: bool = False) -> str:
    """The value of MORE and SHARE buttons: ask `question` again from result `offset`."""
    payload: dict = {"q": question, "offset": offset}
    if ephemeral:
        payload["e"] = 1
    return _fit_json(payload)


def answer_id(question: str, offset: int, item_ids: Sequence[str]) -> str:
    """A short stable id of what was shown, so votes on one answer can be grouped."""
    return hashlib.sha1("\x1f".join([question, str(offset), *item_ids]).encode()).hexdigest()[:12]


def feedback_value(question: str, offset: int, item_ids: Sequence[str], *, ephemeral: bool = False) -> str:
    payload: dict = {"a": answer_id(question, offset, item_ids), "q": question, "offset": offset, "items": list(item_ids)}
    if ephemeral:
        payload["e"] = 1
    return _fit_json(payload)


def parse_value(value: str) -> dict:
    """A button value back into its dict ({} when it is not ours)."""
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


# --- pieces of an item -------------------------------------------------------------------------


def source_name(source: str) -> str:
    """A URL as is; a file path as its file name (the sample sources are local files)."""
    return source.strip() if is_url(source) else PurePath(source).name


def _source_mrkdwn(source: str, label: str | None = None) -> str:
    return link(source, label or source_name(source)) if is_url(source) else esc(source_name(source))


def _kind(kind: str, lang: str) -> str:
    return labels(lang)["minutes" if kind == "minutes" else "agenda"]


def item_meta(item: AgendaItem | TimelineEntry, lang: str) -> str:
    """"KKR Midtjylland · 17. juni 2026 · punkt 3.4 · referat" (escaped)."""
    return f"{esc(item.council)} · {human_date(item.meeting_date, lang)} · punkt {esc(item.item_number)} · {_kind(item.document_kind, lang)}"


def item_heading(item: AgendaItem, lang: str) -> str:
    title = " ".join(item.title.split())
    shown = link(item.source, title) if is_url(item.source) else esc(title)
    return f"*{shown}*\n{item_meta(item, lang)}"


def decision_text(item: AgendaItem, lang: str, limit: int = DECISION_CHARS) -> str:
    """The decision first; for an agenda "Ingen beslutning endnu" and the recommendation."""
    lab = labels(lang)
    more = f"_{lab['show_more']}_"
    if item.decision:
        text, _ = cut_at_sentence(esc(_flat(item.decision)), limit, f"… {more}")
        return f"*Beslutning:* {text}"
    out = f"*{lab['no_decision'] if item.document_kind == 'agenda' else lab['no_decision_minutes']}*"
    if item.recommendation:
        text, _ = cut_at_sentence(esc(_flat(item.recommendation)), limit, f"… {more}")
        out += f"\n*Indstilling:* {text}"
    return out


def _flat(text: str) -> str:
    """Paragraphs kept (one newline), other whitespace runs collapsed."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text)]
    return "\n".join(p for p in paragraphs if p)


def _spans(highlights: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Highlights sorted, clipped to the text and merged where they overlap or touch."""
    out: list[tuple[int, int]] = []
    for a, b in sorted((max(0, a), min(length, b)) for a, b in highlights):
        if a >= b:
            continue
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _bold(piece: str) -> str:
    """`*piece*` per line, whitespace kept outside the stars (Slack ignores `* word*`)."""
    lines = []
    for line in piece.split("\n"):
        core = line.strip()
        if not core:
            lines.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        trail = line[len(line.rstrip()) :]
        lines.append(f"{lead}*{esc(core)}*{trail}")
    return "\n".join(lines)


def marked_quote(excerpt: str, highlights: Sequence[tuple[int, int]], limit: int, more: str) -> str:
    """The passage verbatim as a `>` quote, matched words bold; cut at a sentence before `limit`.

    Escaping happens per piece (between and inside highlights), so the spans, which count
    characters of the raw excerpt, stay right.
    """
    raw = excerpt.replace("\r", "")
    raw, cut = cut_at_sentence(raw, limit, "…")
    if cut:
        raw = raw[:-1].rstrip()  # the ellipsis is added back, after the markup
    spans = _spans(highlights, len(raw))
    out, at = [], 0
    for a, b in spans:
        out.append(esc(raw[at:a]))
        out.append(_bold(raw[a:b]))
        at = b
    out.append(esc(raw[at:]))
    text = "".join(out)
    text = re.sub(r"\n\s*\n", "\n", text).strip()
    if cut:
        text += f" … _{more}_"
    return "\n".join(f"> {line}" for line in text.split("\n"))


def context_line(hit: Hit, lang: str) -> str:
    """Case number, page (and sub-heading quoted from), source."""
    lab = labels(lang)
    parts = []
    if hit.item.case_number:
        parts.append(esc(hit.item.case_number))
    page = f"{lab['page']} {hit.page}"
    if hit.excerpt_heading:
        page += f" ({esc(hit.excerpt_heading)})"
    parts.append(page)
    parts.append(_source_mrkdwn(hit.item.source))
    return " · ".join(parts)


def timeline_text(entries: Sequence[TimelineEntry], lang: str, limit: int = TIMELINE_ENTRIES) -> str | None:
    """"Samme emne:" then one line per item, oldest first (unknown dates last)."""
    if not entries:
        return None
    ordered = sorted(entries, key=lambda e: (e.meeting_date is None, e.meeting_date or 0, e.council))[-limit:]
    lines = [f"*{labels(lang)['same_topic']}:*"]
    for e in ordered:
        short = one_line(e.decision, 90)
        tail = f" — _{esc(short)}_" if short else (" — _" + labels(lang)["no_decision"].lower() + "_" if e.document_kind == "agenda" else "")
        lines.append(
            f"• {human_date(e.meeting_date, lang)} · {esc(e.council)} · punkt {esc(e.item_number)} · {esc(' '.join(e.title.split()))}{tail}"
        )
    return "\n".join(lines)


def hit_blocks(hit: Hit, lang: str, *, full: bool = True) -> list[dict]:
    """One item of an answer: heading with its button, decision, quote, context (and timeline)."""
    lab = labels(lang)
    head = section(item_heading(hit.item, lang))
    head["accessory"] = button(lab["show_item"], SHOW_ITEM, hit.item.id)
    blocks = [head, section(decision_text(hit.item, lang))]
    if hit.excerpt.strip():
        blocks.append(section(marked_quote(hit.excerpt, hit.highlights, QUOTE_CHARS if full else MORE_QUOTE_CHARS, lab["show_more"])))
    blocks.append(context(context_line(hit, lang)))
    if full and (timeline := timeline_text(hit.timeline, lang)):
        blocks.append(section(timeline))
    return blocks


# --- whole replies -----------------------------------------------------------------------------


def _asked_line(question: str, lang: str, *, ephemeral: bool, asked_by: str | None) -> list[dict]:
    q = esc(" ".join(question.split()))
    q, _ = cut_at_sentence(q, 300)
    if asked_by:
        return [context(f"<@{asked_by}> {labels(lang)['asked']}: “{q}”")]
    if ephemeral:
        return [context(f"{labels(lang)['you_asked']}: “{q}”")]
    return []


def _notes(answer: Answer) -> list[dict]:
    return [context("ℹ️ " + " · ".join(esc(n) for n in answer.notes))] if answer.notes else []


def answer_reply(
    answer: Answer,
    *,
    offset: int = 0,
    page: int = PAGE,
    ephemeral: bool = False,
    asked_by: str | None = None,
    voted: str | None = None,
) -> Reply:
    """`answer.hits[offset:offset+page]` as a message; a "more" button when more hits exist.

    `ephemeral` restates the question and adds the share button; `asked_by` (a user id) says who
    asked in a shared copy; `voted` ("up"/"down") replaces the feedback buttons with thanks.
    """
    lang = answer.language
    if not answer.answered or not answer.hits:
        return not_found_reply(answer, ephemeral=ephemeral, asked_by=asked_by, voted=voted)
    lab = labels(lang)
    shown = answer.hits[offset : offset + page]
    blocks = _asked_line(answer.question, lang, ephemeral=ephemeral, asked_by=asked_by) + _notes(answer)
    if offset:
        blocks.append(context(lab["results"].format(a=offset + 1, b=offset + len(shown))))
    if not shown:
        blocks.append(section(lab["no_more"]))
    for i, hit in enumerate(shown):
        if i:
            blocks.append(divider())
        blocks.extend(hit_blocks(hit, lang, full=i == 0 and offset == 0))
    ids = [h.item.id for h in shown]
    buttons = []
    if len(answer.hits) > offset + page:
        buttons.append(button(lab["more"], MORE, query_value(answer.question, offset + page, ephemeral=ephemeral)))
    tail: list[dict] = []
    if voted:
        tail.append(context(f"{lab['thanks']} {'👍' if voted == 'up' else '👎'}"))
    elif shown:
        fb = feedback_value(answer.question, offset, ids, ephemeral=ephemeral)
        buttons += [button("👍", FEEDBACK_UP, fb), button("👎", FEEDBACK_DOWN, fb)]
    if ephemeral and shown:
        buttons.append(button(lab["share"], SHARE, query_value(answer.question, offset), style="primary"))
    if buttons:
        tail.append(actions(*buttons))
    blocks = capped(blocks, limit=MAX_BLOCKS - len(tail)) + tail
    return Reply(_fallback(shown[0] if shown else None, answer, lang), blocks)


def _fallback(hit: Hit | None, answer: Answer, lang: str) -> str:
    if hit is None:
        return labels(lang)["no_more"]
    item = hit.item
    head = f"{item.council} · {human_date(item.meeting_date, lang)} · punkt {item.item_number} {' '.join(item.title.split())}"
    if item.decision:
        tail = f"Beslutning: {one_line(item.decision, 200)}"
    else:
        tail = labels(lang)["no_decision"] + (f". Indstilling: {one_line(item.recommendation, 200)}" if item.recommendation else "")
    return esc(f"{head}: {tail}")[:MAX_SECTION]


def not_found_reply(answer: Answer, *, ephemeral: bool = False, asked_by: str | None = None, voted: str | None = None) -> Reply:
    """Short and helpful: what was not found, the closest topics (buttons that ask them), a tip."""
    lab = labels(answer.language)
    q = esc(" ".join(answer.question.split()))[:300]
    text = lab["not_found"].format(q=q)
    blocks = _asked_line(answer.question, answer.language, ephemeral=False, asked_by=asked_by) + _notes(answer)
    body = text
    topics = [" ".join(t.split()) for t in answer.closest_topics[:5] if t.strip()]
    if topics:
        body += f"\n*{lab['closest']}:*\n" + "\n".join(f"• {esc(t)}" for t in topics)
    blocks.append(section(body))
    blocks.append(context(lab["tip"]))
    buttons = [button(t, MORE, query_value(t, 0, ephemeral=ephemeral)) for t in topics]
    if voted:
        blocks.append(context(f"{lab['thanks']} {'👍' if voted == 'up' else '👎'}"))
    else:
        fb = feedback_value(answer.question, 0, [], ephemeral=ephemeral)
        buttons += [button("👍", FEEDBACK_UP, fb), button("👎", FEEDBACK_DOWN, fb)]
    if buttons:
        blocks.append(actions(*buttons))
    return Reply(esc(lab["not_found"].format(q=" ".join(answer.question.split())[:300])), blocks)


def item_reply(item: AgendaItem, language: str = "da") -> Reply:
    """The whole item: every sub-section, links and attachments, cut at Slack's limits."""
    lab = labels(language)
    blocks = [header(f"punkt {item.item_number} {item.title}"), context(item_meta(item, language))]
    facts = []
    if item.case_number:
        facts.append(f"{lab['case']}: {esc(item.case_number)}" + (f" ({esc(', '.join(item.case_workers))})" if item.case_workers else ""))
    pages = f"{item.page_start}" if item.page_end == item.page_start else f"{item.page_start}–{item.page_end}"
    facts.append(f"{lab['pages'] if item.page_end != item.page_start else lab['page']} {pages}")
    facts.append(f"{lab['source']}: {_source_mrkdwn(item.source)}")
    blocks.append(context(" · ".join(facts)))
    budget = ITEM_VIEW_CHARS
    reserve = 4  # links, attachments, the "rest in source" line, spare
    text_blocks: list[dict] = []
    cut = False
    for s in item.sections:
        if not s.text.strip():
            continue
        paragraphs = [esc(p) for p in _flat(s.text).split("\n")]
        heading = f"*{esc(s.heading)}*" if s.heading else ""
        lines = ([heading] if heading else []) + paragraphs
        for block in packed(lines):
            t = block["text"]["text"]
            if len(text_blocks) >= MAX_BLOCKS - len(blocks) - reserve or budget <= 0:
                cut = True
                break
            if len(t) > budget:
                block = section(cut_at_sentence(t, budget, "…")[0])
                cut = True
            budget -= len(block["text"]["text"])
            text_blocks.append(block)
        if cut:
            break
    blocks += text_blocks or [section(lab["no_text"])]
    if cut:
        blocks.append(context(f"{lab['rest_in_source']}: {_source_mrkdwn(item.source)}"))
    if item.links:
        blocks += packed([f"*{lab['links']}:*"] + [f"• {link(u, u)}" if is_url(u) else f"• {esc(u)}" for u in item.links])[:1]
    if item.attachments:
        blocks += packed([f"*{lab['attachments']}:*"] + [f"• {esc(' '.join(a.split()))}" for a in item.attachments])[:1]
    text = esc(f"{item.council} · {human_date(item.meeting_date, language)} · punkt {item.item_number} {' '.join(item.title.split())}")
    return Reply(text, capped(blocks))


def missing_item_reply(item_id: str, language: str = "da") -> Reply:
    text = labels(language)["not_stored"].format(id=esc(item_id))
    return Reply(text, [section(text)])


def thanks_reply(vote: str, language: str = "da") -> Reply:
    text = f"{labels(language)['thanks']} {'👍' if vote == 'up' else '👎'}"
    return Reply(text, [context(text)])


def help_reply(language: str = "da", examples: Sequence[str] = ()) -> Reply:
    """How to ask, the commands, a few example questions (from the index, when given)."""
    if language == "en":
        lines = [
            "*kkrbot* answers questions about KKR agendas (dagsordener) and minutes (referater), "
            "with the decision, the recommendation and the passage it comes from.",
            "*Ask:* `/kkr <question>` (only you see the answer; *Post in channel* shares it), "
            "a direct message to me, or @kkrbot in a channel (I answer in the thread).",
            "*Commands:*\n• `/kkr next [council]` the next meeting and its items\n• `/kkr help` this help"
            "\n• `/kkr digest weekly mon 08:00 [council…]` / `daily 07:30` / `show` / `off`: a digest in this channel"
            "\n• `/kkr follow <topic>`, `/kkr unfollow <topic>`, `/kkr following`: DM me when a topic comes up",
        ]
        other = "På dansk: `/kkr hjælp`"
        head = "Try"
    else:
        lines = [
            "*kkrbot* svarer på spørgsmål om KKR's dagsordener og referater, "
            "med beslutningen, indstillingen og det afsnit, svaret kommer fra.",
            "*Spørg:* `/kkr <spørgsmål>` (kun du ser svaret; *Del i kanalen* deler det), "
            "en direkte besked til mig, eller @kkrbot i en kanal (jeg svarer i tråden).",
            "*Kommandoer:*\n• `/kkr next [råd]` næste møde og dets punkter\n• `/kkr hjælp` denne hjælp"
            "\n• `/kkr digest weekly mon 08:00 [råd…]` / `daily 07:30` / `show` / `off`: overblik i kanalen"
            "\n• `/kkr follow <emne>`, `/kkr unfollow <emne>`, `/kkr following`: besked til dig, når et emne kommer op",
        ]
        other = "In English: `/kkr help`"
        head = "Prøv"
    if examples:
        lines.append(f"*{head}:*\n" + "\n".join(f"• {esc(e)}" for e in examples[:5]))
    blocks = [section(line) for line in lines] + [context(other)]
    return Reply("kkrbot: " + ("how to ask" if language == "en" else "sådan spørger du"), blocks)


def apology(language: str = "da") -> Reply:
    """What the user sees when answering failed (the trace goes to the log, not here)."""
    text = labels(language)["apology"]
    return Reply(text, [section(f"⚠️ {text}")])


def text_reply(text: str) -> Reply:
    """A subcommand's reply (mrkdwn, already escaped by its author) as a message."""
    text = text.strip() or " "
    return Reply(text[:MAX_SECTION], capped(packed(text.split("\n"))))


def next_reply(upcoming: Sequence[UpcomingMeeting], *, council: str | None = None, language: str = "da") -> Reply:
    """`/kkr next [council]`: the next meetings with their (planned) items, as in the digests."""
    lab = labels(language)
    if not upcoming:
        text = lab["no_meetings"].format(c=f" for {council}" if council and language == "en" else (f" for {council}" if council else ""))
        return Reply(esc(text), [section(esc(text))])
    blocks = [header(lab["next_title"] + (f" · {council}" if council else ""))]
    for u in upcoming:
        blocks.extend(packed(upcoming_lines(u)))
        blocks.append(context(_source_mrkdwn(u.source)))
    first = upcoming[0]
    text = esc(f"{lab['next_title']}: {first.council} {human_date(first.meeting_date, language)}")
    return Reply(text, capped(blocks))
