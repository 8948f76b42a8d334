"""A yes/no question answered by a negative statement a few sentences after the one that sets its
scene.

"Did the municipalities send anyone to the region's new political forums on land for the green
transition and reduced consumption?" is best matched by the sentence naming the forums ("… drøftede
KKR Midtjylland den kommunale deltagelse i de regionalpolitiske fora vedrørende ”arealer til den
grønne omstilling” og ”reduceret forbrug”"), which neither affirms nor denies; the answer is the
negative statement that follows in the same sub-section ("… hvorfor der fra kommunal side ikke
udpeges repræsentanter til de to fora"). It holds few of the question's words (the forums are its
"de to fora"), so it never reaches a share of the best: for a yes/no question whose best window
does not answer yes or no, the first sentence within NEAR passages after it, in its sub-section,
that holds question words and states a negative is shown beside it (index.search.shown).
"""

from __future__ import annotations

from index.search.units import Asked, Unit, Window, denies, window_of

__all__ = ["NEAR", "denial_after"]

NEAR = 3  # passages after the best window where its negative statement may stand


def denial_after(best: Window, units: list[Unit], asked: Asked) -> Window | None:
    """The negative statement answering a yes/no question after its best window, or None (the
    question asks no yes/no, the best window already answers it, or no such sentence is near)."""
    if not asked.yes_no or best.typed or best.first.passage.kind != "sentence":
        return None
    last = best.units[-1]
    for u in units[last.index + 1 : last.index + 1 + NEAR]:
        if u.passage.section_index != last.passage.section_index or u.passage.kind != "sentence":
            return None
        if u.score > 0 and denies(u.passage.text):
            return window_of([u])
    return None
