"""Searching: a `ParsedQuestion` → ranked agenda items → an `Answer` with cited passages; and the
coming meetings of each council.

`rank.rank` (the concepts, one BM25F pass for candidates, the rerank on coverage, council, year,
intent) gives a `Ranking`; `answer.answer` turns it into an `Answer` (refusal, hits, passages,
timelines). Both read the store only through `reader.IndexReader`. Helpers: `bm25` (the formula,
with numpy), `columns` (every item's council and date as arrays), `meeting_asked` (items that
speak for a meeting asked about), `excerpt` (the passage that answers), `timeline` (the same topic
at other meetings); `upcoming` (next meetings, for /kkr next and the digests).
"""
