"""The parties of an agreement or a joint work, asked "which parties", "who is behind", "who
signed", "hvem står bag", "hvem indgik" (round 15, LISTS15). The answer is one sentence that names
the bodies in a row ("Den 14. juni 2021 indgik regeringen, FOA, Danske Regioner og KL en ny
femårig lærepladsaftale …"), while the item's lists, holding more of the agreement's words
("Hovedelementer i den ny lærepladsaftale – …"), are what a list question otherwise shows. For such
a question the best window holding a sentence that enumerates named bodies wins at PARTIES_SHARE
of the best (index.search.shown)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.search.speakers import speakers_window  # re-exported: shown asks for named people, bodies or speakers, in one place
from index.search.units import Window, enumerates

__all__ = ["PARTIES_SHARE", "asks_parties", "names_bodies", "parties_window", "speakers_window"]

PARTIES_SHARE = 0.25  # × the best window's rank, as a list whose lead-in names the asked thing
MIN_NAMED = 2  # named bodies (capitalised, or an acronym) in a row of three or more

_ASKS = lazy(
    r"\bpart(?:ies|ners)\b|\bsignator\w*|\bwho\s+(?:is|are|was|were)\s+behind\b"
    r"|\bwho\s+(?:signed|struck|entered\s+into|made|agreed)\b|\bhvem\s+(?:står|stod)\s+bag\b"
    r"|\bhvem\s+(?:indgik|underskrev|har\s+indgået)\b|\b(?:aftale)?parte(?:r|rne)\b|\bpartnere?\b",
    re.IGNORECASE,
)
_SPLIT = lazy(r",\s*|\s+og\s+|\s+samt\s+|\s+and\s+|[()]")
_NAMED = lazy(r"^(?:[A-ZÆØÅ][\w’'-]*)")


def asks_parties(text: str) -> bool:
    """Does a question ask who the parties (signatories, partners, those behind) are?"""
    return bool(_ASKS.search(text))


def names_bodies(text: str) -> bool:
    """Does a sentence name bodies in a row ("regeringen, FOA, Danske Regioner og KL", "(KKR, Region
    Midtjylland og Professionshøjskolen VIA)")? An enumeration whose items after the first piece
    include MIN_NAMED that open with a capital (the sentence's own first word aside)."""
    if not enumerates(text):
        return False
    pieces = [p.strip() for p in _SPLIT.split(text)][1:]
    return sum(bool(_NAMED.match(p)) for p in pieces if p) >= MIN_NAMED


def parties_window(order: Sequence[Window], best: Window, text: str, rank: Callable[[Window], float]) -> Window | None:
    """For a question asking the parties, the best window with a sentence naming bodies in a row
    when the best window has none (a list block naming them among its lines does not count), at
    PARTIES_SHARE of the best; else None."""
    if not asks_parties(text) or rank(best) <= 0 or _names_bodies(best):
        return None
    return next((w for w in order if w.score > 0 and _names_bodies(w) and rank(w) >= PARTIES_SHARE * rank(best)), None)


def _names_bodies(w: Window) -> bool:
    return any(u.passage.kind == "sentence" and names_bodies(u.passage.text) for u in w.units)
