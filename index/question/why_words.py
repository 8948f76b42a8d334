"""A reason or a purpose asked in other words than "why", "hvorfor" or "what is the reason" (round 23, WHY23).

Why: a journalist closes a framed question with "… what drove that?", "what's behind it?", "what
lies behind the cut?"; an official asks "hvad ligger der bag?", "hvad var grunden?", "hvad er tanken
bag puljen?", "hvad skal workshoppen gøre godt for?", "what is the pool meant to achieve?". Before
this round answer_type read none of them as asking a reason: the question was typed "none" (or
"decision" by a word in its framing: "What drove that decision?"), so no passage giving a reason was
looked for, and a framed "Its funding is being raised by 1.0 million kroner, what drove that?"
showed the sentence listing the secretariat's 1,0 mio. kr., not the one saying the funding rises
"som følge af regionens udtræden af samarbejdet".

Two kinds, each read only as the asking's own words:
- a cause: "what drove / drives / is driving", "what triggered", "what motivated", "what is / lies
  behind", "the motive / thinking / rationale (behind)", "hvad ligger (der) bag", "hvad var grunden",
  "hvad fik … til at", "hvad er / var motivet";
- a purpose: "what is … meant / supposed / intended / designed to achieve / accomplish", "hoping to
  achieve", "to what end", "hvad skal … gøre godt for", "hvad er tanken / meningen / hensigten (med
  / bag)", "hvad vil man / de opnå".

The words are also the asking's, no topic an item could hold ("drove", "triggered", "tanken",
"meningen", "gøre godt for"): `why_word_spans` gives their spans, which the parser drops with the
other asking idioms (index.question.asking_idioms), so that a word no document has does not weigh as
the rarest of the question.

Not read: "what does X drive", "drive forummet" (the Danish "drive", to run a thing, is a topic
word: "ansvaret for at drive forummet"); "behind" alone ("who is behind the deal": the parties);
"meant" or "supposed" without a verb of achieving ("what is the committee supposed to do": its tasks).
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["asks_reason", "why_word_spans"]

_CAUSE = (
    r"\bwhat(?:'s|\s+is|\s+was|\s+has\s+been)?\s+(?:drove|drives|driving|driven|triggered|triggers|motivated|motivates|sparked|behind)\b"
    r"|\bwhat\s+(?:lies|lay|is|was)\s+behind\b|\bwhat\s+(?:is|was)\s+(?:driving|triggering|motivating)\b"
    r"|\b(?:the\s+)?(?:motives?|thinking|rationale)\s+(?:behind|for)\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:motive|rationale|thinking)\b"
    r"|\bhvad\s+(?:ligger|lå)\s+(?:der\s+)?(?:bag|til\s+grund\s+for)\b|\bhvad\s+(?:er|var)\s+grunden\b"
    r"|\bhvad\s+(?:fik|får)\s+(?:\S+\s+){1,4}?til\s+at\b|\bhvad\s+(?:er|var)\s+motivet\b"
)
_PURPOSE = (
    r"\b(?:meant|supposed|intended|designed|expected|hoping|hoped|trying)\s+to\s+(?:achieve|accomplish|bring\s+about|serve)\b"
    r"|\bto\s+what\s+end\b|\bwhat\s+(?:good|use)\s+(?:is|will|would)\b"
    r"|\bgøre\s+godt\s+for\b|\bhvad\s+(?:er|var)\s+(?:tanken|meningen|hensigten|ideen|idéen)\s+(?:med|bag)\b"
    r"|\bhvad\s+(?:vil|skal|ville|skulle)\s+(?:man|de|kommunerne|kkr|vi)\s+opnå\b"
)
_ASKS = lazy(_CAUSE + "|" + _PURPOSE, re.IGNORECASE)


def asks_reason(question: str) -> bool:
    """Does the question ask a cause or a purpose in other words than "why" (the module docstring)?"""
    return bool(_ASKS.search(question))


def why_word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words in `text` (lowercase) that ask a cause or a purpose so: asking, no topic."""
    return [m.span() for m in _ASKS.finditer(text)]
