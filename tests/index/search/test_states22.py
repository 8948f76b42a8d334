"""The right item first, the sentence stating the asked fact shown (round 22, STATES22). The engine
questions here are in no committed set; each fails on the code before its step."""

from __future__ import annotations

import pytest

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
