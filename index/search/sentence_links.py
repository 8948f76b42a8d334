"""How a sentence hangs on its neighbours: one that goes on from the one before ("Det giver …"),
one that points back to it for its cause ("Derfor …"), one that gives the cause of the one before
("Det skal ses i sammenhæng med …"). A reason asked for is shown with the sentence that gives it."""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.search.units import WINDOW_CHARS, Unit, Window, window_of

__all__ = ["CARRIES_ON", "with_antecedent"]

# A sentence that goes on from the one before: "Det giver …", "Heraf …", "This means …".
CARRIES_ON = lazy(r"^\s*(?:det|dette|heraf|hvilket|that|this|which)\b", re.IGNORECASE)
# A sentence that points back to the one before for its cause: "Derfor er det aftalt ...", or
# "derfor" in its main clause, before any comma ("Fordelingen … foreslås derfor fastholdt",
# "Det vil derfor kræve …"; not "… socialt og derfor kommer under pres", whose cause is its own).
_POINTS_BACK = lazy(
    r"^\s*(?:derfor|dette?\s+(?:skyldes|tilskrives|betyder|indebærer)|det\s+er\s+baggrunden|på\s+den\s+baggrund|"
    r"therefore|this\s+(?:is\s+because|means))\b"
    r"|^[^,;:()]{0,80}?\b(?<!og )(?:derfor|dermed|therefore|grund\s+til)\b",
    re.IGNORECASE,
)


# A sentence that gives the cause of the one before: "Det skal ses i sammenhæng med …", "Det
# skyldes …", "Baggrunden er, at …".
_GIVES_CAUSE = lazy(
    r"^\s*(?:(?:det|dette)\s+(?:skal\s+ses\s+i\s+sammenhæng\s+med|skyldes|sker\s+(?:for\s+at|med\s+henblik\s+på)|"
    r"er\s+(?:fordi|for\s+at|sket\s+(?:for\s+at|fordi)))|(?:baggrunden|årsagen|formålet)\s+(?:er|for\s+det)|"
    r"this\s+is\s+(?:because|due\s+to))\b",
    re.IGNORECASE,
)


# A sentence that adds to the one before: "Dertil har der …", "Desuden …", "Samtidig …".
_ADDS_ON = lazy(
    r"^\s*(?:dertil|hertil|derudover|herudover|desuden|endvidere|yderligere|samtidig|også|"
    r"in\s+addition|also|moreover|furthermore)\b",
    re.IGNORECASE,
)


def _antecedents(units: list[Unit], at: int) -> list[Unit]:
    """The sentence at `at`, which a "Derfor …" sentence after it points back to, and the ones
    before it while each goes on from or adds to the one before ("Det ændrede trusselsbillede
    aktualiserer …" + "Dertil har der været et stigende nationalt fokus …" + "… drøftes derfor
    …"): a cause given over several sentences, within WINDOW_CHARS, of one sub-section."""
    chain = [units[at]]
    while at > 0 and (CARRIES_ON.match(chain[0].passage.text) or _ADDS_ON.match(chain[0].passage.text)):
        u = units[at - 1]
        p = u.passage
        if p.kind != "sentence" or p.section_index != chain[0].passage.section_index or chain[-1].passage.end - p.start > WINDOW_CHARS:
            break
        chain.insert(0, u)
        at -= 1
    return chain


def with_antecedent(w: Window, units: list[Unit]) -> tuple[Window, list[Window]]:
    """A reason asked for and the window opening with "Derfor …" or "Der er al mulig grund til
    …": the sentence before it, which gives the cause (with the ones before it that it goes on
    from: `_antecedents`), is shown in it while within WINDOW_CHARS, else beside it; and a window
    followed by the sentence that gives its cause ("Det skal ses i sammenhæng med de aktuelle
    rekrutteringsudfordringer …") is shown with that sentence."""
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
    # the window's sentence that points back: its first, or a later one whose cause the window
    # begins with ("Det er bl.a. i rammeaftalen, at …" + "Det indstilles derfor, at …")
    pointing = next((u for u in w.units if _POINTS_BACK.match(u.passage.text)), None)
    at = pointing.index - 1 if pointing is not None else -1
    if pointing is None or at < 0:
        return w, []
    u = units[at]
    if u.passage.kind != "sentence" or u.passage.section_index != pointing.passage.section_index:
        return w, []
    cause = _antecedents(units, at)
    if cause[0] in w.units:
        return w, []  # the window gives its cause already
    span = window_of([*cause, *(x for x in w.units if x.index > at)])
    while len(span.units) > len(cause) + 1 and span.units[-1].passage.end - span.units[0].passage.start > WINDOW_CHARS:
        span = window_of(span.units[:-1])
    if span.units[-1].passage.end - span.units[0].passage.start <= WINDOW_CHARS:
        return span, []
    return w, [window_of([x for x in cause if x not in w.units])]
