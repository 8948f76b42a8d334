"""Scoring a question set the way the hidden sets are scored: item found, facts shown,
off-topic not answered (the rules of the eval README, kept in docs/search.md).

Two row shapes are read:
- facts: `{"id", "q", "doc", "item", "fact": [...], "kind"}`; `doc` null = off-topic;
- gold: `{"id", "q", "gold": [{"doc", "item"}], "facts": [...]}`; an empty `gold` = off-topic;
  any of the gold items counts as found.
`doc` is the file-name prefix of an item's source ("003" for 003_d10211b4844be3a2.txt).

- hit@1: the top hit is a gold item (hit@3 and MRR likewise, for the gold shape's history);
- facts shown: for an answerable question with facts, every fact appears (lower-cased,
  whitespace collapsed) in what the TOP hit shows without a click (`index.answer_json`);
- off-topic handled: `answered` is false.
Figures are given per kind ("number", "who", ..., "offtopic") as well as in total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any, Protocol

from index.answer_json import answer_json, hit_json, shows
from index.model import AgendaItem, Answer, Hit

OFF_TOPIC = "offtopic"


class Asks(Protocol):
    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer: ...


class Shows(Protocol):
    def items(self) -> list[AgendaItem]: ...

    def shown(self, question: str, item_id: str, *, today: date | None = None) -> Hit | None: ...


@dataclass(frozen=True)
class Question:
    """One row of a question set, whichever its shape."""

    id: str
    text: str
    gold: tuple[tuple[str, str], ...]  # (doc prefix, item number); empty: off-topic
    facts: tuple[str, ...]
    kind: str


def question_of(row: dict[str, Any]) -> Question:
    """A row of either shape (see the module doc) as a Question."""
    if "gold" in row:
        gold = tuple((g["doc"], g["item"]) for g in row["gold"] or ())
        facts = tuple(row.get("facts") or ())
    else:
        gold = ((row["doc"], row["item"]),) if row.get("doc") else ()
        facts = tuple(row.get("fact") or ())
    kind = row.get("kind") or ("item" if gold else OFF_TOPIC)
    return Question(str(row.get("id", "?")), row["q"], gold, facts, kind)


@dataclass
class Figures:
    """Counts for one kind of question (or all of them)."""

    answerable: int = 0
    hit1: int = 0
    hit3: int = 0
    reciprocal: float = 0.0
    with_facts: int = 0  # answerable questions that list facts
    facts_shown: int = 0  # ... whose facts the top hit all shows
    not_answered: int = 0  # answerable questions answered "not found"
    uncertain: int = 0  # answers marked uncertain
    off_topic: int = 0
    refused: int = 0

    @property
    def hit_at_1(self) -> float:
        return self.hit1 / self.answerable if self.answerable else 0.0

    @property
    def hit_at_3(self) -> float:
        return self.hit3 / self.answerable if self.answerable else 0.0

    @property
    def mrr(self) -> float:
        return self.reciprocal / self.answerable if self.answerable else 0.0

    @property
    def facts_rate(self) -> float:
        return self.facts_shown / self.with_facts if self.with_facts else 0.0


@dataclass
class Report(Figures):
    by_kind: dict[str, Figures] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)


def is_gold(hit: dict[str, Any], gold: Iterable[tuple[str, str]]) -> bool:
    """The eval README's rule: the source file name starts with `doc`, and the item number is `item`."""
    name = PurePath(hit["source"]).name
    return any(name.startswith(doc) and hit["item_number"] == item for doc, item in gold)


def _label(hit: dict[str, Any]) -> str:
    return f"{PurePath(hit['source']).name[:3]}/{hit['item_number']}"


def score(report: Report, question: Question, answer: dict[str, Any]) -> None:
    """Count one answer (as `answer_json` gives it) into `report` and its kind's figures."""
    kind = report.by_kind.setdefault(question.kind, Figures())
    hits = answer["hits"]
    got = ", ".join(_label(h) for h in hits[:3]) or "no hits"
    answered = bool(answer["answered"])
    for figures in (report, kind):
        figures.uncertain += bool(answer.get("uncertain"))
    if not question.gold:
        for figures in (report, kind):
            figures.off_topic += 1
            figures.refused += not answered
        if answered:
            report.misses.append(f"{question.id} off-topic but answered ({got}): {question.text}")
        return
    rank = next((i for i, h in enumerate(hits, 1) if is_gold(h, question.gold)), None)
    missing = [f for f in question.facts if not (hits and shows(hits[0], f))]
    for figures in (report, kind):
        figures.answerable += 1
        figures.hit1 += rank == 1
        figures.hit3 += bool(rank and rank <= 3)
        figures.reciprocal += 1 / rank if rank else 0.0
        figures.not_answered += not answered
        figures.with_facts += bool(question.facts)
        figures.facts_shown += bool(question.facts) and not missing
    want = ", ".join(f"{doc}/{item}" for doc, item in question.gold)
    refused = "" if answered else " [not answered]"
    if rank != 1:
        report.misses.append(f"{question.id} [{question.kind}] want {want}, got {got}{refused}: {question.text}")
    elif missing:
        report.misses.append(f"{question.id} [{question.kind}] facts not shown {missing}{refused}: {question.text}")


def evaluate(engine: Asks, rows: Iterable[dict[str, Any]], *, today: date | None = None) -> Report:
    """Ask every row's question (top five hits) and score the answers."""
    report = Report()
    for row in rows:
        question = question_of(row)
        score(report, question, answer_json(engine.ask(question.text, today=today, limit=5)))
    return report


def evaluate_shown(engine: Shows, rows: Iterable[dict[str, Any]], *, today: date | None = None) -> Report:
    """Facts shown with each answerable question's own (first gold) item as the top hit: what
    the passages and the answer line show, whatever the ranking finds (`kkrbot eval
    --gold-first`). Off-topic rows are left out; hit@1 is 1 by construction."""
    ids = {(PurePath(i.source).name[:3], i.item_number): i.id for i in engine.items()}
    report = Report()
    for row in rows:
        question = question_of(row)
        if not question.gold:
            continue
        item_id = next((ids[g] for g in question.gold if g in ids), None)
        hit = engine.shown(question.text, item_id, today=today) if item_id else None
        score(report, question, {"answered": True, "uncertain": False, "hits": [hit_json(hit)] if hit else []})
    return report


def _row(name: str, f: Figures) -> str:
    answerable = (
        f"{f.answerable:>3}  {f.hit_at_1:.3f}  {f.hit_at_3:.3f}  {f.mrr:.3f}  "
        + (f"{f.facts_shown:>2}/{f.with_facts:<2} {f.facts_rate:.3f}" if f.with_facts else "    –      ")
        + f"  {f.not_answered:>2}"
        if f.answerable
        else "  0      –      –      –        –        – "
    )
    off = f"{f.refused}/{f.off_topic}" if f.off_topic else "–"
    return f"  {name:<10} {answerable}  {off:>5}  {f.uncertain:>2}"


SUMMARY_HEADER = f"{'set':<34} {'n':>4} {'hit@1':>6} {'hit@3':>6} {'facts':>11} {'off-topic':>9}"


def summary_line(name: str, r: Report) -> str:
    """One line per set, for a table of many sets."""
    facts = f"{r.facts_shown}/{r.with_facts} {r.facts_rate:.2f}" if r.with_facts else "–"
    off = f"{r.refused}/{r.off_topic}" if r.off_topic else "–"
    return f"{name:<34} {r.answerable:>4} {r.hit_at_1:>6.3f} {r.hit_at_3:>6.3f} {facts:>11} {off:>9}"


def format_report(r: Report) -> str:
    lines = [
        f"questions: {r.answerable} answerable, {r.off_topic} off-topic",
        f"hit@1: {r.hit_at_1:.3f}  hit@3: {r.hit_at_3:.3f}  MRR: {r.mrr:.3f}",
        f"facts shown: {r.facts_shown}/{r.with_facts}" + (f" ({r.facts_rate:.3f})" if r.with_facts else ""),
        f"off-topic refused: {r.refused}/{r.off_topic}",
        f"answerable not answered: {r.not_answered}  uncertain: {r.uncertain}",
    ]
    if len(r.by_kind) > 1 or (r.by_kind and next(iter(r.by_kind)) not in ("item", OFF_TOPIC)):
        lines.append("by kind:      n  hit@1  hit@3    MRR  facts shown  not-ans  off  unc")
        lines += [_row(k, f) for k, f in sorted(r.by_kind.items(), key=lambda kv: (kv[0] == OFF_TOPIC, kv[0]))]
    if r.misses:
        lines.append("misses:")
        lines += [f"  {m}" for m in r.misses]
    return "\n".join(lines)
