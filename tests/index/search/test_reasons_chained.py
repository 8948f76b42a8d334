"""A reason given over several sentences (index/search/sentence_links.py): a "why" question is
answered by the sentence that points back ("… drøftes derfor …", "Det indstilles derfor, at …")
together with the sentences before it that it rests on, while each goes on from or adds to the
one before ("Det …", "Dertil …"), not by the first of them alone."""

from __future__ import annotations

from index.model import AgendaItem, ItemSection
from index.read.passages import item_parts
from index.search.sentence_links import with_antecedent
from index.search.units import Asked, WordCredits, score_unit, window_of
from tests.support.sample import TODAY


def _shown(engine, question: str) -> str:
    hit = engine.ask(question, today=TODAY).hits[0]
    return " ".join(" ".join(p.text for p in hit.passages).split())


def test_a_cause_over_two_sentences_before_derfor_is_shown(sample_engine) -> None:
    # "Det ændrede risiko- og trusselsbillede …" + "Dertil har der …" + "… drøftes derfor i alle fem KKR i juni".
    shown = _shown(sample_engine, "Hvorfor drøftede alle fem KKR beredskab og tværkommunalt samarbejde i juni 2026?")
    assert "Det ændrede risiko- og trusselsbillede aktualiserer således behovet" in shown
    assert "Dertil har der de senere år været et stigende nationalt fokus" in shown


def test_a_cause_before_the_sentence_the_window_begins_with_is_shown(sample_engine) -> None:
    # "Vi afventer fortsat den nye rammeaftale …" + "Det er bl.a. i rammeaftalen, at …" + "Det indstilles derfor, at …".
    shown = _shown(sample_engine, "Hvorfor skal formandskabet kunne justere resultatkontrakten med Erhvervshus Midtjylland for 2024?")
    assert "Vi afventer fortsat den nye rammeaftale" in shown


def _units(text: str):
    item = AgendaItem(id="x", council="KKR Midtjylland", meeting_date=None, document_kind="minutes", source="x.txt",
                      section="3", item_number="3.1", title="Budget", case_number="", case_workers="", sections=(ItemSection("Sagsfremstilling", text, 1),))
    passages = item_parts(item.sections)[1]
    weights = {"budget": ("budget", 1.0)}
    memo = WordCredits(weights)
    return [score_unit(item, i, p, weights, frozenset(), Asked("why budget", "reason"), memo) for i, p in enumerate(passages)]


def test_the_chain_stops_at_a_sentence_that_starts_afresh() -> None:
    units = _units("Kommunerne har fået nye opgaver. Udgifterne er steget. Dertil kommer højere priser. Budgettet hæves derfor.")
    shown, beside = with_antecedent(window_of([units[3]]), units)
    texts = [u.passage.text for u in shown.units] + [u.passage.text for w in beside for u in w.units]
    assert "Udgifterne er steget." in texts and "Dertil kommer højere priser." in texts
    assert "Kommunerne har fået nye opgaver." not in texts
