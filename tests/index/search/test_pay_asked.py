"""The gate, round 13: pay asked as what one gets ("hvad får en pædagogstuderende i løn", "hvad
tjente formanden i honorar") asks a number (answer_type.py, a minimal edit in SHORT's typing), so
the gate reads it as pay (asked.py: an amount beside a word for pay): an item on the same
education that gives no pay is the nearest, not the answer."""

from __future__ import annotations

from index.question.answer_type import answer_type
from tests.support.sample import TODAY, source_items


def test_pay_asked_as_what_one_gets_asks_a_number() -> None:
    assert answer_type("Hvad får en pædagogstuderende i løn under praktikken?") == "number"
    assert answer_type("hvad tjente formanden i honorar i 2021?") == "number"
    assert answer_type("hvad får kommunerne ud af samarbejdet?") != "number"


def test_pay_the_item_does_not_give_is_refused_with_the_item_kept(sample_engine) -> None:
    got = sample_engine.ask("Hvad får en pædagogstuderende i løn under praktikken i Midtjylland?", today=TODAY)
    assert not got.answered and source_items(got)[0] == ("004", "3.7")
    assert any(n.key == "note_no_price" for n in got.notes)
