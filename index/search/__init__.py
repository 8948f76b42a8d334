"""Searching: a `ParsedQuestion` → ranked agenda items → an `Answer` with cited passages; and the
coming meetings of each council.

`answer.answer` is the entry point the engine calls; `rank` (BM25F candidates, rerank on coverage,
council, year, intent) with `bm25` (the formula, with numpy) and `columns` (every item's council and
date as arrays); `meeting_plans` (items that speak for a meeting asked about); `excerpt` (the
passage that answers); `timeline` (the same topic at other meetings); `upcoming` (next meetings).
"""
