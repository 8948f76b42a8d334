"""The person giving a talk, for a question asking who spoke or was lined up to (round 17,
WHOLIST17): "hvem holdt oplægget, da KKR drøftede fremtidens kollektive trafik", "who gave the
talk", "hvem lagde op til drøftelsen".

Why: the item that answers names its topic in many sentences and its speaker in one ("Punktet
indledes med oplæg ved Henrik Fabiansson Haue, kontorchef, KL, om …", "Sagen rammesættes med oplæg
fra direktør Stine Johansen, KL."), which holds few of the question's words: the best window was a
sentence about buses or the recommendation, and the name was not shown. For a question asking for
a person and naming a talk, when the best window names no speaker, the best window with a
sentence naming a person beside a talk ("oplæg", "indledes", "indleder") is shown first, at
SPEAKER_SHARE of the best (as a list whose lead-in names the asked thing is,
index.search.shown.NAMED_SHARE). Called from shown beside index.search.parties, which does the
same for the parties of an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.search.seat_change import names_person
from index.search.units import Window

__all__ = ["SPEAKER_SHARE", "asks_speaker", "more_speakers", "names_speaker", "speakers_window"]

SPEAKER_SHARE = 0.15  # × the best window's rank: the sentence naming the speaker

# A talk asked about: the documents' "oplæg", "indledes", "lægge op til", and the asker's English.
_ASKS = lazy(
    r"\boplæg\w*|\bl(?:agde|ægger|ægge)\s+op\s+til\b|\bindled\w*|\btalks?\b|\bspeakers?\b|\bspoke\b|\bspeak(?:s|ing)?\b|\bkeynote\b"
    r"|\bpresentation\w*|\bpresented\b|\bintroduc\w*|\boplægsholder\w*",
    re.IGNORECASE,
)
_TALK = lazy(r"\boplæg\w*|\bindled\w*|\boplægsholder\w*", re.IGNORECASE)


def asks_speaker(text: str, answer_type: str) -> bool:
    """Does a question ask who gave (or is to give) a talk?"""
    return answer_type == "person" and bool(_ASKS.search(text))


def names_speaker(text: str) -> bool:
    """Does a sentence name a person beside a talk ("oplæg ved Henrik Fabiansson Haue")?"""
    return bool(_TALK.search(text)) and names_person(text)


def speakers_window(order: Sequence[Window], best: Window, text: str, answer_type: str,
                    rank: Callable[[Window], float]) -> Window | None:  # fmt: skip
    """For a question asking who gave a talk, the best window with a sentence naming a speaker when
    the best window has none, at SPEAKER_SHARE of the best; else None."""
    if not asks_speaker(text, answer_type) or rank(best) <= 0 or _names(best):
        return None
    return next((w for w in order if w.score > 0 and _names(w) and rank(w) >= SPEAKER_SHARE * rank(best)), None)


def _names(w: Window) -> bool:
    return any(u.passage.kind in ("sentence", "list") and names_speaker(u.passage.text) for u in w.units)


def more_speakers(chosen: list[Window], order: Sequence[Window], text: str, answer_type: str,
                  overlap: Callable[[Window, Window], bool]) -> list[Window]:  # fmt: skip
    """For a question asking who gave a talk, `chosen` with, after the first shown window naming a
    speaker, the windows of its sub-section naming another, in the item's order (a theme debate
    opened by two talks: "Temadrøftelsen indledes af dels et oplæg fra Rebild Kommune, ved
    PPR-leder Maria Schou Andreassen, …" and "Herefter holder Jesper Carlsen, direktør for børn- og
    unge i Hjørring Kommune, oplæg om …"; round 18, SHOWN18: before, the best window named one of
    them, and "who was lined up to speak" showed the other only). `chosen` unchanged otherwise."""
    home = next((c for c in chosen if _names(c)), None) if asks_speaker(text, answer_type) else None
    if home is None:
        return chosen
    section = home.first.passage.section_index
    extra: list[Window] = []
    for w in sorted((w for w in order if _names(w)), key=lambda w: (_named_at(w), len(w.units))):  # the naming sentence alone first
        if w.first.passage.section_index == section and not any(overlap(w, c) for c in [*chosen, *extra]):
            extra.append(w)
    at = chosen.index(home) + 1
    return [*chosen[:at], *extra, *chosen[at:]]


def _named_at(w: Window) -> int:
    return next(u.index for u in w.units if u.passage.kind in ("sentence", "list") and names_speaker(u.passage.text))
