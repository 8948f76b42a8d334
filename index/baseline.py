"""Plain BM25 over the same items: the yardstick the answer engine must never fall below.

Whoosh's BM25F with its default settings (B 0.75, K1 1.2, equal field weights) over each
item's title and text, the question's words OR-ed: no glossary, no typo fixing, no rerank,
no refusal (only a question none of whose words is in the index goes unanswered). Two
analyzers: "plain" (Whoosh's StandardAnalyzer: lower-case words, English stop words) and
"danish" (Whoosh's Danish LanguageAnalyzer: Danish stop words and Snowball stemming). It
answers through the same `ask` as `AnswerEngine`, so `index.evaluate` scores it alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from whoosh import scoring
from whoosh.analysis import Analyzer, LanguageAnalyzer, StandardAnalyzer
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.query import Or, Term

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
    """Items in a Whoosh index in memory; `ask` returns their BM25F order as an Answer."""

    def __init__(self, items: Iterable[AgendaItem], analyzer: str = "plain") -> None:
        self.name = analyzer
        self._analyzer = _analyzer(analyzer)
        schema = Schema(key=ID(stored=True, unique=True), item=STORED,
                        title=TEXT(analyzer=self._analyzer), body=TEXT(analyzer=self._analyzer))  # fmt: skip
        self._ix = _PrivateRamStorage().create_index(schema)
        with self._ix.writer() as writer:
            for i, item in enumerate(items):
                writer.add_document(key=str(i), item=item, title=item.title, body=item.full_text)
        self._searcher = self._ix.searcher(weighting=scoring.BM25F())

    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer:
        words = list(dict.fromkeys(t.text for t in self._analyzer(question)))
        query = Or([Term(f, w) for w in words for f in FIELDS])
        results = self._searcher.search(query, limit=limit) if words else []
        hits = tuple(Hit(item=r["item"], score=round(r.score, 4), excerpt="", excerpt_heading="", page=r["item"].page_start)
                     for r in results)  # fmt: skip
        return Answer(question, "da", bool(hits), hits)

    def close(self) -> None:
        self._searcher.close()
