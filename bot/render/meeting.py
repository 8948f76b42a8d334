"""The whole meeting, and who took part in it: pure functions from index values to a `Reply`.

`meeting_reply` is the whole-meeting view (the "Vis hele mødet" button): council, date, kind,
the cover's time and venue, every section with its items (and, in minutes, the start of each
decision), and the participant list, present and "Afbud". `attendance_reply` answers
"hvem deltog i …" / "who sent apologies" from that list. Same rules as bot/render/answers.py:
escaped text, Slack's limits, a fallback `text` on every Reply.
"""

from __future__ import annotations

from typing import Sequence

from bot.render.answers import Reply, source_mrkdwn
from bot.render.labels import kind_label, label, labels
from bot.render.mrkdwn import actions, button, capped, context, cut_at_sentence, esc, header, meeting_when, packed, section
from index.model import Meeting, Participant
from index.search.attendance import AttendanceAnswer

__all__ = ["SHOW_MEETING", "attendance_reply", "meeting_reply", "missing_meeting_reply", "show_meeting_button"]

SHOW_MEETING = "kkr_show_meeting"
DECISION_PREVIEW = 160


def show_meeting_button(meeting_id: str, language: str = "da") -> dict:
    """"Vis hele mødet": its value the meeting's id ("kkr-midtjylland/2026-06-17/minutes")."""
    return button(label("show_meeting", language), SHOW_MEETING, meeting_id)


def _title(m: Meeting, language: str) -> str:
    kind = kind_label(m.document_kind, language)
    return f"{m.council} · {meeting_when(m.meeting_date, m.date_window, language)} · {kind}"


def _facts(m: Meeting, language: str) -> str:
    parts = [label("meeting_at", language, time=esc(m.start_time))] if m.start_time else []
    parts += [esc(m.venue)] if m.venue else []
    parts.append(source_mrkdwn(m.source))
    return " · ".join(parts)


def _person(p: Participant) -> str:
    name = f"{p.name} ({p.party})" if p.party else p.name
    return "• " + esc(", ".join(x for x in (name, p.municipality, p.role) if x))


def _people(title: str, people: Sequence[Participant], language: str) -> list[str]:
    lines = [f"*{esc(title)} ({len(people)}):*"]
    return lines + ([_person(p) for p in people] or [f"_{label('meeting_nobody', language)}_"])


def _participant_lines(m: Meeting, language: str, asked: str = "all") -> list[str]:
    w = labels(language)
    present = [p for p in m.participants if p.present]
    absent = [p for p in m.participants if not p.present]
    lines: list[str] = []
    if asked in ("present", "all"):
        lines += _people(w["meeting_present"], present, language)
    if asked in ("absent", "all"):
        lines += _people(w["meeting_absent"], absent, language)
    elif absent:
        lines.append(f"_{esc(w['meeting_absent'])}: {len(absent)}_")
    return lines


def attendance_reply(answer: AttendanceAnswer) -> Reply:
    """The participant list of the meeting asked about (`answer.meeting` must be set)."""
    lang = answer.language
    m = answer.meeting
    if m is None:
        raise ValueError("attendance_reply needs a meeting with a participant list")
    blocks = [header(_title(m, lang)), context(_facts(m, lang))]
    blocks += packed(_participant_lines(m, lang, answer.asked))
    if answer.others:
        blocks.append(context(esc(label("meeting_others", lang, n=answer.others))))
    if answer.meeting_id:
        blocks.append(actions(show_meeting_button(answer.meeting_id, lang)))
    return Reply(esc(_title(m, lang)), capped(blocks, language=lang))


def meeting_reply(m: Meeting, language: str = "da") -> Reply:
    """The whole meeting: its items section by section, then who took part."""
    blocks = [header(_title(m, language)), context(_facts(m, language))]
    items = {i.item_number: i for i in m.items}
    lines: list[str] = []
    for s in m.sections:
        lines.append(f"*{s.number}. {esc(s.title)}*")
        for n in s.item_numbers:
            item = items.get(n)
            if item is None:
                continue
            line = f"{esc(n)} {esc(' '.join(item.title.split()))}"
            if item.decision:
                line += f" — _{esc(cut_at_sentence(' '.join(item.decision.split()), DECISION_PREVIEW, '…')[0])}_"
            lines.append(line)
    blocks += packed(lines)
    if m.participants:
        blocks += packed(_participant_lines(m, language))
    return Reply(esc(_title(m, language)), capped(blocks, language=language))


def missing_meeting_reply(meeting_id: str, language: str = "da") -> Reply:
    text = label("meeting_not_stored", language, id=esc(meeting_id))
    return Reply(text, [section(text)])
