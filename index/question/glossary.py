"""The English → Danish domain glossary (index/question/glossary.toml) and phrase matching over it.

The glossary is data: people who know KKR work extend the TOML file, not this code. English
keys are matched word by word after a light normalisation (plural and possessive endings),
so "places", "place" and "place's" are one key, and the longest phrase wins
("health reform" before "health").
"""

from __future__ import annotations

import re

import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Mapping, Sequence

from rapidfuzz import fuzz, process

from index.lazy_patterns import lazy
from index.analysis import stem
from index.question.typos import score_cutoff, transposed

__all__ = ["Entry", "Glossary", "GlossaryError", "english_key", "load_glossary", "parse_glossary"]


class GlossaryError(ValueError):
    """The glossary file breaks its own format (a bug in the data, caught by the tests)."""


@dataclass(frozen=True)
class Entry:
    """What one English key means in Danish: search terms and lower-weight related words.

    Both empty means a filler phrase ("took place"): matched, so it hides its words from
    shorter keys, but it adds nothing to the search.
    """

    key: str
    terms: tuple[str, ...]
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class Glossary:
    english: Mapping[tuple[str, ...], Entry]  # normalised key words → entry
    danish: Mapping[str, tuple[str, ...]]  # Danish word → related Danish words
    longest: int  # words in the longest English key
    danish_words: frozenset[str]  # every Danish word the glossary produces: a small lexicon
    spellings: Mapping[str, str]  # English key word and its plural → the key word (for typos)
    danish_stems: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # [da] by stem

    def related_danish(self, word: str) -> tuple[str, ...]:
        """The [da] entry for `word`, or for another inflection of it ("flygtningekvoterne"
        finds "flygtningekvoter"): the index stems both alike."""
        found = self.danish.get(word)
        if found is None and "-" not in word and word.isalpha():
            found = self.danish_stems.get(stem(word))
        return found or ()

    def match(self, words: Sequence[str], start: int) -> tuple[Entry, int] | None:
        """The longest English key starting at `words[start]`, with its length in words."""
        keys = tuple(english_key(w) for w in words[start : start + self.longest])
        for n in range(len(keys), 0, -1):
            entry = self.english.get(keys[:n])
            if entry is not None:
                return entry, n
        for form in _verb_stems(words[start].lower()) if start < len(words) else ():
            entry = self.english.get((form,))
            if entry is not None:
                return entry, 1
        return None

    def correct(self, word: str) -> str | None:
        """The English key word `word` is a typo of ("refugess" → "refugees"), or None."""
        cutoff = score_cutoff(len(word))
        if cutoff is None or self.is_english(word) or not word.isalpha():
            return None
        word = word.lower()
        swapped = transposed(word, self.spellings)  # "operatinos": two letters swapped
        if swapped is not None:
            return swapped
        # Same first letter: "enter" is a word of its own, not a slip for "center".
        choices = self._spellings_by_letter.get(word[0], [])
        found = process.extractOne(word, choices, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
        if found and not _same_inflection_near(word, found[0]):
            return None
        return found[0] if found else None

    @cached_property
    def _spellings_by_letter(self) -> dict[str, list[str]]:
        """The spellings by their first letter, in the glossary's order (typo fixes keep the first letter)."""
        found: dict[str, list[str]] = {}
        for w in self.spellings:
            found.setdefault(w[0], []).append(w)
        return found

    def close_phrasal_verbs(self, text: str) -> str:
        """`text` with a pronoun object out of a phrasal verb the glossary holds ("why was it set
        one up": "set up", "closed it down": "closed down"), so the phrase is read whole."""

        def close(m: re.Match[str]) -> str:
            verb, particle = m["verb"], m["particle"]
            bare = [verb.lower()] + _verb_stems(verb.lower()) + [verb.lower().removesuffix("s")]
            if any(self.english.get((english_key(v), particle.lower())) for v in bare):
                return f"{verb} {particle}"
            return m.group()

        return _PHRASAL.sub(close, text)

    def is_english(self, word: str) -> bool:
        """Whether `word` alone is an English key (a translation, never a typo to correct)."""
        known = self._english_words
        found = known.get(word)
        if found is None:
            if len(known) >= 50_000:  # a long-running bot's questions: bounded
                known.clear()
            found = known[word] = self.match([word], 0) is not None
        return found

    @cached_property
    def _english_words(self) -> dict[str, bool]:
        """Each word `is_english` was asked about, and its answer: a question asks it of each of its
        words several times (the language, the split of "SOSU-places", the councils' words)."""
        return {}



# A verb, a pronoun as its object, a particle: "set one up", "closed it down", "hand them over".
_PHRASAL = lazy(
    r"\b(?P<verb>[a-z]+)\s+(?:one|it|them|this|that|these|those)\s+(?P<particle>up|down|over|off|out)\b", re.IGNORECASE
)


def _same_inflection_near(word: str, fix: str) -> bool:
    """With the same English ending ("-ed", "-ing", "-s"), the bare words must be as near as a
    typo fix of their own length asks: "heading" is no slip for "hearing" ("head"/"hear"),
    nor "expected" for "experted" ("expect"/"expert"); "refugess" is one for "refugees"."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and fix.endswith(ending):
            a, b = word[: -len(ending)], fix[: -len(ending)]
            cutoff = score_cutoff(len(a))
            return cutoff is not None and fuzz.ratio(a, b) >= cutoff
    return True


@lru_cache(maxsize=4096)
def english_key(word: str) -> str:
    """One English word reduced to its key form: lowercase, no plural or possessive ending.

    Deliberately crude ("buses" → "buse"): it only has to treat the glossary keys and the
    question words the same way.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _verb_stems(word: str) -> list[str]:
    """Guesses at the bare verb of "appointed", "planned", "allocating" (keys list verbs bare)."""
    forms: list[str] = []
    if len(word) > 5 and word.endswith("ed"):
        forms += [word[:-2], word[:-1]] + ([word[:-3]] if word[-3] == word[-4] else [])
    if len(word) > 5 and word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"] + ([word[:-4]] if word[-4] == word[-5] else [])
    return forms


def _entry(key: str, value: Any) -> Entry:
    if isinstance(value, str):
        return Entry(key, (value.lower(),))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        words = tuple(v.lower() for v in value)
        return Entry(key, words[:1], words[1:])
    if isinstance(value, dict) and set(value) <= {"terms", "related"}:
        return Entry(
            key,
            tuple(v.lower() for v in value.get("terms", ())),
            tuple(v.lower() for v in value.get("related", ())),
        )
    raise GlossaryError(f"glossary entry {key!r}: expected a string, a list or {{terms, related}}")


def _english_tables(table: Mapping[str, Any], path: str):
    for name, value in table.items():
        if isinstance(value, dict) and not set(value) <= {"terms", "related"}:
            yield from _english_tables(value, f"{path}.{name}")
        else:
            yield name, value


def parse_glossary(data: Mapping[str, Any]) -> Glossary:
    """Build a Glossary from the parsed TOML; duplicate keys (after normalisation) are errors."""
    english: dict[tuple[str, ...], Entry] = {}
    for key, value in _english_tables(data.get("en", {}), "en"):
        words = tuple(english_key(w) for w in key.split())
        if not words:
            raise GlossaryError("glossary has an empty English key")
        if words in english:
            raise GlossaryError(f"glossary key {key!r} repeats {english[words].key!r}")
        english[words] = _entry(key, value)
    danish: dict[str, tuple[str, ...]] = {}
    for key, value in data.get("da", {}).items():
        entry = _entry(key, value if isinstance(value, list) else [value])
        danish[key.lower()] = entry.terms + entry.related
    lexicon = set(danish)
    for phrase in [p for e in english.values() for p in e.terms + e.related] + [
        p for related in danish.values() for p in related
    ]:
        lexicon.update(phrase.split())
    longest = max((len(k) for k in english), default=0)
    spellings = {}
    for key in english:
        for w in key:
            if w.isalpha() and len(w) >= 4:
                spellings.setdefault(w, w)
                spellings.setdefault(w + "s", w)
                stem_ = w[:-1] if w.endswith("e") else w
                spellings.setdefault(stem_ + "ed", stem_ + "ed")  # "appointed": the glossary
                spellings.setdefault(stem_ + "ing", stem_ + "ing")  # reads verb forms itself
    danish_stems: dict[str, tuple[str, ...]] = {}
    for key, related in danish.items():
        if "-" not in key and key.isalpha():
            danish_stems.setdefault(stem(key), related)
    return Glossary(english, danish, longest, frozenset(lexicon), spellings, danish_stems)


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    """The bundled glossary (package data), parsed once per process."""
    raw = resources.files("index.question").joinpath("glossary.toml").read_bytes()
    try:
        return parse_glossary(tomllib.loads(raw.decode("utf-8")))
    except tomllib.TOMLDecodeError as e:
        raise GlossaryError(f"index/question/glossary.toml: {e}") from e
