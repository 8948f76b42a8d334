"""Answers as Slack Block Kit: pure functions from index.model values to a `Reply`.

Layout of an answer (labels in the asker's language, document words and quotes in Danish):

    [context]  Du spurgte: “…”            (ephemeral /kkr answer; "<@U> spurgte: …" once shared)
    [context]  ℹ️ lærepladsr → lærepladser  (the answer's notes, index.model.Note, in labels: a typo read, a year missing)
    per item (at most PAGE = 3 items, no item twice, a divider between):
    [section]  *<source-url|Title>*  (the title as plain text when the source is a file name)
               KKR Midtjylland · 17. juni 2026 · punkt 3.4 · referat      [Vis hele punktet]
               (an undated meeting: "mellem 18. juni og 20. oktober 2025")
    [section]  *Svar:* *1.417* (KKR Midtjylland · Social- og sundhedsassistenter · Dimensionering 2027)
               — the answer line (bot/render/shown.py), when the engine found one; a list
               answer labels the list passage instead; a decision answer is bold in the decision
    [section]  *Beslutning:* KKR Godkendte indstillingerne.
               — for an agenda: *Ingen beslutning endnu* and *Indstilling:* …
    [section]  > the passages the engine chose (Hit.passages: up to three for the first item,
               one for the others), verbatim, matched words in *bold*, cuts marked "…";
               a table row as a code block, its header beside its cells
    [context]  SAG-2026-00837 · side 14 (Baggrund), 15 (Sagsfremstilling) · 003_d10211b4844be3a2.txt (a URL: a link to …pdf#page=14)
    [section]  *Samme emne:* one line per other item on the topic, oldest first:
               date · council · punkt · title — decision (first item of the first page only)
    [actions]  [Flere resultater] [👍] [👎] [Del i kanalen (ephemeral answers only)]

After a vote the same answer comes back with "Tak for din feedback 👍" instead of the vote buttons;
it replaces the message voted on. A "not found" answer is one short section (what was not found, then
its notes on a line of their own, "Nærmeste punkter:"), one section per nearest item the engine kept (index/search/nearest.py: its
linked title and byline with [Vis hele punktet]; the first also its passages nearest the question,
quoted; no answer line, no decision),
and a tip; when the engine kept no item, the closest topics instead, as buttons that ask about them
(`kkr_more_1`, … so each button of the block has its own action_id; they act as MORE). The whole item, help, `/kkr next`
and subcommand replies are in bot/render/replies.py; the bricks and Slack's limits in bot/render/mrkdwn.py.

Every text is escaped (&, <, >) before mrkdwn is added (bold spans count characters of the raw
passage, so escaping happens piece by piece); a Reply always has a fallback `text` and at most 50
blocks; sections stay under 3000 characters, context texts under 2000, buttons under 75, values
under 2000 (the question is cut to fit). Button values are JSON: MORE and SHARE carry
{"q": question, "offset": n} (plus "e": 1 when the answer was ephemeral, so the next page is
too); 👍/👎 carry {"a": answer id, "q", "offset", "items": [item ids shown]}; SHOW_ITEM the item id.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Sequence

from bot.render.labels import kind_label, label, labels, note_text
from bot.render.shown import answer_mrkdwn, bold_sentence, passages_mrkdwn, shown_passages
from bot.render.mrkdwn import (
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
    meeting_when,
    is_url,
    link,
    section,
)
from index.model import AgendaItem, Answer, Hit, TimelineEntry
from index.search.shown import ASKED_LIST_CHARS, FULL_SECTION_CHARS
from index.search.upcoming import one_line


@dataclass(frozen=True)
class Reply:
    """One Slack message: `text` is the notification/fallback line (always non-empty)."""

    text: str
    blocks: list[dict]


SHOW_ITEM, MORE, FEEDBACK_UP, FEEDBACK_DOWN, SHARE = "kkr_show_item", "kkr_more", "kkr_feedback_up", "kkr_feedback_down", "kkr_share"
PAGE = 3  # items per answer message; "Flere resultater" shows the next PAGE
DECISION_CHARS = FULL_SECTION_CHARS  # a decision this short is shown whole (the engine quotes none of it again)
QUOTE_CHARS = 600  # the engine's passages fit; a longer excerpt of a hand-made hit is cut here
LIST_QUOTE_CHARS = ASKED_LIST_CHARS + 10
TIMELINE_ENTRIES = 6

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
    """The file name of a path or URL ("referat-….pdf"); the sample sources are local files."""
    name = source.strip().replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or source.strip()


def source_mrkdwn(source: str, page: int | None = None) -> str:
    """A URL source as a link labelled with its file name (to `page` of the PDF when given);
    a file source as plain (escaped) text."""
    return link(page_url(source, page), source_name(source)) if is_url(source) else esc(source_name(source))


def page_url(url: str, page: int | None) -> str:
    """`…pdf#page=14`: PDF viewers open the document at that page (the URL as it is without a
    page, or when it already has a fragment)."""
    return f"{url.strip()}#page={page}" if page and page > 0 and "#" not in url else url


def _kind(kind: str, lang: str) -> str:
    return kind_label(kind, lang)


def item_byline(item: AgendaItem | TimelineEntry, lang: str) -> str:
    """"KKR Midtjylland · 17. juni 2026 · punkt 3.4 · referat" (escaped); an undated meeting
    by its window ("mellem 18. juni og 20. oktober 2025")."""
    when = meeting_when(item.meeting_date, item.date_window, lang)
    return label("byline", lang, council=esc(item.council), when=when, number=esc(item.item_number),
                 kind=_kind(item.document_kind, lang))  # fmt: skip


def item_heading(item: AgendaItem, lang: str) -> str:
    title = " ".join(item.title.split())
    shown = link(page_url(item.source, item.page_start), title) if is_url(item.source) else esc(title)
    return f"*{shown}*\n{item_byline(item, lang)}"


def decision_text(item: AgendaItem, lang: str, limit: int = DECISION_CHARS, *, answer: str | None = None) -> str:
    """The decision first (`answer`, the sentence answering a decision question, in bold); for
    an agenda "Ingen beslutning endnu" and the recommendation."""
    lab = labels(lang)
    more = f"_{lab['show_more']}_"
    if item.decision:
        text = _cut_escaped(flat(item.decision), limit, more)
        return f"*{lab['decision_label']}:* {bold_sentence(text, answer) if answer else text}"
    out = f"*{lab['no_decision'] if item.document_kind == 'agenda' else lab['no_decision_minutes']}*"
    if item.recommendation:
        text = _cut_escaped(flat(item.recommendation), limit, more)
        out += f"\n*{lab['recommendation_label']}:* {text}"
    return out


def _cut_escaped(raw: str, limit: int, more: str) -> str:
    """Cut the raw text at a sentence (so no entity is split), then escape; `more` is mrkdwn."""
    text, cut = cut_at_sentence(raw, limit, "…")
    return f"{esc(text)[:-1].rstrip()} … {more}" if cut else esc(text)


def flat(text: str) -> str:
    """Paragraphs kept (one newline), other whitespace runs collapsed."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text)]
    return "\n".join(p for p in paragraphs if p)


def _spans(text: str, highlights: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Highlights sorted, clipped to `text`, widened to whole words (Slack shows `lære*plads*en`
    with its stars, not bold) and merged where they overlap or touch."""
    out: list[tuple[int, int]] = []
    for a, b in sorted((max(0, a), min(len(text), b)) for a, b in highlights):
        while a < b and text[a].isspace():
            a += 1
        while a < b and text[b - 1].isspace():
            b -= 1
        while 0 < a < b and text[a - 1].isalnum():
            a -= 1
        while a < b < len(text) and text[b].isalnum():
            b += 1
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
    spans = _spans(raw, highlights)
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
    """Case number, the pages (and sub-headings) quoted from, source."""
    lab = labels(lang)
    parts = []
    if hit.item.case_number:
        parts.append(esc(hit.item.case_number))
    quoted = list(dict.fromkeys((p.page, p.section) for p in shown_passages(hit))) or [(hit.page, hit.excerpt_heading)]
    parts.append(f"{lab['page']} " + ", ".join(f"{n} ({esc(h)})" if h else str(n) for n, h in quoted))
    parts.append(source_mrkdwn(hit.item.source, hit.page))
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
        when = meeting_when(e.meeting_date, e.date_window, lang)
        ref = label("item_ref", lang, number=esc(e.item_number))
        lines.append(f"• {when} · {esc(e.council)} · {ref} · {esc(' '.join(e.title.split()))}{tail}")
    return "\n".join(lines)


def _already_shown(item: AgendaItem, text: str) -> bool:
    """The passage is (part of) the decision or recommendation shown in full above it: quoting it
    again would only repeat it (the engine does not choose such passages; a hand-made hit may)."""
    shown = item.decision if item.decision else item.recommendation
    if not shown or len(shown) > DECISION_CHARS:
        return False
    return " ".join(text.split()) in " ".join(shown.split())


def _list_shown(hit: Hit) -> bool:
    """The list answer is the first passage shown: label that passage, do not repeat the list."""
    a = hit.answer
    if a is None or a.kind not in ("list", "plan") or not hit.passages or hit.passages[0].kind != "list":
        return False
    shown = " ".join(hit.passages[0].text.split())
    return all(" ".join(v.split()) in shown for v in a.values)


def hit_blocks(hit: Hit, lang: str, *, full: bool = True) -> list[dict]:
    """One item of an answer: heading with its button, the answer line, the decision, the
    passages, context (and timeline): all as the engine chose them (`hit.answer`, `hit.passages`)."""
    lab = labels(lang)
    head = section(item_heading(hit.item, lang))
    head["accessory"] = button(lab["show_item"], SHOW_ITEM, hit.item.id)
    blocks = [head]
    listed = _list_shown(hit)
    line = answer_mrkdwn(hit.answer, lang, list_shown=listed)
    if line and not listed:
        blocks.append(section(line))
    decided = hit.answer.values[0] if hit.answer and hit.answer.kind == "decision" else None
    blocks.append(section(decision_text(hit.item, lang, answer=decided)))
    more = lab["show_more"]
    passages = [p for p in shown_passages(hit) if not _already_shown(hit.item, p.text)]
    quoted = passages_mrkdwn(
        passages, lambda p: marked_quote(p.text, p.highlights, LIST_QUOTE_CHARS if p.kind == "list" else QUOTE_CHARS, more)
    )
    if quoted and listed and line:
        quoted[0] = f"{line}\n{quoted[0]}"
    blocks += [section(text) for text in quoted]
    blocks.append(context(context_line(hit, lang)))
    if full and (timeline := timeline_text(hit.timeline, lang)):
        blocks.append(section(timeline))
    return blocks


# --- whole replies -----------------------------------------------------------------------------


def _asked_line(question: str, lang: str, *, ephemeral: bool, asked_by: str | None) -> list[dict]:
    q = esc(cut_at_sentence(" ".join(question.split()), 300)[0])
    if asked_by:
        return [context(f"<@{asked_by}> {labels(lang)['asked']}: “{q}”")]
    if ephemeral:
        return [context(f"{labels(lang)['you_asked']}: “{q}”")]
    return []


def _notes(answer: Answer) -> list[dict]:
    notes = [esc(note_text(n, answer.language)) for n in answer.notes]
    return [context("ℹ️ " + " · ".join(notes))] if notes else []


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
    unique = _first_of_each(answer.hits)
    shown = unique[offset : offset + page]
    blocks = _asked_line(answer.question, lang, ephemeral=ephemeral, asked_by=asked_by) + _notes(answer)
    if answer.uncertain:
        blocks.append(context(lab["uncertain"]))
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
    if len(unique) > offset + page:
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


def _first_of_each(hits: Sequence[Hit]) -> list[Hit]:
    """No item twice: each item at its first (best) place."""
    seen: set[str] = set()
    return [h for h in hits if not (h.item.id in seen or seen.add(h.item.id))]


def _fallback(hit: Hit | None, answer: Answer, lang: str) -> str:
    if hit is None:
        return labels(lang)["no_more"]
    item, lab = hit.item, labels(lang)
    head = item_line(item, lang)
    if hit.answer and hit.answer.kind not in ("decision", "list", "plan"):
        head += f" · {lab['answer']}: {hit.answer.text}"
    if item.decision:
        tail = f"{lab['decision_label']}: {one_line(item.decision, 200)}"
    else:
        tail = lab["no_decision"] + (f". {lab['recommendation_label']}: {one_line(item.recommendation, 200)}" if item.recommendation else "")
    return esc(f"{head}: {tail}")[:MAX_SECTION]


def item_line(item: AgendaItem, lang: str) -> str:
    """"KKR Midtjylland · 17. juni 2026 · punkt 3.4 Title" (raw text: escape it for mrkdwn)."""
    when = meeting_when(item.meeting_date, item.date_window, lang)
    return label("item_line", lang, council=item.council, when=when, number=item.item_number, title=" ".join(item.title.split()))


def not_found_reply(answer: Answer, *, ephemeral: bool = False, asked_by: str | None = None, voted: str | None = None) -> Reply:
    """Short and helpful: what was not found, the nearest items (each with "Vis hele punktet"), a
    tip; with no item kept, the closest topics (buttons that ask them)."""
    lab = labels(answer.language)
    q = esc(" ".join(answer.question.split()))[:300]
    text = lab["not_found"].format(q=q)
    # "not found" first, then why (a year or council lacked, a typo read), then the nearest items
    blocks = _asked_line(answer.question, answer.language, ephemeral=False, asked_by=asked_by)
    body = text
    if answer.notes:
        body += "\nℹ️ " + " · ".join(esc(note_text(n, answer.language)) for n in answer.notes)
    nearest = _first_of_each(answer.hits)[:PAGE]
    # The nearest items (index/search/nearest.py): each by its item line, linked, with "Vis hele
    # punktet"; no answer line, passage or decision, so the refusal never looks like an answer.
    topics = [] if nearest else [" ".join(t.split()) for t in answer.closest_topics[:5] if t.strip()]
    if nearest:
        body += f"\n*{lab['nearest_items']}:*"
    elif topics:
        body += f"\n*{lab['closest']}:*\n" + "\n".join(f"• {esc(t)}" for t in topics)
    blocks.append(section(body))
    for hit in nearest:
        item = section(item_heading(hit.item, answer.language))
        item["accessory"] = button(lab["show_item"], SHOW_ITEM, hit.item.id)
        blocks.append(item)
        # the first item's passages nearest the question, quoted as the engine chose them (no answer line, no decision)
        quoted = passages_mrkdwn(shown_passages(hit), lambda p: marked_quote(
            p.text, p.highlights, LIST_QUOTE_CHARS if p.kind == "list" else QUOTE_CHARS, lab["show_more"]))
        blocks += [section(text) for text in quoted]
    blocks.append(context(lab["tip"]))
    # one action_id per button of a block (Slack's rule): kkr_more_1, kkr_more_2, … all mean MORE
    buttons = [button(t, f"{MORE}_{n}", query_value(t, 0, ephemeral=ephemeral)) for n, t in enumerate(topics, 1)]
    if voted:
        blocks.append(context(f"{lab['thanks']} {'👍' if voted == 'up' else '👎'}"))
    else:
        fb = feedback_value(answer.question, 0, [], ephemeral=ephemeral)
        buttons += [button("👍", FEEDBACK_UP, fb), button("👎", FEEDBACK_DOWN, fb)]
    if buttons:
        blocks.append(actions(*buttons))
    return Reply(esc(lab["not_found"].format(q=" ".join(answer.question.split())[:300])), blocks)


def apology(language: str = "da") -> Reply:
    """What the user sees when answering failed (the trace goes to the log, not here)."""
    text = labels(language)["apology"]
    return Reply(text, [section(f"⚠️ {text}")])
