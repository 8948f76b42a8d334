"""Messages other than an answer: the whole item, help, `/kkr next`, subcommand replies. Pure.

Same rules as bot/render/answers.py: escaped text, Slack's limits, a fallback `text` on every Reply.
"""

from __future__ import annotations

from typing import Sequence

from bot.render.answers import Reply, flat, item_byline, source_mrkdwn
from bot.render.digests import upcoming_lines
from bot.render.labels import labels
from bot.render.meeting import show_meeting_button
from bot.render.shown import table_block
from bot.render.mrkdwn import MAX_BLOCKS, MAX_SECTION, actions, capped, context, cut_at_sentence, esc, header, human_date, is_url, link, meeting_when, packed, pieces, section
from index.model import AgendaItem, Meeting
from index.search.upcoming import UpcomingMeeting

ITEM_VIEW_CHARS = 24_000  # whole-item view: beyond this the rest is in the source


def item_reply(item: AgendaItem, language: str = "da") -> Reply:
    """The whole item: every sub-section, links and attachments, cut at Slack's limits."""
    lab = labels(language)
    blocks = [header(f"punkt {item.item_number} {item.title}"), context(item_byline(item, language))]
    facts = []
    if item.case_number:
        facts.append(f"{lab['case']}: {esc(item.case_number)}" + (f" ({esc(', '.join(item.case_workers))})" if item.case_workers else ""))
    pages = f"{item.page_start}" if item.page_end == item.page_start else f"{item.page_start}–{item.page_end}"
    facts.append(f"{lab['pages'] if item.page_end != item.page_start else lab['page']} {pages}")
    facts.append(f"{lab['source']}: {source_mrkdwn(item.source, item.page_start)}")
    blocks.append(context(" · ".join(facts)))
    budget = ITEM_VIEW_CHARS
    reserve = 5  # links, attachments, the "rest in source" line, the meeting button, spare
    text_blocks: list[dict] = []
    cut = False
    for si, s in enumerate(item.sections):
        if not s.text.strip():
            continue
        paragraphs = _section_lines(item, si)
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
        blocks.append(context(f"{lab['rest_in_source']}: {source_mrkdwn(item.source)}"))
    if item.links:
        blocks += packed([f"*{lab['links']}:*"] + [f"• {link(u, u)}" if is_url(u) else f"• {esc(u)}" for u in item.links])[:1]
    if item.attachments:
        blocks += packed([f"*{lab['attachments']}:*"] + [f"• {esc(' '.join(a.split()))}" for a in item.attachments])[:1]
    blocks.append(actions(show_meeting_button(item.id.rsplit("/", 1)[0], language)))
    text = esc(f"{item.council} · {meeting_when(item.meeting_date, item.date_window, language)} · punkt {item.item_number} {' '.join(item.title.split())}")
    return Reply(text, capped(blocks))


def _section_lines(item: AgendaItem, si: int) -> list[str]:
    """A sub-section's text as escaped lines, each table the extractor flattened shown in its
    place as an aligned code block (its rows rebuilt at ingest)."""
    text = item.sections[si].text
    tables = sorted((t.region[1], t.region[2], t) for t in item.tables if t.region and t.region[0] == si)
    out: list[str] = []
    at = 0
    for start, end, table in tables:
        out += _plain_lines(text[at:start])
        block = table_block(table)
        if len(block) > MAX_SECTION - 10:
            block = block[: MAX_SECTION - 12].rsplit("\n", 1)[0] + "\n…"
        out.append(f"```{esc(block)}```")
        at = end
    return out + _plain_lines(text[at:])


def _plain_lines(text: str) -> list[str]:
    return [esc(piece) for p in flat(text).split("\n") for piece in pieces(p, MAX_SECTION - 600)]


def missing_item_reply(item_id: str, language: str = "da") -> Reply:
    text = labels(language)["not_stored"].format(id=esc(item_id))
    return Reply(text, [section(text)])


def help_reply(language: str = "da", examples: Sequence[str] = ()) -> Reply:
    """How to ask, the commands, a few example questions (from the index, when given)."""
    if language == "en":
        lines = [
            "*kkrbot* answers questions about KKR agendas (dagsordener) and minutes (referater), "
            "with the decision, the recommendation and the passage it comes from.",
            "*Ask:* `/kkr &lt;question&gt;` (only you see the answer; *Post in channel* shares it), "
            "a direct message to me, or @kkrbot in a channel (I answer in the thread).",
            "*Commands:*\n• `/kkr next [council]` the next meeting and its items\n• `/kkr help` this help"
            "\n• `/kkr digest weekly mon 08:00 [council…]` / `daily 07:30` / `show` / `off`: a digest in this channel"
            "\n• `/kkr follow &lt;topic&gt;`, `/kkr unfollow &lt;topic&gt;`, `/kkr following`: DM me when a topic comes up",
        ]
        other = "På dansk: `/kkr hjælp`"
        head = "Try"
    else:
        lines = [
            "*kkrbot* svarer på spørgsmål om KKR's dagsordener og referater, "
            "med beslutningen, indstillingen og det afsnit, svaret kommer fra.",
            "*Spørg:* `/kkr &lt;spørgsmål&gt;` (kun du ser svaret; *Del i kanalen* deler det), "
            "en direkte besked til mig, eller @kkrbot i en kanal (jeg svarer i tråden).",
            "*Kommandoer:*\n• `/kkr next [råd]` næste møde og dets punkter\n• `/kkr hjælp` denne hjælp"
            "\n• `/kkr digest weekly mon 08:00 [råd…]` / `daily 07:30` / `show` / `off`: overblik i kanalen"
            "\n• `/kkr follow &lt;emne&gt;`, `/kkr unfollow &lt;emne&gt;`, `/kkr following`: besked til dig, når et emne kommer op",
        ]
        other = "In English: `/kkr help en`"
        head = "Prøv"
    if examples:
        lines.append(f"*{head}:*\n" + "\n".join(f"• {esc(e)}" for e in examples[:5]))
    blocks = [section(line) for line in lines] + [context(other)]
    return Reply("kkrbot: " + ("how to ask" if language == "en" else "sådan spørger du"), blocks)


def text_reply(text: str) -> Reply:
    """A subcommand's reply (mrkdwn, already escaped by its author) as a message."""
    text = text.strip() or " "
    return Reply(text[:MAX_SECTION], capped(packed(text.split("\n"))))


def next_reply(upcoming: Sequence[UpcomingMeeting], *, council: str | None = None, language: str = "da",
               latest: Meeting | None = None) -> Reply:  # fmt: skip
    """`/kkr next [council]`: the next meetings with their (planned) items, as in the digests."""
    lab = labels(language)
    if not upcoming:
        text = esc(lab["no_meetings"].format(c=f" for {council}" if council else ""))
        blocks = [section(text)]
        if latest is not None:
            kind = lab["minutes" if latest.document_kind == "minutes" else "agenda"]
            blocks.append(context(f"{lab['latest']}: {esc(latest.council)} · {meeting_when(latest.meeting_date, latest.date_window, language)} · {kind} · "
                                  f"{source_mrkdwn(latest.source)}"))  # fmt: skip
        return Reply(text, blocks)
    blocks = [header(lab["next_title"] + (f" · {council}" if council else ""))]
    for u in upcoming:
        blocks.extend(packed(upcoming_lines(u)))
        blocks.append(context(source_mrkdwn(u.source)))
    first = upcoming[0]
    text = esc(f"{lab['next_title']}: {first.council} {human_date(first.meeting_date, language)}")
    return Reply(text, capped(blocks))
