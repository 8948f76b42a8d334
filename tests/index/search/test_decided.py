"""Questions asking what was decided: the item whose decision says it comes first, and a hit
whose decision only points back ("KKR godkendte forslaget") shows what was proposed."""

from __future__ import annotations

import pytest

from index.search.decided import referring_nouns, states_proposal
from tests.support.items import item, meeting, small_engine
from tests.support.sample import TODAY

AREAS = (
    "KKR's fagområder i den kommende valgperiode er det specialiserede socialområde, uddannelsesområdet, "
    "kollektiv trafik og klima. Samarbejdet på det specialiserede socialområde og på uddannelsesområdet "
    "fortsætter. Anbefalingerne om samarbejdet drøftes på mødet."
)


def test_the_item_whose_decision_says_it_beats_one_listing_it_in_its_background(tmp_path) -> None:
    engine = small_engine(
        tmp_path,
        meeting(
            item("5.2", "Anbefalinger for den kommende valgperiode", AREAS, decision="KKR drøftede anbefalingerne."),
            item("2.1", "Orientering", "Formandskabet har holdt møder med regionen om flere emner.",
                 decision="KKR anmodede KD-Net om et oplæg om, hvordan samarbejdet på det specialiserede "
                          "socialområde kan styrkes."),  # fmt: skip
        ),
    )
    answer = engine.ask("hvad besluttede KKR om samarbejdet på det specialiserede socialområde?", today=TODAY)
    assert [h.item.item_number for h in answer.hits][:2] == ["2.1", "5.2"]
    # a topic question (nothing decided asked) still gets the item about the areas
    assert engine.ask("samarbejdet på det specialiserede socialområde", today=TODAY).hits[0].item.item_number == "5.2"


def test_a_decision_pointing_back_shows_what_was_proposed(tmp_path) -> None:
    text = (
        "Arbejdsgruppen har i foråret drøftet borgere på kanten af arbejdsmarkedet og jobcentrenes indsats for dem. "
        "Gruppen har holdt fire møder med jobcentrene om borgere på kanten.\n\n"
        "Arbejdsmarkedskontoret har deltaget i møderne.\n\n"
        "Et inspirationsforum for jobcentrene foreslås etableret med to møder om året."
    )
    engine = small_engine(tmp_path, meeting(item("3.2", "Borgere på kanten", text, decision="KKR godkendte forslaget.")))
    hit = engine.ask("hvad besluttede KKR om jobcentrenes indsats for borgere på kanten?", today=TODAY).hits[0]
    assert "inspirationsforum" in hit.passages[0].text
    # asked for the topic, not the decision, the best passage is the one on the topic
    topic = engine.ask("jobcentrenes indsats for borgere på kanten", today=TODAY).hits[0]
    assert "inspirationsforum" not in topic.passages[0].text


@pytest.mark.parametrize(
    "decision, nouns",
    [
        ("KKR Nordjylland godkendte forslaget.", ["forslaget"]),
        ("Indstillingen blev tiltrådt.", ["Indstillingen"]),
        ("KKR Nordjylland tog evalueringen til efterretning.", ["evalueringen"]),
        ("KKR tiltrådte indstillingen om at arbejde videre med området.", []),  # it says what
        ("KKR anmodede KD-Net om et oplæg om samarbejdet.", []),
    ],
)
def test_the_nouns_a_decision_points_back_with(decision: str, nouns: list[str]) -> None:
    assert referring_nouns(decision) == nouns


@pytest.mark.parametrize(
    "text, proposes",
    [
        ("Inspirationsforummet foreslås etableret i samarbejde med jobcentrene.", True),
        ("Det foreslås derfor, at de lokale mål videreføres til kontrakten for 2022.", True),
        ("Det indstilles, at KKR tiltræder en fordeling af kvoterne efter den matematiske model.", True),
        ("Det indstilles, at KKR godkender forslag til initiativer vedr. borgere på kanten.", False),
        ("Det indstilles, at KKR drøfter evalueringen og tager den til efterretning.", False),
        ("Gruppen har holdt fire møder med jobcentrene.", False),
    ],
)
def test_a_passage_states_a_proposal(text: str, proposes: bool) -> None:
    assert states_proposal(text) is proposes
