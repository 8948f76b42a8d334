"""The standing clippings of English office writing, written out before the glossary reads them.

Officials write "munis", "eval", "govt", "admin", "dev" for municipalities, evaluation, government,
administrative, development. Written out first, they are read as the whole words are, inside the
glossary's phrases too ("regional dev contribution" is "regional development contribution"). Only
these standing clippings: an English word that begins a glossary key is no clipping as such ("time",
"short", "pass" begin "timeline", "shortage", "passenger"), and no word list tells the two apart.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["CLIPPED", "unclip_english"]

CLIPPED: dict[str, str] = {
    "muni": "municipality", "munis": "municipalities",
    "eval": "evaluation", "evals": "evaluations",
    "govt": "government", "gov": "government",
    "admin": "administrative",
    "dev": "development", "devt": "development",
    "org": "organisation", "orgs": "organisations",
    "req": "requirement", "reqs": "requirements",
    "mgmt": "management", "dept": "department",
    "intl": "international", "natl": "national",
    "infra": "infrastructure", "env": "environment",
    "approx": "approximately",
    "yr": "year", "yrs": "years",
    "mtg": "meeting", "mtgs": "meetings", "prelim": "preliminary", "prelims": "preliminary",
}  # fmt: skip

_CLIPPED = lazy(r"(?<![\w.-])(" + "|".join(sorted(CLIPPED, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)


def unclip_english(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each standing clipping written out ("munis" → "municipalities"), and the fixes."""
    fixes: list[tuple[str, str]] = []

    def whole(m: re.Match[str]) -> str:
        word = CLIPPED[m.group().lower()]
        fixes.append((m.group().lower(), word))
        return word

    return _CLIPPED.sub(whole, text), fixes
