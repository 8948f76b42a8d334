"""Verbs and idioms that frame what is asked and name no thing an item could hold (round 19, REFUSED19).

Why: the question reader keeps every word that is no stop or asking word, and a Danish word the
index never saw weighs as the rarest of the question. A verb or idiom that only frames the asking
then outweighs the thing asked, and the gate refuses the right item, first and kept: "hvor mange
pladser foreslår vi at pæd-udd. 24/25 skal have" ("foreslår": the documents write "foreslås"),
"hvornår skal de nye it-serviceorganisationer senest være oppe at køre?" ("oppe", "køre": no
document says it so), "hvad kom der ud af snakken om uddannelsesudvalget" ("snakken"). The English
twins are read so already: "put forward", "in place" name nothing (lexicon, glossary), "propose" is
only a weak related word.

Three kinds, each the asking's own words, dropped as the parser drops "tage stilling til" or "i kraft"
(lexicon's spans):
- proposing: "foreslå" in any form, "lægge op til", "lægge frem (for)": what is proposed is asked,
  the item's proposal ("Indstilling", "foreslås") answers it; the noun "forslag" stays a word;
- being in operation: "oppe at køre", "op at køre", "up and running", "på plads" (as English "in place" is
  read already): a date or state of the thing named;
- talking, in everyday words: "snak", "snakken", "snakke(r/de/t/s)": as "drøfte" and its forms are
  asking words (lexicon's fillers).
A cause or a purpose asked in other words than "why" ("what drove that", "hvad ligger der bag", "hvad
skal X gøre godt for") is dropped with them; index.question.why_words reads it (round 23, WHY23).
"""

from __future__ import annotations

from index.lazy_patterns import lazy
from index.question.why_words import why_word_spans

__all__ = ["asking_idiom_spans"]

_IDIOMS = lazy(
    # presenting
    r"\bl(?:ægge[rs]?|agt|agde)\s+frem\b"  # "lagt frem for KKR"
    # being in operation
    r"|\b(?:oppe|op)\s+at\s+køre\b|\bup\s+and\s+running\b"
    r"|\bpå\s+plads\b"
    # talking
    r"|\bsnak(?:ken|ke[rst]?|kede)?\b"
)


def asking_idiom_spans(text: str) -> list[tuple[int, int]]:
    """Spans of words in `text` (lowercase) that frame the asking with a verb or idiom of proposing,
    being in operation or talking (the module doc), or asking a cause or a purpose in other words
    than "why" ("what drove that", "hvad ligger der bag": why_words.py)."""
    return [m.span() for m in _IDIOMS.finditer(text)] + why_word_spans(text)
