"""Meaning classes: a question word bridged to the documents' other words of the same meaning.

Askers name a topic in their own words: "betaling" or "kroner" for an item's "betales" and "kr.",
"boliger" for "botilbud", "bygge" for "etablere", "kaldes" or "navn" for "omdøbt", "briefe" or "tale"
for "oplæg" and "orientering". A glossary entry per word serves the one question it was written for;
a class (index/question/meaning_classes.toml: a meaning, its Danish members, and the kind of question
it serves) serves every question of that kind. A member asked finds an item holding another member
in part, as a translation's other renderings do (rank.ALTERNATIVE_CREDIT): an expansion, never the
asked word itself, so that a question near a topic but off it still lacks its own word and stays
refused. A word the index never saw ("bygge") is searched as the class's other members (rank's
UNSEEN_SEARCHED). An English question reaches a class through the glossary's Danish ("housing":
"boliger"); an English word the glossary lacks is left to the gate's reading of unread words
(unknown_words.py): made a word asked and found through a class, "speaker" answered an off-topic
question about a keynote speaker with an item that only holds "oplæg".

Only members the index has are given (a member it lacks could never be found, and costs a look-up).
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from index.analysis import stem

__all__ = ["MeaningClass", "bridged", "load_classes", "members_of"]

MIN_STEM = 4  # a Danish word matches a member by its stem only when the stem is this long ("bil" ≠ "billigere")


@dataclass(frozen=True)
class MeaningClass:
    name: str
    serves: str  # the kind of question it serves
    danish: tuple[str, ...]


@dataclass(frozen=True)
class _Classes:
    classes: tuple[MeaningClass, ...]
    by_word: Mapping[str, tuple[int, ...]]  # a Danish form → its classes
    by_stem: Mapping[str, tuple[int, ...]]  # a Danish member's stem (MIN_STEM letters or more) → its classes


def parse_classes(data: Mapping[str, object]) -> _Classes:
    classes: list[MeaningClass] = []
    by_word: dict[str, list[int]] = {}
    by_stem: dict[str, list[int]] = {}
    for i, (name, table) in enumerate(data.items()):
        if not isinstance(table, dict) or not set(table) == {"serves", "da"} or not table["serves"]:
            raise ValueError(f"meaning class {name!r}: needs 'serves' and 'da'")
        c = MeaningClass(name, str(table["serves"]), tuple(w.lower() for w in table["da"]))
        classes.append(c)
        for w in c.danish:
            by_word.setdefault(w, []).append(i)
            if len(s := stem(w)) >= MIN_STEM:
                by_stem.setdefault(s, []).append(i)
    freeze = lambda d: {k: tuple(dict.fromkeys(v)) for k, v in d.items()}  # noqa: E731
    return _Classes(tuple(classes), freeze(by_word), freeze(by_stem))


@lru_cache(maxsize=1)
def load_classes() -> _Classes:
    """The bundled classes (package data), parsed once per process."""
    raw = resources.files("index.question").joinpath("meaning_classes.toml").read_bytes()
    return parse_classes(tomllib.loads(raw.decode("utf-8")))


def members_of(word: str) -> tuple[str, ...]:
    """The members of every class the Danish `word` belongs to (by its form, or by its stem of
    MIN_STEM letters or more), other than `word` itself."""
    found = load_classes()
    w = word.lower()
    s = stem(w) if "-" not in w and w.isalpha() else ""
    at = found.by_word.get(w, ()) + (found.by_stem.get(s, ()) if len(s) >= MIN_STEM else ())
    out = [m for i in dict.fromkeys(at) for m in found.classes[i].danish]
    return tuple(m for m in dict.fromkeys(out) if m != w)


def bridged(terms: Sequence[str], alternatives: Mapping[str, list[str]], vocabulary: Collection[str]) -> dict[str, list[str]]:
    """The question's alternatives with the meaning classes read in: each term's class members the
    index has become its other renderings (credited in part, searched when the term is unseen).
    An English question reaches a class through the glossary's Danish ("housing": "boliger")."""
    out = {k: list(v) for k, v in alternatives.items()}
    for t in terms:
        if others := [m for m in members_of(t) if m in vocabulary and m not in out.get(t, ())]:
            out.setdefault(t, []).extend(others)
    return out
