"""A figure asked as the size of a change between two values ("Hvor meget lavere er Socialtilsyn
Nords budget for 2022 end året før?", "How much bigger is the loan pool in 2025 than the year
before?"): the word after the asking words is a comparative, not the thing counted.

figure.missing_figure reads the words the asking words govern as what is counted, and refuses an
item that gives no number beside them ("intet om lavere", "nothing on bigger"): no item writes a
number beside "lavere" or "bigger", since the documents give the two values (or the fall itself,
"et fald i budgettet på 3,2 pct."), not the comparing word. Such a question asks how far one value
lies from another, of the thing named after the verb; the figure check has nothing of its own to
read, and the gate's other checks (the year, the council, the topic fit) decide.

Read by the form of the word, not a list of questions: Danish "hvor meget" + an adjective's
comparative in -ere ("lavere", "højere", "billigere"; after "hvor mange" a word in -ere is a plural
noun, "borgere", "politikere") or one of the language's irregular comparatives; English "how much"
/ "how many" + "more", "less", "fewer", or a word in -er that neither the index nor the glossary can
read ("bigger", "cheaper"; a known word in -er is a noun, "helper", "member", or "per").
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.parse import ParsedQuestion

_ASKED = lazy(r"\b(hvor\s+meget|hvor\s+mange|how\s+much|how\s+many)\s+(\w+)", re.IGNORECASE)
# The languages' irregular comparatives of size and amount (grammar, not topic words).
_DANISH_IRREGULAR = frozenset({"større", "mindre", "mere", "flere", "færre"})
_ENGLISH_IRREGULAR = frozenset({"more", "less", "fewer"})


def asks_how_far_apart(parsed: ParsedQuestion) -> bool:
    """Does the question ask by how much one value differs from another, a comparative right
    after its asking words ("hvor meget lavere", "how much bigger")?"""
    m = _ASKED.search(parsed.text)
    if m is None:
        return False
    asking, word = m.group(1).lower().split()[-1], m.group(2).lower()
    if asking == "meget":
        return word.endswith("ere") or word in _DANISH_IRREGULAR
    if asking == "mange":
        return word in ("flere", "færre")
    return word in _ENGLISH_IRREGULAR or (word.endswith("er") and word in parsed.unknown)
