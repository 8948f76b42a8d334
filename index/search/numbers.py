"""A question's numbers as the documents write them: Danish puts a comma before decimals and a
point between thousands ("2,6 mio. kr.", "1.304 elever"), English the other way round ("2.6
million", "1,304").

The index holds each number as its documents write it, so "2.6" of an English question found no
item. A number the index lacks as written, whose separator swapped ("2.6" → "2,6", "1,304" →
"1.304") is an index term, is read as that term; applied by AnswerEngine.ask before ranking, as
meeting_asked.placed_day is. A number the index has as written stays: both forms are then numbers
of the documents, and the question's is the one it means.
"""

from __future__ import annotations

from dataclasses import replace

from index.lazy_patterns import lazy
from index.question.parse import ParsedQuestion
from index.search.reader import IndexReader
from index.search.rank import doc_frequency

__all__ = ["numbers_as_written"]

_ONE_SEPARATOR = lazy(r"^\d+[.,]\d+$")
_SWAP = str.maketrans(".,", ",.")


def numbers_as_written(reader: IndexReader, parsed: ParsedQuestion) -> ParsedQuestion:
    """`parsed` with each number the index lacks written as the documents write it, when they do."""
    terms = tuple(_as_written(reader, t) for t in parsed.terms)
    return parsed if terms == parsed.terms else replace(parsed, terms=terms)


def _as_written(reader: IndexReader, term: str) -> str:
    if not _ONE_SEPARATOR.match(term) or doc_frequency(reader, term) > 0:
        return term
    swapped = term.translate(_SWAP)
    return swapped if doc_frequency(reader, swapped) > 0 else term
