"""Words cut short with a period ("medl.", "dim.", "udv.bidraget"), read as the index's words.

Staff write in Slack as they write notes: "hvor mange medl. udpeger KKR MJ", "pæd.udd. dim.
Viborg". A word that ends in "." and that the index does not hold as written is the start of
a word it does hold: the likeliest completion (the stem most items have) is searched in its
place, and the next likeliest count in part (`Expanded.alternatives`). A cut word glued to
the next one ("udv.bidraget", "komm.kvoter", "pæd.udd.") is a compound: an index word that
begins with the first part and goes on with the second; so is a head the index does not hold
clipped before a hyphen ("pæd-uddannelsen", "pæd-udd."), or, when no index word goes on with the
rest, the head's likeliest completion beside the word ("pæd-studiepladser"). The common Danish abbreviations of
asking words ("pkt.", "iflg.", "fmd.") are read as their words. Nothing is expanded from a
list of questions: only the index's own vocabulary completes a word.

Staff clip words without the period too ("dim", "medl", "pæd", "indb", "socialtils"): a bare word
that is no word at all (not in the index, no stop word, no English word of the glossary, not an
upper-case acronym) and begins index words is read as a cut word when its completions are one
word family: the likeliest completion's first letters (the word and two more) begin the words of
at least `BARE_FAMILY_SHARE` of the items that hold any completion ("bor" begins "borger",
"bord", "bortset": no one family, left as written). A whole word is left as written: an inflection
of a completion ("lukke": "lukkede"), or the head of a compound whose rest the index holds
("total": "totalberedskab"; the compounds an unseen word begins are searched by the ranking).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from index.lazy_patterns import lazy
from index.analysis import word_stems
from index.dates import MONTHS
from index.question.clipped_pairs import clipped_at_double, join_clipped_pairs
from index.question.per_vocabulary import sorted_words
from index.read.sentences import ABBREVIATIONS

__all__ = ["Expanded", "expand_abbreviations", "likeliest_completions", "with_prefix"]

MIN_PREFIX = 3  # letters of a cut word: "pr.", "ca.", "bl.a." are the documents' own
MAX_ALTERNATIVES = 2  # other completions that count in part
BARE_FAMILY_SHARE = 0.6  # a cut word without its period: the share of its completions' items one family holds

# Danish abbreviations of everyday words (dictionary forms, not the documents' topics): read
# as the word, the abbreviation kept as another rendering (the documents write "fmd." too).
STANDARD: dict[str, str] = {
    "pkt": "punkt", "pkter": "punkter", "iflg": "ifølge", "vedr": "vedrørende", "ang": "angående",
    "fmd": "formand", "næstfmd": "næstformand",
}  # fmt: skip

# A cut word ("medl."), perhaps glued to the word it begins a compound with ("udv.bidraget",
# "pæd.udd."); not a letter of "bl.a." or "f.eks." (a letter or period before it).
_CUT = lazy(r"(?<![\w.])(?P<head>[^\W\d_]{3,})\.(?:(?P<tail>[^\W\d_]{2,})(?P<dot>\.)?)?")

# A compound clipped before a hyphen ("pæd-uddannelsen", "pæd-udd.", "pæd-studiepladser"): a head the
# index does not hold, then a word it holds (or one cut with a period).
_CLIPPED = lazy(r"(?<![\w.-])(?P<head>[^\W\d_]{3,})-(?P<tail>[^\W\d_]{2,})(?P<dot>\.)?(?![\w-])")

# A word cut without its period ("dim", "medl"): a whole word of letters, no hyphen or period at either side.
_BARE = lazy(r"(?<![\w.-])[^\W\d_]{3,}(?![\w.-])")
_NEXT_WORD = lazy(r" ([^\W\d_]+)")
_SENTENCE_END = lazy(r"\s*$|\s+[A-ZÆØÅ]")  # after a word's period: the text's end or a new sentence

# "pkt." is both "punkt" and "punkter": after a word that asks for many, the plural
# ("hvilke pkt er på til …", the agenda asked for, as "hvilke punkter er på til …" is); so is a
# "pkt" that heads the question before what it is for ("pkt til kkr midt 1. sep 2026?": the agenda).
_PLURAL_PKT = lazy(r"\b(hvilke|alle|flere|andre)\s+pkt\b\.?|^(\s*)pkt\b\.?(?=\s+(?:til|på|for)\b)", re.IGNORECASE)

# The documents' own abbreviations of filler words ("bl.a.", "jf.", "ca.", "evt.", "mv."): staff
# write them in questions too, and they ask for nothing, as stop words do (the units "kr.",
# "mio.", "pct." and the date words "d.", "pr." are left).
FILLER = frozenset(
    "ca cirka jf jvf bl.a f.eks fx dvs evt inkl ekskl nr iht mht ift pga hhv vs resp tlf "
    "mv m.v osv etc m.fl m.m o.l mfl".split()
)
_FILLER = lazy(
    r"(?<![\w.])(?:fx\b|(?:" + "|".join(re.escape(a) for a in sorted(FILLER, key=len, reverse=True)) + r")\.)",
    re.IGNORECASE,
)



@dataclass
class Expanded:
    text: str
    fixes: list[tuple[str, str]] = field(default_factory=list)
    alternatives: dict[str, list[str]] = field(default_factory=dict)  # completion → other completions


def _with_prefix(words: list[str], prefix: str) -> list[str]:
    out = []
    for w in words[bisect_left(words, prefix) :]:
        if not w.startswith(prefix):
            break
        if len(w) > len(prefix) and "-" not in w[len(prefix) :]:
            out.append(w)
    return out


def with_prefix(words: list[str], prefix: str) -> list[str]:
    """The sorted index `words` that begin with `prefix` and go on (no hyphen after it)."""
    return _with_prefix(words, prefix)


def likeliest_completions(candidates: list[str], vocabulary: Collection[str] | Mapping[str, int]) -> list[str]:
    """`candidates` by word family, the family most items hold first (see `_likeliest`)."""
    return _likeliest(candidates, vocabulary)


def _count(vocabulary: Collection[str] | Mapping[str, int], word: str) -> int:
    return vocabulary.get(word, 1) if isinstance(vocabulary, Mapping) else 1


def _likeliest(candidates: list[str], vocabulary: Collection[str] | Mapping[str, int]) -> list[str]:
    """`candidates` grouped by their index term, the groups most items have first; each
    group's commonest surface word."""
    groups: dict[str, list[str]] = {}
    for w in candidates:
        stems = word_stems(w)
        key = min(stems, key=len) if stems else w
        groups.setdefault(key, []).append(w)
    ranked = sorted(groups.values(), key=lambda g: -sum(_count(vocabulary, w) for w in g))
    return [max(g, key=lambda w: _count(vocabulary, w)) for g in ranked]


def _compound(
    head: str, tail: str, cut: bool, words: list[str], vocabulary: Collection[str] | Mapping[str, int]
) -> list[str]:
    """Index words that begin with `head` and go on with `tail` (a word, or its start when
    `cut`): "udv" + "bidraget" → "udviklingsbidraget"."""
    stems = [tail] if cut else sorted(word_stems(tail), key=len)[:1] or [tail]
    found = []
    for w in _with_prefix(words, head):
        rest = w[len(head) :]
        at = rest.find(stems[0])
        if at > 0 and (cut or rest.endswith(tail) or len(rest) - at - len(tail) <= 3):
            found.append(w)
    return _likeliest(found, vocabulary)


def _one_family(word: str, completions: list[str], vocabulary: Collection[str] | Mapping[str, int]) -> bool:
    """Are `completions` (the likeliest first) one word family: do the words that share the
    likeliest one's first len(word) + 2 letters hold BARE_FAMILY_SHARE of their items?"""
    stem = completions[0][: len(word) + 2]
    total = sum(_count(vocabulary, w) for w in completions)
    family = sum(_count(vocabulary, w) for w in completions if w.startswith(stem))
    return family >= BARE_FAMILY_SHARE * total


# Endings that make another form of the same word ("lukke" → "lukkede", "tilpasse" → "tilpasset").
_INFLECTIONS = frozenset("e er es et t te ede de ende en ene erne ne n r s".split())


def _whole_word(word: str, completions: list[str], vocabulary: Collection[str] | Mapping[str, int]) -> bool:
    """Is `word` a whole word, not a cut one: an inflection of a completion ("lukke": "lukkede",
    left to the inflections the question reader tries), or the head of a compound whose rest
    the index holds ("total": "totalberedskab", "civil": "civilsamfund")?"""
    if clipped_at_double(word):  # "komm": the stem of "kommer", yet no word form of its own
        return False
    stems = set(word_stems(word))
    if any(stems & set(word_stems(c)) or c[len(word) :] in _INFLECTIONS for c in completions):
        return True
    rest = completions[0][len(word) :]
    return any(len(r) >= MIN_PREFIX and r in vocabulary for r in (rest, rest[1:] if rest[:1] in "se" else ""))


def expand_abbreviations(
    text: str,
    vocabulary: Collection[str] | Mapping[str, int],
    is_word: Callable[[str], bool] | None = None,
    ends_sentence: Callable[[str], bool] | None = None,
) -> Expanded:
    """`text` with its cut words written out from the index's vocabulary (see the module).
    `is_word`: is a lower-case word a word of its own (a stop word, an English word)? Only
    then is a bare word read as cut (without it, no bare word is). `ends_sentence`: is a word
    whole where its period ends a sentence ("… closer to work. Which …": English "work", no cut
    "workshop")?"""
    out = Expanded(_PLURAL_PKT.sub(lambda m: m[1] + " punkter" if m[1] else m[2] + "punkter", _FILLER.sub(" ", text)))
    if not vocabulary:
        return out
    words = sorted_words(vocabulary)
    if is_word is not None:
        # "komm dir": one compound clipped part by part (index/question/clipped_pairs.py)
        out.text, pair_fixes, pair_others = join_clipped_pairs(
            out.text, words, vocabulary, lambda w: _is_cut(w, vocabulary, is_word), _compound
        )
        out.fixes.extend(pair_fixes)
        for best, more in pair_others.items():
            out.alternatives.setdefault(best, []).extend(more)
        out.text = _BARE.sub(lambda m: _bare(m, words, vocabulary, is_word, out), out.text)
    if not _CUT.search(out.text) and not _CLIPPED.search(out.text):
        return out

    def known(w: str) -> bool:
        return w in vocabulary or w in ABBREVIATIONS

    def complete(word: str) -> list[str]:
        if word in STANDARD:
            return [STANDARD[word], *([word] if word in vocabulary else [])]
        if known(word) or len(word) < MIN_PREFIX:
            return []
        return _likeliest(_with_prefix(words, word), vocabulary)

    def replace(m: re.Match[str]) -> str:
        raw = m.group()
        head, tail = m["head"].lower(), (m["tail"] or "").lower()
        if not tail and ends_sentence is not None and _SENTENCE_END.match(m.string, m.end()) and ends_sentence(head):
            return raw
        if tail and not known(head):
            glued = _compound(head, tail, bool(m["dot"]), words, vocabulary)
            if glued:
                return _take(raw, glued)
        if tail and known(head):
            return raw
        first = complete(head) or [m["head"]]
        second = (complete(tail) if m["dot"] else []) or ([m["tail"]] if tail else [])
        if first == [m["head"]] and second[:1] == ([m["tail"]] if tail else []):
            return raw
        written = _take(m["head"] + ".", first) if first != [m["head"]] else m["head"]
        if tail:
            written += " " + (_take(m["tail"] + ".", second) if second != [m["tail"]] else m["tail"])
        return written

    def _take(raw: str, completions: list[str]) -> str:
        best = completions[0]
        out.fixes.append((raw.lower(), best))
        others = [c for c in completions[1 : 1 + MAX_ALTERNATIVES] if c != best]
        if others:
            out.alternatives.setdefault(best, []).extend(others)
        return best

    def unclip(m: re.Match[str]) -> str:
        """"pæd-uddannelsen" → "pædagoguddannelsen"; with no such compound, the head written out
        and the word kept ("pæd-studiepladser" → "pædagog studiepladser")."""
        raw, head, tail = m.group(), m["head"].lower(), m["tail"].lower()
        if raw.lower() in vocabulary or known(head) or not (m["dot"] or tail in vocabulary):
            return raw
        glued = _compound(head, tail, bool(m["dot"]), words, vocabulary)
        if glued:
            return _take(raw, glued)
        first = complete(head)
        if not first:
            return raw
        return _take(m["head"] + "-", first) + " " + (m["tail"] + "." if m["dot"] else m["tail"])

    out.text = _CUT.sub(replace, _CLIPPED.sub(unclip, out.text))
    return out


def _is_cut(word: str, vocabulary: Collection[str] | Mapping[str, int], is_word: Callable[[str], bool]) -> bool:
    """Could a bare lower-case word be cut: no index word, no word of its own, no month?"""
    return word not in vocabulary and word not in MONTHS and word not in STANDARD and not is_word(word)


def _bare(
    m: re.Match[str],
    words: list[str],
    vocabulary: Collection[str] | Mapping[str, int],
    is_word: Callable[[str], bool],
    out: Expanded,
) -> str:
    """A bare word cut without its period ("dim", "medl") → its likeliest completion, the next
    ones in part; any other word as written."""
    raw = m.group()
    word = raw.lower()
    if word in STANDARD and word not in vocabulary:  # "hvilke pkt er på": the asking word
        out.fixes.append((word, STANDARD[word]))
        return STANDARD[word]
    if raw.isupper() or word in vocabulary or word in MONTHS or is_word(word):
        return raw
    after = _NEXT_WORD.match(m.string, m.end())
    if after and any(j in vocabulary for j in (word + after[1].lower(), f"{word}-{after[1].lower()}")):
        return raw  # a compound written apart ("udviklings bidrag"), joined by the question reader
    completions = _likeliest(_with_prefix(words, word), vocabulary)
    if not completions or not _one_family(word, completions, vocabulary) or _whole_word(word, completions, vocabulary):
        return raw
    best = completions[0]
    out.fixes.append((word, best))
    family = best[: len(word) + 2]  # "komm" → "kommunerne", "kommunale"; not the other family's "kommende"
    others = [c for c in completions if c != best and c.startswith(family)][:MAX_ALTERNATIVES]
    if others:
        out.alternatives.setdefault(best, []).extend(others)
    return best
