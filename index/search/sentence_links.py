"""How a sentence hangs on its neighbours: one that goes on from the one before ("Det giver …"),
one that points back to it for its cause ("Derfor …"), one that gives the cause of the one before
("Det skal ses i sammenhæng med …"). A reason asked for is shown with the sentence that gives it."""

from __future__ import annotations

import re

from index.search.units import WINDOW_CHARS, Unit, Window, window_of

__all__ = ["CARRIES_ON", "with_antecedent"]

# A sentence that goes on from the one before: "Det giver …", "Heraf …", "This means …".
CARRIES_ON = re.compile(r"^\s*(?:det|dette|heraf|hvilket|that|this|which)\b", re.IGNORECASE)
# A sentence that points back to the one before for its cause: "Derfor er det aftalt ...", or
# "derfor" in its main clause, before any comma ("Fordelingen … foreslås derfor fastholdt",
# "Det vil derfor kræve …"; not "… socialt og derfor kommer under pres", whose cause is its own).
_POINTS_BACK = re.compile(
    r"^\s*(?:derfor|dette?\s+(?:skyldes|tilskrives|betyder|indebærer)|det\s+er\s+baggrunden|på\s+den\s+baggrund|"
    r"therefore|this\s+(?:is\s+because|means))\b"
    r"|^[^,;:()]{0,80}?\b(?<!og )(?:derfor|dermed|therefore|grund\s+til)\b",
    re.IGNORECASE,
)


# A sentence that gives the cause of the one before: "Det skal ses i sammenhæng med …", "Det
# skyldes …", "Baggrunden er, at …".
_GIVES_CAUSE = re.compile(
    r"^\s*(?:(?:det|dette)\s+(?:skal\s+ses\s+i\s+sammenhæng\s+med|skyldes|sker\s+(?:for\s+at|med\s+henblik\s+på)|"
    r"er\s+(?:fordi|for\s+at|sket\s+(?:for\s+at|fordi)))|(?:baggrunden|årsagen|formålet)\s+(?:er|for\s+det)|"
    r"this\s+is\s+(?:because|due\s+to))\b",
    re.IGNORECASE,
)


def with_antecedent(w: Window, units: list[Unit]) -> tuple[Window, list[Window]]:
    """A reason asked for and the window opening with "Derfor …" or "Der er al mulig grund til
    …": the sentence before it, which gives the cause, is shown in it while within WINDOW_CHARS,
    else beside it; and a window followed by the sentence that gives its cause ("Det skal ses i
    sammenhæng med de aktuelle rekrutteringsudfordringer …") is shown with that sentence."""
    after = w.units[-1].index + 1
    if after < len(units) and _GIVES_CAUSE.match(units[after].passage.text):
        u = units[after]
        if u.passage.kind == "sentence" and u.passage.section_index == w.first.passage.section_index:
            span = window_of([*w.units, u])
            while len(span.units) > 2 and span.units[-1].passage.end - span.units[0].passage.start > WINDOW_CHARS:
                span = window_of(span.units[1:])
            if span.units[-1].passage.end - span.units[0].passage.start <= WINDOW_CHARS:
                return span, []
            return w, [window_of([u])]
    at = w.first.index - 1
    if not (_POINTS_BACK.match(w.first.passage.text) and at >= 0):
        return w, []
    u = units[at]
    if u.passage.kind != "sentence" or u.passage.section_index != w.first.passage.section_index:
        return w, []
    span = window_of([u, *w.units])
    while len(span.units) > 2 and span.units[-1].passage.end - span.units[0].passage.start > WINDOW_CHARS:
        span = window_of(span.units[:-1])
    if span.units[-1].passage.end - span.units[0].passage.start <= WINDOW_CHARS:
        return span, []
    return w, [window_of([u])]
