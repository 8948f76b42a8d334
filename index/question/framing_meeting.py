"""A framing sentence that names a meeting by its time names the meeting asked about.

A journalist often tells what happened at a meeting and then asks about it with no time of the
asking sentence's own: "At the KKR Midtjylland meeting in September 2025 someone joined online to
talk about the health councils. Who was that?", "At its late-August 2021 meeting the council said
the contract would be approved at the following meeting. On what date was that?". parse.py reads a
time said only in the framing as the story's time (the time of a fact a later meeting may report:
"Jeg skriver om, hvordan X blev omlagt efter 2021. Hvorfor …?"), so another document's item on the
same topic came first. When the framing's time stands right beside a meeting word ("the meeting in
September 2025", "its late-August 2021 meeting", "på mødet i juni 2026"), it is a meeting's time.
"""

from __future__ import annotations

from index.lazy_patterns import lazy
from index.question.dates import dates_asked

__all__ = ["names_meeting_time"]

_MEETING_WORD = lazy(r"\b(?:\w*møde[tr]?|\w*mødet|meetings?|mtg)\b")
_NEAR = 12  # characters between a time's span and its meeting word ("meeting in ", " 2021 meeting")


def names_meeting_time(framing: str) -> bool:
    """Does `framing` (the framing sentences, in any case: dates_asked reads lowercase) name a meeting by its time?"""
    framing = framing.lower()
    found = dates_asked(framing)
    if not found.tied or not (found.meeting_from or found.meeting_to):
        return False
    words = [m.span() for m in _MEETING_WORD.finditer(framing)]
    return any(a - _NEAR <= end and start <= b + _NEAR for start, end in found.spans for a, b in words)
