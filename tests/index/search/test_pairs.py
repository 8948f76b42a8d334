"""A compared pair (index/search/pairs.py): one sentence setting two figures against each other
answers a question that compares, and is shown beside the best passage when none shown holds one."""

from __future__ import annotations

import pytest

from index.analysis import analyze
from index.model import AgendaItem, ItemSection
from index.read.passages import item_parts
from index.search.pairs import holds_pair, sets_pair
from index.search.units import Asked, WordCredits, score_unit, window_of
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Det har været vanskeligere – 309 pladser i 2023, mod 400 pladser i 2022.", True),
        ("Med den nye aftale øges antallet af lærepladser fra 9.000 til 11.000.", True),
        ("Antallet er 1.304 i 2026 sammenlignet med 1.417 i 2027.", True),
        ("Behovet vil kunne dækkes med 75 pladser i stedet for 150 pladser, der er i dag.", True),
        ("For en tom plads betales 3.080 kr. i stedet for 4.107 kr.", True),
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



def test_a_pair_in_a_line_of_a_list_answers_a_comparison() -> None:
    # "– Antallet af særlige pladser nedjusteres. Det vurderes, at … 75 pladser i stedet for 150 pladser …"
    # is a line of a list of recommendations: the list holds the pair as a sentence would.
    text = ("VIVE anbefaler følgende:\n– Der bør etableres en enklere finansieringsmodel\n– Antallet af særlige pladser "
            "nedjusteres. Behovet vil kunne dækkes med 75 pladser i stedet for 150 pladser, der er i dag")
    item = AgendaItem(id="x", council="KKR Nordjylland", meeting_date=None, document_kind="minutes", source="x.txt", section="3",
                      item_number="3.3", title="Evaluering", case_number="", case_workers="",
                      sections=(ItemSection("Sagsfremstilling", text, 1),))
    stem = analyze("pladser")[0]
    weights = {stem: (stem, 1.0)}
    units = [score_unit(item, i, p, weights, frozenset(), Asked("hvor mange pladser sammenlignet med i dag", "compare"), WordCredits(weights))
             for i, p in enumerate(item_parts(item.sections)[1])]
    listed = [u for u in units if u.passage.kind == "list"]
    assert listed and holds_pair(window_of(listed))


def test_a_long_sentence_is_cut_to_span_the_figures_compared(sample_engine) -> None:
    # a comparison's best sentence, over 400 characters (two sentences run together in the source), is
    # cut to span its two figures ("… fire politiske klynger …", "… tre nordjyske klynger"), not around
    # the question's words further on (blind-round2-a r2a36's wording: the sentence comes first for it)
    question = ("The 2021 national deal on health clusters proposed a certain number of clusters for North Jutland. "
                "How does that compare with the number of political health clusters the region already had running?")
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "2.1"
    shown = " ".join(" ".join(p.text.split()) for p in hit.passages)
    assert "godt gang i fire politiske klynger" in shown and "tre nordjyske klynger" in shown
