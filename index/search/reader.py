"""What the search stage needs of the store, as an interface: the search never sees Whoosh.

`index.snapshot.IndexSnapshot` implements it over one committed state of the Whoosh index.
Documents are addressed by number (`docnum`) within that state; an item's small `ItemMeta`
and its distinct index terms are cheap, the whole `AgendaItem` is read only for items shown.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from index.model import AgendaItem, DocumentKind
from index.search.columns import DocTable


@dataclass(frozen=True)
class Clause:
    """One scored clause of an OR query: a term in a field, or several that must all be
    there (then their scores add up), times `boost`."""

    field: str
    terms: tuple[str, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class ItemMeta:
    """An item's fields the ranking reads for many candidates, without its stored text."""

    id: str
    council: str
    meeting_date: date | None
    document_kind: DocumentKind
    item_number: str
    title: str
    decision: str | None
    title_stems: tuple[str, ...]  # the title's index terms, in order
    window: str  # an undated meeting's "after/before" ISO dates ("" when dated or unknown)


class IndexReader(Protocol):
    """One state of the index, read-only."""

    def doc_count(self) -> int:
        """Live documents (items and meetings): the N of IDF."""
        ...

    def doc_frequency(self, field: str, term: str) -> int: ...

    def terms_with_prefix(self, field: str, prefix: str) -> Iterable[str]:
        """Index terms of `field` that begin with `prefix`, in term order."""
        ...

    def terms_with_suffix(self, field: str, suffix: str) -> Iterable[str]:
        """Index terms of `field` that end with `suffix` (Danish compounds ending in a word)."""
        ...

    def top(self, clauses: Sequence[Clause], limit: int) -> list[tuple[int, float]]:
        """The best `limit` documents of an OR of `clauses` by BM25F, as (docnum, score)."""
        ...

    def meta(self, docnum: int) -> ItemMeta: ...

    def stems(self, docnum: int) -> frozenset[str]:
        """An item's distinct index terms, all its text."""
        ...

    def item(self, docnum: int) -> AgendaItem: ...

    def table(self) -> DocTable:
        """Every document's council, meeting day and "is item 6.1" as arrays."""
        ...

    def titles(self) -> Collection[str]:
        """Every item's title, once each (for the closest topics of a refusal)."""
        ...
