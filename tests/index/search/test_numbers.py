"""A question's numbers as the documents write them (index/search/numbers.py): English "2.6
million" is the documents' "2,6 mio.", English "1,304" their "1.304"."""

from __future__ import annotations

from index.question.parse import parse_question
from index.search.numbers import numbers_as_written
from tests.support.sample import TODAY


def test_a_number_the_index_lacks_is_read_with_its_separator_swapped(sample_engine) -> None:
    snapshot = sample_engine._snapshot
    for question, written in (("an extra 2.6 million kroner?", "2,6"), ("1,304 assistant trainees?", "1.304")):
        parsed = numbers_as_written(snapshot, parse_question(question, today=TODAY))
        assert written in parsed.terms, (question, parsed.terms)


def test_a_number_the_index_has_as_written_or_lacks_in_both_forms_stays(sample_engine) -> None:
    snapshot = sample_engine._snapshot
    for question, term in (("hvor mange er 1.304 elever?", "1.304"), ("is it 7.25 percent?", "7.25")):
        parsed = parse_question(question, today=TODAY)
        assert term in parsed.terms and numbers_as_written(snapshot, parsed).terms == parsed.terms, question


def test_an_english_decimal_finds_the_item_that_writes_it_danish(sample_engine) -> None:
    answer = sample_engine.ask("Why must the municipalities find 2.6 million kroner more for the EU office?", today=TODAY)
    assert answer.hits and answer.hits[0].item.item_number == "3.3" and answer.hits[0].item.source.startswith("001")
