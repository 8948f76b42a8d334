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
one of the two holds the other as a term too (index/prepare.py). `defined_acronyms` reads the same
definitions with names of several words too ("Kommunaldirektørnetværket i Midtjylland (KD-Net)",
"Business Region North (BRN)"): the index keeps them per meeting, and a question reads every
definition of the index, so an acronym one document defines finds the items of another that write
only the name, and the name those that write only the acronym (index/question/acronyms_asked.py).

The second word is split where a linking "s" follows a Danish derivational ending ("sundhed|s|assistent",
"forskning|s|ministeriet", "beskæftigelse|s|…") or at a hyphen ("sundheds-assistenter"); a word
with no such joint ("fritidspædagogik") gives no acronym, so no guessed initials reach the index.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["coordinated_acronyms", "defined_acronyms", "paired_acronyms"]

# "social- og sundhedsassistenter", "Social- og sundheds- assistenter" (a table cell's break).
_COORDINATED = lazy(
    r"\b(?P<first>[^\W\d_]{3,})-\s+og\s+(?P<second>[^\W\d_]{4,})(?:-\s*(?P<rest>[^\W\d_]{3,}))?", re.IGNORECASE
)
# A linking "s" after a derivational ending: the end of the second word's first part.
_JOINT = lazy(r"(?:hed|ing|else|ion|skab|dom|tet)s?(?=[^\W\d_]{4})")
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
_PAIRED = lazy(r"\b(?P<name>[^\W\d_]{6,})\s+\((?P<acronym>[A-ZÆØÅ]{2,5})\)")


def paired_acronyms(text: str) -> dict[str, str]:
    """acronym → name word (both lower case) for each "Name (ACR)" in `text` whose name begins with the
    acronym's first letter and is at least twice as long ("sku": "sundhedskoordinationsudvalg")."""
    out: dict[str, str] = {}
    for m in _PAIRED.finditer(text):
        name, acronym = m["name"].lower(), m["acronym"].lower()
        if name[0] == acronym[0] and len(name) >= 2 * len(acronym):
            out.setdefault(acronym, name)
    return out


# "Business Region North (BRN)", "Kommunaldirektørnetværket i Midtjylland (KD-Net)": up to NAME_WORDS
# words, then an acronym of 2+ capitals (a hyphen and lower-case letters allowed after the first two).
NAME_WORDS = 6
_ACRONYM = lazy(r"\s\((?P<acronym>[A-ZÆØÅ]{2}[A-Za-zÆØÅæøå-]{0,6})\)")
# The name, read back from the parenthesis only: a pattern starting at the name would be tried at
# every letter of the text, which made this the costliest step of preparing an item for the index.
_NAME_BEFORE = lazy(r"(?P<name>(?:[^\W\d_][\w-]*\s+){0,%d}[^\W\d_][\w-]*)\s*$" % (NAME_WORDS - 1))
_LOOK_BACK = 600  # characters before the parenthesis: NAME_WORDS words of any length the documents write
# Small words inside a name ("Den Administrative Styregruppe på Socialområdet"), never its first.
_JOINING = frozenset("i på og for af til of the and".split())


def defined_acronyms(text: str) -> list[tuple[str, str]]:
    """(acronym, name), both lower case, once each, for each "Name (ACR)" in `text`: the fewest words
    before the parenthesis that begin with the acronym's first letter, hold its letters in order and
    are at least twice as long; a name of several words is capitalised but for small joining words."""
    out: dict[tuple[str, str], None] = {}
    for m in _ACRONYM.finditer(text):
        named = _NAME_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start() + 1)
        if named is None:
            continue
        acronym = m["acronym"].lower()
        letters = acronym.replace("-", "")
        words = named["name"].split()
        for start in range(len(words) - 1, -1, -1):
            name = words[start:]
            if _names(name, letters):
                out.setdefault((acronym, " ".join(name).lower()))
                break
    return list(out)


def _names(words: list[str], letters: str) -> bool:
    first = words[0]
    if first.lower() in _JOINING or first[0].lower() != letters[0]:
        return False
    if len(words) > 1 and not all(w[0].isupper() or w.lower() in _JOINING for w in words):
        return False
    joined = "".join(words).lower()
    if len(joined) < 2 * len(letters):
        return False
    rest = iter(joined)
    return all(ch in rest for ch in letters)  # the acronym's letters in order
