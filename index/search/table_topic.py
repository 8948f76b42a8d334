"""Does a table count what the question asks: topic fit first, years second (round 16, TABLES16).

Why: table_years.py weighs an item whose table gives every year asked (as columns, or as rows) three
times, and asked only whether the years were there. The SOSU item's table of contracts signed per
year ("2022 5.548 3.980 9.528", "2023 5.827 4.308 10.135") then weighed for any figure of two of
those years, whatever was counted: "how many places were there on the merit pedagogue programme in
2023 and the year before" (two years read, no council) put the SOSU item, whose table counts
training contracts, beside the pedagogue item whose sentence gives "309 pladser i 2023, mod 400
pladser i 2022"; a question on another programme's places lost its hit that way on a clean
held-back set (docs/search.md, round 15's end). The column-years branch has the same gap: a
pedagogue programme's 2026/2027 places asked met the SOSU places' "Dimensionering 2026 / 2027".

So a table counts what is asked when its own words hold one of the question's words that is not a
year or a council (those are the years' and the rows' business): its caption, header and column
groups, its row labels, and the sentences of the item leading into it (the two before the table:
"Til sammenligning har kommunerne … indgået 9.455 uddannelsesaftaler årligt …"), read as the index
reads them (the same stems and compounds' acronyms: "Social- og sundhedsassistent" holds "sosu").
`fits` asks for a share of the question's own weight (IDF, background words at their lower weight),
FIT_SHARE, held there; a question none of whose words the index knows leaves the weight as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.acronyms import coordinated_acronyms
from index.analysis import analyze
from index.model import AgendaItem, Table
from index.search.cells import COMPOUND_HEAD
from index.search.excerpt import section_units

if TYPE_CHECKING:
    from index.search.rank import Concept

__all__ = ["FIT_SHARE", "LEAD_IN", "fits", "held_share", "sentence_fits", "share", "table_terms"]

FIT_SHARE = 0.5  # of the question's own weight, held by the table's words (measured: docs/search.md)
LEAD_IN = 2  # sentences before the table that say what it counts
HEAD_WORD = 4  # letters of a whole term a compound may end with ("plad")


@lru_cache(maxsize=1024)
def _label_terms(text: str) -> frozenset[str]:
    return frozenset(s for s in analyze(text) if not s.isdigit()) | frozenset(coordinated_acronyms(text))


def table_terms(item: AgendaItem, table: Table) -> frozenset[str]:
    """The index terms of what `table` counts: its labels and the sentences leading into it."""
    labels = " ".join((table.caption, *table.header, *table.groups, *(r[0] for r in table.rows if r)))
    terms = set(_label_terms(labels))
    if table.region is not None and table.region[0] < len(item.sections):
        section, start, end = table.region
        units, unit_terms = section_units(item.sections[section].text)
        before = [k for k, (a, _) in enumerate(units) if a < start]
        for k in before[-LEAD_IN:]:
            terms |= unit_terms[k]
        for k, (a, b) in enumerate(units):
            if a < end and b > start:
                terms |= unit_terms[k]
    return frozenset(t for t in terms if not t.isdigit())


def _meets(stem: str, terms: frozenset[str]) -> bool:
    """A stem is a term of the table; or a compound of the question ends with one ("studieplad" is a
    kind of the table's "plad"), or one of the table's ends with it ("læreplad" of "plad"); or it
    begins where a compound of the table ends ("assistentelev" the "sundhedsassistent" of "Social-
    og sundhedsassistent", "hjælperelev" its "sundhedshjælp"). Not the other way: the head of the
    question's compound ("uddannels" of "meritpædagoguddannels") is what many tables' words begin
    with ("uddannelsesaftal") and says nothing of what is counted."""
    if stem in terms:
        return True
    if len(stem) < COMPOUND_HEAD:
        return False
    return any(
        len(t) >= HEAD_WORD and (stem.endswith(t) or t.endswith(stem))
        or any(t[-k:] == stem[:k] for k in range(COMPOUND_HEAD, min(len(t), len(stem))))
        for t in terms
    )  # fmt: skip


def _held(concept: Concept, terms: frozenset[str], title: frozenset[str]) -> float:
    """1.0 when the table's words (or, word for word, the item's title: "SOSU" of "Fordeling af
    lærepladser på SOSU-uddannelserne") hold the question's word, else 0.0."""
    if concept.matched_by(terms | title):  # (not another rendering's or a compound's credit: too loose here)
        return 1.0
    if concept.whole and "-" in concept.whole and concept.whole.split("-")[0] in terms | title:
        return 1.0  # "SSA-elever", "sosu-pladser": places or trainees of what the table (or title) names by its acronym
    pieces = [p for s in concept.stems for p in s.split("-") if len(p) >= COMPOUND_HEAD]
    return 1.0 if any(_meets(p, terms) for p in pieces) else 0.0


def share(item: AgendaItem, table: Table, concepts: Sequence[Concept], councils: Collection[str] = (),
          background: Collection[str] = ()) -> tuple[float, bool]:  # fmt: skip
    """(the share of the question's own weight the table's words hold, whether they hold its heaviest
    word); (1.0, True) when the question has no word of its own the index knows."""
    return held_share(table_terms(item, table), _label_terms(item.title), concepts, councils, background)


def held_share(terms: frozenset[str], title: frozenset[str], concepts: Sequence[Concept], councils: Collection[str] = (),
               background: Collection[str] = ()) -> tuple[float, bool]:  # fmt: skip
    """`share` of any words: a table's, or a sentence's (index.search.table_years)."""
    council_terms = frozenset(s for c in councils for s in analyze(c))
    own = [c for c in concepts if not c.expansion and c.df and not c.whole.isdigit() and c.whole not in council_terms]
    total = sum(c.weight_given(background) for c in own)
    if not own or total <= 0:
        return 1.0, True
    held = {c.word: _held(c, terms, title) for c in own}
    heaviest = max(own, key=lambda c: c.weight_given(background))
    return sum(c.weight_given(background) * held[c.word] for c in own) / total, held[heaviest.word] > 0


def sentence_fits(item: AgendaItem, text: str, concepts: Sequence[Concept], councils: Collection[str] = (),
                  background: Collection[str] = ()) -> bool:  # fmt: skip
    """`fits` of a sentence: does it hold the question's heaviest own word, or FIT_SHARE of its own weight?"""
    part, heaviest = held_share(_label_terms(text), _label_terms(item.title), concepts, councils, background)
    return heaviest or part >= FIT_SHARE


def fits(item: AgendaItem, table: Table, concepts: Sequence[Concept], councils: Collection[str] = (),
         background: Collection[str] = ()) -> bool:  # fmt: skip
    """Does `table` count what the question asks: do its words (and the item's title) hold the
    question's heaviest own word, or FIT_SHARE of the weight of its own words (not a year, not a
    council asked: those pick its cells)?"""
    part, heaviest = share(item, table, concepts, councils, background)
    return heaviest or part >= FIT_SHARE
