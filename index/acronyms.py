"""The acronyms staff use for what the documents write out: "SSA" for "social- og sundhedsassistent".

Danish names of staff groups, educations and ministries are often two words joined by "og", the
first cut before the shared ending: "social- og sundhedsassistent", "Uddannelses- og
Forskningsministeriet", "Indenrigs- og Sundhedsministeriet". People name them by the initials of
the three parts (SSA, SSH, UFM, ISM), which the documents seldom write. `coordinated_acronyms`
reads those initials from an item's own text at ingest, so an item that writes the words out holds
the acronym as a term too, and a question that asks with it finds the item.

A document also defines an acronym once, "Sundhedskoordinationsudvalg (SKU)", and then writes either
form ("Sundhedskoordinationsudvalget 5 medlemmer"). `paired_acronyms` reads those pairs (one name word
before the parenthesis, beginning with the acronym's letter), so every item of the meeting that writes
one of the two holds the other as a term too (index/prepare.py).

The second word is split where a linking "s" follows a Danish derivational ending ("sundhed|s|assistent",
"forskning|s|ministeriet", "beskæftigelse|s|…") or at a hyphen ("sundheds-assistenter"); a word
with no such joint ("fritidspædagogik") gives no acronym, so no guessed initials reach the index.
"""

from __future__ import annotations

import re

__all__ = ["coordinated_acronyms", "paired_acronyms"]

# "social- og sundhedsassistenter", "Social- og sundheds- assistenter" (a table cell's break).
_COORDINATED = re.compile(
    r"\b(?P<first>[^\W\d_]{3,})-\s+og\s+(?P<second>[^\W\d_]{4,})(?:-\s*(?P<rest>[^\W\d_]{3,}))?", re.IGNORECASE
)
# A linking "s" after a derivational ending: the end of the second word's first part.
_JOINT = re.compile(r"(?:hed|ing|else|ion|skab|dom|tet)s?(?=[^\W\d_]{4})")
MIN_HEAD = 4  # letters of the second word's first part


def coordinated_acronyms(text: str) -> list[str]:
    """The lower-case initials of each "X- og YZ" name in `text` ("ssa" for "social- og
    sundhedsassistenter"), once each, in order of first appearance."""
    found: dict[str, None] = {}
    for m in _COORDINATED.finditer(text):
        first, second = m["first"].lower(), m["second"].lower()
        if m["rest"]:
            tail = m["rest"].lower()
        else:
            joint = next((j for j in _JOINT.finditer(second) if j.end() - 1 >= MIN_HEAD), None)
            if joint is None:
                continue
            tail = second[joint.end() :]
        found.setdefault(first[0] + second[0] + tail[0])
    return list(found)


# "Sundhedskoordinationsudvalg (SKU)": a long word, then its acronym in parentheses.
_PAIRED = re.compile(r"\b(?P<name>[^\W\d_]{6,})\s+\((?P<acronym>[A-ZÆØÅ]{2,5})\)")


def paired_acronyms(text: str) -> dict[str, str]:
    """acronym → name word (both lower case) for each "Name (ACR)" in `text` whose name begins with the
    acronym's first letter and is at least twice as long ("sku": "sundhedskoordinationsudvalg")."""
    out: dict[str, str] = {}
    for m in _PAIRED.finditer(text):
        name, acronym = m["name"].lower(), m["acronym"].lower()
        if name[0] == acronym[0] and len(name) >= 2 * len(acronym):
            out.setdefault(acronym, name)
    return out
