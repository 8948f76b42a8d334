"""The gate, round 13: an English count whose counted words nobody could read ("how many <sick
days> did the trainees take": neither the index nor the glossary knows them) asks a figure no item
gives (figure.py `_unread_counted`, unknown_words.unreadable): the item on the topic is the
nearest, not the answer. A count of a thing the index reads still answers."""

from __future__ import annotations

from tests.support.sample import TODAY, source_items


def test_a_count_of_words_nobody_could_read_is_refused_with_the_item_kept(sample_engine) -> None:
    got = sample_engine.ask("How many sick days did social and health care assistant trainees in Central Jutland "
                            "take in 2026?", today=TODAY)  # fmt: skip
    assert not got.answered and source_items(got)  # the SOSU items kept as the nearest
    assert any(n.key == "note_no_figure" and n.values["what"] == "sick days" for n in got.notes)


def test_a_count_of_a_thing_the_index_reads_still_answers(sample_engine) -> None:
    got = sample_engine.ask("How many refugees is the regional quota for Region Midtjylland set at for 2027?", today=TODAY)
    assert got.answered and source_items(got)[0] == ("003", "3.5")
