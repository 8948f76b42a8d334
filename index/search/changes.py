"""A figure's change asked, and the sentence that states it.

"Should the number of special places be cut?", "did occupancy go up in summer 2021?", "blev der
færre pladser?", "steg bidraget?": a yes/no (or a how) of a figure's change is answered by the
sentence that says how the figure changed, not by one that only speaks of the figure: "… behov vil
kunne dækkes med 75 pladser i stedet for 150 pladser" (two figures set against each other,
index.search.pairs), "I løbet af sommeren 2021 er belægningen steget, så 10 ud af de 12 pladser …"
(a figure beside a word of change), "… et fald i budgettet på 3,2 pct.". A verb's infinitive is a purpose, no
change stated ("For at … nedbringe frafald blev … afsat 23,1 mio. kr."). Read per sentence, and per
line of a list (a bullet is its own statement). index.search.shown shows such a sentence beside the
best passage when none shown states a change, and cuts a long list to its lines that do.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.search.pairs import sets_pair
from index.search.values import values_in

__all__ = ["asks_change", "asks_figure_change", "change_lines", "states_change"]

CHANGE_GAP = 80  # characters between a word of change and its figure

# Asking whether (or how) a figure changed: a verb or noun of change, English or Danish.
_ASKS = lazy(
    r"\b(?:go(?:es)?|went|gone|going)\s+(?:up|down)\b|\b(?:rise[sn]?|rose|rising|fall(?:s|en|ing)?|fell"
    r"|increas\w*|decreas\w*|grow(?:s|n|ing)?|grew|drop(?:s|ped)?|cut(?:s|ting)?|reduc\w*|lower(?:ed)?|rais(?:e|ed|es)"
    r"|shr[iu]nk\w*|scaled?\s+(?:back|down)|more\s+or\s+fewer|more\s+\w+\s+than\s+before)\b"
    r"|\b(?:st(?:eg|iger|ige|eget)|fa(?:ldt|lder|lde|ldet)|øge[dst]?|øgede|hæve[st]?|hævede|sænke[dst]?|sænkede"
    r"|skær(?:e|es)?\s+ned|skåret\s+ned|skar\s+ned|ned(?:juster|skær|bring|sæt)\w*|opjuster\w*|reducer\w*|forhøje\w*"
    r"|beskåret|beskæres|vokse\w*|voksede)\b"
    # "more"/"flere" asks a change only as what became of a figure ("blev der færre pladser"), not "kan de oprette flere"
    r"|\b(?:blev|bliver|er\s+blevet|were|did)\s+(?:der\s+|there\s+)?(?:\w+\s+){0,3}?(?:flere|færre|fewer|more)\b",
    re.IGNORECASE,
)
# A word saying a figure changed, as the documents write it.
_CHANGE = lazy(
    r"\b(?:steget|steg|stiger|stigning(?:en)?|stigende|faldet|faldt|falder|fald(?:et)?|øges|øget|øgede|forhøjelse"
    r"|forhøjes|hæves|hævet|(?:ned|op)juster(?:es|et|er)|reducere[st]|reduceret|reduktion(?:en)?|nedbring(?:es|er)|nedbragt|nedsat|nedsættes"
    r"|oversteget|overstiger|halver\w*|fordobl\w*|vokset|voksede|beskåret|skåret\s+ned|i\s+stedet\s+for"
    r"|rose|risen|fell|fallen|increased?|decreased?|reduced|cut)\b",
    re.IGNORECASE,
)


def asks_change(question: str) -> bool:
    """Does the question ask whether, or how, a figure changed ("were places cut?", "blev der flere")?"""
    return bool(_ASKS.search(question))


def asks_figure_change(text: str, answer_type: str, yes_no: bool) -> bool:
    """A yes/no, comparison or figure question asking whether (or how) a figure changed: what the
    rerank (index.search.kind_near) and the passages shown (index.search.shown) both look for."""
    return (yes_no or answer_type in ("number", "compare")) and asks_change(text)


def states_change(text: str) -> bool:
    """Does a sentence (or a list's line) say how a figure changed: two figures set against each
    other, or a figure within CHANGE_GAP characters of a word of change?"""
    figures = [v for v in values_in(text, "number") if v.strength >= 0.7]
    if not figures:
        return False
    if sets_pair(text):
        return True
    return any(min(abs(m.start() - v.end), abs(v.start - m.end())) <= CHANGE_GAP
               for m in _CHANGE.finditer(text) for v in figures)  # fmt: skip


def change_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line of a list passage that states a change (the lead-in aside)."""
    out, at = [], 0
    for k, raw in enumerate(text.split("\n")):
        if k and states_change(raw):
            out.append((at, at + len(raw)))
        at += len(raw) + 1
    return tuple(out)
