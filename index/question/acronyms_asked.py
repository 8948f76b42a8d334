"""An acronym in a question, or the name it stands for, read with the other as well.

One document defines an acronym ("Kommunaldirektørnetværket i Midtjylland (KD-Net)") and the others
write only one of the two: 001 asks "KD-Net" for an oplæg, 004 writes the network's name. The index
keeps every definition of its documents (index/prepare.meeting_acronyms); a question that asks with
the acronym is searched with its name too, and one that asks with the name with the acronym, as
another rendering of the same word (counted in part, as a translation's other renderings are).

A name of one word is its stem; a name of several is its words together ("kommunaldirektørnetværket
i midtjylland": both words in the item). A question names it when it holds the name's longest word
and at least half of its words: "kommunaldirektørnetværket" alone names the KD-Net of Midtjylland.
Each of the name's words the question writes gains the acronym ("Den Administrative Styregruppe på
Socialområdet": an item writing "DAS" has each of them, in part).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache

from index.analysis import analyze

__all__ = ["AcronymReading", "acronyms_asked"]

NAME_SHARE = 0.5  # of a name's words the question must hold (its longest among them)

AcronymReading = dict[str, list[str]]  # question term → the other renderings it gains


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[tuple[str, str], ...]:
    """The words of a name that the index keeps (stop words dropped), as written, with their stems."""
    return tuple((w, analyze(w)[0]) for w in name.split() if analyze(w))


def _as_rendering(name: str) -> str:
    """A name as one rendering: its word, or its words joined so that all are needed."""
    return "-".join(w for w, _ in _name_words(name))


def acronyms_asked(terms: Collection[str], acronyms: Mapping[str, tuple[str, ...]]) -> AcronymReading:
    """term → its other renderings: an acronym's names, a name's acronyms (see the module)."""
    out: AcronymReading = {}
    if not acronyms:
        return out
    stem_of = {t: analyze(t) for t in terms}
    held = {s for stems in stem_of.values() for s in stems}
    for term in terms:
        for name in acronyms.get(term, ()):
            rendering = _as_rendering(name)
            if rendering and rendering != term:
                out.setdefault(term, []).append(rendering)
    for acronym, names in acronyms.items():
        if acronym in terms:
            continue
        for name in names:
            stems = [s for _, s in _name_words(name)]
            if not stems:
                continue
            longest = max(stems, key=len)
            if longest not in held or sum(s in held for s in stems) < NAME_SHARE * len(stems):
                continue
            for term, own in stem_of.items():  # each word of the name the question writes
                if set(own) & set(stems) and acronym not in out.get(term, ()):
                    out.setdefault(term, []).append(acronym)
    return out
