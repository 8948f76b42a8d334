"""Sub-headed parts of an item as the answer to a list question: a lead-in that points on ("Der
arbejdes videre med følgende spor:") to parts each under its own short heading line ("Politisk
spor", "Fagligt spor"), paragraphs apart. The passages (index.read.passages) are the parts'
sentences, so no one passage holds the list; the lead-in with its sub-headings, the text between
them left out ("…"), is what answers "hvilke spor …".
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.analysis import WORD
from index.model import AgendaItem, ShownPassage
from index.search.cut import CUT
from index.search.figure import names
from index.search.units import MAX_CHARS, Asked, Unit

__all__ = ["headed_lead_in", "headings_shown"]

HEADING_WORDS = 6  # a sub-heading is a short line of its own: no more words than this, no stop at its end
HEADINGS_REACH = 16  # passages after a lead-in among which its sub-headings are looked for
HEADING_LINE = 120  # the line under a sub-heading shown with it when no longer than this
_POINTS_TO = lazy(r"\bfølgende\s+(\w+)\s*:\s*$", re.IGNORECASE)


def _is_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= HEADING_WORDS and text.strip()[-1] not in ".:;,!?" and text.strip()[0].isupper()


def headed_lead_in(units: list[Unit], asked: Asked, least: float) -> list[Unit] | None:
    """A list question and a lead-in that points on to sub-headed parts ("Der arbejdes videre med
    følgende spor:" followed, sentences apart, by "Politisk spor" and "Fagligt spor"): the lead-in
    and the sub-headings that name what it points to, when the lead-in names what the question asks
    to be listed ("hvilke spor") or it (or a sub-heading) holds question words scoring `least` or more. The parts' text between them is long; the sub-headings
    are the list asked for."""
    found: list[Unit] | None = None
    for i, u in enumerate(units):
        m = _POINTS_TO.search(u.passage.text) if u.passage.kind == "sentence" else None
        if m is None:
            continue
        noun = m.group(1).casefold()
        heads: list[Unit] = []
        for v in units[i + 1 : i + 1 + HEADINGS_REACH]:
            if v.passage.section_index != u.passage.section_index:
                break
            if v.passage.kind == "sentence" and _is_heading(v.passage.text):
                if not any(w.casefold().endswith(noun) for w in WORD.findall(v.passage.text)):
                    break  # a heading of another part of the item
                heads.append(v)
        score = max((x.score for x in (u, *heads)), default=0.0)
        named = bool(asked.listed) and names(m.group(0), asked.listed)  # "… følgende spor:" for "hvilke spor"
        if len(heads) >= 2 and (score >= least or named) and score > 0 and (found is None or score > max(x.score for x in found)):
            found = [u, *heads]
    return found


def headings_shown(item: AgendaItem, units: list[Unit], after: list[Unit]) -> ShownPassage:
    """A lead-in and its sub-headings as one passage, the text between them left out ("…"); each
    sub-heading with the line under it when that is short and the passage stays within MAX_CHARS."""
    lead = units[0].passage
    text = item.sections[lead.section_index].text
    pieces: list[str] = [text[lead.start : lead.end].strip()]
    size = len(pieces[0]) + sum(len(u.passage.text) + 3 for u in units[1:])
    end = lead.end
    for u, nxt in zip(units[1:], after):
        p = u.passage
        if text[end : p.start].strip():
            pieces.append(CUT)
        pieces.append(text[p.start : p.end].strip())
        end = p.end
        q = nxt.passage if nxt is not None else None
        if q is not None and q.section_index == p.section_index and len(q.text) <= HEADING_LINE and size + len(q.text) <= MAX_CHARS:
            pieces.append(text[q.start : q.end].strip())
            size += len(q.text)
            end = q.end
    pieces.append(CUT)
    return ShownPassage("\n".join(pieces), lead.section, lead.page, "list")
