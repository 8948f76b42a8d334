"""The next meeting asked of a named agenda or minutes: the named meeting is the bound, not the time.

"According to KKR Nordjylland's agenda for 3 September 2021, when is the next meeting?", "I
dagsordenen til KKR Midtjyllands møde 30. august 2021: hvornår er næste møde?", "the minutes of the
17 June 2026 meeting: when does the council meet next?". The date names the document the asker
reads, and the meeting asked is the one after it, which that document's item 6.1 announces. Read as
the meeting's own date, the named meeting's other items answered (its appointments item), or, when
the date was read as a fact's time, the latest plan of any meeting (another council's or year's).

So a date straight after "agenda/dagsorden/referat/minutes for/til/fra/of" in a question that, in
another clause, asks for the next meeting is read as "after <date>" (index/question/dates.py), one
meeting: the three months after it (meeting_times.closed). "What is on the agenda for the next meeting
on 15 October 2021" names the next meeting itself inside the document's phrase, and stays 15 October.
"""

from __future__ import annotations


from index.lazy_patterns import lazy

__all__ = ["NEXT_ASKED", "document_bound", "names_document", "next_of_document"]

# "agenda for", "dagsordenen til KKR Midtjyllands møde", "the minutes of the", "referatet fra mødet den"
_DOCUMENT_OF = lazy(
    r"\b(?:agenda|dagsorden(?:en)?|dagsordnen|referat(?:et)?|minutes|papers)\s+(?:for|til|fra|of|from)\s+"
    r"(?:the\s+|det\s+|den\s+)?(?:(?:kkr\s+)?[^\W\d]+(?:['’]s)?\s+){0,3}?(?:(?:meeting|møde[t]?)\s+)?"
    r"(?:(?:on|of|in|held\s+on|den|d\.|i)\s*)?$"
)
# the next meeting asked: "when is the next meeting", "hvornår er næste møde", "when does it meet next"
NEXT_ASKED = (
    r"\b(?:next|næste|kommende|coming|following|følgende)\s+(?:kkr\s+)?(?:meeting|mtg|møde)\b"
    r"|\bmeets?\s+(?:next|again)\b|\bmødes\s+(?:igen|næste\s+gang)\b|\bnæste\s+gang\b|\bnext\s+time\b"
)
_NEXT = lazy(NEXT_ASKED)
# ... in its own clause after the date: a question word before the next meeting's words
_NEXT_CLAUSE = lazy(r"\b(?:when|what|which|hvornår|hvad|hvilke|hvilken)\b.*?(?:" + NEXT_ASKED + r")")


def names_document(before: str) -> bool:
    """Does a date after `before` (lowercase) name an agenda or minutes ("the minutes of the", "referatet fra mødet den")?"""
    return bool(_DOCUMENT_OF.search(before))


def document_bound(before: str, rest: str) -> bool:
    """Is the date between `before` and `rest` (lowercase) a named agenda's or minutes' date in a
    question asking for the meeting after it (see the module doc)?"""
    m = _DOCUMENT_OF.search(before)
    return bool(m) and bool(_NEXT.search(before[: m.start()]) or _NEXT_CLAUSE.search(rest))


_DOCUMENT_DAY = lazy(_DOCUMENT_OF.pattern.removesuffix("$") + r"\d")


def next_of_document(text: str) -> bool:
    """Does the question (in any case: plan_time passes parse's text with its case kept; the patterns
    read lowercase) ask for the next meeting of a document it names by its date? Its framing clause
    ("Referatet fra mødet 30. august 2021: hvornår er næste møde?") then names the meeting asked by its
    bound, not a background time (index/question/parse.py)."""
    text = text.lower()
    m = _DOCUMENT_DAY.search(text)
    return bool(m) and document_bound(text[: m.end() - 1], text[m.end() - 1 :])
