"""A list question ("which focus areas …") is answered by the list whose lead-in names what is asked
("Der er således fortsat stor fokus på følgende områder"), even when the item's opening sentence holds
more of the question's words (the council, the year, the contract): the list wins at NAMED_SHARE of
the best window, not at the share any typed window needs."""

from __future__ import annotations

from index.search.shown import NAMED_SHARE, TYPED_SHARE
from tests.support.sample import TODAY


def test_a_list_naming_what_is_asked_wins_at_a_lower_share() -> None:
    assert NAMED_SHARE < TYPED_SHARE


def test_the_focus_areas_are_shown_not_the_opening_sentence(sample_engine) -> None:
    # before: "KKR Midtjylland skal indgå en årlig resultatkontrakt med Erhvervshus Midtjylland for 2024." alone
    hit = sample_engine.ask("Which focus areas does the 2024 contract with Erhvervshus Midtjylland keep?", today=TODAY).hits[0]
    assert hit.item.item_number == "3.8"
    first = hit.passages[0].text
    assert first.startswith("Der er således fortsat stor fokus på følgende områder")
    assert "Digitalisering" in first and "Grøn og cirkulær omstilling" in first
    assert hit.answer is not None and hit.answer.values[0] == "Digitalisering"
