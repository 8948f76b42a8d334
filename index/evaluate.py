"""Scoring a question set: hit@1, hit@3, MRR over answerable questions, refusals of off-topic ones.

A row is `{"id", "q", "gold": [{"doc", "item"}], "facts": [...]}`; `doc` is the file-name
prefix of an item's source ("003" for 003_d10211b4844be3a2.txt) and an empty `gold`
means the question is off-topic and must be refused. `facts` are strings the answer
should show somewhere (decision, recommendation or excerpt of the first gold hit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any, Protocol

from index.model import Answer, Hit


class Asks(Protocol):
    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer: ...


@dataclass
class Report:
    answerable: int = 0
    hit1: int = 0
    hit3: int = 0
    reciprocal: float = 0.0
    off_topic: int = 0
    refused: int = 0
    facts: int = 0
    facts_found: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def hit_at_1(self) -> float:
        return self.hit1 / self.answerable if self.answerable else 0.0

    @property
    def hit_at_3(self) -> float:
        return self.hit3 / self.answerable if self.answerable else 0.0

    @property
    def mrr(self) -> float:
        return self.reciprocal / self.answerable if self.answerable else 0.0


def is_gold(hit: Hit, gold: Iterable[dict[str, str]]) -> bool:
    name = PurePath(hit.item.source).name
    return any(name.startswith(g["doc"]) and hit.item.item_number == g["item"] for g in gold)


def _shown(hit: Hit) -> str:
    item = hit.item
    return " ".join(" ".join(filter(None, [hit.excerpt, item.decision, item.recommendation])).split())


def _label(hit: Hit) -> str:
    return f"{PurePath(hit.item.source).name[:3]}/{hit.item.item_number}"


def evaluate(engine: Asks, rows: Iterable[dict[str, Any]], *, today: date | None = None) -> Report:
    report = Report()
    for row in rows:
        answer = engine.ask(row["q"], today=today, limit=5)
        got = ", ".join(_label(h) for h in answer.hits[:3]) or "refused"
        gold = row.get("gold") or []
        if not gold:
            report.off_topic += 1
            if not answer.answered:
                report.refused += 1
            else:
                report.misses.append(f"{row.get('id', '?')} off-topic but answered ({got}): {row['q']}")
            continue
        report.answerable += 1
        rank = next((i for i, h in enumerate(answer.hits, 1) if is_gold(h, gold)), None)
        if rank == 1:
            report.hit1 += 1
        if rank and rank <= 3:
            report.hit3 += 1
        if rank:
            report.reciprocal += 1 / rank
            shown = _shown(answer.hits[rank - 1])
            for fact in row.get("facts") or []:
                report.facts += 1
                report.facts_found += fact in shown
        if rank != 1:
            want = ", ".join(f"{g['doc']}/{g['item']}" for g in gold)
            report.misses.append(f"{row.get('id', '?')} want {want}, got {got}: {row['q']}")
    return report


def format_report(r: Report) -> str:
    lines = [
        f"questions: {r.answerable} answerable, {r.off_topic} off-topic",
        f"hit@1: {r.hit_at_1:.3f}  hit@3: {r.hit_at_3:.3f}  MRR: {r.mrr:.3f}",
        f"off-topic refused: {r.refused}/{r.off_topic}",
        f"facts shown: {r.facts_found}/{r.facts}",
    ]
    if r.misses:
        lines.append("misses:")
        lines += [f"  {m}" for m in r.misses]
    return "\n".join(lines)
