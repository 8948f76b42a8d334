"""The words by which a sentence gives a reason ("fordi", "idet", "derfor", "skyldes", "som følge af",
"tilskrives", ", da"): what units.states_reason reads in a passage and kind_near reads beside a why
question's words. Its own module so that the rerank (kind_near, imported by rank) can read it without
units' imports (units imports modules that import rank)."""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["REASON", "gives_reason"]

REASON = lazy(
    r"\b(?:fordi|idet|eftersom|derfor|baggrunden\s+(?:er|for)|skyldes|på\s+grund\s+af|som\s+følge\s+af|med\s+henblik\s+på|"
    r"formålet|begrundelse[n]?|årsag(?:en)?|hvilket\s+betyder|det\s+betyder|dermed|således\s+at|"
    r"tilskrive[st]?|tilskrevet|grund\s+til|ses\s+i\s+sammenhæng\s+med|i\s+lyset\s+af|because|due\s+to|so\s+that|the\s+reason)\b"
    r"|^\s*da\b|,\s*da\b",  # "Da der ikke er et møde ...": da opening a clause gives a cause
    re.IGNORECASE,
)


def gives_reason(text: str) -> bool:
    """Does `text` give a reason in words that say so (not only by a purpose or a consequence)?"""
    return bool(REASON.search(text))
