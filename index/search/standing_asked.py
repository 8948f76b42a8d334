"""A standing item asked about by what it reports: kept among a refusal's nearest items (round 21, FIRST21).

Why: a refusal keeps its nearest items (nearest.py), never the template's standing items
(approval of the last minutes or the agenda, "Siden sidst" / "Orientering", the next meeting's
points, "Eventuelt"): their titles name no topic. But people ask what those items report: the
date of a youth summit or a joint meeting told under a sub-heading of a news item, whether
remarks came in on the last minutes, the development contribution the region wrote about. The
search put that item first, the answer's gate refused it (its many other points hold the rest of
the question no more than any item does), and the refusal then dropped it for a topical item
of another meeting: the right item was nowhere among the hits.

A standing item speaks of the question when a rare word of what is asked (a word of the
question's own, in few items; not of its background, unless the asking part names nothing rare:
"The August 2021 agenda reports on a youth summit: on what date was it held?") that its title lacks is one of its points:
in a sub-heading of its sections (a news item's point, "Ungetopmøde 8. juni 2021", "Det
regionale udviklingsbidrag for 2022"), or anywhere in an item with no sub-headings (a short
standing item: "Der er ikke indkommet bemærkninger til det udsendte referat"). A rare word
scattered in a long news item's prose ("nævnes", "godt") is not: those items report on many
things. It is then kept where the ranking put it; nothing is answered that was refused.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from index.analysis import analyze
from index.search.contents import subheadings

if TYPE_CHECKING:
    from index.search.rank import Concept, Ranked


def _point_terms(r: Ranked) -> frozenset[str] | None:
    """The index terms of the item's sub-headings; None when it has none (a short standing item)."""
    heads = [h for s in r.item.sections for h in subheadings(s.text)]
    return frozenset(t for h in heads for t in analyze(h)) if heads else None


def speaks_of(r: Ranked, concepts: Sequence[Concept], background: Collection[str] = ()) -> bool:
    """Does the standing item `r` report on a rare word of the question its title lacks (module docstring)?"""
    rare = [c for c in concepts if c.rare and not c.expansion]
    # the words of the asking part; when it names nothing rare ("… on what date was it held?"), its framing's
    own = [c for c in rare if c.word not in background] or rare
    title = frozenset(r.title_stems)
    asked = [c for c in own if c.credit(r.stems) and not c.credit(title)]
    if not asked:
        return False
    points = _point_terms(r)
    return points is None or any(c.credit(points) for c in asked)
