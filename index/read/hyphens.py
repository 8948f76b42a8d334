"""Words the layout broke at a line end ("udvik-" / "lingsbidrag"), made whole again.

The document's own vocabulary decides where it can: if the joined form ("udviklingsbidrag")
occurs elsewhere in the document the hyphen was the typesetter's; if the hyphenated form
("SOSU-assistentuddannelsen"), or the same hyphenated prefix ("it-" in "it-enheder"), occurs,
it is the author's. Otherwise a rule of thumb: an uppercase letter or a digit on either side
keeps the hyphen ("KD-Net", "2021-2023"), two lowercase halves join. A hyphen followed by a
conjunction is a suspended compound and stays as it is ("Børne- og Undervisningsministeriet"),
unless the document writes the joined word ("Midtjyll-" / "and").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from index.lazy_patterns import lazy

__all__ = ["CONJUNCTIONS", "Vocabulary", "core", "fix_inline", "join_split"]

# The words after which a trailing hyphen is a suspended compound: "SSH- og SSA-uddannelserne",
# "Øst- end i Vestjylland". Grammar, not a list of hyphenated words.
CONJUNCTIONS = frozenset({"og", "eller", "samt", "end"})
_PUNCT = ".,;:!?()[]{}\"'”“’‘«»*"
_PREFIX = lazy(r"^(\w+-)\w\w")


def core(token: str) -> str:
    """A token without the punctuation around it: "(udviklingsbidrag)," → "udviklingsbidrag"."""
    return token.strip(_PUNCT)


@dataclass(frozen=True)
class Vocabulary:
    """The words of one document (casefolded) as written inside lines, never at a line break."""

    words: frozenset[str]
    hyphen_prefixes: frozenset[str]  # "it-" when "it-enheder" occurs

    @classmethod
    def of(cls, texts: Iterable[str]) -> Vocabulary:
        words: set[str] = set()
        for text in texts:
            tokens = text.split()
            for k, tok in enumerate(tokens):
                w = core(tok).casefold()
                if not w or (k == len(tokens) - 1 and w.endswith("-")) or w.endswith("-"):
                    continue
                words.add(w)
        prefixes = {
            m.group(1)
            for w in words
            if "/" not in w
            and (m := _PREFIX.match(w)) is not None
            and w[m.end(1) :].split("-")[0] not in CONJUNCTIONS  # "sundheds-og" is a typo
        }
        return cls(frozenset(words), frozenset(prefixes))

    def __contains__(self, word: str) -> bool:
        return word.casefold() in self.words


def _is_url(token: str) -> bool:
    return "://" in token or token.startswith("www.")


def join_split(stem: str, cont: str, vocab: Vocabulary) -> str | None:
    """`stem` ("udvik-") and the next line's first token (`cont`, "lingsbidrag,") as one token.

    None when the hyphen is not a broken word: a dash, or a suspended compound.
    """
    if not stem.endswith("-"):
        return None
    if _is_url(stem):
        return stem + cont
    lead = len(stem) - len(stem.lstrip(_PUNCT))
    word = stem[lead:-1]
    tail = core(cont)
    if not word or not word[-1].isalnum() or not tail or not cont[0].isalnum():
        return None
    joined, hyphened = stem[:-1] + cont, stem + cont
    in_joined = (word + tail).casefold() in vocab.words
    in_hyphened = (word + "-" + tail).casefold() in vocab.words
    if in_joined != in_hyphened:
        return joined if in_joined else hyphened
    if tail.casefold() in CONJUNCTIONS:
        return None
    if (word.casefold() + "-") in vocab.hyphen_prefixes and not in_joined:
        return hyphened
    a, b = word[-1], tail[0]
    if a.isupper() or a.isdigit() or b.isupper() or b.isdigit():
        return hyphened
    return joined


def fix_inline(text: str, vocab: Vocabulary) -> str:
    """"it- driftsenheder" inside one line → "it-driftsenheder"; "Børne- og" stays."""
    if "- " not in text:
        return text
    tokens = text.split(" ")
    out: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if k + 1 < len(tokens) and tok.endswith("-") and len(tok) > 1 and tok[-2].isalnum():
            merged = join_split(tok, tokens[k + 1], vocab)
            if merged is not None:
                tokens[k + 1] = merged
                k += 1
                continue
        out.append(tok)
        k += 1
    return " ".join(out)
