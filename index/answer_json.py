"""An Answer as plain JSON data: what `kkrbot ask --json` prints and what `kkrbot eval` scores.

One definition of "what a hit shows without a click", so the evaluation scores exactly the
fields a user (or a hidden question set's scorer reading `ask --json`) sees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from index.dates import when_text
from index.model import Answer, Hit, Note
from index.search.attendance import AttendanceAnswer

# The fields of a hit shown without a click, in `hit_json`'s names (see /eval README's scoring).
SHOWN_FIELDS: tuple[str, ...] = ("title", "decision", "recommendation", "answer", "excerpt")


def hit_json(hit: Hit, *, nearest: bool = False) -> dict[str, Any]:
    """One hit; `nearest`: a refusal's nearest item, whose reply shows its item line only, so its
    decision and recommendation are null here too (index/search/nearest.py)."""
    item = hit.item
    return {
        "id": item.id,
        "council": item.council,
        "meeting_date": item.meeting_date.isoformat() if item.meeting_date else None,
        # an undated meeting's bounds, and the date as every reply shows it
        "meeting_window": [d.isoformat() if d else None for d in item.date_window],
        "when": when_text(item.meeting_date, item.date_window),
        "document_kind": item.document_kind,
        "item_number": item.item_number,
        "title": item.title,
        "case_number": item.case_number,
        "decision": None if nearest else item.decision,
        "recommendation": None if nearest else item.recommendation,
        "answer": hit.answer.text if hit.answer else None,
        "passages": [{"text": p.text, "section": p.section, "page": p.page} for p in hit.passages],
        "excerpt": hit.excerpt,
        "page": hit.page,
        "source": item.source,
        "score": hit.score,
    }


def answer_json(answer: Answer, note_text: Callable[[Note, str], str] | None = None) -> dict[str, Any]:
    """`note_text(note, language)` says the notes (the bot's labels: bot/render/labels.note_text);
    without it, the notes are their keys (the evaluation does not read them)."""
    return {
        "question": answer.question,
        "answered": answer.answered,
        "uncertain": answer.uncertain,
        "hits": [hit_json(h, nearest=not answer.answered) for h in answer.hits],
        "closest_topics": list(answer.closest_topics),
        "notes": [note_text(n, answer.language) if note_text else n.key for n in answer.notes],
    }


def squash(text: str) -> str:
    """Lower-cased, whitespace collapsed: how facts and shown text are compared."""
    return " ".join(text.lower().split())


def shown_texts(hit: dict[str, Any]) -> list[str]:
    """Everything a hit (as `hit_json` gives it) shows without a click, each part squashed:
    title, decision, recommendation, answer line, excerpt and shown passages."""
    parts = [hit.get(k) or "" for k in SHOWN_FIELDS]
    parts += [p.get("text") or "" for p in hit.get("passages") or ()]
    return [squash(p) for p in parts if p]


def shows(hit: dict[str, Any], fact: str) -> bool:
    """Does the hit show `fact` (compared squashed) in one of its shown parts?"""
    wanted = squash(fact)
    return any(wanted in part for part in shown_texts(hit))


def attendance_json(answer: AttendanceAnswer) -> dict[str, Any]:
    """A participant question's answer ("hvem deltog i …", "who sent apologies") as `kkrbot ask
    --json` prints it: the meeting and its participant list, no item hits (`answer.meeting` set)."""
    m = answer.meeting
    assert m is not None, "attendance_json needs a meeting with a participant list"

    def people(present: bool) -> list[dict[str, Any]]:
        return [
            {"name": p.name, "municipality": p.municipality, "role": p.role, "party": p.party}
            for p in m.participants if p.present is present
        ]  # fmt: skip

    return {
        "question": answer.question,
        "language": answer.language,
        "answered": True,
        "kind": "attendance",
        "asked": answer.asked,
        "meeting": {
            "id": answer.meeting_id,
            "council": m.council,
            "meeting_date": m.meeting_date.isoformat() if m.meeting_date else None,
            "when": when_text(m.meeting_date, m.date_window),
            "document_kind": m.document_kind,
            "source": m.source,
        },
        "present": people(True),
        "absent": people(False),
        "other_meetings": answer.others,
        "hits": [],
    }
