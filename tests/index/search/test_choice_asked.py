"""Round 21 (OFFTOPIC21): another body's choice asked ("what did the minister decide", "hvem
udnævnte ministeren", "did the directorate revise …") is given only by an item stating a choice
the body made; an item naming the body only to say it will choose is refused, kept as the nearest
(index/search/choice_asked.py). The wordings are none of any set's: written for the kind."""

from __future__ import annotations

import pytest

from index.search.choice_asked import chooser_of
from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize("question, expected", [
    ("Hvad besluttede regionsrådet om bodelingen?", ("regionsrådet", "decide")),
    ("Hvem udpegede beskæftigelsesministeren til RAR?", ("beskæftigelsesministeren", "appoint")),
    ("Vedtog Folketinget lovforslaget?", ("Folketinget", "adopt")),
    ("Har Styrelsen for Patientsikkerhed besluttet noget?", ("Styrelsen", "decide")),
    ("Which criteria did the ministries finally settle on?", ("the ministries", "decide")),
    ("Did the directorate end up revising the figure?", ("the directorate", "change")),
    # the council's own choice, its makers, the municipalities: their minutes' decision answers
    ("Hvad besluttede KKR Midtjylland om lærepladserne?", None),
    ("What did the council decide about the IT units?", None),
    ("Which model did KKR Sjælland pick?", None),
    ("Hvad besluttede de midtjyske kommuner?", None),
    ("What did KL decide to set up?", None),
    ("Hvad blev besluttet om lærepladserne?", None),  # no body named
])
def test_the_chooser_is_read_from_the_asking_words(question: str, expected) -> None:
    assert chooser_of(question) == expected


@pytest.mark.parametrize("question, item", [
    ("Hvad besluttede Styrelsen for Patientsikkerhed om afgrænsningen af lægemidler og vacciner?", ("004", "3.4")),
    ("Which criteria did the ministries finally settle on for the loan pool for 2025 and 2026?", ("004", "3.5")),
    ("Har regionsrådet besluttet noget om bodelingsaftalerne?", ("001", "3.1")),
    ("Who did the employment minister end up appointing to RAR Østjylland?", ("004", "4.1")),
    ("Hvad valgte regionerne at indstille om placeringen af epx?", ("003", "3.3")),
])
def test_a_choice_only_announced_is_refused_with_the_item_kept(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert not got.answered and source_items(got)[0] == item
    assert any(n.key == "note_no_choice" for n in got.notes)


@pytest.mark.parametrize("question, item", [
    ("Hvad besluttede Folketinget om de særlige psykiatriske pladser?", ("002", "3.3")),  # "besluttede …, at … skulle"
    ("When did the Folketing adopt the law on nurses doing doctors tasks?", ("004", "3.4")),  # "Folketinget vedtog …"
    ("Hvad har Beskæftigelsesdirektørernes FU besluttet om inspirationsforummet?", ("002", "3.2")),  # "har … godkendt"
])
def test_a_choice_stated_still_answers(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert got.answered and source_items(got)[0] == item


@pytest.mark.parametrize("question", [
    "hvornår godkendes resultatkontrakten med erhvervshus midt for 2024?",  # a passive: the thing, not a body
    "When will the minister decide where epx is placed?",  # when: the item's timeline answers
    "Hvornår besluttede regionsrådet rammerne for opgaveoverdragelsen?",
    "By how much did its 2022 budget change relative to the year before?",  # a thing changing, not a body
])
def test_a_passive_or_a_when_asks_no_bodys_choice(question: str) -> None:
    assert chooser_of(question) is None
