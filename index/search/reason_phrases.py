"""A reason given as a phrase, not a clause: a causal preposition before a noun ("grundet overtagelse
af korte lejemål", "af hensyn til", "med baggrund i", "due to", "owing to"), a sentence opened by the
event that led to what it states ("Efter flere volds- og drabsepisoder på psykiatriske botilbud
besluttede Folketinget …"), or a cause named by its verb ("Den lave belægning … gjorde, at
Folketinget muliggjorde …", "medførte", "førte til", "resulted in").

A "why" question takes a passage with one of these as stating a reason (index.search.units), as it
takes one with "fordi", "derfor" or "skyldes": the reason is said, only in fewer words. Before round
16 the cause verbs were read as a consequence (index.search.causes), a weaker sign that a window
needed 0.8 of the best window's score to be the kind asked, so "why were the municipalities allowed
to turn a quarter of the places into ordinary ones" showed "Dette tilskrives …" of another matter
instead; and "grundet", "af hensyn til" and an opening "Efter …" were not read at all.

Not read as a reason: "på baggrund af drøftelsen" (the minutes' "based on the discussion", which says
what a text was built on, round 15: it showed the mandate sentence instead of the reason), "efter"
inside a sentence (a time or a rule: "afholdes efter den model", "efter godkendelse"), and an opening
"Efter" before a date or a meeting ("Efter mødet den 21. november …", "Efter sommerferien …").
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["phrase_reasons"]

_PHRASES = lazy(
    r"\b(?:grundet|pga|af\s+hensyn\s+til|med\s+baggrund\s+i|i\s+kraft\s+af|foranlediget\s+af|"
    r"due\s+to|owing\s+to|because\s+of|as\s+a\s+result\s+of|on\s+account\s+of|in\s+(?:the\s+)?light\s+of)\b"
    r"|\b(?:gjorde|gør|medførte|medfører|bevirkede|bevirker)\s*,?\s+at\b|\b(?:førte|fører)\s+til\b|\bresulterede\s+i\b"
    r"|\b(?:led|leads)\s+to\b|\bresulted\s+in\b"
    # the ground a body gave in its discussion, before declining or deciding ("I den forbindelse blev det
    # bemærket, at … er en kommunal planlægningsopgave" before "… hvorfor der fra kommunal side ikke
    # udpeges repræsentanter"; round 17, DECIDED17)
    r"|\b(?:blev\s+det|det\s+blev)\s+(?:bemærket|påpeget|understreget|fremhævet|anført)\s*,?\s+at\b",
    re.IGNORECASE,
)


def phrase_reasons(text: str) -> list[tuple[int, int]]:
    """The spans of the words by which a passage gives a reason as a phrase: a causal preposition or a
    cause's verb (see the module docstring)."""
    return [m.span() for m in _PHRASES.finditer(text)]

