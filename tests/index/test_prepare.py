"""Documents prepared with their terms already analysed (index/prepare.py) index exactly as
Whoosh indexes the text itself: the same terms, postings, weights and field lengths; the
item's distinct terms are those of its whole text (and the acronyms of the names it writes out,
index/acronyms.py, which end its body); the vocabulary kept per meeting counts the items holding
each word, as one `words` field per item did."""

from __future__ import annotations

from datetime import date

from whoosh import index as whoosh_index

from index.acronyms import coordinated_acronyms
from index.analysis import analyze
from index.model import BESLUTNING, INDSTILLING
from index.engine import AnswerEngine
from index.prepare import item_document, meeting_id_of, meeting_pairs, surface_words
from index.read.document import read_document
from index.samples import sample_paths
from index.store import make_schema

TEXT_FIELDS = ("title", "recommendation", "decision", "body", "words")


def _schema_with_words():
    """The schema of an index made before `vocab`: surface words on every item."""
    from whoosh.fields import TEXT

    from index.analysis import plain_analyzer

    schema = make_schema()
    schema.add("words", TEXT(analyzer=plain_analyzer(), phrase=False))
    return schema


def _as_text(item) -> dict[str, str]:
    """What the fields held before they came analysed: the item's own text."""
    body = [s.text for s in item.sections if s.heading not in (INDSTILLING, BESLUTNING) and s.text]
    acronyms = " ".join(coordinated_acronyms("\n".join([item.title, item.full_text])))
    return {
        "title": item.title,
        "recommendation": item.recommendation or "",
        "decision": item.decision or "",
        "body": "\n\n".join(body + list(item.attachments) + [acronyms]),
        "words": "\n".join([item.title, item.full_text, acronyms]),
    }


def _postings(folder) -> dict:
    ix = whoosh_index.open_dir(str(folder))
    with ix.searcher() as s:
        r = s.reader()
        out = {}
        for field in TEXT_FIELDS:
            for term in r.lexicon(field):
                out[(field, term)] = list(r.postings(field, term).items_as("weight"))
        lengths = {(d, f): r.doc_field_length(d, f) for d in range(r.doc_count_all()) for f in TEXT_FIELDS}
    return out, lengths


def test_prepared_documents_index_as_the_text_does(tmp_path):
    items = [(m, i) for p in sample_paths() for m in [read_document(p)] for i in m.items]
    for name, as_text in (("prepared", False), ("text", True)):
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), _schema_with_words())
        w = ix.writer()
        for meeting, item in items:
            doc = item_document(item, meeting_id_of(meeting), meeting.date_window) | {"words": surface_words(item)}
            w.add_document(**(doc | _as_text(item) if as_text else doc))
        w.commit()
    prepared, text = _postings(tmp_path / "prepared"), _postings(tmp_path / "text")
    assert prepared[0] == text[0] and len(prepared[0]) > 1000
    assert prepared[1] == text[1]


def test_distinct_terms_are_those_of_the_whole_text():
    for path in sample_paths():
        meeting = read_document(path)
        for item in meeting.items:
            doc = item_document(item, meeting_id_of(meeting))
            text = "\n".join([item.title, item.full_text])
            whole = set(analyze("\n".join([text, *item.attachments, *coordinated_acronyms(text)])))
            assert set(doc["stem_set"].decode().split()) == whole
            assert doc["title_stems"] == " ".join(sorted(set(analyze(item.title))))


def test_the_vocabulary_counts_the_items_that_hold_each_word(tmp_path):
    meetings = [read_document(p) for p in sample_paths()]
    held: dict[str, int] = {}
    for meeting in meetings:
        pairs = meeting_pairs(meeting)
        for item in meeting.items:
            for word in set(surface_words(item, pairs)):
                held[word] = held.get(word, 0) + 1
    with AnswerEngine(tmp_path / "new") as engine:
        engine.ingest_many(meetings)
        assert engine.vocabulary() == held
    old = tmp_path / "old"  # an index made before `vocab` keeps a `words` field on every item
    old.mkdir()
    whoosh_index.create_in(str(old), _old_schema())
    with AnswerEngine(old) as engine:
        engine.ingest_many(meetings)
        assert engine.vocabulary() == held
        assert "words" in engine._searcher.schema and "vocab" not in engine._searcher.schema


def _old_schema():
    schema = _schema_with_words()
    schema.remove("vocab")
    return schema


def test_an_item_that_writes_a_name_out_holds_its_acronym():
    meeting = read_document(next(p for p in sample_paths() if p.name.startswith("003")))
    item = next(i for i in meeting.items if i.item_number == "3.4")  # "Social- og sundheds- assistenter"
    doc = item_document(item, meeting_id_of(meeting))
    assert {"ssa", "ssh"} <= set(doc["stem_set"].decode().split()) and {"ssa", "ssh"} <= set(doc["body"])
    assert {"ssa", "ssh"} <= set(surface_words(item))
    assert "SSA" not in item.full_text  # the document never writes it


def test_an_item_holds_the_other_half_of_an_acronym_its_document_defines():
    # 000 defines "Sundhedskoordinationsudvalg (SKU)" in item 2.1; item 5.2 writes only the name
    meeting = read_document(next(p for p in sample_paths() if p.name.startswith("000")))
    pairs = meeting_pairs(meeting)
    assert pairs["sku"] == analyze("Sundhedskoordinationsudvalg")[0] and "ppu" in pairs
    item = next(i for i in meeting.items if i.item_number == "5.2")
    assert "SKU" not in item.full_text
    doc = item_document(item, meeting_id_of(meeting), meeting.date_window, pairs)
    assert "sku" in doc["stem_set"].decode().split() and "sku" in doc["body"]
    assert "sku" in surface_words(item, pairs)
    assert "sku" not in item_document(item, meeting_id_of(meeting))["stem_set"].decode().split()


def test_the_index_keeps_every_acronym_its_documents_define(tmp_path):
    meetings = [read_document(p) for p in sample_paths()]
    with AnswerEngine(tmp_path / "new") as engine:
        engine.ingest_many(meetings)
        defined = engine._snapshot.acronyms()
    assert defined["kd-net"] == ("kommunaldirektørnetværket i midtjylland",)  # 004 defines it
    assert defined["sku"] == ("sundhedskoordinationsudvalg",) and "brn" in defined and "das" in defined
    old = tmp_path / "old"  # an index made before the field gets it on its next ingest
    old.mkdir()
    schema = make_schema()
    schema.remove("acronyms")
    whoosh_index.create_in(str(old), schema)
    with AnswerEngine(old) as engine:
        assert engine._snapshot.acronyms() == {}
        engine.ingest_many(meetings)
        assert engine._snapshot.acronyms() == defined


def test_an_acronym_one_document_defines_finds_another_documents_item(sample_engine):
    # 004 defines "Kommunaldirektørnetværket i Midtjylland (KD-Net)"; 001's item 2.1 writes only "KD-Net"
    answer = sample_engine.ask("hvad skal kommunaldirektørnetværket komme med oplæg om ift socialområdet?", today=date(2026, 11, 22))
    first = answer.hits[0].item
    assert answer.answered and first.source.startswith("001") and first.item_number == "2.1"
    assert "ommunaldirektørnetværk" not in first.full_text
