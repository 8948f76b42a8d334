"""English words the glossary lacks, read as their Danish cognates in the index ("renovate" →
"renovere", "existing" → "eksisterende", "invited" → "inviteret", "scenarios" → "scenarier").

An English question's content words the glossary does not render were unknown words: nothing
searched them, and the gate counted them as part of the question no item holds. Many are the
Danish word in English letters: the English word's stem (Porter's) spelt in Danish letters
(c → k, x → ks, qu → kv …: english_words) begins an index word that goes on only with a Danish
ending (-e, -er, -ere, -eret, -ering, -ende, -ion …). That word is searched in its place. The
stem must be five letters or more ("formal" is no "format"), and an ending that makes another
word ("-elt": "eventuelt" is "possibly", "generelt" "general"; "-ale": "personale" is "staff";
"-iv": "kollektiv") does not count. A word of the glossary, an index word as written and a word
that is no English word (a typo), or one the typo reader fixes ("constituting" → "konstituering"), are
left to the readers after it. A cognate counts in part (an expansion, as a translation's other
renderings do): it is a guess from spelling, and as a full term it lifted the wrong item ("scenarios"
→ "scenarier" in an item on future mobility that writes "scenarierne" throughout).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from index.lazy_patterns import lazy
from index.question.abbreviations import likeliest_completions, with_prefix
from index.question.english_words import english_stem, in_danish_letters, is_english_word
from index.question.glossary import Glossary
from index.question.lexicon import STOP_WORDS
from index.question.per_vocabulary import sorted_words

__all__ = ["read_cognates"]

MIN_START = 5  # letters of the stem an index word must begin with
MIN_STEM_LESS_ONE = 7  # a stem this long may lose its last letter ("implementat|ion": "implementer|ing")

# What a Danish word may add to its English cognate's stem: inflection and the verb and noun
# endings Danish puts where English has -ate, -ize, -ing, -ion, -ed.
_ENDINGS = frozenset(
    "e er erne et ede ere eret erede erer erende ering eringen eringer eringerne ende ion ionen ioner "
    "al t te en ne s".split()
) | {""}

_WORD = lazy(r"(?<![\w-])[a-z]{5,}(?![\w-])")


def _cognate(word: str, words: list[str], vocabulary: Collection[str] | Mapping[str, int]) -> str | None:
    stem = english_stem(word)
    starts = [in_danish_letters(stem), stem]
    if len(stem) >= MIN_STEM_LESS_ONE:
        starts += [s[:-1] for s in starts]
    for start in dict.fromkeys(starts):
        if len(start) < MIN_START:
            continue
        found = [w for w in with_prefix(words, start) if w[len(start) :] in _ENDINGS]
        found += [start] if start in vocabulary else []
        if found:
            return likeliest_completions(found, vocabulary)[0]
    return None


def read_cognates(
    text: str, vocabulary: Collection[str] | Mapping[str, int], glossary: Glossary, typo_fixed: Callable[[str], bool]
) -> tuple[str, list[tuple[str, str]]]:
    """`text` (an English question) with each English word the glossary and the index lack that
    has a Danish cognate in the index written as that cognate; the fixes made. A word the typo
    reader fixes (`typo_fixed`: "constituting" → "konstituering", a cognate one letter off) is left
    to it: its fix is a search term of full weight, a cognate read here counts only in part."""
    if not vocabulary:
        return text, []
    words = sorted_words(vocabulary)
    fixes: list[tuple[str, str]] = []

    def read(m: re.Match[str]) -> str:
        w = m.group()
        # a word of a glossary key or phrase, a filler or an index word is read as it is
        if w in vocabulary or w in STOP_WORDS or glossary.is_english(w) or w in glossary.spellings or not is_english_word(w) or typo_fixed(w):
            return w
        found = _cognate(w, words, vocabulary)
        if found is None:
            return w
        fixes.append((w, found))
        return found

    return _WORD.sub(read, text), fixes
