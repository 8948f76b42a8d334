"""The store contract: analyzer, exact round trip, idempotent re-ingest, agenda replaced by
minutes, atomic writes (an error or a killed process mid-ingest leaves the index as it was)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from datetime import date

import pytest
from whoosh import query as Q

from index.analysis import analyze, term_groups
from index.engine import AnswerEngine
from index.model import AgendaItem, ItemSection, Meeting, Section
from index.store import StoreLocked, ingest_meeting, open_index, read_meetings

DAY = date(2026, 6, 17)


def make_item(number: str, kind: str = "agenda", *, day: date | None = DAY, text: str | None = None,
              source: str = "doc.txt") -> AgendaItem:  # fmt: skip
    when = day.isoformat() if day else source.rsplit(".", 1)[0]
    sections = [
        ItemSection("Baggrund", text if text is not None else f"Fordeling af lærepladser på SOSU-uddannelserne {number}.", 3, (12,)),
        ItemSection("Indstilling", "Det indstilles, at KKR godkender fordelingen.", 4),
    ]
    if kind == "minutes":
        sections.append(ItemSection("Beslutning", "Godkendt.", 4))
    return AgendaItem(
        id=f"kkr-midtjylland/{when}/{kind}/{number}", council="KKR Midtjylland", meeting_date=day,
        document_kind=kind, source=source, section="3. Regionalpolitiske sager", item_number=number,
        title=f"Lærepladser {number}", case_number="SAG-2026-00837", case_workers=("lifo", "chbn"),
        sections=tuple(sections), links=("https://www.kl.dk/x.pdf",), attachments=("./. Bilag 1",),
        page_start=3, page_end=4,
    )  # fmt: skip


def make_meeting(kind: str = "agenda", *, day: date | None = DAY, source: str = "doc.txt", numbers=("3.1", "3.2"),
                 text: str | None = None) -> Meeting:  # fmt: skip
    items = tuple(make_item(n, kind, day=day, source=source, text=text) for n in numbers)
    return Meeting(
        council="KKR Midtjylland", meeting_date=day, document_kind=kind, source=source, page_count=7,
        sections=(Section(3, "Regionalpolitiske sager", tuple(numbers)), Section(4, "Udpegninger")),
        items=items, date_window=(None, None) if day else (date(2024, 1, 25), date(2024, 3, 4)),
    )  # fmt: skip


def snapshot(index_dir) -> tuple:
    with open_index(index_dir).searcher() as s:
        return tuple(read_meetings(s)), s.doc_count()


@pytest.mark.parametrize(
    ("a", "b"),
    [("læreplads", "lærepladser"), ("uddannelse", "uddannelserne"), ("flygtning", "flygtninge"),
     ("takst", "taksterne"), ("kommune", "kommunerne"), ("sygeplejerske", "sygeplejersker"),
     ("beslutning", "beslutningerne"), ("aftale", "aftalerne")],
)  # fmt: skip
def test_singular_and_plural_meet(a: str, b: str) -> None:
    assert analyze(a) == analyze(b)


def test_hyphen_compound_is_indexed_whole_and_split() -> None:
    terms = set(analyze("fordeling på SOSU-uddannelserne"))
    assert {*analyze("SOSU"), *analyze("uddannelse"), *analyze("sosu-uddannelse")} <= terms
    assert term_groups("sosu-uddannelse") == (analyze("sosu-uddannelse")[0], tuple(analyze("sosu uddannelse")))
    assert analyze("Særlige pladser på Ø") == ["sær", "plad"] and "æøå" in analyze("æøå ord")


def test_stop_words_are_dropped_and_numbers_kept_whole() -> None:
    assert analyze("og i på det 1.006 pladser") == ["1.006", "plad"]


def test_round_trip_is_exact(tmp_path) -> None:
    engine = AnswerEngine(tmp_path / "ix")
    assert engine.item_count() == 0 and engine.items() == []
    meeting = make_meeting("minutes")
    undated = make_meeting(day=None, source="004_x.txt")
    assert engine.ingest(meeting).status == "added"
    assert engine.ingest(undated).count == 2
    assert engine.meetings() == [undated, meeting]  # undated sorts by its window (2024)
    assert engine.item(meeting.items[1].id) == meeting.items[1]
    assert engine.items() == [*undated.items, *meeting.items]
    assert engine.item("nope") is None and engine.item_count() == 4
    assert engine.vocabulary()["lærepladser"] == 4
    assert engine.ingest(make_meeting("agenda", day=None, source="004_x.txt", numbers=("3.1",))).status == "replaced agenda"
    assert engine.item_count() == 3  # the new version of the undated agenda replaced the old


def test_same_document_twice_changes_nothing(tmp_path) -> None:
    ix = open_index(tmp_path)
    assert ingest_meeting(ix, make_meeting()).status == "added"
    before = snapshot(tmp_path)
    generation = ix.latest_generation()
    assert ingest_meeting(ix, make_meeting()).status == "unchanged"
    # The same content under another file name is the same document.
    assert ingest_meeting(ix, make_meeting(source="copy.txt")).status == "unchanged"
    assert snapshot(tmp_path) == before and ix.latest_generation() == generation


def test_minutes_replace_the_agenda_of_their_meeting(tmp_path) -> None:
    ix = open_index(tmp_path)
    ingest_meeting(ix, make_meeting("agenda", numbers=("3.1", "3.2", "3.3")))
    result = ingest_meeting(ix, make_meeting("minutes", source="referat.txt"))
    assert result.status == "replaced agenda" and result.count == 2
    assert len(result.replaced_ids) == 3 and all("/agenda/" in i for i in result.replaced_ids)
    meetings, _ = snapshot(tmp_path)
    assert [m.document_kind for m in meetings] == ["minutes"]
    with ix.searcher() as s:
        assert not list(s.documents(document_kind="agenda"))
    # The agenda arriving after its minutes does not come back.
    assert ingest_meeting(ix, make_meeting("agenda")).status == "unchanged"
    assert snapshot(tmp_path)[0] == meetings


def test_new_version_of_a_document_replaces_the_old(tmp_path) -> None:
    ix = open_index(tmp_path)
    ingest_meeting(ix, make_meeting(numbers=("3.1", "3.2", "3.3")))
    result = ingest_meeting(ix, make_meeting(numbers=("3.1",), text="Ny tekst."))
    assert (result.status, result.count, len(result.replaced_ids)) == ("replaced agenda", 1, 3)  # not "added"
    meetings, _ = snapshot(tmp_path)
    assert [i.item_number for m in meetings for i in m.items] == ["3.1"]
    minutes = make_meeting("minutes", source="referat.txt")
    assert ingest_meeting(ix, minutes).status == "replaced agenda"  # minutes in the agenda's place
    assert ingest_meeting(ix, make_meeting("minutes", text="Rettet referat.")).status == "replaced minutes"


def test_error_mid_ingest_leaves_the_index_as_it_was(tmp_path) -> None:
    ix = open_index(tmp_path)
    ingest_meeting(ix, make_meeting("agenda"))
    before = snapshot(tmp_path)
    good = make_meeting("minutes")
    # The second item's title is not a string: the writer fails after the first item is added.
    broken = AgendaItem(**{**good.items[1].__dict__, "title": None})  # type: ignore[arg-type]
    bad = Meeting(**{**good.__dict__, "items": (good.items[0], broken)})
    with pytest.raises(Exception):
        ingest_meeting(ix, bad)
    assert snapshot(tmp_path) == before
    assert ingest_meeting(ix, good).status == "replaced agenda"  # and the lock was released


def test_killed_process_mid_ingest_leaves_the_index_as_it_was(tmp_path) -> None:
    ix = open_index(tmp_path)
    ingest_meeting(ix, make_meeting("agenda"))
    before = snapshot(tmp_path)
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(__import__("pathlib").Path(__file__).parents[2])!r})
        from tests.index.test_store import make_meeting
        from index.store import open_index, item_document, meeting_id_of
        ix = open_index({str(tmp_path)!r})
        w = ix.writer()
        w.delete_by_term("kind", "item")
        m = make_meeting("minutes")
        for item in m.items:
            w.add_document(**item_document(item, meeting_id_of(m)))
        os._exit(9)  # dies before commit, holding the lock
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    assert snapshot(tmp_path) == before
    assert ingest_meeting(open_index(tmp_path), make_meeting("minutes")).status == "replaced agenda"


def test_a_second_writer_gets_a_clear_error(tmp_path) -> None:
    ix = open_index(tmp_path)
    holder = ix.writer()
    try:
        with pytest.raises(StoreLocked, match="locked by another writer"):
            ingest_meeting(ix, make_meeting(), lock_timeout=0.1)
    finally:
        holder.cancel()
    assert ingest_meeting(ix, make_meeting()).status == "added"


def test_an_index_another_process_is_creating_is_opened_not_made_again(tmp_path) -> None:
    from whoosh.filedb.filestore import FileStorage

    from index.store import make_schema

    other = FileStorage(str(tmp_path)).lock("MAIN_WRITELOCK")  # another process, creating the index
    assert other.acquire()
    opened: list = []
    waiting = threading.Thread(target=lambda: opened.append(open_index(tmp_path)))
    waiting.start()
    time.sleep(0.3)
    assert not opened  # it waits for the other creator (Whoosh's create deletes the files it finds)
    FileStorage(str(tmp_path)).create_index(make_schema())
    [toc] = tmp_path.glob("_MAIN_*.toc")
    made = toc.stat().st_mtime_ns
    other.release()
    waiting.join(10)
    assert opened and toc.stat().st_mtime_ns == made  # opened as the other process made it, not made again
    assert ingest_meeting(opened[0], make_meeting()).status == "added"


def test_item_fields_are_searchable(tmp_path) -> None:
    ix = open_index(tmp_path)
    ingest_meeting(ix, make_meeting("minutes"))
    with ix.searcher() as s:
        for field, text in [("title", "lærepladserne"), ("body", "sosu-uddannelse"), ("body", "uddannelser"),
                            ("recommendation", "fordeling"), ("decision", "godkendt")]:  # fmt: skip
            assert s.search(Q.Term(field, analyze(text)[0])), (field, text)
        assert len(s.search(Q.Term("council", "KKR Midtjylland"))) == 3  # two items and the meeting
        assert s.search(Q.Term("case_number", "sag-2026-00837"))
        assert s.search(Q.TermRange("meeting_date", "2026-06-01", "2026-06-30"))


def test_a_batch_is_one_commit_that_sees_itself(tmp_path) -> None:
    engine = AnswerEngine(tmp_path / "ix")
    engine.ingest(make_meeting("agenda", day=date(2026, 4, 13)))
    results = engine.ingest_many([
        make_meeting("agenda"), make_meeting("agenda", source="copy.txt"), make_meeting("minutes"),
        make_meeting("minutes", day=date(2026, 4, 13)), make_meeting("agenda"),
    ])  # fmt: skip
    assert [r.status for r in results] == ["added", "unchanged", "replaced agenda", "replaced agenda", "unchanged"]
    assert results[2].replaced_ids == tuple(i.id for i in make_meeting("agenda").items)
    assert [(m.meeting_date, m.document_kind) for m in engine.meetings()] == [(date(2026, 4, 13), "minutes"), (DAY, "minutes")]
    assert engine.item_count() == 4
    before = snapshot(tmp_path / "ix")
    broken = AgendaItem(**{**make_item("3.9", "minutes", day=date(2026, 9, 1)).__dict__, "title": None})  # type: ignore[arg-type]
    with pytest.raises(Exception):
        engine.ingest_many([make_meeting("agenda", day=date(2026, 10, 1)), Meeting(**{**make_meeting("minutes", day=date(2026, 9, 1)).__dict__, "items": (broken,)})])
    assert snapshot(tmp_path / "ix") == before  # all or nothing
