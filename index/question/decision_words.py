"""A decision asked in general words (issue 10, round 15, REASONS).

Why: people ask what a council made of an item without a verb of deciding: "what came of it",
"what became of the recommendations", "hvad blev der af temadrøftelsen", "any remarks from KKR
Midtjylland", "how did the council respond", "hvordan reagerede KKR", "hvad sagde KKR Nord til
forslaget", "what did they do with the budget". The answer is the item's Beslutning line ("Sagen
udsættes til næste møde.", "KKR Nordjylland godkendte forslaget.", "Der var … en drøftelse af, …").
Read as no answer type, such a question showed the sentence nearest its topic words, and on a refused
or uncertain item (whose decision is not shown above its passages) the decision line was shown
nowhere. Read as a decision question, the answer type puts the Beslutning line first
(index.search.ruling on a refused item, the decision above an answer's passages otherwise).

The words ask about the item's outcome as a whole: the council's response, remarks or what it did
with the thing, or what became of it. Not here: "say about" (what someone thinks: an opinion, which
index.search.opinion_asked judges), "comments" alone (a document's comments), "happened" of a time
("what happened in 2021"), a survey's "response rate" (a figure).
"""

from __future__ import annotations


from index.lazy_patterns import lazy

__all__ = ["asks_outcome"]

_WHO = r"(?:[\w'’.-]+\s+){1,5}?"  # the body between the asking word and its verb: "kkr nord", "the outgoing council"

_OUTCOME = lazy(
    r"\bwhat\s+(?:became|has\s+become|come|came|has\s+come|will\s+come)\s+of\b"
    r"|\b(?:any|some|what|which)\s+(?:remarks|reactions|objections)\b|\bremarks?\s+(?:from|by|at)\b"
    r"|\brespon(?:d|ded|ds|se)\b(?!\s+rates?\b)|\breact(?:ed|ion)?\b|\bfeedback\b"
    r"|\bwhat\s+did\s+" + _WHO + r"do\s+(?:with|about)\b|\bwhat\s+did\s+" + _WHO + r"say\s+to\b"
    r"|\bhow\s+did\s+" + _WHO + r"end\s*(?:[?.]|$)"
    r"|\bhvad\s+blev\s+der\s+af\b|\bhvad\s+kom\s+der\s+ud\s+af\b|\bhvordan\s+endte\b"
    r"|\breagere(?:de|r)?\b|\breaktion(?:en|er|erne)?\b|\bbemærkning(?:er|erne)?\b|\btilbagemelding(?:en|er)?\b"
    r"|\bhvad\s+(?:sagde|svarede)\s+" + _WHO + r"til\b|\bhvad\s+gjorde\s+" + _WHO + r"(?:med|ved)\b"
)


def asks_outcome(question: str) -> bool:
    """Does the lower-cased question ask, in general words, what came of an item (module docstring)?"""
    return bool(_OUTCOME.search(question))
