"""Does the item record the view the question asks for? "What did Henrik Fabiansson Haue think
about road pricing?", "What did the Danish Nurses' Organisation say about the new law …?",
"hvad mener Ældrerådet om sundhedsklyngerne?": what is asked is one named person's or body's view
of a topic. The item on the topic answered (it holds the topic's words, and often the name too:
Haue gave the talk that opened the item, road pricing is one of its dilemmas), though nowhere does
it say what that person or body thinks of it.

The holder is the phrase between the asking word and the verb of holding a view ("what did <X>
say/think about", "<X>'s view on", "hvad mener/siger <X> om", "<X>s holdning til"); its names (a
capitalised word) and its last word (the head of the noun phrase: "organisation", "evaluering")
are the words that name who holds the view. The item records that view when one of its passages
(with its neighbouring sentences in one sub-section; the title counting in every passage) holds
each of those words and a word of the rest of the question. A council, KKR or KL as the holder
is not read ("what did KKR Midtjylland say about …": the council's own items are its view), nor a
place (a council's region), nor a word no concept reads (a pronoun, "Danish").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.lazy_patterns import first_search, lazy_tuple
from index.analysis import WORD, analyze
from index.model import Note
from index.question.glossary import load_glossary
from index.question.parse import ParsedQuestion
from index.question.places import place_of
from index.question.sentences import last_sentence
from index.search.figure import item_text, neighbours, stems_of_text
from index.search.rank import Concept, Ranked

__all__ = ["holder_of", "holder_stems", "missing_opinion"]

_WHO = r"(?P<who>[^?.!]+?)"
_HOLDING = lazy_tuple(
    (
        rf"\bwhat\s+(?:did|does|do|has|have|had|would|will)\s+{_WHO}\s+(?:say|said|think|thought|feel|felt|make\s+of)\b",
        rf"\bhow\s+(?:did|does|do)\s+{_WHO}\s+(?:view|see|feel\s+about|react\s+to|respond\s+to)\b",
        rf"\b(?:what\s+(?:is|was|are|were)\s+)?{_WHO}['’]s?\s+(?:view|position|opinion|stance|reaction|verdict)s?\s+(?:on|of|about|to)\b",
        rf"\bhvad\s+(?:mener|mente|siger|sagde|synes|syntes|tænker|tænkte)\s+{_WHO}\s+om\b",
        rf"\bhvad\s+(?:er|var)\s+{_WHO}s\s+(?:holdning|syn|vurdering|reaktion)\s+(?:til|på)\b",
        rf"\bhvordan\s+(?:ser|så|forholder)\s+{_WHO}\s+(?:på|sig\s+til)\b",
    ),
    re.IGNORECASE,
)
# Words naming the council or its makers: their own items are their view.
_COUNCIL_WORDS = frozenset(
    "kkr kl council councils rådet råd kommunekontaktråd kommunekontaktrådet it they de den det man "
    "kommunerne municipalities formandskabet chairmanship".split()
)


def holder_of(text: str) -> str | None:
    """The phrase naming whose view the question asks ("Henrik Fabiansson Haue", "the Danish Nurses'
    Organisation", "Ældrerådet i Region Midtjylland"); None when it asks no one's view. Read in the
    asking sentence: a framing's views ("I'm covering mayors' views on flooding.") set the scene."""
    asking = last_sentence(text)
    m = first_search(_HOLDING, asking)
    return m.group("who").strip() if m else None


def holder_stems(holder: str, language: str) -> frozenset[str]:
    """The index terms of the holder's names and head: its capitalised words and its last word,
    in Danish (an English word through the glossary: "Nurses'" is "sygeplejersker")."""
    words = [m.group().strip("'’") for m in WORD.finditer(holder)]
    words = [w for w in words if w.lower() not in _COUNCIL_WORDS and place_of(w.lower()) is None]
    naming = [w for i, w in enumerate(words) if w[:1].isupper() or i == len(words) - 1]
    stems: set[str] = set()
    glossary = load_glossary() if language == "en" else None
    for w in naming:
        stems.update(analyze(w.lower())[:1])
        if glossary is not None and (found := glossary.match([w.lower().removesuffix("s")], 0)) is not None:
            stems.update(st for t in found[0].terms for st in analyze(t)[:1])
        if glossary is not None and (found := glossary.match([w.lower()], 0)) is not None:
            stems.update(st for t in found[0].terms for st in analyze(t)[:1])
    return frozenset(stems)


def _reads(c: Concept, stems: frozenset[str]) -> bool:
    """Is concept `c` one of the holder's words (itself or another rendering)?"""
    return c.whole in stems or any(whole in stems for whole, _ in c.alternatives if whole)


def missing_opinion(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Note | None:
    """A note saying the item records no view of the holder asked about; None when it does, or
    when the question asks no named person's or body's view (see the module docstring)."""
    holder = holder_of(parsed.text)
    if holder is None:
        return None
    stems = holder_stems(holder, parsed.language)
    own = [c for c in concepts if not c.expansion]
    who = [c for c in own if _reads(c, stems)]
    if not who:
        return None
    if any(c.df == 0 for c in who):
        return Note("note_no_opinion", {"who": holder})  # no item names the holder at all
    topic = [c for c in own if c not in who and c.df > 0]
    item = r.item
    title = stems_of_text(item.title)
    passages = item.passages
    for i, p in enumerate(passages):
        words = title | stems_of_text(item_text(item, p)) | frozenset(s for q in neighbours(passages, i) for s in stems_of_text(q.text))
        if all(c.credit(words) for c in who) and (not topic or any(c.credit(words) for c in topic)):
            return None
    return Note("note_no_opinion", {"who": holder})
