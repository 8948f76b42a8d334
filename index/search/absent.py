"""A thing the question names that the item lacks: another body of the same kind (missing_named:
"Socialtilsyn Midt" of Socialtilsyn Nord's item), or one the index never saw (unseen_names).

A thing the question names that the index never saw: a body, programme or place the documents
do not name ("What did the Danish Red Cross say about the refugee quotas for 2027?", "… fået fra
Novo Nordisk Fonden?", "… the board of Aarhus Airport?"). The rest of the question's words pull up
the item on the topic (the refugee quotas), which answered, "Måske" or plainly; but what the
question is about is the body, and no item says anything of it.

A name is a word written with a capital letter inside a sentence, or an acronym
(`index.question.parse.named_words`), that no item has, whole or as its known parts, and that the
glossary does not put into Danish (a translated word is the documents' wording, not a name) nor a
typo fix turned into a word the index has. Not read: a word only of the question's background ("For
a piece on regional EU lobbying offices: …", it sets the scene), a code with digits ("L53", "DK2020":
the documents name a bill or programme by its title), and a lone name after "in"/"i" when the
question names a thing the index has: the seat of that body ("the EU office in Brussels"), not
another body; nor a Danish party ("Venstre-politiker", "Socialdemokratiets"): the documents write a
member's party as its letter after the name ("Jesper Greth (V)"), never its name.
"""

from __future__ import annotations

from collections.abc import Sequence

import re

from index.lazy_patterns import lazy
from index.model import Note
from index.question.parse import ParsedQuestion, named_words
from index.question.text import normalise
from index.question.places import place_of
from index.search.rank import Concept, Ranked
from index.search.attainment import attainment_lacking
from index.search.table_gap import nearest_table_year
from index.search.year_bound import nearest_year, other_years_thing
from index.search.year_written import years_unwritten

__all__ = ["as_written", "missing_named", "nothing_for", "unseen_names"]


def missing_named(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> list[str]:
    """The things the question names (ParsedQuestion.named: "Socialtilsyn Midt", "Aarhus",
    "PAU") that the item lacks though the index has them elsewhere: the item is about another
    body, place or programme of the same kind ("Socialtilsyn Nord", the region's total); and a
    municipality the index has nowhere. A clipping of a name the item's title writes is that name
    ("erhvervshus midt" of "Erhvervshus Midtjylland"). And a year asked of a year-bound thing the
    item gives for other years only (year_bound.py), or how such a thing of a year was met, of an item
    naming that year's thing only in passing (attainment.py)."""
    named = set(parsed.named)
    title = [w.lower() for w in re.findall(r"[A-ZÆØÅ][\wæøå]+", normalise(r.item.title))]  # its names
    missing = [c.word for c in concepts if c.word in named and not c.expansion and c.df > 0 and not c.credit(r.stems)
               and c.word not in parsed.background and not _clipped_in(c.word, title)]  # fmt: skip
    # A municipality the index never saw, asked about (not only the asker's background): no item gives
    # anything of it ("hvor mange studiepladser får Silkeborg" of a table of other campuses).
    missing += [c.word for c in concepts if not c.expansion and c.df == 0 and place_of(c.word) is not None
                and c.word not in parsed.background and c.word not in missing]  # fmt: skip
    # A year the question binds to an account, budget, rate or contract, whose item has the thing of
    # other years only ("årsregnskab for 2021" of the 2022 budget's item): year_bound.py (round 17).
    # How a yearly thing was met, of an item naming that year's thing only in passing (attainment.py, round 18).
    years = other_years_thing(r.item, parsed.text) or attainment_lacking(r.item, parsed.text, parsed.answer_type)
    # A figure's year the item writes only inside a day's date, or a school year it does not write (year_written.py, round 21).
    return missing + sorted(years or years_unwritten(r.item, parsed))


def nothing_for(names: Sequence[str], r: Ranked, parsed: ParsedQuestion) -> tuple[Note, ...]:
    """The notes of a refusal for `names` the item `r` lacks: "intet for 2023", and when a year is
    lacked of a yearly thing the item gives for another year, that year as the item writes it:
    "nærmeste er 2022" (issue 10 point 6; year_bound.nearest_year), or the year of its table laid out
    by year nearest the one asked ("intet for 2019", "nærmeste er 2021"; table_gap.nearest_table_year).
    One note each, so Slack, the terminal and `ask --json` say both from the same Answer."""
    notes: tuple[Note, ...] = (Note("note_nothing_for", {"what": ", ".join(names)}),)
    if any(name.isdigit() for name in names):
        # of a yearly thing the item names beside other years, else of its tables laid out by year
        near = nearest_year(r.item, parsed.text) or nearest_table_year(r.item, parsed.terms, parsed.years)
        notes += (Note("note_nearest_given", {"what": near}),) if near is not None else ()
    return notes


def _clipped_in(word: str, title: list[str]) -> bool:
    """Is `word` the clipped start of a name the item's title writes ("Erhvervshus Midt" for the
    title's "Erhvervshus Midtjylland")?"""
    return len(word) >= 4 and any(w.startswith(word) and w != word for w in title)


def unseen_names(concepts: Sequence[Concept], parsed: ParsedQuestion) -> list[str]:
    """The words naming a thing that the index has in no item (see the module docstring)."""
    text = normalise(parsed.text)
    named = named_words(text)
    corrected = {read for _, read in parsed.corrections}
    unseen = [
        c.word for c in concepts
        if not c.expansion and c.df == 0 and c.word in named and not c.split and not c.alternatives and not c.tails
        and c.word not in parsed.background and c.word not in corrected and not any(ch.isdigit() for ch in c.word)
        and not _party(c.word)
    ]  # fmt: skip
    known = any(c.word in named and c.df > 0 and not c.expansion for c in concepts) or bool(parsed.councils)
    return [w for w in unseen if not (known and _seat(text, w, named))]


# Danish parties by name: the documents write a member's party as its letter, "(V)", "(S)", "(Ø)".
_PARTIES = frozenset(
    "venstre socialdemokratiet socialdemokraterne socialdemokrat konservative enhedslisten sf radikale "
    "venstres socialdemokratiets enhedslistens moderaterne danmarksdemokraterne alternativet".split()
)


def _party(word: str) -> bool:
    """Is `word` a Danish party's name, or a compound of one ("venstre-politiker", "sf-borgmester")?"""
    return word in _PARTIES or word.split("-")[0] in _PARTIES


def _seat(text: str, word: str, named: set[str]) -> bool:
    """Is `word` a lone name after "in"/"i" ("the EU office in Brussels"), no other name beside it?"""
    for m in re.finditer(rf"\b(?:in|i)\s+({re.escape(word)})\b(?:\s+(\S+))?", text, re.IGNORECASE):
        after = (m.group(2) or "").strip(".,?!:;").lower()
        if after not in named:
            return True
    return False


_NAME_RUN = lazy(r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*")


def as_written(text: str, words: list[str]) -> list[str]:
    """The names holding `words` as the question writes them, with the capitalised words beside
    them ("Danish Red Cross", "Novo Nordisk Fonden", "Aarhus Airport"), for the note "intet for …"."""
    out: list[str] = []
    wanted = set(words)
    for m in _NAME_RUN.finditer(normalise(text)):
        run = m.group()
        if wanted & {w.lower().removesuffix("'s") for w in run.split()} and run not in out:
            out.append(run)
    return out
