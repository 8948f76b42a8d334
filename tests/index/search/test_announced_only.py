"""Round 23 (EVENTS23): an outcome asked ("hvad kom der ud af", "what did the analysis find", "how many
took part") of an event or measure the best item only announces or plans is refused, the item kept
as the nearest; an item saying the thing happened, or holding what came of it, still answers
(index/search/announced_only.py). The wordings are none of any set's: written for the kind."""

from __future__ import annotations

import pytest

from index.search.announced_only import missing_outcome, outcome_asked
from tests.support.sample import TODAY, source_items


@pytest.mark.parametrize("question, expected", [
    ("Hvad viste pendleranalysen?", "viste"),
    ("Hvor mange deltog i workshoppen?", "deltog"),
    ("Hvad kom der ud af de regionale møder?", "kom der ud af"),
    ("Hvad blev resultatet af evalueringen?", "blev resultatet"),
    ("Hvordan forløb generalforsamlingen?", "Hvordan forløb"),
    ("How many chiefs turned up for the workshop?", "turned up"),
    ("What did the analysis of newly trained staff find?", "did the analysis of newly trained staff find"),
    ("What were the findings of the expert committee?", "were the findings"),
    ("What came out of the theme discussion?", "What came out of"),
])
def test_an_outcome_in_the_past_is_read_from_the_asking_words(question: str, expected: str) -> None:
    asked = outcome_asked(question)
    assert asked is not None and asked.group() == expected


@pytest.mark.parametrize("question", [
    "Hvornår afholdes ungekonferencen?",  # a date asked: the planned date answers
    "When did the conference take place?",
    "Is it known how many people attended the youth conference?",  # yes or no
    "Sundhedsstrukturkommissionen: hvilke grupper af borgere har forløb på tværs af sektorer?",  # a noun
    "Which areas did the council mention as examples where municipalities could find joint solutions?",  # "find" has its object
    "Hvilke delanalyser forventes gennemført?",  # a plan asked as a plan
])
def test_no_outcome_is_read_of_a_date_a_yes_no_a_noun_or_a_plan(question: str) -> None:
    assert outcome_asked(question) is None


@pytest.mark.parametrize("question, item", [
    ("Hvad kom der ud af workshoppen med it-cheferne om kortlægningsskemaet?", ("001", "3.4")),  # "afholdes en workshop"
    ("What did the analysis of newly trained staff's attachment to the welfare professions find?", ("003", "3.3")),  # "forventes"
    ("What were the conclusions of KL's regional meetings on the new nursing law?", ("004", "3.4")),  # "vil … invitere"
])
def test_an_outcome_of_a_thing_only_announced_is_refused_with_the_item_kept(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert not got.answered and source_items(got)[0] == item
    assert any(n.key == "note_only_announced" for n in got.notes)


@pytest.mark.parametrize("question, item", [
    ("Who took part in the climate conference held in Skive?", ("000", "2.1")),  # "KKR afholdt … med deltagelse af"
    ("What did VIVE's evaluation find about the special places?", ("002", "3.3")),  # "VIVE præsenterede sin evaluering"
    ("Hvor mange kommuner deltog i KL's mobilitetssurvey?", ("004", "3.2")),  # "82 kommuner har svaret"
    ("Hvad kom der ud af temadrøftelsen om udsatte unge?", ("002", "3.1")),  # its decision: "Sagen blev aflyst."
    # a decision naming the thing, though it holds less of the question than the plan's sentence does:
    # "drøftede sagen, herunder Uddannelsesudvalget og muligheden for at nedlægge udvalget …"
    ("Hvad kom KKR Midtjylland frem til om Uddannelsesudvalget ved drøftelsen af udpegningslisten?", ("001", "5.1")),
    ("Hvad var konklusionen på drøftelsen af om der fortsat skal nedsættes et uddannelsesudvalg?", ("001", "5.1")),
])
def test_an_outcome_the_item_records_still_answers(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert got.answered and source_items(got)[0] == item
    assert not any(n.key == "note_only_announced" for n in got.notes)


def test_a_count_the_item_states_of_a_plan_is_left_answered(sample_engine) -> None:
    """A count asked beside an outcome word, of passages that state a number ("2-4 møder om året"),
    is not read as an outcome the item lacks."""
    question = "How many meetings a year did the jobcentres' inspiration forum end up being planned with?"
    got = sample_engine.ask(question, today=TODAY)
    assert not any(n.key == "note_only_announced" for n in got.notes)
    assert missing_outcome is not None


@pytest.mark.parametrize("question, expected", [
    ("How did the youth conference in March go?", "How did the youth conference in March go"),
    ("What was the turnout at the conference?", "turnout"),
    ("Hvad var konklusionen på midtvejsopdateringen?", "var konklusionen"),
    ("Hvad kom analysen af afgangen fra professionerne frem til?", "kom analysen af afgangen fra professionerne frem til"),
    ("What did the expert group end up recommending?", "did the expert group end up"),
])
def test_an_outcome_is_read_in_more_words(question: str, expected: str) -> None:
    """Step 2: "how did … go", a turnout, "var konklusionen", "kom <the thing> frem til", "end up"."""
    asked = outcome_asked(question)
    assert asked is not None and asked.group() == expected


@pytest.mark.parametrize("question, item", [
    # another event held beside it in the item ("I juni blev der afholdt flere informationsmøder med … it-chefer")
    ("Hvordan gik workshoppen med it-cheferne?", ("001", "3.4")),
    # a dated point after the meeting ("… konference 27. september 2021" in the agenda of 30 August 2021),
    # beside the climate summit's "Konklusionerne fra konferencen vil blive inddraget"
    ("Hvad blev udbyttet af Sundhedskoordinationsudvalgets konference i september 2021?", ("000", "2.1")),
    ("Hvad konkluderede Kammeradvokaten om driftsmodellen?", ("001", "3.1")),  # "i dialog … med henblik på at afklare"
])
def test_an_outcome_of_a_thing_announced_beside_another_held_is_refused(sample_engine, question: str, item) -> None:
    got = sample_engine.ask(question, today=TODAY)
    assert not got.answered and source_items(got)[0] == item
    assert any(n.key == "note_only_announced" for n in got.notes)
