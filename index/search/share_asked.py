"""A share asked in per cent, of an item that gives no share in per cent at all.

"Hvor mange procent af KKR-medlemmerne …", "What percentage of the members said …": the asker wants
a figure in per cent. A survey the documents report in words only (KKR Nordjylland's evaluation of
its term: "KKR opleves som et godt politisk koordineringsforum", no count, no share) was shown as
the answer ("Måske") to a question of its results in percentages: coverage and cohesion read the
question's words, which the item holds, not the kind of figure, which it does not.

Here the kind is read from the asking sentence's own words for per cent ("procent", "procentdel",
"percent", "percentage", "per cent", "pct", "%"; not "svarprocent" nor a share asked in other words,
"hvor stor en andel", "what share": those are answered by a count as well, "10 ud af de 12"), and an
item gives it when any of its passages or table rows writes a value in per cent ("41 pct.", "25 %",
"svarprocent på knap 84"). An item holding none is refused, kept as the nearest ("intet om procent i
punktet"). An item holding a share of another thing is left to the other checks: which share answers
which question is the figure checks' reading (figure.py), not a word count.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.model import AgendaItem, Note
from index.question.framing_year import framed

__all__ = ["asks_percent", "gives_percent", "missing_percent"]

_ASKED = lazy(r"\b(procent(?:del\w*)?|percent(?:age)?s?|per\s+cent|pct)(?!\w)|%", re.IGNORECASE)
_GIVEN = lazy(r"\d\s*(?:pct\b|%|procent)|\bsvarprocent|\bprocent", re.IGNORECASE)


def asks_percent(question: str) -> str | None:
    """The asking sentence's word for per cent, as written ("procent", "percentage"), or None."""
    m = _ASKED.search(framed(question.strip())[1])
    return (m.group(1) or m.group()) if m else None


def gives_percent(item: AgendaItem) -> bool:
    """Does the item write any value in per cent, in a passage or a table row?"""
    return any(_GIVEN.search(p.text) for p in item.passages) or any(
        _GIVEN.search(" ".join(row)) for t in item.tables for row in (t.header, *t.rows)
    )


def missing_percent(item: AgendaItem, question: str) -> Note | None:
    """"intet om procent i punktet" when the question asks a share in per cent and `item` gives none."""
    word = asks_percent(question)
    if word is None or gives_percent(item):
        return None
    return Note("note_no_figure", {"what": word})
