"""A compared pair (index/search/pairs.py): one sentence setting two figures against each other
answers a question that compares, and is shown beside the best passage when none shown holds one."""

from __future__ import annotations

import pytest

from index.search.pairs import sets_pair
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Det har været vanskeligere – 309 pladser i 2023, mod 400 pladser i 2022.", True),
        ("Med den nye aftale øges antallet af lærepladser fra 9.000 til 11.000.", True),
        ("Antallet er 1.304 i 2026 sammenlignet med 1.417 i 2027.", True),
        # an enumeration of shares is no pair set against each other
        ("Fordelingen er 43 pct. på dagtilbud, 35 pct. på specialtilbud og 22 pct. på skole- og fritidspædagogik.", False),
        ("Lånepuljen for 2024 på 0,2 mia. kr. blev udmøntet i september 2023.", False),
        # two figures of two sentences are not one pair
        ("Der er 64 pladser ledige. Mod forventning er der 200 på vinteroptaget.", False),
    ],
)
def test_a_sentence_setting_two_figures_against_each_other(text: str, pair: bool) -> None:
    assert sets_pair(text) is pair


def test_a_comparison_shows_the_sentence_setting_its_figures_side_by_side(sample_engine) -> None:
    # The merit route's places, 2023 against 2022, stand in one sentence far from the item's other figures.
    question = ("On the merit route to becoming a pedagogue: how many places were there in 2023 compared with the year "
                "before, according to KKR Midtjylland's papers?")  # the best passage is on the regular programme
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "3.7"
    shown = [" ".join(p.text.split()) for p in hit.passages]
    assert any("309 pladser i 2023, mod 400 pladser i 2022" in p for p in shown)
