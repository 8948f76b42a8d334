"""The gate, round 12: an English word neither the index nor the glossary knows is a weak word
when every word of the question the index knows is in the item, together (index/search/unknown_words.py).
Each answerable question here was refused on the sample with the right item first; each off-topic
one must stay refused."""

from __future__ import annotations

from index.question.parse import parse_question
from index.search.rank import concepts_of
from index.search.unknown_words import unreadable
from tests.support.sample import TODAY, source_items


def test_an_english_word_nobody_reads_is_told_from_one_the_glossary_renders(sample_engine) -> None:
    snapshot = sample_engine._snapshot
    parsed = parse_question("What was KD-Net asked to prepare a proposal about?", vocabulary=snapshot.vocabulary(),
                            acronyms=snapshot.acronyms(), today=TODAY)  # fmt: skip
    read = {c.word: unreadable(c, parsed) for c in concepts_of(snapshot, parsed)}
    assert read["prepare"] and not read["kd-net"] and not read["forslag"]


def test_the_item_holding_every_known_word_answers_though_it_lacks_the_unread_ones(sample_engine) -> None:
    for question, item in (
        ("What was KD-Net asked to prepare a proposal about after the June 2025 meeting?", ("001", "3.3")),
        ("Which two mediators were appointed to help local dialogues on the new youth education landscape?", ("003", "3.3")),
        ("Education matters for growth and settlement in Central Jutland. Which study programmes is KKR Midtjylland "
         "in charge of dimensioning?", ("003", "3.3")),
    ):  # fmt: skip
        got = sample_engine.ask(question, today=TODAY)
        assert got.answered and got.uncertain and source_items(got)[0] == item, question


def test_an_unread_word_that_is_what_is_asked_is_still_refused(sample_engine) -> None:
    # a count of a thing nobody could read; unread words outweighing the known; a decision asked
    # of a thing whose known words meet only outside the item's proposal and decision
    for question in (
        "How many drones have the municipalities bought for emergency preparedness?",
        "I'm covering emergency preparedness: how many warning sirens did the Central Jutland municipalities agree to buy together?",
        "Could you provide an overview of the municipal football league budget?",
        "For a feature on libraries in the north: did the North Jutland council decide anything on the opening hours "
        "of municipal libraries in 2021?",
    ):  # fmt: skip
        assert not sample_engine.ask(question, today=TODAY).answered, question
