"""A Danish word typed without æ, ø and å → the forms it may stand for.

Two habits of a keyboard without the letters: the pairs ("laerepladser", "oekonomi", "paa") and the
bare vowel ("borne", "sundhedsomrade", "hojere", "pa": ø typed as o, å and æ as a). `unfolded` gives
every form of a word with its pairs folded, fewest folds first (`pairs_unfolded`), then the forms
that also put a bare o or a back (`vowels_unfolded`). The reader of the question
(text.fold_danish_letters) takes the first form a lexicon or the index knows.
"""

from __future__ import annotations

from itertools import product

from index.lazy_patterns import lazy

__all__ = ["pairs_unfolded", "vowels_unfolded"]

_PAIRS = {"ae": "æ", "oe": "ø", "aa": "å"}
_PAIR = lazy("ae|oe|aa")
_VOWELS = {"o": ("ø",), "a": ("å", "æ")}
MAX_SPOTS = 4  # pairs or vowels tried in one word: 2^4 pair forms, at most 3^4 vowel forms


def pairs_unfolded(word: str) -> list[str]:
    """`word` with every combination of its ae/oe/aa pairs turned into æ/ø/å, fewest first."""
    spots = [m.start() for m in _PAIR.finditer(word)][:MAX_SPOTS]
    out: list[str] = []
    for mask in range(1, 1 << len(spots)):
        chosen = [s for k, s in enumerate(spots) if mask >> k & 1]
        if any(b - a < 2 for a, b in zip(chosen, chosen[1:])):
            continue  # overlapping pairs ("aae")
        w, shift = word, 0
        for s in chosen:
            w = w[: s - shift] + _PAIRS[word[s : s + 2]] + w[s - shift + 2 :]
            shift += 1
        out.append(w)
    return sorted(out, key=len, reverse=True)


def vowels_unfolded(word: str) -> list[str]:
    """`word` (and each of its pair forms) with its bare o and a put back as ø, å or æ, in every
    combination, fewest changes first: "borne" → "børne", "aeldreomradet" → "ældreområdet"."""
    out: dict[str, None] = {}
    for base in (word, *pairs_unfolded(word)):
        spots = [i for i, ch in enumerate(base) if ch in _VOWELS][:MAX_SPOTS]
        forms = []
        for choice in product(*(("",) + _VOWELS[base[i]] for i in spots)):
            if not any(choice):
                continue
            letters = list(base)
            for i, ch in zip(spots, choice):
                letters[i] = ch or letters[i]
            forms.append((sum(1 for ch in choice if ch), "".join(letters)))
        for _, form in sorted(forms):
            out.setdefault(form)
    return list(out)
