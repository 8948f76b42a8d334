"""Messages other than an answer: the whole item, help, `/kkr next`, subcommand replies. Pure.

Same rules as bot/render/answers.py: escaped text, Slack's limits, a fallback `text` on every Reply.
"""

from __future__ import annotations

from typing import Sequence

from bot.render.answers import Reply, flat, item_byline, item_line, source_mrkdwn
from bot.render.digests import upcoming_lines
from bot.render.labels import kind_label, label, labels
from bot.render.meeting import show_meeting_button
from bot.render.shown import table_block
from bot.render.mrkdwn import MAX_BLOCKS, MAX_SECTION, actions, capped, context, cut_at_sentence, esc, header, human_date, is_url, link, meeting_when, packed, pieces, section
from index.model import AgendaItem, Meeting
from index.search.upcoming import UpcomingMeeting

ITEM_VIEW_CHARS = 24_000  # whole-item view: beyond this the rest is in the source


def item_reply(item: AgendaItem, language: str = "da") -> Reply:
    """The whole item: every sub-section, links and attachments, cut at Slack's limits."""
    lab = labels(language)
    blocks = [header(f"{label('item_ref', language, number=item.item_number)} {item.title}"), context(item_byline(item, language))]
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
    return Reply(esc(item_line(item, language)), capped(blocks, language=language))


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
    lab = labels(language)
    lines = [lab["help_intro"], lab["help_ask"], lab["help_commands"]]
    if examples:
        lines.append(f"*{lab['help_try']}:*\n" + "\n".join(f"• {esc(e)}" for e in examples[:5]))
    blocks = [section(line) for line in lines] + [context(lab["help_other_language"])]
    return Reply(lab["help_title"], blocks)


def text_reply(text: str) -> Reply:
    """A subcommand's reply (mrkdwn, already escaped by its author) as a message."""
    text = text.strip() or " "
    return Reply(text[:MAX_SECTION], capped(packed(text.split("\n"))))


def next_reply(upcoming: Sequence[UpcomingMeeting], *, council: str | None = None, language: str = "da",
               latest: Meeting | None = None) -> Reply:  # fmt: skip
    """`/kkr next [council]`: the next meetings with their (planned) items, as in the digests."""
    lab = labels(language)
    if not upcoming:
        text = esc(label("no_meetings_of", language, council=council) if council else lab["no_meetings"])
        blocks = [section(text)]
        if latest is not None:
            kind = kind_label(latest.document_kind, language)
            blocks.append(context(f"{lab['latest']}: {esc(latest.council)} · {meeting_when(latest.meeting_date, latest.date_window, language)} · {kind} · "
                                  f"{source_mrkdwn(latest.source)}"))  # fmt: skip
        return Reply(text, blocks)
    blocks = [header(lab["next_title"] + (f" · {council}" if council else ""))]
    for u in upcoming:
        blocks.extend(packed(upcoming_lines(u, language)))
        blocks.append(context(source_mrkdwn(u.source)))
    first = upcoming[0]
    text = esc(f"{lab['next_title']}: {first.council} {human_date(first.meeting_date, language)}")
    return Reply(text, capped(blocks, language=language))
