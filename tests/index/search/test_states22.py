"""The right item first, the sentence stating the asked fact shown (round 22, STATES22). The engine
questions here are in no committed set; each fails on the code before its step."""

from __future__ import annotations

import pytest

from index.search.capacity import asks_capacity, states_capacity
from index.search.stances import asks_stance, states_stance
from index.search.units import Asked
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("text, stance", [
    # real sentences of the sample corpus
    ("Arbejdsmarkedskontoret er positiv overfor forslaget og ønsker at drøfte etableringen af et inspirationsforum efter godkendelse i KKR.", True),
    ("KL har generelt været positive over for lovforslaget, men arbejder samtidig for at fastholde den nuværende grundstruktur, …", True),
    ("KL bakker overordnet op om ambitionen om at styrke det samlede beredskab, …", True),
    ("KL har gjort ministerierne opmærksom på, at det ikke er hensigtsmæssigt, og at det vanskeliggør processen for kommunal koordinering, at kriterierne ikke kendes endnu.", True),
    # a word's tone or a positive result is no one's stance
    ("Desuden er det vurderingen, at udtrykket ”Borgere på kanten” ikke er positivt ladet, hvor inspirationsforummet vil have fokus på en mere positiv tilgang.", False),
    ("Inspirationsforummet foreslås etableret i samarbejde mellem kommunernes jobcentre og Arbejdsmarkedskontor Midt-Nord (AMK): …", False),
    ("Kort før valget blev et forslag til revision af beredskabsloven sendt i høring.", False),
])
def test_a_sentence_states_a_stance(text: str, stance: bool) -> None:
    assert states_stance(text) is stance


@pytest.mark.parametrize("text, answer_type, yes_no, asks", [
    ("Bakker Arbejdsmarkedskontoret op om et inspirationsforum?", "decision", True, True),
    ("Is KL against the revision of the emergency preparedness act?", "decision", True, True),
    ("Why has KL complained to the ministries about the loan pool?", "reason", False, True),
    ("Hvorfor er KL utilfreds med ministerierne?", "reason", False, True),
    ("Blev inspirationsforummet godkendt?", "decision", True, False),  # a decision, no stance
    ("Hvem er positiv over for forslaget?", "person", False, False),  # not a yes/no or a why
])
def test_a_question_asks_a_stance(text: str, answer_type: str, yes_no: bool, asks: bool) -> None:
    assert asks_stance(Asked(text, answer_type, yes_no=yes_no)) is asks


@pytest.mark.parametrize("question, source, item, fact", [
    # before: the sentence naming the bill (or the proposal, the pool's criteria) shown, no stance
    ("Does KL support the bill revising the emergency services act?", "003", "3.2", "positive over for lovforslaget"),
    ("Is Arbejdsmarkedskontoret against the inspiration forum for citizens with many challenges?", "002", "3.2", "Arbejdsmarkedskontoret er positiv overfor forslaget"),
    ("Was the labour market office in favour of setting up the inspiration forum?", "002", "3.2", "Arbejdsmarkedskontoret er positiv overfor forslaget"),
    ("Hvorfor er KL utilfreds med ministerierne om lånepuljen til botilbud?", "004", "3.5", "det ikke er hensigtsmæssigt"),
    ("Why is KL critical of how the ministries handle the botilbud loan pool?", "004", "3.5", "det ikke er hensigtsmæssigt"),
])
def test_a_stance_asked_shows_the_sentence_stating_it(sample_engine, question: str, source: str, item: str, fact: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith(source) and hit.item.item_number == item
    assert fact in _shown(hit)


@pytest.mark.parametrize("text, sets_against", [
    # real sentences of the sample corpus
    ("I løbet af sommeren 2021 er belægningen steget, så 10 ud af de 12 pladser pr. 10. august er taget i brug.", True),
    ("Optaget på pædagoguddannelsen for 23/24 ligger under dimensioneringen på 1329.", True),
    ("Professionshøjskolen VIA oplyser, at de har 64 pladser, der ikke har kunnet besættes ved optaget 1.9.2023.", True),
    ("I 2025 ses et fald og et samlet antal under dimensioneringen på 9.000.", True),
    ("– I 2024 indgik kommunerne 9.958 lærepladsaftaler på SOSU-området, svarende til 10 pct. over den samlede dimensionering.", True),
    # a count with no capacity or target beside it; a price of unused places
    ("Dertil skal kommunerne betale 75 pct. af døgntaksten for ubenyttede pladser (3.080 kr.), svarende til ca. 1,1 mio. kr. om året.", False),
    ("Landstallet for 2027 er fastsat til 600 personer, og regionskvoten for Region Midtjylland er fastsat til 126 personer jf. bilag.", False),
])
def test_a_sentence_sets_a_count_against_a_capacity(text: str, sets_against: bool) -> None:
    assert states_capacity(text) is sets_against


@pytest.mark.parametrize("text, yes_no, asks", [
    ("Er alle de særlige psykiatriske pladser i Nordjylland i brug?", True, True),
    ("Did the municipalities meet the target of 3,000 SOSU helper trainees?", True, True),
    ("Står nogen af de særlige pladser tomme?", True, True),
    ("Hvor mange pladser er i brug?", False, False),  # a count asked, not a yes/no
    ("Blev referatet godkendt?", True, False),
])
def test_a_yes_no_asks_whether_a_capacity_is_filled(text: str, yes_no: bool, asks: bool) -> None:
    assert asks_capacity(Asked(text, "decision" if yes_no else "number", yes_no=yes_no)) is asks


@pytest.mark.parametrize("question", [
    # before: the places' founding and their price shown, not how many were in use
    "Er alle de særlige psykiatriske pladser i Nordjylland i brug?",
    "Were all twelve special psychiatric places in North Jutland occupied by August 2021?",
    "Står nogen af de særlige pladser i Brønderslev tomme?",
])
def test_a_capacity_asked_shows_the_count_set_against_it(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("002") and hit.item.item_number == "3.3"
    assert "10 ud af de 12 pladser" in _shown(hit)
