"""Plain BM25 over the same items: the yardstick the answer engine must never fall below.

Whoosh's BM25F with its default settings (B 0.75, K1 1.2, equal field weights) over each
item's title and text, the question's words OR-ed: no glossary, no typo fixing, no rerank,
no refusal (only a question none of whose words is in the index goes unanswered). Two
analyzers: "plain" (Whoosh's StandardAnalyzer: lower-case words, English stop words) and
"danish" (Whoosh's Danish LanguageAnalyzer: Danish stop words and Snowball stemming). It
answers through the same `ask` as `AnswerEngine`, so `index.evaluate` scores it alike.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from datetime import date

from whoosh import scoring
from whoosh.analysis import Analyzer, LanguageAnalyzer, StandardAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from index.model import AgendaItem, Answer, Hit

ANALYZERS = ("plain", "danish")
FIELDS = ("title", "body")


class _PrivateRamStorage(RamStorage):
    """RamStorage whose writer spills to a temp folder of its own: Whoosh names it after the
    index ("/tmp/MAIN.tmp"), one folder for every process on the machine, so two baselines
    built at once (two `kkrbot eval`, parallel test workers) deleted each other's files."""

    def temp_storage(self, name=None):
        return super().temp_storage(None)  # a random name


def _analyzer(name: str) -> Analyzer:
    if name == "plain":
        return StandardAnalyzer()
    if name == "danish":
        return LanguageAnalyzer("da")
    raise ValueError(f"unknown baseline analyzer {name!r}: choose one of {', '.join(ANALYZERS)}")


class PlainBM25:
    """Items in a Whoosh index in memory; `ask` returns their BM25F order as an Answer.

    The ranking is what `searcher.search(Or([Term(f, w) for w in words for f in FIELDS]))`
    gives (tests/index/test_baseline.py compares the two): each term's postings scored by
    Whoosh's BM25F scorer, a document's scores added in the query's order (as Whoosh's
    preloaded union does), the highest first, ties by document number. Summed here over
    postings kept per term (the sets ask the same words again and again) instead of through
    Whoosh's union matcher, which cost ~4 ms a question.
    """

    def __init__(self, items: Iterable[AgendaItem], analyzer: str = "plain") -> None:
        self.name = analyzer
        self._analyzer = _analyzer(analyzer)
        schema = Schema(key=ID(stored=True, unique=True),
                        title=TEXT(analyzer=self._analyzer), body=TEXT(analyzer=self._analyzer))  # fmt: skip
        self._ix = _PrivateRamStorage().create_index(schema)
        items = tuple(items)
        with self._ix.writer() as writer:
            for i, item in enumerate(items):
                writer.add_document(key=str(i), title=item.title, body=item.full_text)
        self._searcher = self._ix.searcher(weighting=scoring.BM25F())
        self._item_of = {docnum: items[int(stored["key"])] for docnum, stored in self._searcher.reader().iter_docs()}
        self._term_scores: dict[tuple[str, str], tuple[tuple[int, float], ...]] = {}  # (field, word) → (docnum, BM25F score)

    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer:
        words = list(dict.fromkeys(t.text for t in self._analyzer(question)))
        totals: dict[int, float] = {}
        for w in words:
            for f in FIELDS:
                for docnum, score in self._scores(f, w):
                    totals[docnum] = totals.get(docnum, 0.0) + score
        best = heapq.nsmallest(limit, totals.items(), key=lambda d: (-d[1], d[0]))
        hits = tuple(Hit(item=self._item_of[d], score=round(s, 4), excerpt="", excerpt_heading="", page=self._item_of[d].page_start)
                     for d, s in best)  # fmt: skip
        return Answer(question, "da", bool(hits), hits)

    def _scores(self, field: str, word: str) -> tuple[tuple[int, float], ...]:
        """The documents holding `word` in `field`, each with that term's BM25F score."""
        key = (field, word)
        if key not in self._term_scores:
            text = self._searcher.schema[field].to_bytes(word)
            scored = []
            if (field, text) in self._searcher.reader():
                m = self._searcher.postings(field, text)
                while m.is_active():
                    scored.append((m.id(), m.score()))
                    m.next()
            self._term_scores[key] = tuple(scored)
        return self._term_scores[key]

    def close(self) -> None:
        self._searcher.close()
