"""Round 22 (OFFTOPIC22): an everyday question whose one word an item holds is a plain word that
item uses in passing is refused, the item kept as the nearest (index/search/passing_word.py, read
by asked.missing_asked). The wordings are none of any set's: written for the kind."""

from __future__ import annotations

import pytest

from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize("question, item, word", [
    ("Hvornår får vi løn?", ("004", "3.7"), "løn"),  # "løn- og ansættelsesvilkår" in the pedagogue item
    ("Hvor ligger kontoret?", ("003", "3.1"), "kontoret"),  # "kontorets arbejde" in CDEU's annual report
    ("Kan man cykle til mødet?", ("004", "3.2"), "cykel"),  # "gang eller cykel" in the mobility item
])
def test_an_everyday_question_is_not_answered_by_a_word_in_passing(sample_engine, question: str, item, word: str) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert not got.answered and source_items(got)[0] == item  # kept as the nearest
    assert any(n.key == "note_in_passing" and n.values["what"] == word for n in got.notes), got.notes


@pytest.mark.parametrize("question, item", [
    ("lægereform", ("003", "3.6")),  # a compound: the documents' name of a topic
    ("er der planer om herbergsområdet", ("003", "6.1")),
    ("Hvornår skulle den nye Hovedlov træde i kraft?", ("002", "3.2")),  # a named thing
    ("hvad med budgettet?", ("002", "3.4")),  # a plain word in the item's title
    ("Hvad siger KKR om løn?", ("004", "3.7")),  # asked of the documents' own body
    ("Hvornår skal voksne hjælperelever have løn?", ("003", "3.4")),  # two words held
])
def test_a_topic_word_a_title_word_or_the_documents_body_still_answers(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert got.answered and source_items(got)[0] == item
