"""The gate, round 13: a named person's or body's view asked ("what did <X> say/think about",
"hvad mener <X> om") is given only by an item recording it, the holder's names beside the topic
(index/search/opinion_asked.py). The item on the topic was the answer though it records no view
of theirs: the holder's name elsewhere in it (a talk's speaker), or not at all (a union)."""

from __future__ import annotations

from index.search.opinion_asked import holder_of
from tests.support.sample import TODAY, source_items


def test_the_holder_is_read_from_the_asking_words() -> None:
    assert holder_of("What did Henrik Fabiansson Haue think about road pricing?") == "Henrik Fabiansson Haue"
    assert holder_of("What is the Danish Nurses' Organisation's view on the new law?") == "the Danish Nurses' Organisation"
    assert holder_of("hvad mener Ældrerådet i Region Midtjylland om sundhedsklyngerne?") == "Ældrerådet i Region Midtjylland"
    assert holder_of("hvad er FOAs holdning til lærepladserne?") == "FOA"
    assert holder_of("What did KKR Midtjylland decide about the IT units?") is None
    # a framing's views set the scene; the asking sentence asks a place
    assert holder_of("I'm covering mayors' views on flooding. Where was the climate conference held in 2021?") is None


def test_a_view_the_item_does_not_record_is_refused_with_the_item_kept(sample_engine) -> None:
    # the speaker is named where the item opens, road pricing is one dilemma of its case: not his view
    got = sample_engine.ask("What did Henrik Fabiansson Haue think about road pricing?", today=TODAY)
    assert not got.answered and source_items(got)[0] == ("004", "3.2")
    assert any(n.key == "note_no_opinion" for n in got.notes)
    union = sample_engine.ask("What did the Danish Nurses' Organisation say about the new law letting nurses do doctors' tasks?", today=TODAY)
    assert not union.answered and source_items(union)[0] == ("004", "3.4")


def test_a_view_beside_its_holder_still_answers(sample_engine) -> None:
    # the talk's speaker beside its subject, and a body whose evaluation the item reports
    talk = sample_engine.ask("What did Henrik Fabiansson Haue say about future transport systems?", today=TODAY)
    assert talk.answered and source_items(talk)[0] == ("004", "3.2")
    vive = sample_engine.ask("hvad sagde VIVE om de særlige pladser", today=TODAY)
    assert vive.answered and source_items(vive)[0] == ("002", "3.3")
    council = sample_engine.ask("what did the council say about the health structure commission", today=TODAY)
    assert council.answered
