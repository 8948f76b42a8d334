"""The gate's reading of the kind of person a question asks for: "Which two municipal politicians
told KKR …?", "hvilke medlemmer …", "which councillors …".

Such a noun says what the answer is (people), as "hvem" / "who" does, not what the question is
about: the item that answers names the people ("Hüseyin Arac, Aarhus Kommune (S)") and need not
call them politicians. For an item that names people, the gate leaves the noun out of the
question's words (as it leaves "hvem" out); for an item naming nobody it stays a word the item
lacks. Only the gate reads this (answer.py); the search and its coverage are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.search.figure import stems_of_text
from index.search.rank import Concept
from index.search.values import values_in

# Nouns for people in office, as the question writes them and as the glossary renders the English ones.
_PERSON_NOUNS = (
    "politician politicians councillor councillors councilor councilors member members mayor mayors "
    "person persons people politiker politikere politikerne kommunalpolitiker kommunalpolitikere "
    "byrådspolitiker byrådspolitikere byrådsmedlem byrådsmedlemmer medlem medlemmer medlemmerne "
    "kommunalbestyrelsesmedlem kommunalbestyrelsesmedlemmer borgmester borgmestre personer"
)
_ASKED = lazy(
    r"\b(?:which|hvilke|hvilken)\s+(?:[\w-]+\s+){0,3}?(" + "|".join(_PERSON_NOUNS.split()) + r")\b", re.IGNORECASE
)
_STEMS = stems_of_text(_PERSON_NOUNS)


@lru_cache(maxsize=1024)
def persons_asked(question: str) -> bool:
    """Does the question ask which people ("which two politicians", "hvilke medlemmer")?"""
    return bool(_ASKED.search(question))


def _names_people(item: AgendaItem) -> bool:
    return any(values_in(s.text, "person") for s in item.sections if s.text)


def without_kind(item: AgendaItem, concepts: Sequence[Concept], question: str) -> Sequence[Concept]:
    """`concepts` less the nouns for people when the question asks which people and the item names
    some: those nouns are what is asked, not what it is about."""
    if not persons_asked(question):
        return concepts
    kind = [c for c in concepts if not c.expansion and c.whole in _STEMS]
    if not kind or len(kind) == len([c for c in concepts if not c.expansion]) or not _names_people(item):
        return concepts
    return [c for c in concepts if c not in kind]
