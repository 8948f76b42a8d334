"""Council names in the forms people write them, mapped to the canonical names in model.COUNCILS.

"KKR Midt", "Region Midtjylland", "Central Jutland", "midtjyske" and "Midtjyland" (a typo)
all mean "KKR Midtjylland". Matching works on lowercase words so the question parser can
remove a council mention from the words it searches for.
"""

from __future__ import annotations

from typing import Callable, Sequence

from rapidfuzz import fuzz, process, utils

from index.question.typos import transposed

from index.model import COUNCILS

__all__ = ["COUNCIL_ALIASES", "SHORT_FORMS", "canonical_council", "match_council"]

_H, _SJ, _SD, _M, _N = COUNCILS

# Lowercase phrases; the Danish genitive ("Midtjyllands") is added in code.
COUNCIL_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        [
            "kkr hovedstaden", "hovedstaden", "region hovedstaden", "hovedstadsregionen",
            "hovedstadsområdet", "capital region", "capital region of denmark",
            "the capital region", "kkr capital", "kkr capital region", "greater copenhagen",
            "copenhagen region", "copenhagen area", "storkøbenhavn", "region of the capital",
            "capital region denmark", "danish capital region",
        ],
        _H,
    ),
    **dict.fromkeys(
        [
            "kkr sjælland", "sjælland", "sjaelland", "region sjælland", "region sjaelland",
            "sjællandske", "sjællandsk", "zealand", "region zealand", "kkr zealand",
            "zealand region", "region of zealand",
        ],
        _SJ,
    ),
    **dict.fromkeys(
        [
            "kkr syddanmark", "syddanmark", "region syddanmark", "syddanske", "syddansk",
            "kkr syd", "region syd", "southern denmark", "south denmark",
            "region of southern denmark", "kkr southern denmark", "kkr south",
            "south denmark region", "southern denmark region", "region south denmark",
            "region southern denmark",
        ],
        _SD,
    ),
    **dict.fromkeys(
        [
            "kkr midtjylland", "midtjylland", "region midtjylland", "kkr midt", "region midt",
            "midtjyske", "midtjysk", "midtjyderne", "central jutland", "central denmark",
            "central denmark region", "region central jutland", "region central denmark",
            "mid jutland", "mid-jutland", "middle jutland", "midjutland", "kkr central",
            "kkr central jutland", "kkr central denmark", "central region",
            "central jutland region", "region of central jutland", "mid jutland region",
        ],
        _M,
    ),
    **dict.fromkeys(
        [
            "kkr nordjylland", "nordjylland", "region nordjylland", "kkr nord", "region nord",
            "nordjyske", "nordjysk", "nordjyder", "nordjyderne", "north jutland",
            "northern jutland", "north denmark", "north denmark region",
            "region north jutland", "region north denmark", "kkr north", "kkr north jutland",
            "kkr north denmark", "northjutland", "north jutland region",
            "region of north jutland", "region of north denmark", "northern denmark",
        ],
        _N,
    ),
}

# Staff shorthand: the councils' initials ("KKR MJ", "MJ", "NJ-kommunerne"; "KKR H" only with
# "KKR") and their regions' ("RM", "RN"). "RS" (Sjælland or Syddanmark?) is left out. A short form
# names the council only where the index does not hold the word itself (`match_council`), so an
# acronym of the documents' own is never taken for a council.
SHORT_FORMS: dict[str, str] = {
    "mj": _M, "nj": _N, "sj": _SJ, "sd": _SD, "hs": _H,
    "rm": _M, "rn": _N, "rh": _H, "rsj": _SJ, "rsd": _SD,
}  # fmt: skip
_KKR_ONLY = {"h": _H}  # a one-letter form only after "KKR"

_PHRASES: dict[tuple[str, ...], str] = {tuple(a.split()): c for a, c in COUNCIL_ALIASES.items()}
for _short, _council in SHORT_FORMS.items():
    _PHRASES[(_short,)] = _council
    if not _short.startswith("r"):
        _PHRASES[("kkr", _short)] = _council
for _short, _council in _KKR_ONLY.items():
    _PHRASES[("kkr", _short)] = _council
_SHORT_WORDS = frozenset(SHORT_FORMS) | frozenset(_KKR_ONLY)
for _canon in COUNCILS:
    _PHRASES[tuple(_canon.lower().split())] = _canon
for _words, _council in list(_PHRASES.items()):
    if not _words[-1].endswith("s"):  # the Danish genitive: "KKR Midtjyllands møde"
        _PHRASES.setdefault(_words[:-1] + (_words[-1] + "s",), _council)
_LONGEST = max(len(k) for k in _PHRASES)

# The region names a typo may be corrected to ("midtjyland" → "midtjylland"); shorter
# forms ("nordjysk") sit too close to ordinary words ("nordisk") to guess at.
_FUZZY_TARGETS = ("hovedstaden", "sjælland", "syddanmark", "midtjylland", "nordjylland")


_NAME_WORDS = frozenset(w for k in _PHRASES for w in k if len(w) >= 6 and w.isalpha())


def _fix_word(word: str) -> str | None:
    """The region name `word` is a typo of, or None (words of 7+ letters, score >= 87; or
    any council word with two neighbouring letters swapped: "norjdyske")."""
    swapped = transposed(word.lower(), _NAME_WORDS)
    if swapped is not None:
        return swapped
    if len(word) < 7:
        return None
    found = process.extractOne(
        word, _FUZZY_TARGETS, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=87
    )
    return found[0] if found else None


def match_council(
    words: Sequence[str],
    start: int,
    *,
    is_known_word: Callable[[str], bool] = lambda w: False,
) -> tuple[str, int, tuple[tuple[str, str], ...]] | None:
    """The council named by the longest alias starting at `words[start]`.

    Returns (canonical name, words used, typo corrections made) or None. `words` are
    lowercase. A word for which `is_known_word` is true (a real word of the index's
    vocabulary) is never taken for a typo.
    """
    fixed: list[str] = []
    corrections: list[tuple[str, str]] = []
    for w in words[start : start + _LONGEST]:
        w = w.removesuffix("'s").removesuffix("’s")
        fix = None
        if (w,) not in _PHRASES and w.rstrip("s") not in COUNCIL_ALIASES and not is_known_word(w):
            fix = _fix_word(w)
        if fix is not None:
            corrections.append((w, fix))
        fixed.append(fix or w)
    for n in range(len(fixed), 0, -1):
        council = _PHRASES.get(tuple(fixed[:n]))
        if council is not None and any(w in _SHORT_WORDS and is_known_word(w) for w in fixed[:n]):
            continue  # the documents' own word, not a council's initials
        if council is not None:
            used = tuple(c for c in corrections if c[0] in words[start : start + n])
            return council, n, used
    return None


def canonical_council(name: str) -> str | None:
    """The canonical council for a whole name ("KKR Nord" → "KKR Nordjylland"), else None."""
    words = name.lower().split()
    found = match_council(words, 0) if words else None
    return found[0] if found and found[1] == len(words) else None


def council_named(name: str) -> str | None:
    """A council named on its own, with or without "KKR" ("Midtjylland", "Nord", "KKR Sjælland"),
    as people type it after `/kkr next`, `--council` or `kkrbot next`; else None."""
    name = name.strip()
    return (canonical_council(name) or canonical_council(f"KKR {name}")) if name else None
