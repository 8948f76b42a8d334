"""The bundled sample corpus in a real Whoosh index, as `kkrbot ingest --sample` stores it.

tests/conftest.py builds it once per run (`sample_index`, `sample_engine`; `index_built_once`);
tests must not write to it (build a `small_engine` of hand-made items, or copy `index_dir`, to change things).
`sample_answers` asks it each question once per test process (`AskedOnce`); `per_set` spreads the
question sets in tests/data over the test processes, each set asked by one of them.
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from index.engine import AnswerEngine
from index.model import AgendaItem, Answer, Hit, Meeting
from index.read.document import read_document
from index.samples import sample_paths

TODAY = date(2026, 11, 22)  # the question sets are asked on this day
DATA = Path(__file__).parents[1] / "data"  # the question sets, one JSON object a line


def question_sets() -> list[str]:
    """The file name of every question set in tests/data: a set committed there is asked by every
    test that takes them all, with no edit."""
    return sorted(path.name for path in DATA.glob("*.jsonl"))


def set_group(name: str) -> pytest.MarkDecorator:
    """The tests that ask set `name` run on one test process (pytest-xdist's `--dist loadgroup`),
    so its questions are asked once (`AskedOnce`), and the sets' groups spread over all processes."""
    return pytest.mark.xdist_group(f"asks-{name}")


def per_set(params: Iterable[Any]) -> list[Any]:
    """`params` for `pytest.mark.parametrize`, each (a set's file name, or a tuple that starts with
    one) marked with its set's group: with each set's tests on one process, no question is asked on
    two, and no process asks them all while the others idle. The ids stay pytest's own."""
    return [pytest.param(*(p if isinstance(p, tuple) else (p,)), marks=set_group(p[0] if isinstance(p, tuple) else p))
            for p in params]


def source_items(answer: Answer) -> list[tuple[str, str]]:
    """Each hit as (sample file prefix, item number): ("003", "3.2") names one sample item."""
    return [source_item(h) for h in answer.hits]


def source_item(hit: Hit) -> tuple[str, str]:
    """One hit as (sample file prefix, item number)."""
    return hit.item.source.rsplit("/", 1)[-1][:3], hit.item.item_number


def ask_checked(engine: AnswerEngine, question: str, answered: bool, first: tuple[str, str] | None) -> Answer:
    """`question` asked on the sets' day: answered or refused as `answered` says, and, unless `first`
    is None, with that sample item first (("003", "3.4")); the notes say why when it is not."""
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is answered, [n.key for n in answer.notes]
    if first is not None:
        assert source_item(answer.hits[0]) == first
    return answer


@dataclass
class SampleIndex:
    index_dir: Path
    engine: AnswerEngine

    def settings_for(self, tmp_path: Path, **more) -> Settings:
        """Settings over this index, with a state file of the test's own."""
        return Settings(index_dir=self.index_dir, state_db=tmp_path / "kkrbot.sqlite", **more)


def sample_meetings() -> Iterator[Meeting]:
    """Each sample recorded under its file name, as `kkrbot ingest --sample` does."""
    for path in sample_paths():
        yield read_document(path, source=path.name)


def index_built_once(folder: Path, meetings: Callable[[], Iterable[Meeting]]) -> AnswerEngine:
    """An index of `meetings` in `folder`/index, built by the first test process of the run to get
    here and opened by the others (pytest-xdist's workers share their run's temp folder): such an
    index is read-only, and building it is ~0.3-0.5 s of CPU a process. A lock file orders them;
    "built" marks a whole index."""
    folder.mkdir(parents=True, exist_ok=True)
    index_dir, built = folder / "index", folder / "built"
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        engine = AnswerEngine(index_dir)
        if not built.exists():
            for meeting in meetings():
                engine.ingest(meeting)
            built.touch()
        return engine


class AskedOnce:
    """The sample engine, each (question, today, limit) asked once and each item read once: the question sets in
    tests/data are asked by several modules (scored, checked verbatim, rendered for Slack), and
    an answer of the read-only sample index never changes. Answers are frozen dataclasses, so a
    test cannot change what the next one reads. Tests of the engine itself use `sample_engine`.
    Each test process has its own; the tests of one set share a process (`per_set`, `set_group`)."""

    def __init__(self, engine: AnswerEngine) -> None:
        self.engine = engine
        self._answers: dict[tuple[str, date | None, int], Answer] = {}
        self._items: dict[str, AgendaItem | None] = {}
        self._all: list[AgendaItem] | None = None

    def ask(self, question: str, *, today: date | None = None, limit: int = 5) -> Answer:
        key = (question, today, limit)
        if key not in self._answers:
            self._answers[key] = self.engine.ask(question, today=today, limit=limit)
        return self._answers[key]

    def item(self, item_id: str) -> AgendaItem | None:
        """The stored item, read from the index once per test process: every hit of every set's
        answers is checked against its stored item (tests/index/search/test_shown), ~4,000 reads of
        ~60 items, each a Whoosh query and an unpickling (~3 s of CPU a run). Items are frozen."""
        if item_id not in self._items:
            self._items[item_id] = self.engine.item(item_id)
        return self._items[item_id]

    def items(self) -> list[AgendaItem]:
        """Every stored item, read once (a new list each call: the items themselves are frozen)."""
        if self._all is None:
            self._all = self.engine.items()
        return list(self._all)
