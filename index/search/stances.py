"""A question about someone's stance, answered by the sentence that states it (round 22, STATES22).

"Bakker Arbejdsmarkedskontoret op om et inspirationsforum?", "Is KL against the revision of the
emergency preparedness act?", "Why has KL complained to the ministries about the loan pool?": the
answer is the sentence saying who is for or against what ("Arbejdsmarkedskontoret er positiv overfor
forslaget …", "KL har generelt været positive over for lovforslaget, men …", "KL har gjort
ministerierne opmærksom på, at det ikke er hensigtsmæssigt …"). It shares few of the question's
words (the holder and "forslaget"), so the passage holding most of them (the proposal itself, the
bill's content) is shown first; a sentence that merely denies ("… ikke er positivt ladet") is the
kind a yes/no wants and may win too. For a yes/no or why question asking a stance, whose best window
states none, the sentence holding question words that states a stance (the first within denials.NEAR
passages after the best window in its sub-section, the scene then the stance on it as a denial is
read; else the item's best-scoring one) is shown second (index.search.shown, through
statement_beside, the one call that also shows a denial, denials.denial_after, or a keeping,
kept_asked.keeping_beside). It is placed after the proposals and a naming are (proposals_shown,
naming_shown): placed before them, as the denial was until round 22, "Is Arbejdsmarkedskontoret
against the inspiration forum?" had its stance pushed out by the proposals a "godkendte forslaget"
decision points back to.

`stating_beside` is that placement for any kind of stating sentence; capacity.py's count set against
a capacity is placed by it too (round 22, step 2).

Read by the words of a stance, Danish and English (grammar of the question and of the sentence,
not topic words): a stance is asked by "bakke op", "støtte", "imod", "positiv", "kritisk",
"support", "against", "in favour", "complain" …; a sentence states one by "positiv(e) over for",
"bakker op om", "støtter", "kritisk(e) over for", "skeptisk", "tilslutter sig", "er enige",
"ikke hensigtsmæssigt", "gjort … opmærksom på". Not "positivt ladet" or "en positiv tilgang" (a
word's tone, not a holder's stance), nor a bare "positiv" (which names a result as often).
"""

from __future__ import annotations

import re

from collections.abc import Callable

from index.lazy_patterns import lazy
from index.search.capacity import asks_capacity, states_capacity
from index.search.denials import NEAR, denial_after
from index.search.kept_asked import keeping_beside
from index.search.units import WINDOW_CHARS, Asked, Unit, Window, window_of

__all__ = ["asks_stance", "stance_beside", "statement_beside", "states_stance", "stating_beside"]

# The question asks whether (or why) someone is for or against something.
_ASKS = lazy(
    r"\b(?:bakke[rt]?\s+(?:\w+\s+){0,4}?op|opbakning(?:en)?|støtte[rt]?|imod|modstander(?:e|ne)?|positiv[et]?|negativ[et]?"
    r"|kritisk[e]?|kritik(?:ken)?|kritisere[rt]?|skeptisk[e]?|enig[e]?|uenig[e]?|(?:u)?tilfreds|tilslutte[rt]?|klage[rt]?|klaget|for\s+eller\s+imod"
    r"|support(?:s|ed|ive)?|back(?:s|ed)?|backing|against|oppose[sd]?|opposed|in\s+favou?r|favou?r(?:s|ed)?|critical|criticis(?:e|es|ed)"
    r"|criticiz(?:e|es|ed)|sceptical|skeptical|(?:un|dis)?(?:happy|satisfied)|welcome[sd]?|complain(?:s|ed)?|object(?:s|ed)?|agree[sd]?|endorse[sd]?)\b",
    re.IGNORECASE,
)
# A sentence stating someone's stance, as the documents write it.
_STATES = lazy(
    r"\b(?:positiv[e]?\s+over\s*for|negativ[e]?\s+over\s*for|kritisk[e]?\s+over\s*for|skeptisk[e]?\s+over\s*for"
    r"|bakke[rt]?\s+(?:\w+\s+){0,3}?op\s+om|opbakning\s+til|støtte[rt]?\s+(?:op\s+om\s+)?(?:forslaget|lovforslaget|aftalen|indstillingen|planen|initiativet)"
    r"|tilslutte[rt]?\s+sig|tilsluttede\s+sig|er\s+enig[e]?\s+(?:i|om)|var\s+enig[e]?\s+(?:i|om)|tager\s+afstand\s+fra"
    r"|(?:ikke\s+(?:er\s+)?|u)hensigtsmæssig[t]?|gjort\s+(?:\w+\s+){0,2}?opmærksom\s+på|kritiseret|kritiserer|advarer\s+mod)\b",
    re.IGNORECASE,
)


def asks_stance(asked: Asked) -> bool:
    """Does a yes/no or why question ask whether (or why) someone is for or against something?"""
    return (asked.yes_no or asked.answer_type == "reason") and bool(_ASKS.search(asked.text))


def states_stance(text: str) -> bool:
    """Does a sentence state someone's stance on something ("… er positiv overfor forslaget")?"""
    return bool(_STATES.search(text))


def stance_beside(best: Window, units: list[Unit], asked: Asked) -> Window | None:
    """The sentence of the item, holding question words, that states a stance, when the question asks
    one and the best window states none (stating_beside)."""
    return stating_beside(best, units, states_stance) if asks_stance(asked) else None


def stating_beside(best: Window, units: list[Unit], states: Callable[[str], bool]) -> Window | None:
    """The sentence of the item, holding question words, that `states` reads, when the best window holds
    none: the first within NEAR passages after it in its sub-section, as a denial is read (denials.py),
    else the best-scoring one of the item (the nearest on a tie); with the sentences right after it
    that `states` reads too, within WINDOW_CHARS (as kept_asked's run)."""
    if any(u.passage.kind == "sentence" and states(u.passage.text) for u in best.units):
        return None
    last = best.units[-1]
    after = [u for u in units[last.index + 1 : last.index + 1 + NEAR] if u.passage.section_index == last.passage.section_index]
    found = [u for u in units if u.passage.kind == "sentence" and u.score > 0 and states(u.passage.text) and u not in best.units]
    near = [u for u in after if u in found]
    if not near and not found:
        return None
    # the scene, then the stance on it: "… et forslag til revision af beredskabsloven sendt i høring." + "KL har … været positive over for lovforslaget"
    run = [near[0] if near else max(found, key=lambda u: (u.score, -abs(u.index - last.index)))]
    for u in units[run[-1].index + 1 :]:  # "… ligger under dimensioneringen på 1329." + "… 64 pladser, der ikke har kunnet besættes …"
        p = u.passage
        if p.kind != "sentence" or p.section_index != run[0].passage.section_index or not states(p.text) or p.end - run[0].passage.start > WINDOW_CHARS:
            break
        run.append(u)
    return window_of(run)


def statement_beside(best: Window, units: list[Unit], asked: Asked) -> Window | None:
    """The sentence answering a yes/no (or a stance asked why) that the best window does not hold,
    shown beside it: a denial after it (denials.py), a keeping or change (kept_asked.py), a stance, a
    count set against a capacity or a target (capacity.py)."""
    return (denial_after(best, units, asked) or keeping_beside(best, units, asked) or stance_beside(best, units, asked)
            or (stating_beside(best, units, states_capacity) if asks_capacity(asked) else None))
