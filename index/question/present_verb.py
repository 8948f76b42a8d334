"""A Danish yes/no question opening with a verb in the present tense and its subject (round 21,
YESNO21): "Lægger KKR Midt op til at ændre fordelingen …?", "Betaler kommunerne for de tomme
pladser?", "Stiger tilsynets budget for 2022?", "Slår det allerede igennem …?", "Holder tilgangen …?".

answer_type's yes/no reading knew the auxiliaries and modals ("Er", "Har", "Skal", "Får"), a verb
before "der" or "man" ("Følger der penge med") and past verbs in -ede; a question opening with any
other verb in the present tense was read as no yes/no, so a sentence denying or stating the thing
was not the kind asked. Danish puts the finite verb first in a yes/no question, and the present
tense ends in -r ("lægger", "går"), its passive in -es ("Ændres de lokale mål …?"); a plural noun opening a short question does too ("Lærepladser
til SOSU?", "Punkter til mødet 17. april?"). So the verb is read as one only when its subject
follows: a pronoun, a word in its definite form or the genitive ("kommunerne", "tilgangen",
"budgettet", "tilsynets") or a name written with a capital ("KKR", "VIA", "Region …"); and only in a
question (a "?" at its end), not in a search of words.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["opens_with_present_verb"]

# Words in -r that open a question and are no verb: question words, prepositions, adverbs.
_NOT_VERBS = frozenset((
    "hvor", "hvornår", "hvorfor", "hver", "hvornaar", "efter", "under", "over", "før", "der", "her", "eller", "når", "nær",
    "for", "har", "er", "var", "får", "bør", "kr", "nr", "nogenlunde", "mer", "mener",
))
_SUBJECT_WORDS = frozenset((
    "det", "den", "de", "der", "man", "vi", "han", "hun", "nogen", "nogle", "alle", "samtlige", "hele", "begge",
    "denne", "dette", "disse", "regionen", "staten", "kl", "kkr",
))
_OPENING = lazy(r"^\s*([A-Za-zÆØÅæøå]{3,}(?:r|es))\s+([\wÆØÅæøå'’-]+)")
_DEFINITE = lazy(r"(?:en|et|ne|ene|erne|ens|ets|nes|enes)$")


def opens_with_present_verb(clause: str) -> bool:
    """Does a question clause (as written) open with a Danish verb in the present tense followed by its subject?"""
    if not clause.rstrip().endswith("?"):
        return False
    m = _OPENING.match(clause)
    if m is None:
        return False
    verb, subject = m.group(1).lower(), m.group(2)
    if verb in _NOT_VERBS or not re.search(r"[aeiouyæøå]r$|er$|[^aeiouyæøå]es$", verb):
        return False
    low = subject.lower()
    return low in _SUBJECT_WORDS or subject[:1].isupper() or len(low) > 3 and bool(_DEFINITE.search(low))
