"""Does the item give the figure asked for? A question may ask for a thing of a kind
the nearest item does not give, while the item is on the same topic: "hvor mange studiepladser
… for 2026/2027" of an item on SOSU apprenticeships (other places, other figures), "what salary
does Socialtilsyn Nord pay" of its budget, "takst pr. plejefamilie" of an item that names
"plejefamilieområdet" and "takster" but no fee per family. Coverage and cohesion read the
question's words, not what the asking words govern, so such an item answered.

What is asked for is the phrase the asking words govern ("hvor mange <X>", "hvad er <X>",
"how much <X>", "what <X>"): its last word the index knows is the head (Danish and
English noun phrases end in their head: "ledige stillinger", "hourly wage"). The item gives it
when one of its passages (with its neighbours in one sub-section; a table row with its header;
the title counting everywhere) holds the head and a number of the asked unit: an amount, a
count or a share, as the question asks (`number_unit`). The head is met as the
question's word or another rendering of it, as the tail of a document's compound ("elevløn"
for "løn", "døgntakst" for "takst"), or by its own tail ("pladser" in a table header)
where the item has the head whole elsewhere. A unit asked ("pr. døgn", "per month") must be in
that passage too: as a word, a unit of time beginning a word ("årligt"), or in a compound with
the head or, for a price, a word for a price ("døgntakst"). A head that names an
amount of money ("løn", "takst", "budget") makes a figure question whatever the asking words
("what salary …", "what is the hourly wage"), and only an amount in kroner answers it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from index.lazy_patterns import lazy
from index.analysis import WORD, analyze, word_stems
from index.model import AgendaItem, Passage
from index.question.answer_type import asks_yes_no, number_unit
from index.question.for_whom import TARGET_WORDS, asks_for_whom
from index.question.glossary import load_glossary
from index.question.lexicon import ENGLISH_ONLY_STOP, STOP_WORDS
from index.question.parse import ParsedQuestion
from index.question.per_person import per_inhabitant
from index.question.places import place_of
from index.question.sentences import question_sentences
from index.search.change_asked import asks_how_far_apart
from index.search.rank import Concept, Ranked
from index.search.seats import seats_as_members
from index.search.unknown_words import unreadable
from index.search.values import numbers_in

__all__ = ["asked_head", "counted_stems", "counts", "item_text", "listed_stems", "names", "missing_figure", "neighbours", "question_sentences", "stems_of_text"]

FIGURE_TYPES = ("number",)  # a date question asks when a thing happens: its head is a verb as often as not
PHRASE_WORDS = 3  # words of the phrase the asking words govern
TAIL_MIN = 4  # letters of a head's tail that stand for it ("plad" of "studieplad")
COMPOUND_REST = 3  # letters a document's compound has before the head it ends in ("elev" + "løn")
NEIGHBOURS = 1  # sentences either side of a passage read with it

# The asking words of a figure, and where the phrase they govern begins.
_ASKING = lazy(
    r"\b(?:hvor\s+(?:mange|meget|stor[te]?|høj[te]?|lang[t]?)|how\s+(?:many|much|large|big|high|long)"
    r"|hvad\s+(?:er|var|bliver|blev|koster|kostede)|what\s+(?:is|was|are|were|will\s+be)|what)\b",
    re.IGNORECASE,
)
# Nouns that name an amount of money ("resultat" is as often an outcome): asked for ("what is the hourly
# wage"), they make a figure question whatever the asking words, and only an amount answers; so does a
# scale of money asked ("how many millions do they pay", "hvor mange mio.": round 19, OTHERDOC19).
_MONEY_NOUNS = tuple(analyze("løn takst pris budget omsætning udgift indtægt overskud underskud tilskud bidrag mio mia million milliard"))
_POSSESSIVE = lazy(r"['’]s\b")
_AUXILIARIES = frozenset(("har", "havde", "er", "var", "blev", "bliver", "skal", "vil", "kan", "have", "has", "had", "were",
                          "was", "are", "is", "will", "would", "do", "does", "did"))  # fmt: skip
_PARTICIPLE = lazy(r"(?:[^aeiouyæøå]t|et|ed)$")  # "tilmeldt", "indskrevet", "enrolled"
# A unit written in a compound with a word for a price answers a price asked per it ("døgntakst").
_PRICE_WORDS = ("takst", "pris", "udgift", "omkostning", "beløb", "betaling", "løn", "bidrag")
# Units of time, Danish stems and the English words for them (a unit is read, not searched for):
# a figure per one is also written "årligt", "månedlig", "døgntakst".
_TIME_UNITS = {"year": "år", "month": "måned", "week": "uge", "day": "døgn", "night": "døgn", "hour": "tim"}
_UNIT = lazy(r"\b(?:pr\.?|per)\s+([^\W\d_][\w-]*)", re.IGNORECASE)
# A price or rate asked for a category ("taksten for plejefamilier", "the rate for a foster family") is
# a price per that unit: an item naming the category only in another compound gives none.
_PRICED_FOR = lazy(
    r"\b(?:takst(?:er|en|erne)?|pris(?:en)?|gebyr(?:et)?|rate|fee|price|tariff)\s+(?:for|til)\s+(?:(?:en|et|a|an|the)\s+)?([^\W\d_][\w-]*)",
    re.IGNORECASE,
)
_WHICH = lazy(r"\b(?:hvilke[nt]?|which|what)\b", re.IGNORECASE)
_KINDS_OF = lazy(r"^\s*(?:kinds?|types?|sorts?)\s+of\s+|^\s*(?:slags|typer|former)\s+(?:af\s+)?", re.IGNORECASE)
_OF_THEM = lazy(r"\b(hvor\s+mange|how\s+many)\s+(?:af\s+(?:de|dem)|of\s+(?:the|them))\s+", re.IGNORECASE)
_HOW_MANY_DA = lazy(r"\bhvor\s+mange\b", re.IGNORECASE)
_NOUN_PLURAL = lazy(r"(?:inge|(?<!ig)ere)$")  # the plurals of "flygtning", "borger" (not "tidligere")
_ARTICLES = frozenset(("en", "et", "den", "det", "de", "a", "an", "the"))
# Words that say a figure is whole, before what it is of: "the total budget", "det samlede budget"
_WHOLE = frozenset(("total", "samlede", "samlet", "overall", "combined", "annual", "årlige", "gross"))
# Words that name the value itself, not a thing of the item: "hvor mange penge", "what is the
# number of …", "what share of …" ask for the type; what follows names the topic.
_VALUE_WORDS = lazy(
    r"^(?:antal\w*|tal(?:let|lene)?|beløb\w*|penge|summ?\w*|andel\w*|procent\w*|pct|number|amount|money|sum|figure|total"
    r"|share|percentage|proportion|kroner?|kr|dkk|euros?|mio|mia|millioner|milliarder)$"
)


def _stop(word: str) -> bool:
    return word in STOP_WORDS or word in ENGLISH_ONLY_STOP or word in _ARTICLES


def _asking_sentence(text: str) -> str:
    """The sentence that asks: the last one holding asking words (a journalist's background
    comes first: "… share out new refugees among themselves. How many refugees …?")."""
    parts = question_sentences(text)
    if parts and parts[-1].rstrip().endswith("?") and not _ASKING.search(parts[-1]):
        return parts[-1]  # the question asks otherwise ("How did X compare with Y?"): the background's words ask nothing
    return next((p for p in reversed(parts) if _ASKING.search(p)), text)


def _named_owner(between: str) -> bool:
    """Are the words between the asking words and a possessive its owner, a named thing ("what was
    <Erhvervshus Midtjylland>'s total budget", "what was <cdeu>'s budget"): one word, or every word
    capitalised? Not a clause ("how many <municipalities answered> KL's survey": the thing counted,
    then its verb, the possessive's owner being another)."""
    words = [w for w in WORD.findall(between) if w.lower() not in _ARTICLES]
    return len(words) <= 1 or all(w[:1].isupper() for w in words)


def _phrase(text: str) -> list[str]:
    """The words the asking words govern, right after them ("hvor mange <ledige stillinger>",
    "hvad koster <en plads>", "how much <overskud>"), an article skipped: up to PHRASE_WORDS
    words before the next stop word or punctuation. After an auxiliary verb only a participle
    is what is counted ("hvor mange havde <tilmeldt> sig"); another word there is a clause's
    subject ("hvor meget skal kommunerne betale"): nothing to read."""
    m = _ASKING.search(text)
    if not m:
        return []
    owner = _POSSESSIVE.search(text, m.end())
    between = [w.lower() for w in WORD.findall(text[m.end() : owner.start()])] if owner else []
    if owner and not re.search(r"[,.;:?!()]", text[m.end() : owner.start()]) and not any(
        _stop(w) and w not in _ARTICLES for w in between
    ) and _named_owner(text[m.end() : owner.start()]):
        # "what was Erhvervshus Midtjylland's total budget": the owner (a named thing, the item's
        # topic), then the thing asked for, which the phrase is
        text = text[: m.end()] + " " + text[owner.end() :]
    text = _POSSESSIVE.sub("", text)
    m = _ASKING.search(text)
    assert m is not None
    out: list[str] = []
    at = m.end()
    auxiliary = False
    for w in WORD.finditer(text, m.end()):
        word = w.group().lower()
        if re.search(r"[,.;:?!()]", text[at : w.start()]):
            break
        at = w.end()
        if not out and (word in _ARTICLES or word in _WHOLE):
            continue
        if not out and not auxiliary and word in _AUXILIARIES:
            auxiliary = True
            continue
        if auxiliary and not out and not _PARTICIPLE.search(word):
            return []
        if _stop(word) or word[0].isdigit():
            break
        out.append(word)
        if len(out) == PHRASE_WORDS or auxiliary:
            break
    return out


def _concept_of(word: str, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Concept | None:
    """The question's concept a word of its text became: itself, its typo fix, or (English)
    the glossary's first Danish term for it."""
    read = dict(parsed.corrections).get(word, word)
    candidates = {read}
    if parsed.language == "en":
        found = load_glossary().match([word], 0)
        if found:
            candidates |= set(found[0].terms)
    stems = {s for c in candidates for s in analyze(c)}
    for c in concepts:
        if not c.expansion and (c.word in candidates or (c.whole and c.whole in stems)):
            return c
    return None


def _head(concepts: Sequence[Concept], parsed: ParsedQuestion) -> Concept | None:
    """The head of what is asked for: the last word of the governed phrase that is a concept
    the index has (whole, or only in a compound it begins: "passagerer" in "passagertal"), not a
    place and not a named thing (those are `_missing_named`'s)."""
    named = set(parsed.named)
    sentence = _asking_sentence(parsed.text)
    phrase = _counted_noun(_phrase(sentence), sentence, parsed, concepts)
    if phrase and _VALUE_WORDS.match(phrase[0]):
        return None  # what follows a value word is the clause's verb ("hvor mange penge <forventes> …")
    for word in reversed(phrase):
        c = _concept_of(word, concepts, parsed)
        if c is None:
            continue
        if (c.df == 0 and not c.alternatives) or not c.whole or c.word in named or place_of(c.word) is not None:
            return None
        return c
    return None


def asked_head(concepts: Sequence[Concept], parsed: ParsedQuestion) -> Concept | None:
    """The head of what the question asks for, when it can be read (`_head`)."""
    return _head(concepts, parsed)


def _counted_noun(phrase: list[str], sentence: str, parsed: ParsedQuestion, concepts: Sequence[Concept]) -> list[str]:
    """A Danish "hvor mange" phrase up to its first noun: the words before it that end in -e are
    its adjectives or participles ("særlige psykiatriske <pladser>", "udpegede <medlemmer>"), and
    what follows it is the clause's verb ("hvor mange <medlemmer> udpeger KKR", "hvor mange
    <kommuner> deltog"): the noun is what is counted. A plural in -inge or -ere ("flygtninge",
    "borgere") is that noun when the word after it is one no item has (the verb in a form the
    documents never write: "hvor mange <flygtninge> regner styrelsen med")."""
    if parsed.language != "da" or not _HOW_MANY_DA.search(sentence):
        return phrase
    for i, word in enumerate(phrase):
        if not word.endswith("e"):
            return phrase[: i + 1]
        if _NOUN_PLURAL.search(word) and i + 1 < len(phrase) and _unseen(phrase[i + 1], concepts, parsed):
            return phrase[: i + 1]
    return phrase


def _unseen(word: str, concepts: Sequence[Concept], parsed: ParsedQuestion) -> bool:
    """Is `word` of the question one no item has, whole, as its parts or another rendering?"""
    c = _concept_of(word, concepts, parsed)
    return c is not None and c.df == 0 and not c.split and not c.alternatives


def _unseen_head(concepts: Sequence[Concept], parsed: ParsedQuestion) -> Concept | None:
    """The head of what is asked for when it is a Danish word the index has in no item, whole or as
    its parts ("hvor mange <buslinjer> blev nedlagt"): no item can give a figure of it. Not an
    English word (one the glossary lacks may be put in Danish otherwise), a place or a named thing."""
    if parsed.language != "da":
        return None
    named = set(parsed.named)
    sentence = _asking_sentence(parsed.text)
    phrase = _counted_noun(_phrase(sentence), sentence, parsed, concepts)
    if not phrase or _VALUE_WORDS.match(phrase[0]):
        return None
    for word in reversed(phrase):
        c = _concept_of(word, concepts, parsed)
        if c is None:
            continue
        unseen = c.df == 0 and not c.split and not c.alternatives and word not in parsed.corrections
        return c if unseen and c.word not in named and place_of(c.word) is None else None
    return None


def _unread_counted(concepts: Sequence[Concept], parsed: ParsedQuestion) -> str | None:
    """The thing an English count asks for when every word of it is one nobody could read
    (unknown_words.unreadable: "how many <sick days> did the trainees take"): no item gives a
    number of it. None when a word of it is read, or for a Danish question (`_unseen_head`)."""
    if parsed.language != "en":
        return None
    phrase = _phrase(_asking_sentence(parsed.text))
    read = [_concept_of(w, concepts, parsed) for w in phrase]
    if not phrase or any(c is None or not unreadable(c, parsed) for c in read):
        return None
    return " ".join(phrase)


def counted_stems(concepts: Sequence[Concept], parsed: ParsedQuestion) -> tuple[str, ...]:
    """What a count question counts, as index terms: the head of the phrase "hvor mange" /
    "how many" govern ("hvor mange <kommuner> deltog", "how many <citizens> have been staying
    …" → "borg"), with its other renderings; () for any other question. A count often sits in a
    sentence whose other words are not the question's ("… har været 12 borgere indskrevet på
    samme tid"): the number counting the head is the answer."""
    sentence = _asking_sentence(parsed.text)
    if parsed.answer_type not in ("number", "compare") or number_unit(sentence) != "count":
        return ()
    of_them = _OF_THEM.sub(r"\1 ", sentence)  # "hvor mange af de særlige pladser": the places
    phrase = _phrase(of_them)
    if phrase and _VALUE_WORDS.match(phrase[0]):
        return ()
    named = set(parsed.named)
    found: list[str] = []
    for word in phrase:  # "hvor mange <politiske sundhedsklynger> kørte": each word the index has
        found += _index_terms(word, concepts, parsed, named)
    if found:
        return tuple(dict.fromkeys(found))
    for n in (2, 1) if parsed.language == "en" else ():  # "political health clusters": the glossary's "health cluster"
        found = load_glossary().match(phrase[-n:], 0) if len(phrase) >= n else None
        if found and found[1] == n and found[0].terms:
            return _first_stems(found[0].terms)
    return ()


def listed_stems(concepts: Sequence[Concept], parsed: ParsedQuestion) -> tuple[str, ...]:
    """What a list question asks to be listed, as index terms: the words "hvilke" / "which" /
    "what" govern ("which target groups do they want …" → "målgrup"); () for any other question.
    A list led in by "… følgende målgrupper:" names them, however common the word."""
    if asks_for_whom(parsed.text):  # "who are the places meant for": the target groups, whatever its type (for_whom.py)
        return tuple(sorted(stems_of_text(TARGET_WORDS)))
    if parsed.answer_type != "list":
        return ()
    sentence = next((p for p in reversed(question_sentences(parsed.text)) if _WHICH.search(p)), "")
    m = _WHICH.search(sentence)
    rest = _KINDS_OF.sub("", sentence[m.end():], count=1) if m else ""  # "which kinds of residents": the residents
    return _governed(_phrase(f"what {rest}") if m else [], concepts, parsed)


def _governed(phrase: list[str], concepts: Sequence[Concept], parsed: ParsedQuestion) -> tuple[str, ...]:
    """The index terms of a governed phrase's words: in English its head, the last word the
    glossary or the index knows (a two-word key first: "health clusters"; "target groups": the
    groups, "målgrupper" among the Danish words for them); in Danish each word the index has."""
    if not phrase or _VALUE_WORDS.match(phrase[0]):
        return ()
    glossary = load_glossary()
    named = set(parsed.named)

    def own(word: str) -> list[str]:
        return _index_terms(word, concepts, parsed, named)

    if parsed.language == "en":
        found = glossary.match(phrase[-2:], 0) if len(phrase) >= 2 else None
        if found and found[1] == 2 and found[0].terms:
            return _first_stems(found[0].terms)
        for word in reversed(phrase):
            found = glossary.match([word], 0)
            words = (*found[0].terms, *found[0].related) if found else ()
            if words:
                return _first_stems(words)
            if own(word):
                return tuple(dict.fromkeys(own(word)))
        return ()
    return tuple(dict.fromkeys(st for word in phrase for st in own(word)))


def _first_stems(words: Sequence[str]) -> tuple[str, ...]:
    """The index term each of a glossary entry's Danish words opens with, once each, in order."""
    return tuple(dict.fromkeys(st for t in words for st in analyze(t)[:1]))


def _index_terms(word: str, concepts: Sequence[Concept], parsed: ParsedQuestion, named: set[str]) -> list[str]:
    """A governed word's index terms with its other renderings; none for a word the index lacks,
    a name the question names, or a place."""
    c = _concept_of(word, concepts, parsed)
    if c is None or not c.df or not c.whole or c.word in named or place_of(c.word) is not None:
        return []
    c = _renderings(c, parsed.language)
    return [c.whole, *(whole for whole, _ in c.alternatives if whole)]


def names(text: str, stems: Sequence[str]) -> bool:
    """Does a text name one of `stems`: the word, a compound ending in it, or its own tail?"""
    for s in (s for w in WORD.findall(text) for s in word_stems(w.lower())):
        for h in stems:
            if s == h or (len(s) >= len(h) + COMPOUND_REST and s.endswith(h)) or (len(s) >= TAIL_MIN and h.endswith(s)):
                return True
    return False


def counts(value: str, counted: Sequence[str]) -> bool:
    """Does a number count the head asked for: a word after its figure is the head, a compound
    ending in it, or its own tail ("fire politiske klynger" for "sundhedsklynger")?"""
    return bool(counted) and names(" ".join(WORD.findall(value)[1:]), counted)  # the figure first, then what it counts


def _unit(concepts: Sequence[Concept], parsed: ParsedQuestion) -> tuple[tuple[str, ...], str] | None:
    """The unit a figure is asked per ("pr. plejefamilie", "per foster family"): its stems (an
    English one's Danish words, not their compounds: "plejefamilie", not "plejefamilieområdet")
    and the question's words, when the index can read it (an English word the glossary lacks
    cannot be judged)."""
    sentence = per_inhabitant(_asking_sentence(parsed.text))  # "pr. borger": the documents' "pr. indbygger" (per_person.py)
    m = _UNIT.search(sentence) or _PRICED_FOR.search(sentence)
    if not m:
        return None
    word = m.group(1).lower()
    if parsed.language == "en" and word.rstrip("s") in _TIME_UNITS:
        return (_TIME_UNITS[word.rstrip("s")],), word
    if parsed.language == "en":
        words = [w.group().lower() for w in WORD.finditer(sentence, m.start(1))][:PHRASE_WORDS]
        # the glossary's phrase with "per" first ("per citizen": "indbygger", as rates per person are written)
        found = load_glossary().match(["per", *words][:PHRASE_WORDS], 0) or load_glossary().match(words, 0)
        if found is None:
            return None
        entry, n = found
        stems = [st for t in (*entry.terms, *entry.related) for st in analyze(t)[:1]]
        own = tuple(st for st in stems if not any(st != o and st.startswith(o) for o in stems))
        return (own, " ".join(words[:n])) if own else None
    c = _concept_of(word, concepts, parsed)
    if c is not None and c.whole:
        return (c.whole,), word
    if word in parsed.unknown:
        return None
    stems = analyze(word)
    return ((stems[0],), word) if stems else None


def _renderings(head: Concept, language: str) -> Concept:
    """The head with the renderings that name the same thing: an English word's other Danish
    words ("place": "pladser", "studiepladser"), a Danish word's compounds ("studiepladsfordeling");
    not the glossary's related Danish words ("studiepladser": "dimensionering"), which name
    the topic, not the thing."""
    if language == "en":
        return head
    own = tuple((whole, parts) for whole, parts in head.alternatives if whole and whole.startswith(head.whole))
    return replace(head, alternatives=own)


def _meets(head: Concept, stems: frozenset[str], whole_in_item: bool) -> bool:
    """Is the head in these words: itself or another rendering, the tail of a compound, or
    (the item naming it whole elsewhere) its own tail?"""
    if head.credit(stems):
        return True
    h = head.whole
    for s in stems:
        if len(s) >= len(h) + COMPOUND_REST and s.endswith(h):
            return True
        if whole_in_item and len(s) >= TAIL_MIN and len(s) < len(h) and h.endswith(s):
            return True
    return False


def _per_unit(units: tuple[str, ...], head: Concept | None, stems: frozenset[str], money: bool) -> bool:
    """A unit as a word; a unit of time beginning a word ("årligt", "døgntakst"); or in a
    compound with the head ("plejefamilietakst"), or for a price with a word for a price; not
    in another compound ("plejefamilieområdet" gives no "takst pr. plejefamilie")."""
    priced = ((head.whole,) if head else ()) + (_PRICE_WORDS if money else ())
    for unit in units:
        if unit in stems or (unit in _TIME_UNITS.values() and any(s.startswith(unit) for s in stems)):
            return True
        if any(w in s for s in stems if unit in s for w in priced):
            return True
    return False


def item_text(item: AgendaItem, p: Passage) -> str:
    """A passage's words; a table row with its column labels and caption."""
    if p.kind == "row" and p.table is not None and p.table < len(item.tables) and p.row is not None:
        table = item.tables[p.table]
        labels = " ".join(table.column_label(c) for c in range(len(table.header)))
        return " ".join((" ".join(table.rows[p.row]), labels, table.caption))
    return p.text


def neighbours(passages: Sequence[Passage], i: int) -> list[Passage]:
    """The sentences read with sentence `i` (itself among them): up to NEIGHBOURS either side in
    its sub-section, where a value asked for may stand beside the words it is of. None for a list
    or a row: it stands alone."""
    p = passages[i]
    return [q for q in passages[max(0, i - NEIGHBOURS) : i + NEIGHBOURS + 1]
            if q.section_index == p.section_index and q.kind == "sentence" and p.kind == "sentence"]  # fmt: skip


@lru_cache(maxsize=4096)
def stems_of_text(text: str) -> frozenset[str]:
    """The index terms of a text (a passage, a title): the same for every question, so read once."""
    return frozenset(s for m in WORD.finditer(text) for s in word_stems(m.group().lower()))


_POINT = lazy(r"\d{1,2}\)")  # "1) hvilke dele …, 2) hvilke …": a numbered point inside a sentence


def _values(text: str, unit: str | None, question: str) -> bool:
    """Does `text` hold a number of the unit asked that the question does not itself write?
    (A numbered point, "1)", counts nothing.)"""
    asked = " ".join(question.lower().split())
    found = [v.text for v in numbers_in(text) if _of_unit(v.text, unit) and not _POINT.fullmatch(text[v.start : v.end + 1])]
    return any(" ".join(v.lower().split()) not in asked for v in found)


_MONEY = lazy(r"\bkr\b|kroner|mio\.|mia\.|million|milliard")
_SHARE = lazy(r"pct|procent|%")


def _of_unit(value: str, unit: str | None) -> bool:
    money, share = bool(_MONEY.search(value)), bool(_SHARE.search(value))
    return {"money": money, "share": share, "count": not money and not share}.get(unit or "", True)


def missing_figure(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> str | None:
    """What a figure question asks for ("studiepladser", "løn", "takst pr. plejefamilie") when
    the item never gives a number of the asked unit beside it; None when it does, or when what
    the question asks for cannot be read."""
    if parsed.answer_type not in FIGURE_TYPES + ("none",) or asks_yes_no(parsed.text):
        return None  # "ved man hvor mange …": that the item gives no figure may be the answer
    if not _ASKING.search(_asking_sentence(parsed.text)) or numbers_in(parsed.text):
        return None  # no asking words, or the question writes the figure ("115 kr. pr. indbygger"): a search
    if asks_how_far_apart(parsed):
        return None  # "hvor meget lavere er …": a change between two values, no thing counted (change_asked.py)
    head = _head(concepts, parsed)
    money = head is not None and head.whole.endswith(_MONEY_NOUNS)
    if parsed.answer_type not in FIGURE_TYPES and not money:
        return None
    per = _unit(concepts, parsed)
    if head is None and per is None and (unseen := _unseen_head(concepts, parsed)) is not None and not unseen.credit(r.stems):
        return unseen.word
    if head is None and per is None and (unread := _unread_counted(concepts, parsed)):
        return unread  # "how many <sick days> …": English words nobody could read are what is counted
    if head is None and per is None:
        return None
    unit = per[0] if per else None
    head = _renderings(head, parsed.language) if head else None
    kind_unit = "money" if money else number_unit(_asking_sentence(parsed.text))
    item = r.item
    title = stems_of_text(item.title)
    whole_in_item = bool(head and head.credit(r.stems))
    passages = item.passages
    for i, p in enumerate(passages):
        text = item_text(item, p)
        around = neighbours(passages, i)
        words = title | stems_of_text(text) | frozenset(s for q in around for s in stems_of_text(q.text))
        if head is not None and not _meets(head, words, whole_in_item) and not seats_as_members(head, words, concepts):
            continue  # (a seat on a body, counted as its members: seats.py)
        if unit is not None and not _per_unit(unit, head, words, kind_unit == "money"):
            continue
        if _values(text, kind_unit, parsed.text) or any(_values(q.text, kind_unit, parsed.text) for q in around):
            return None
    return " pr. ".join(filter(None, (head.word if head else "", per[1] if per else "")))
