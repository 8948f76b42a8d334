"""tests/support/sample.py `AskedOnce`: what the question-set tests share is what the engine gives,
each answer asked and each item read once per test process."""

from __future__ import annotations

from tests.support.sample import TODAY, AskedOnce


def test_answers_and_items_are_the_engines_each_made_once(sample_engine) -> None:
    asked = AskedOnce(sample_engine)
    answer = asked.ask("hvem skal afløse Jeppe Ugilt Hansen i KKR Nordjylland", today=TODAY)
    assert answer is asked.ask("hvem skal afløse Jeppe Ugilt Hansen i KKR Nordjylland", today=TODAY)
    assert [h.item.id for h in answer.hits] == [h.item.id for h in sample_engine.ask(answer.question, today=TODAY).hits]
    first = answer.hits[0].item.id
    stored = asked.item(first)
    assert stored == sample_engine.item(first) and stored is asked.item(first)
    assert asked.item("no-such-item") is None and asked.item("no-such-item") is None
    items = asked.items()
    assert [i.id for i in items] == [i.id for i in sample_engine.items()]
    items.clear()  # a caller's list is its own
    assert len(asked.items()) == len(sample_engine.items()) > 0
