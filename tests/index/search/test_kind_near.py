"""index/search/kind_near.py: an item holding a value of the asked kind (a name, a date) beside the
question's words comes before a neighbour that only speaks of the topic (round 14, ORDER)."""

from __future__ import annotations

from pathlib import PurePath

from index.search.kind_near import kind_factor, kind_share
from index.search.rank import concepts_of
from tests.support.sample import TODAY


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def _item(engine, doc: str, number: str):
    return next(i for i in engine.items() if PurePath(i.source).name.startswith(doc) and i.item_number == number)


def test_the_item_naming_who_was_appointed_comes_first(sample_engine) -> None:
    # Both of the meeting's items speak of appointing ("udpegning"); the council's evaluation (002 5.1, "de
    # KKR-udpegede") ranked first, the appointment item (002 4.1) names "Jesper Greth (V)" beside "udpeges".
    answer = sample_engine.ask("hvem blev udpeget til KKR Nordjylland i september 2021?", today=TODAY)
    assert answer.answered and where(answer.hits[0]) == ("002", "4.1")
    line = answer.hits[0].answer
    assert "Jesper Greth" in " ".join(p.text for p in answer.hits[0].passages) + " ".join(line.values if line else ())


def test_kind_share_reads_a_name_or_date_beside_the_words(sample_engine) -> None:
    snapshot = sample_engine._mine()
    parsed = sample_engine._read(snapshot, "hvem blev udpeget til KKR Nordjylland?", TODAY)
    concepts = concepts_of(snapshot, parsed)
    appointed, evaluation = _item(sample_engine, "002", "4.1"), _item(sample_engine, "002", "5.1")
    assert parsed.answer_type == "person"
    assert kind_share(appointed, concepts, "person") > kind_share(evaluation, concepts, "person")
    assert kind_factor(appointed, concepts, "person") > kind_factor(evaluation, concepts, "person")
    # a kind the documents do not write as a pattern-known value leaves the order alone
    assert kind_factor(appointed, concepts, "list") == kind_factor(evaluation, concepts, "list") == 1.0
    # a date asked: the IT item's "senest den 1. januar 2027" beside the question's words
    parsed = sample_engine._read(snapshot, "senest hvornår skal de nye it-serviceorganisationer være etableret?", TODAY)
    concepts = concepts_of(snapshot, parsed)
    assert parsed.answer_type == "date"
    assert kind_share(_item(sample_engine, "001", "3.4"), concepts, "date") > 0.5
