"""The gate, round 13: a thing counted that the index has only inside a compound it begins
("passagerer" asked, "passagertal" written) is still what is asked (figure.py `_head`): the item
must give a number of it. Before, a head no item has whole was not read at all, so the mobility
item ("Vigende passagertal …", no figure of passengers) answered how many passengers were lost."""

from __future__ import annotations

from tests.support.sample import TODAY, source_items


def test_a_count_of_a_thing_only_named_in_a_compound_is_refused_with_the_item_kept(sample_engine) -> None:
    got = sample_engine.ask("Hvor mange passagerer mistede busserne i Midtjylland i 2023?", today=TODAY)
    assert not got.answered and source_items(got)[0] == ("004", "3.2")
    assert any(n.key == "note_no_figure" and n.values["what"] == "passagerer" for n in got.notes)


def test_a_count_the_item_gives_still_answers(sample_engine) -> None:
    got = sample_engine.ask("Hvor mange kommuner svarede på KL's spørgsmål om kollektiv mobilitet i efteråret 2023?", today=TODAY)
    assert got.answered and source_items(got)[0] == ("004", "3.2")
