"""Where a long list line gives the reason a "why" asks for: the words saying so (units.reasons_in),
and the sentence that a later sentence of the same line points back to for its cause.

A list member may hold several sentences, and its reason may be given by the order of them: "…
Fordelingen af specialistfunktioner besluttes politisk senere på året, men det er meldt ud, at der
forventes en længere overgangsperiode. På den baggrund forventes beslutningen først at påvirke
Socialtilsyn Nords budget for 2023." The question's words sit in the second sentence, the reason in
the first; "På den baggrund" ("on that ground") says so. A long line is cut around a reason it gives
(index.search.cut), so a "why … only in 2023" showed the line cut around another reason of it
(", fordi det indebærer, at Socialtilsyn Nord enten vil skulle afgive 22 tilbud …"), and the cut left
the one asked out. Here the opening words of a sentence that points back ("På den baggrund", "Af den
grund", "Af disse grunde", "For the reason", "On that basis") mark a reason too, so the cut can centre
between the ground and what follows from it when the question's words lie around them. Sentences
outside lists are read by index.search.sentence_links.with_antecedent; "Derfor" is a reason word
already (index.search.reason_words); "på baggrund af drøftelsen" (what a text was built on) is not
read: the ground must be "den"/"dette" sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.lazy_patterns import lazy
from index.search.units import Unit, reasons_in

__all__ = ["list_reasons", "pointed_back"]

# a sentence (after the stop of the one before, or the line's start) opening with the ground it rests on
_GROUND = lazy(
    r"(?:^|(?<=[.!?])\s+)(?:på\s+(?:den|denne|dette)\s+baggrund|af\s+(?:den|denne|disse)\s+grunde?|"
    r"on\s+(?:that|this)\s+(?:basis|ground)|for\s+(?:that|this)\s+reason)\b",
    re.IGNORECASE | re.MULTILINE,
)


def pointed_back(text: str) -> list[tuple[int, int]]:
    """The spans of the opening words of the sentences in `text` that rest on the sentence before
    ("På den baggrund forventes …"), when that sentence is in the same line."""
    out = []
    for m in _GROUND.finditer(text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip(" –-•\t"):  # a sentence before it on the same line gives the ground
            out.append((start, m.end()))
    return out


def list_reasons(units: list[Unit], within: Callable[[Unit, int, int], tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The reasons the list passages of a shown window give, as spans of the shown text (`within`
    maps a span of a unit's passage there): the words saying so, and the grounds pointed back to."""
    return tuple(within(u, a, b) for u in units if u.passage.kind == "list"
                 for a, b in sorted(reasons_in(u.passage.text) + pointed_back(u.passage.text)))  # fmt: skip
