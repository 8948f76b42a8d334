"""'Who praised / backed / took part …' (index/search/acts_asked.py): the sentence saying the act
was done, whose doers are often bodies, not a person's name, is shown first."""

from __future__ import annotations

import pytest

from index.search.acts_asked import asked_act, does_act
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("Who praised the councils for finding the places so fast?", "praise"),
        ("Hvem bakkede op om de fire tematikker?", "backing"),
        ("The health reform is followed by a partnership. Who takes part in it?", "taking part"),
        ("Hvem stod bag ungetopmødet?", "hosting"),
        ("Hvem er formand for SKF Midtjylland?", None),
    ],
)
def test_the_act_a_who_question_names(question: str, act: str | None) -> None:
    assert asked_act(question) == act


def test_a_passage_says_the_act_was_done() -> None:
    assert does_act("De centrale aktører (staten, parter og skolerne) har i forlængelse heraf rost KKR.", "praise")
    assert does_act("Formandskaberne bakkede op om de fire foreslåede tematikker.", "backing")
    assert not does_act("Formandskaberne bakkede op om de fire foreslåede tematikker.", "praise")


def test_those_who_praised_are_shown(sample_engine) -> None:
    question = "Nordjyske SOSU-elever fik alle en læreplads i 2021. Hvem roste KKR og kommunerne for det hurtige arbejde?"
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number in ("3.1", "3.5")
    assert "De centrale aktører (staten, parter og skolerne)" in " ".join(hit.passages[0].text.split())
