"""A survey's response asked for: "how many municipalities replied", "what share of them answered",
"hvor stor en andel svarede", "response rate", "svarprocent" are answered by the sentence stating
the response ("82 kommuner har svaret. Det giver en svarprocent på knap 84."), not by the survey's
findings beside it.

A question asking what share of the municipalities answered a survey holds the survey's name and
"kommunerne", and so does the sentence of its findings ("KL's mobilitetssurvey viser, at 50 pct. af
kommunerne har afsat flere midler …"), which also holds a share: that sentence came first and its
"50 pct." was the answer line; the response was not shown. Here a figure question (how many, what
share, what rate) asking about answering (svarede, besvarede, responded, replied, response rate,
svarprocent) shows first the best window stating a response with a figure in it ("har svaret",
"besvaret", "svarprocent", "responded"), when it scores KIND_SHARE of the best. A reply that is no
count ("KKR-formandskabet har svaret på vegne af de midtjyske kommuner, at …") holds no figure and is
not read; a question about what someone replied is no figure question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.lazy_patterns import lazy
from index.search.date_kinds import KIND_SHARE
from index.search.sentence_links import CARRIES_ON
from index.search.units import WINDOW_CHARS, Unit, Window, window_of

__all__ = ["asks_response", "responding", "states_response"]

_ASKS = lazy(
    r"\b(?:svarede|svaret|besvarede|besvaret|svarprocent(?:en)?|besvarelse(?:r|rne)?|respondenter(?:ne)?|"
    r"responded|replied|answered|response\s+rate|respondents?|responses)\b",
    re.IGNORECASE,
)
_STATES = lazy(
    r"\b(?:har|havde|blev|er)\s+(?:svaret|besvaret)\b|\bsvarede\b|\bsvarprocent(?:en)?\b|\bbesvarelse(?:r|rne)?\b|"
    r"\brespondenter(?:ne)?\b|\bresponse\s+rate\b|\b(?:have|has|had)\s+(?:responded|replied)\b",
    re.IGNORECASE,
)
_FIGURE = lazy(r"\d")


def asks_response(question: str, answer_type: str) -> bool:
    """Does a figure question ask how many answered a survey, or at what rate?"""
    return answer_type == "number" and bool(_ASKS.search(question))


def states_response(text: str) -> bool:
    """Does a passage state a survey's response with a figure ("82 kommuner har svaret", "en svarprocent på knap 84")?"""
    return bool(_STATES.search(text)) and bool(_FIGURE.search(text))


def responding(order: Sequence[Window], best: Window, units: Sequence[Unit], question: str, answer_type: str,
               rank: Callable[[Window], float]) -> Window | None:  # fmt: skip
    """The best window stating a survey's response with its figure, when the question asks for it,
    `best` states none and the window scores KIND_SHARE of it; else None. The window shown runs from
    the sentence before the first stating one through a following one that carries on with the rate
    ("82 kommuner har svaret." + "Det giver en svarprocent på knap 84."), within WINDOW_CHARS."""
    if not asks_response(question, answer_type) or _states(best):
        return None
    found = next((w for w in order if w.score > 0 and _states(w)), None)
    if found is None or rank(found) < KIND_SHARE * rank(best):
        return None
    first = next(u for u in found.units if states_response(u.passage.text))
    group = [u for u in found.units if u.index >= first.index - 1]
    if CARRIES_ON.match(first.passage.text) and first.index > 0 and units[first.index - 1] not in group:
        group.insert(0, units[first.index - 1])  # "Det giver en svarprocent …": the count it goes on from
    after = group[-1].index + 1
    if after < len(units) and CARRIES_ON.match(units[after].passage.text) and states_response(units[after].passage.text):
        group.append(units[after])  # "… har svaret." + "Det giver en svarprocent …"
    group = [u for u in group if u.passage.kind == "sentence" and u.passage.section_index == first.passage.section_index] or [first]
    while len(group) > 1 and group[-1].passage.end - group[0].passage.start > WINDOW_CHARS:
        group = group[1:] if group[0] is not first else group[:-1]
    return window_of(group)


def _states(w: Window) -> bool:
    return any(u.passage.kind != "row" and states_response(u.passage.text) for u in w.units)
