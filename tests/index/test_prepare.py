"""Documents prepared with their terms already analysed (index/prepare.py) index exactly as
Whoosh indexes the text itself: the same terms, postings, weights and field lengths, and the
item's distinct terms are those of its whole text."""

from __future__ import annotations

from whoosh import index as whoosh_index

from index.analysis import analyze
from index.model import BESLUTNING, INDSTILLING
from index.prepare import item_document, meeting_id_of
from index.read.document import read_document
from index.samples import sample_paths
from index.store import make_schema

TEXT_FIELDS = ("title", "recommendation", "decision", "body", "words")


def _as_text(item) -> dict[str, str]:
    """What the fields held before they came analysed: the item's own text."""
    body = [s.text for s in item.sections if s.heading not in (INDSTILLING, BESLUTNING) and s.text]
    return {
        "title": item.title,
        "recommendation": item.recommendation or "",
        "decision": item.decision or "",
        "body": "\n\n".join(body + list(item.attachments)),
        "words": "\n".join([item.title, item.full_text]),
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
        ix = whoosh_index.create_in(str(tmp_path / name), make_schema())
        w = ix.writer()
        for meeting, item in items:
            doc = item_document(item, meeting_id_of(meeting), meeting.date_window)
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
            whole = set(analyze("\n".join([item.title, item.full_text, *item.attachments])))
            assert set(doc["stem_set"].decode().split()) == whole
            assert doc["title_stems"] == " ".join(sorted(set(analyze(item.title))))
