"""Typo correction against the index's own vocabulary ("lærepladsr" → "lærepladser").

Only words the index has ever seen can be suggested, so a correction always leads somewhere.
Short words are left alone (too many real words lie one letter apart), the score cutoff grows
stricter as words get shorter, and among near-equal suggestions the more frequent one wins.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from rapidfuzz import fuzz, process

from index.question.per_vocabulary import PerVocabulary
from index.question.real_words import DANISH_ENDINGS, begins_alike, compound_of_words, inflected, keyed_apart, syllable_more

__all__ = ["Vocabulary", "score_cutoff", "transposed"]


def transposed(word: str, words: Collection[str]) -> str | None:
    """A word of `words` that `word` is with two neighbouring letters swapped ("operatinos"),
    the commonest slip of fast typing, which fuzz.ratio counts as two edits."""
    if len(word) < 5:
        return None
    for i in range(1, len(word) - 1):  # the first letter is seldom the slip
        if word[i] != word[i + 1]:
            w = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if w in words:
                return w
    return None


def score_cutoff(length: int) -> float | None:
    """The least fuzz.ratio a suggestion for a word of `length` letters needs; None: no fixing.

    fuzz.ratio counts a missing or extra letter as one edit and a wrong letter as two, so a
    5-6 letter word may only lose or gain a letter, a 7-9 letter word may have one wrong
    letter, and long compounds may have two slips.
    """
    if length <= 4:
        return None
    if length <= 6:
        return 90.0
    if length <= 9:
        return 85.0
    if length <= 11:
        return 84.0
    return 80.0


# Past tenses of Danish strong verbs, as they end compounds ("vedtog", "overtog", "afgav").
_STRONG_PAST = {"tog": "tage", "gav": "give", "gik": "gå", "fik": "få", "stod": "stå", "lod": "lade",
                "slog": "slå", "drog": "drage", "bød": "byde", "skrev": "skrive", "holdt": "holde"}  # fmt: skip
_ENDINGS = DANISH_ENDINGS  # for `Vocabulary.inflection`
# A noun's definite ending is -en or -et by its gender, never both; a verb's -et is its participle:
# "vokset" (grown) is no form of "voksen" (adult).
_GENDERS = {"en", "et"}
_NOUN_ENDINGS = ("ing", "ingen", "inger", "ning", "ningen", "ninger")
_PAST_ENDINGS = ("ede", "te", "et")  # past tense and participle of a Danish verb ("ønskede", "valgte", "ønsket")
_VERB_ENDINGS = ("e", "er", "es", "et", "ede", "te", "t")
_ACTION_ENDINGS = ("ning", "ing")  # nouns of action: "udpegning", "konstituering", "afvikling"


def _reach(length: int) -> int:
    return 3 if length >= 12 else 2


def _by_length(words: Collection[str]) -> dict[int, list[str]]:
    """Length → the words within two letters of it (the only plausible corrections)."""
    by_length: dict[int, list[str]] = {}
    for w in words:
        if len(w) >= 4 and w.replace("-", "").isalpha():
            by_length.setdefault(len(w), []).append(w)
    # Long compounds may also differ by an inflection ending ("oplærinsvejledning" for
    # "oplæringsvejledningen"): three letters either way from 12 letters on.
    return {
        n: [w for m in range(n - _reach(n), n + _reach(n) + 1) for w in by_length.get(m, ())]
        for n in range(5, max(by_length, default=0) + 4)
    }


_buckets = PerVocabulary(_by_length)  # a few ms for 100k words: once per commit, not per question
_known_fixes = PerVocabulary(lambda vocabulary: {})  # word → its fix (or None), for every question of a commit


class Vocabulary:
    """The index's lowercase surface words, optionally with how often each occurs."""

    def __init__(self, words: Collection[str] | Mapping[str, int] = ()) -> None:
        self._counts: Mapping[str, int] | None = words if isinstance(words, Mapping) else None
        if isinstance(words, (set, frozenset, Mapping)):
            self._words: Collection[str] = words
        else:
            self._words = frozenset(words)
        self._by_length: dict[int, list[str]] | None = None
        self._fixes: dict[str, str | None] = _known_fixes(self._words)

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __bool__(self) -> bool:
        return bool(self._words)

    def count(self, word: str) -> int:
        return self._counts.get(word, 0) if self._counts is not None else 0

    def _pool(self, length: int) -> list[str]:
        if self._by_length is None:
            self._by_length = _buckets(self._words)
        return self._by_length.get(length, [])


    def inflection(self, word: str) -> str | None:
        """Another inflection of `word` that the vocabulary has, when `word` itself is not in
        it ("omdøbes" → "omdøbt", "udpegede" → "udpeget"): the Danish stemmer leaves past
        participles and past tenses apart from the other forms. The most frequent wins."""
        if word in self._words or len(word) < 5 or not word.isalpha():
            return None
        found: list[tuple[int, str]] = []
        for past, present in _STRONG_PAST.items():  # "deltog" → "deltage", "indgik" → "indgå"
            if word.endswith(past) and len(word) > len(past) + 1:
                base = word[: -len(past)] + present
                for form in (base, base + "r", base + "t", base + "s"):
                    if form in self._words:
                        found.append((self.count(form), form))
        if len(word) < 6:
            return max(found)[1] if found else None
        for end in _ENDINGS:
            base = word[: -len(end)] if end else word
            if not word.endswith(end) or len(base) < 4:
                continue
            for other in _ENDINGS:
                form = base + other
                if form != word and form in self._words and {end, other} != _GENDERS:
                    found.append((self.count(form), form))
        if not found and len(word) >= 7:
            # A verb the documents use only as its noun: "afvikles" → "afviklingen",
            # "udpeges" → "udpegning" (Danish nouns of action end in -ing / -ning).
            for end in _ENDINGS:
                base = word[: -len(end)] if end else word
                if word.endswith(end) and len(base) >= 4:
                    for noun in _NOUN_ENDINGS:
                        if base + noun in self._words:
                            found.append((self.count(base + noun), base + noun))
        return max(found)[1] if found else None

    def inflections(self, word: str) -> tuple[str, ...]:
        """The vocabulary's other inflections of a Danish verb form it has, that the stemmer keeps
        apart from it ("ønskede": "ønsket", "ønsker"; "udpegede": "udpeget"): the same word to a
        reader, another term to the index. Past tenses and participles only (-ede, -te, -et, -t)."""
        if word not in self._words or len(word) < 6 or not word.isalpha():
            return ()
        end = next((e for e in _PAST_ENDINGS if word.endswith(e)), None)
        endings = _VERB_ENDINGS
        if end is None and word.endswith(_ACTION_ENDINGS):
            # a noun of action and its verb ("konstituering": "konstituerende", "udpegning": "udpeget")
            end = next(e for e in _ACTION_ENDINGS if word.endswith(e))
            endings = _VERB_ENDINGS + ("ende",)
        if end is None:
            return ()
        base = word[: -len(end)]
        if len(base) < 4:
            return ()
        return tuple(base + e for e in endings if base + e != word and base + e in self._words)

    def correct(self, word: str) -> str | None:
        if word not in self._fixes:
            self._fixes[word] = self._correct(word)
        return self._fixes[word]

    def _correct(self, word: str) -> str | None:
        """The vocabulary word `word` is most likely a typo of, or None.

        None also when `word` is in the vocabulary, is too short, or is a real word
        (index/question/real_words.py): another inflection of a vocabulary word
        ("lærepladserne" of "lærepladser", "lægerne" of "lægen": the index stems them
        alike), or one whose nearest word begins otherwise ("opkræver" / "kræver").
        """
        cutoff = score_cutoff(len(word))
        if cutoff is None or word in self._words or not word.replace("-", "").isalpha():
            return None
        swapped = transposed(word, self._words)
        if swapped is not None:
            return swapped
        found = process.extract(
            word,
            self._pool(len(word)),
            scorer=fuzz.ratio,
            processor=None,  # both sides are lowercase words already; saves half the time
            score_cutoff=cutoff,
            limit=5,
        )
        if not found:
            return None
        best = found[0][1]
        near = [(self.count(w), score, w) for w, score, _ in found if score >= best - 1.5]
        choice = max(near)[2]
        if choice.startswith(word) or word.startswith(choice):
            return None
        if (
            not begins_alike(word, choice)
            or keyed_apart(word, choice)
            or inflected(word, choice, self._words)
            or compound_of_words(word, choice, self._words)
            or syllable_more(word, choice)
        ):
            return None  # a real word near another one ("opkræver" / "kræver", "lægerne" / "længere")
        return choice
