"""An amount per person, asked in the words people use, read as the documents write it (round 19, REFUSED19).

Why: the documents give an amount per person as "pr. indbygger" ("129 kr. pr. indbygger", "1 kr. pr.
indbygger"); staff ask "pr. borger", "per borger", "pr. kommuneborger", "pr. hoved", and English askers
"per head". The English wordings "per citizen", "per resident", "per capita" reach "indbygger" through
the glossary; the Danish ones did not: "borger" was read as the thing counted, and the figure check
refused the item giving the amount, first and kept ("intet om borger i punktet").

One reading of the kind: "pr."/"per" + a word for a person of the municipality (borger, kommuneborger,
indbygger, hoved; English head) is "pr. indbygger" / "per inhabitant". Not "pr. person" / "per person":
a rate per person of a place or service ("taksten pr. person") is another amount.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["per_inhabitant"]

_DA = lazy(r"\b(?:pr\.?|per)\s+(?:borger|kommuneborger|indbygger|hoved)(?![\w-])", re.IGNORECASE)
_EN = lazy(r"\bper\s+head(?![\w-])", re.IGNORECASE)


def per_inhabitant(text: str) -> str:
    """`text` with a per-person amount's wordings written as the documents' "pr. indbygger" (English: "per inhabitant")."""
    return _EN.sub("per inhabitant", _DA.sub("pr. indbygger", text))
