"""A year that is the point of the question: the year of an account, a budget, a rate or a
contract it names ("årsregnskab for 2021", "taksterne for 2023", "the 2019 results contract").

Such a thing exists once a year: an item about another year's budget or contract gives that
year's, not the one asked ("Hvad viste Socialtilsyn Nords årsregnskab for 2021?" was answered from
the item on the 2022 budget, which names "Regnskab 2020" and dates of 2021). The gate's year checks
read a year anywhere near the question's rare words (answer._year_apart, for figures only) or in
a table laid out by year (table_gap.py); a year standing in a date, or beside another thing of the
item ("påvirke … budget for 2023" beside a question on the 2023 rates), passed them.

Here the year is read bound to the thing: the question names one of these year-bound things and a
year in the same sentence (not a date's year); the item names the same thing beside a year (within
a few words of one clause, its title too; an attachment line is only a mention) but never beside a
year asked. Then the item is the thing of another year: refused with the item kept as the nearest
("intet for 2021", issue 10 point 6). An item that names the thing beside no year at all gives it as
it stands at its meeting ("døgntaksten er 4.107 kr." of a September 2021 item): a year asked that is
not the meeting's is another year's (round 18). An item that never names the thing (a rate asked in
other words, "per citizen", of "udviklingsbidrag … pr. indbygger") is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.question.framing_year import framed

__all__ = ["NEAR", "WORD", "YEAR", "bound_things", "item_clauses", "nearest_to", "nearest_year", "other_years_thing", "thing_root"]

# The things that exist once a year, as the roots a Danish word of them holds (a compound too:
# "årsregnskab", "takstoversigt", "resultatkontrakten", "døgntaksten", "udviklingsbidraget"; not the
# verb "bidrager"); English words read as them.
ROOTS = ("regnskab", "budget", "takst", "kontrakt", "bidrag")
ENGLISH = {
    "account": "regnskab", "accounts": "regnskab", "budget": "budget", "budgets": "budget",
    "rates": "takst", "tariff": "takst", "tariffs": "takst", "contract": "kontrakt", "contracts": "kontrakt",
    "contribution": "bidrag", "contributions": "bidrag",
}  # fmt: skip
NEAR = 8  # words between the thing and its year, in one clause of the item
WORD = lazy(r"\w+(?:[-/]\w+)*")
YEAR = lazy(r"(?:19|20)\d\d")
_MONTH = (r"(?:januar|january|februar|february|marts|march|april|maj|may|juni|june|juli|july|august|september|"
          r"oktober|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\b\.?")
# a year of a date or a month ("den 3. september 2021", "15 October 2021", "October 15, 2021",
# "3.9.2021", "i oktober 2025"): a meeting's time, not a thing's year
_DATE_YEAR = lazy(
    r"(?:\b\d{1,2}\.\s*\d{1,2}\.?\s*|\b" + _MONTH + r"\s+(?:\d{1,2},?\s+)?)((?:19|20)\d\d)\b", re.IGNORECASE
)
_CLAUSES = lazy(r"(?<=[.;:!?])\s+(?=[A-ZÆØÅ–-])|\n+")


_VERB = lazy(r"bidrage(?:r|nde)?$")  # "bidrager til" contributes: no contribution of a year


def thing_root(word: str) -> str | None:
    """The year-bound thing (its root in ROOTS) a word of a question or an item names, else None."""
    low = word.lower()
    if low in ENGLISH:
        return ENGLISH[low]
    return next((r for r in ROOTS if r in low and not (r == "bidrag" and _VERB.search(low))), None)


def bound_things(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """The year-bound things a question's asking sentence names (their roots) and the years it
    names that are no date's ("… den 3. september 2021" is a meeting's day): both empty unless
    there is at least one of each."""
    dated = {m.start(1) for m in _DATE_YEAR.finditer(sentence)}
    roots: set[str] = set()
    years: set[str] = set()
    for m in WORD.finditer(sentence):
        word = m.group()
        if (root := thing_root(word)) is not None:
            roots.add(root)
        if m.start() not in dated and (found := re.fullmatch(r"((?:19|20)\d\d)(?:[-/]\w+)?|\w+-((?:19|20)\d\d)", word)):
            years.add(found.group(1) or found.group(2))
    return (frozenset(roots), frozenset(years)) if roots and years else (frozenset(), frozenset())


def item_clauses(item: AgendaItem) -> Iterable[str]:
    """The item's title and the clauses of its passages (an attachment named is left out), where a
    thing and its year are read together (here and in attainment.py)."""
    yield item.title
    mentioned = {a.strip() for a in item.attachments}
    for passage in item.passages:
        if passage.text.strip() in mentioned:
            continue  # an attachment named: a mention, not what it holds
        yield from _CLAUSES.split(passage.text)


def _years_beside(item: AgendaItem, root: str) -> set[str]:
    """The years the item names within NEAR words of a word holding `root`, in one clause."""
    out: set[str] = set()
    for clause in item_clauses(item):
        words = WORD.findall(clause)
        at = [i for i, w in enumerate(words) if thing_root(w) == root]
        if not at:
            continue
        for j, w in enumerate(words):
            if YEAR.fullmatch(w[:4]) and (len(w) == 4 or not w[4].isalnum()) and any(abs(i - j) <= NEAR for i in at):
                out.add(w[:4])
    return out


def other_years_thing(item: AgendaItem, question: str) -> frozenset[str]:
    """The years asked that `item` lacks for the thing the question binds them to: the asking
    sentence's years (a framing's "the 2025 budget negotiations" sets a scene) when the item names
    the thing beside other years only, else empty (the item gives the thing of a year asked). An
    item naming the thing beside no year at all ("døgntaksten er 4.107 kr. pr. anvendt plads") gives
    it as it stands at its meeting: of that meeting's year, not of another year asked (round 18)."""
    roots, years = bound_things(framed(question.strip())[1])
    for root in sorted(roots):
        beside = _years_beside(item, root)
        if beside and not beside & years:
            return years
        if not beside and years and _names(item, root) and not years & _meeting_years(item):
            return years
    return frozenset()


def _names(item: AgendaItem, root: str) -> bool:
    return any(thing_root(w) == root for clause in item_clauses(item) for w in WORD.findall(clause))


def _meeting_years(item: AgendaItem) -> set[str]:
    """The year of the item's meeting (an undated meeting's window: its years); none when unknown."""
    days = (item.meeting_date,) if item.meeting_date else item.date_window
    return {str(d.year) for d in days if d is not None}



def nearest_year(item: AgendaItem, question: str) -> str | None:
    """The year `item` names beside the thing the question binds its years to that lies nearest the
    years asked (the later of two as near), as the item writes it: what a refusal names as the
    nearest the item gives ("intet for 2023; nærmeste er 2022", issue 10 point 6). None when the
    question binds no year to a thing or the item names the thing beside no other year."""
    roots, years = bound_things(framed(question.strip())[1])
    other = {y for root in roots for y in _years_beside(item, root)} - years
    if not other:
        return None
    return nearest_to(other, [int(y) for y in years])


def nearest_to(given: Iterable[str], asked: Iterable[int]) -> str | None:
    """Of the years `given` (as written), the one nearest a year asked, the later of two as near;
    None when none is given. What a refusal names as the nearest (here, and table_gap's tables)."""
    wanted = list(asked)
    return min(given, key=lambda y: (min(abs(int(y) - a) for a in wanted), -int(y)), default=None)
