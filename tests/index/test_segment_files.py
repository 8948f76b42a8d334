"""The index's segment files are read in place (index/segment_files.py): a question copies the
bytes of the documents it reads, not whole files or columns, and every part reads back as Whoosh
wrote it."""

from __future__ import annotations

import random
import sys
import threading
import tracemalloc
from datetime import date, timedelta

from index.engine import AnswerEngine
from index.segment_files import MappedStorage, release_pages
from tests.support.items import item, meeting

WORDS = ("lærepladser", "kommunerne", "regionen", "budget", "sundhed", "klima", "beskæftigelse", "trafik",
         "psykiatri", "uddannelse", "borgere", "aftale", "indsats", "plan", "udvalg", "tilskud")  # fmt: skip


def archive(meetings: int = 80, items: int = 10) -> list:
    rng = random.Random(5)
    out = []
    for m in range(meetings):
        day = date(2015, 1, 5) + timedelta(days=9 * m)
        out.append(meeting(*(item(f"3.{k}", f"Sag {m}.{k} om {rng.choice(WORDS)} og {rng.choice(WORDS)}",
                                  " ".join(rng.choice(WORDS) for _ in range(120)) + f". Punkt {m}.{k}.", day=day)
                             for k in range(1, items + 1))))  # fmt: skip
    return out


def test_a_fresh_engine_answers_without_copying_the_index_into_memory(tmp_path):
    with AnswerEngine(tmp_path / "ix") as engine:
        engine.ingest_many(archive())
        engine.ask("lærepladser og psykiatri")  # what a process loads once (glossary, imports) is loaded
    segments = sum(p.stat().st_size for p in (tmp_path / "ix").glob("*.seg"))
    tracemalloc.start()
    try:
        with AnswerEngine(tmp_path / "ix") as fresh:
            answer = fresh.ask("hvad blev besluttet om lærepladser og psykiatri")
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.answered and answer.hits
    # Whoosh's own reader copies the term and posting files on opening, the stored fields and
    # the meta and stem_set columns on the first read: more than the segment holds
    assert peak < 0.5 * segments, (peak, segments)


def test_every_part_of_a_segment_reads_back_as_whoosh_wrote_it(tmp_path):
    with AnswerEngine(tmp_path / "ix") as engine:
        engine.ingest_many(archive(3, 3))
    [path] = (tmp_path / "ix").glob("*.seg")
    raw = path.read_bytes()
    seg = MappedStorage(str(tmp_path / "ix")).open_file(path.name)
    try:
        assert seg.get(0, len(raw)) == raw
        seg.seek(8)
        assert seg.read(16) == raw[8:24] and seg.tell() == 24
        part = seg.subset(100, 5000)
        assert part.read() == raw[100:5100] and part.read() == b""
        part.seek(-10, 2)
        assert part.read(100) == raw[5090:5100]
        part.seek(0)
        assert part.readline() == raw[100:5100].split(b"\n", 1)[0] + (b"\n" if b"\n" in raw[100:5100] else b"")
        assert part.get(10, 5) == raw[110:115] and part.subset(10, 20).read() == raw[110:130]
    finally:
        seg.close()


def _mapped_kb(folder) -> int:
    """Resident KB of this process's mappings of the segment files in `folder` (/proc/self/smaps)."""
    total, ours = 0, False
    for line in open("/proc/self/smaps"):
        head = line.split()
        if head and "-" in head[0] and ":" not in head[0]:
            ours = len(head) > 5 and head[5].startswith(str(folder)) and head[5].endswith(".seg")
        elif ours and line.startswith("Rss:"):
            total += int(head[1])
    return total


def test_after_a_question_the_index_pages_read_are_not_held_by_the_process(tmp_path):
    with AnswerEngine(tmp_path / "ix") as engine:
        engine.ingest_many(archive())
    folder = (tmp_path / "ix").resolve()
    with AnswerEngine(folder) as engine:
        first = engine.ask("hvad blev besluttet om lærepladser og psykiatri")
        searcher = engine._mine().searcher
        searcher.document(kind="item")  # a read outside a question keeps its pages mapped ...
        assert _mapped_kb(folder) > 0
        again = engine.ask("hvad blev besluttet om lærepladser og psykiatri")  # ... until the next question ends
        assert _mapped_kb(folder) == 0
    assert first.answered and [h.item.id for h in again.hits] == [h.item.id for h in first.hits]
    assert [h.passages for h in again.hits] == [h.passages for h in first.hits]


def test_pages_are_released_while_other_threads_open_segment_files(tmp_path):
    """A question's end (`release_pages`) walks the open segment files while another thread's
    first question opens its own: the walk must not see the set change under it."""
    with AnswerEngine(tmp_path / "ix") as engine:
        engine.ingest_many(archive(meetings=4, items=2))
    storage = MappedStorage(str(tmp_path / "ix"))
    segment = next(name for name in storage.list() if name.endswith(".seg"))
    held = [storage.open_file(segment) for _ in range(300)]  # a long walk
    errors: list[BaseException] = []
    stop = threading.Event()

    def guarded(work) -> None:
        try:
            while not stop.is_set():
                work()
        except BaseException as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)
            stop.set()

    def open_and_close() -> None:
        storage.open_file(segment).close()

    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=guarded, args=(w,)) for w in (release_pages, release_pages, open_and_close)]
        for t in threads:
            t.start()
        stop.wait(0.5)  # without the lock the walk broke within 0.1 s
        stop.set()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(before)
        for f in held:
            f.close()
    assert errors == []
