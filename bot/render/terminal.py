"""What the `kkrbot` commands print: answers as terminal text (their JSON is index/answer_json.py),
items and upcoming meetings as JSON data or text, a digest's blocks as text (pure; the commands
only echo these). The operator's terminal reads English, with the documents' own words in Danish
(referat, punkt, Beslutning: bot/render/labels.toml's Danish)."""

from __future__ import annotations

from datetime import date

from bot.render.labels import kind_label, label, labels, note_text
from bot.render.mrkdwn import da_date
from bot.render.shown import row_lines, shown_passages
from index.codec import item_to_dict
from index.dates import when_text
from index.model import AgendaItem, Answer, Hit
from index.search.upcoming import UpcomingMeeting


def _marked(text: str, highlights: tuple[tuple[int, int], ...]) -> str:
    out, at = [], 0
    for a, b in highlights:
        out += [text[at:a], "*", text[a:b], "*"]
        at = b
    return " ".join(("".join(out) + text[at:]).split())


def meeting_when(meeting_date: date | None, window: tuple[date | None, date | None]) -> str:
    """The meeting's ISO date, else the window its text gives ("between 18 June and 20 October 2025")."""
    return meeting_date.isoformat() if meeting_date else when_text(None, window, "en")


def item_when(item: AgendaItem) -> str:
    return meeting_when(item.meeting_date, item.date_window)


def _passage_lines(hit: Hit) -> list[str]:
    """The passages a hit shows, each quoted with its section and page; a table row with its header."""
    da, lines = labels("da"), []
    for p in shown_passages(hit):
        where = f"{p.section or da['text_section']}, {da['page']} {p.page}"
        if p.kind == "row" and p.cells:  # a table row with its header, as in Slack
            rows = row_lines(p)
            lines.append(f"   {rows[0]} ({where})")
            lines += [f"   {r}" for r in rows[1:]]
        else:
            lines.append(f"   «{_marked(p.text, p.highlights)}» ({where})")
    return lines


def answer_text(answer: Answer) -> str:
    """A readable answer for a terminal: the same answer line and passages as Slack and JSON."""
    lines = [f"({note_text(n, answer.language)})" for n in answer.notes]  # in the question's language, as in Slack
    if answer.uncertain:
        lines.append("Possibly relevant: no item answers all of the question, but these are about its topic.")
    if not answer.answered:  # "not found" first, then the notes, as in Slack
        lines.insert(0, "Nothing in the index answers that.")
        if answer.hits:  # the nearest items, by their item lines only, as Slack shows them (index/search/nearest.py)
            lines.append("Nearest items:")
            for i, hit in enumerate(answer.hits, 1):
                item = hit.item
                kind = kind_label(item.document_kind, "da")
                lines.append(f"{i}. {item.council} {item_when(item)} ({kind}) {label('item_ref', number=item.item_number)}: {item.title}")
                lines += _passage_lines(hit)  # the first item's passages nearest the question
                lines.append(f"   {item.source}")
        elif answer.closest_topics:
            lines.append("Closest topics: " + "; ".join(answer.closest_topics))
        return "\n".join(lines)
    da = labels("da")  # the documents' words
    for i, hit in enumerate(answer.hits, 1):
        item = hit.item
        kind = kind_label(item.document_kind, "da")
        lines.append(f"{i}. {item.council} {item_when(item)} ({kind}) {label('item_ref', number=item.item_number)}: {item.title}")
        if item.case_number:
            lines.append(f"   {item.case_number}")
        if hit.answer is not None:
            lines.append(f"   {da['answer']}: {' '.join(hit.answer.text.split())}")
        if item.decision:
            lines.append(f"   {da['decision_label']}: {' '.join(item.decision.split())}")
        else:
            lines.append("   No decision yet.")
            if item.recommendation:
                lines.append(f"   {da['recommendation_label']}: {' '.join(item.recommendation.split())}")
        lines += _passage_lines(hit)
        lines.append(f"   {item.source}")
        if hit.timeline:
            steps = [f"{meeting_when(e.meeting_date, e.date_window)} {e.item_number} {e.title}" for e in hit.timeline]
            lines.append("   Same topic: " + " → ".join(steps))
    return "\n".join(lines)


def item_json(item: AgendaItem) -> dict:
    """What `kkrbot items --json` prints: the stored item, its sub-sections as heading → text, its
    passages as text (the store keeps offsets)."""
    d = item_to_dict(item)
    sections: dict[str, str] = {}
    for s in item.sections:
        sections[s.heading] = f"{sections[s.heading]}\n\n{s.text}" if s.heading in sections else s.text
    d["sections"] = sections
    d["passages"] = [{"text": p.text, "section": p.section, "page": p.page, "kind": p.kind} for p in item.passages]
    d["decision"] = item.decision
    d["recommendation"] = item.recommendation
    return d


def upcoming_json(meetings: list[UpcomingMeeting]) -> list[dict]:
    """What `kkrbot next --json` prints."""
    return [
        {
            "council": u.council,
            "meeting_date": u.meeting_date.isoformat(),
            "preliminary": u.preliminary,
            "items": [{"item_number": i.item_number, "title": i.title, "recommendation": i.recommendation} for i in u.items],
            "source": u.source,
            "based_on": u.based_on,
        }
        for u in meetings
    ]


def upcoming_text(meetings: list[UpcomingMeeting]) -> str:
    if not meetings:
        return "No upcoming meetings known."
    out: list[str] = []
    for u in meetings:
        kind = f"PRELIMINARY, from item {u.based_on.rsplit('/', 1)[-1]} of {u.source}" if u.preliminary and u.based_on else f"agenda {u.source}"
        out.append(f"{u.council} · {da_date(u.meeting_date)} ({u.meeting_date.isoformat()}) · {kind}")
        for i in u.items:
            out.append(f"  {i.item_number or '-':<5} {i.title}")
            if i.recommendation:
                out.append(f"        {i.recommendation}")
        out.append("")
    return "\n".join(out).rstrip()


def digest_text(blocks: list[dict]) -> str:
    """A digest's Block Kit as terminal text (`kkrbot digest preview`): headers, sections,
    context lines, dividers."""
    out: list[str] = []
    for b in blocks:
        if b["type"] == "header":
            out.append(f"== {b['text']['text']} ==")
        elif b["type"] == "section":
            out.append(b["text"]["text"])
        elif b["type"] == "context":
            out.append(" ".join(e.get("text", "") for e in b.get("elements", [])))
        elif b["type"] == "divider":
            out.append("-" * 40)
    return "\n".join(out).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
