"""The next meeting asked of a meeting the question names by its time: the named one is the bound.

"Junimødet i KKR Midt: hvad skulle på dagsordenen til første møde efter sommerferien?", "KKR
Nordjylland's September 2021 meeting: what was pencilled in for the next one?", "When the council
met in late summer 2025, what did it say the coming meeting would take up?". Two meetings: one named
by its time, with a meeting word of its own (the document the asker reads), and one named relatively
to it ("the next one", "det kommende møde", "the first meeting after the holidays"), which that
document's item 6.1 announces. Read as one time, the named meeting's other items answered (its
appointments item), or nothing did; with a month named without its year placed after today (as for
"the next meeting in June"), the June meeting was sought in the coming year.

So when a question asks for a meeting by a relative phrase and names a time beside a meeting word
outside that phrase, dates.py places a month without its year before today (the named meeting has
been held: it said something) and reads the named time as a bound: the meeting asked is the one after
it, in the three months after it (meeting_times.REACH). "What is on the agenda of the next meeting in
October 2025" names the next meeting itself: its time stands beside the relative phrase, and stays.
"""

from __future__ import annotations

from index.lazy_patterns import lazy
from index.question.named_agenda import NEXT_ASKED, names_document

__all__ = ["named_next", "names_bound"]

# a meeting named relatively to another: "the next meeting", "the next one", "det kommende møde",
# "første møde efter sommerferien", "the first meeting after the holidays"
_RELATIVE = lazy(
    NEXT_ASKED
    + r"|\b(?:next|following|subsequent)\s+one\b"
    + r"|\b(?:first|første)\s+(?:kkr[- ]?)?(?:meeting|møde[t]?)\s+(?:after|efter)\b"
)
# one meeting's word, or a verb of meeting ("when the council met in late summer 2025"); not the plural
# ("previewing the autumn 2026 meetings": a time of many meetings, no one meeting to count from)
_MEETING_WORD = lazy(r"\b(?:\w*møde[t]?|\w*mødet|meeting|mtg|met|mødtes)\b")
_NEAR = 12  # characters between a time's span and a word it belongs to ("meeting in ", " 2021 meeting")


def named_next(text: str) -> list[tuple[int, int]]:
    """The spans of the relative phrases in `text` (lowercase) when it asks for a meeting so and
    names a meeting word outside them (see the module doc); else no spans."""
    relative = [m.span() for m in _RELATIVE.finditer(text)]
    if not relative:
        return []
    own = [m.span() for m in _MEETING_WORD.finditer(text) if not any(a <= m.start() < b for a, b in relative)]
    return relative if own else []


def names_bound(text: str, span: tuple[int, int], relative: list[tuple[int, int]]) -> bool:
    """Does the time at `span` of `text` (lowercase) name the meeting the relative phrases
    (`relative`, from named_next) count from: a meeting word of its own beside it, none of theirs?"""
    start, end = span

    def near(a: int, b: int) -> bool:
        return a - _NEAR <= end and start <= b + _NEAR

    if any(near(a, b) for a, b in relative) or names_document(text[:start]):
        return False  # ... the date of an agenda or minutes named is named_agenda.py's
    return any(near(*m.span()) for m in _MEETING_WORD.finditer(text) if not any(a <= m.start() < b for a, b in relative))
