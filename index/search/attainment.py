"""How far a yearly thing was met, asked of an item that names that year's thing only in passing.

A results contract, a budget or an account exists once a year (year_bound.py). Asked how well a
year's contract was met ("How well did Erhvervshus Midtjylland meet the targets of its 2023 results
contract?", "Hvor mange af målene i resultatkontrakten for 2021 nåede …?", "the status of the 2023
contract"), the item on the next year's contract names the 2023 one beside its year ("en
videreførelse af resultatkontrakten for 2023", "KKR modtager den årlige status på resultatkontrakten
for 2023 på et kommende møde"), so year_bound's check finds the year asked and passes; the item was
shown as the answer though it says nothing of how the 2023 contract went, only that a status will
come.

Here the attainment is read as a kind of figure of its own: the asking sentence names a year-bound
thing and a year (year_bound.bound_things) and asks how it was met (a verb of meeting a target with
its goals, "how well", "attainment", "status"; Danish "nå målene", "opfyldt", "indfriet",
"målopfyldelse", "status på"). The item gives it only when one of its sentences names the thing
within a few words of the year asked together with a word of attainment, and does not put it ahead
("på et kommende møde", "vil", "forventes"); a heading ("Status på resultatkontrakten for 2023") names
what the text under it says, not what it gives. An item that never names the thing beside the year
asked is left to year_bound.py and the other checks. Answerable questions of targets met by a count
("Did the municipalities reach the target of 6,000 SSA trainees?") name no year-bound thing, or
their item never names one beside a year: not read here.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.question.framing_year import framed
from index.search.year_bound import NEAR, WORD, YEAR, bound_things, item_clauses, thing_root

__all__ = ["asks_attainment", "attainment_lacking"]

# how a thing was met, asked: a verb of meeting with its target ("meet the targets", "nåede målene"),
# "how well", "attainment", a status asked of it ("status på", "status of"), fulfilled / indfriet
_ASKED = lazy(
    r"\b(?:how\s+well|attain\w*|fulfil\w*|målopfyldelse\w*|opfyld\w*|indfri\w*|status\s+(?:på|of|on)"
    r"|(?:meet|met|reach\w*|achiev\w*|hit)\s+(?:\w+\s+){0,3}(?:targets?|goals?|objectives?|aims?)"
    r"|(?:nå|nåede|nået|når)\s+(?:\w+\s+){0,2}mål\w*|mål\w*\s+(?:\w+\s+){0,8}(?:nå|nåede|nået|blev\s+nået))\b",
    re.IGNORECASE,
)
# words of attainment in an item's sentence ("status", "målopfyldelse", "opfyldt", "nået", "resultater")
_GIVEN = lazy(r"\b(?:status\w*|målopfyldelse\w*|opfyld\w*|indfri\w*|nå(?:et|ede)|resultat(?:er|erne|et)?)\b",
                    re.IGNORECASE)
# a sentence that puts the thing ahead: it will come, is expected, on a coming meeting
_AHEAD = lazy(r"\b(?:kommende|senere|vil|forventes|forventet|fremover|will|expected|upcoming)\b", re.IGNORECASE)
HEADING_WORDS = 10  # a clause of at most this many words with no closing stop is a heading


def asks_attainment(question: str) -> bool:
    """Does the asking sentence ask how a thing was met (see the module docstring)?"""
    return bool(_ASKED.search(framed(question.strip())[1]))


def _heading(clause: str) -> bool:
    text = clause.strip()
    return not text.endswith((".", "!", "?", ":")) and len(WORD.findall(text)) <= HEADING_WORDS


def _gives(clause: str, root: str, years: frozenset[str]) -> tuple[bool, bool]:
    """(names the thing beside a year asked, gives its attainment there) for one clause."""
    words = WORD.findall(clause)
    at = [i for i, w in enumerate(words) if thing_root(w) == root]
    near = [j for j, w in enumerate(words) if YEAR.fullmatch(w[:4]) and w[:4] in years and any(abs(i - j) <= NEAR for i in at)]
    if not near:
        return False, False
    return True, bool(_GIVEN.search(clause)) and not _AHEAD.search(clause) and not _heading(clause)


def attainment_lacking(item: AgendaItem, question: str, answer_type: str | None) -> frozenset[str]:
    """The years asked whose thing's attainment `item` does not give though it names the thing
    beside them (see the module docstring); empty when attainment is not asked, no year-bound thing
    and year are asked, the item never names the thing beside a year asked, or it gives it. A date
    asked ("Hvornår får KKR status på resultatkontrakten for 2023?") asks when, not how it went."""
    if answer_type == "date" or not asks_attainment(question):
        return frozenset()
    roots, years = bound_things(framed(question.strip())[1])
    for root in sorted(roots):
        named = given = False
        for clause in item_clauses(item):
            beside, gives = _gives(clause, root, years)
            named, given = named or beside, given or gives
        if named and not given:
            return years
    return frozenset()
