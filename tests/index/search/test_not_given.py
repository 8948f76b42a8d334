"""The gate, round 8: a question on an item's topic that asks for a thing of a kind the item never
gives is not answered (`answered` false, the item kept as the nearest with a note), while the same
kind of question whose thing the item gives is answered. Each kind here slipped through before: an
amount of money asked without a noun for it ("hvor mange penge", "how much money"), a figure asked
after its owner's possessive ("Erhvervshus Midtjylland's total budget")."""

from __future__ import annotations

from index.question.answer_type import number_unit
from tests.support.sample import TODAY


def where(answer) -> tuple[str, str]:
    return answer.hits[0].item.source.rsplit("/", 1)[-1][:3], answer.hits[0].item.item_number


def notes(answer) -> list[str]:
    return [n.key for n in answer.notes]


def test_money_counted_in_its_units_is_money_not_a_count() -> None:
    assert number_unit("hvor mange penge har kkr afsat til nødstrøm?") == "money"
    assert number_unit("how many kroner does a place cost?") == "money"
    assert number_unit("hvor mange pladser er der?") == "count"


def test_an_amount_of_money_the_item_never_gives_is_not_answered(sample_engine) -> None:
    # The inspiration forum item plans 2-4 meetings a year; no amount of money anywhere in it.
    answer = sample_engine.ask("How much money has been set aside to run the inspiration forum for citizens on the edge?",
                               today=TODAY)  # fmt: skip
    assert not answer.answered and where(answer) == ("002", "3.2") and "note_no_price" in notes(answer)
    # The preparedness item speaks of emergency power, gives no amount for it.
    power = sample_engine.ask("Jeg skriver om kommunernes beredskab. Hvor mange penge har KKR Midtjylland afsat til fælles "
                              "nødstrøm?", today=TODAY)  # fmt: skip
    assert not power.answered and "note_no_price" in notes(power)


def test_an_amount_the_item_gives_beside_the_question_is_answered(sample_engine) -> None:
    answer = sample_engine.ask("Hvor mange penge blev der udmøntet i den første ansøgningsrunde?", today=TODAY)
    assert answer.answered and where(answer) == ("001", "3.2")


def test_a_figure_asked_after_its_owners_possessive_is_the_thing_after_it(sample_engine) -> None:
    # The business hub's contract item gives no budget in kroner: "total budget" is what is asked.
    answer = sample_engine.ask("I'm writing about business support in Central Jutland. What was Erhvervshus Midtjylland's "
                               "total budget for 2024?", today=TODAY)  # fmt: skip
    assert not answer.answered and "note_no_figure" in notes(answer)
    assert any(n.values.get("what") == "budget" for n in answer.notes if n.key == "note_no_figure")
    # ... and a rate the item does give is answered
    rate = sample_engine.ask("What is Socialtilsyn Nord's daily rate?", today=TODAY)
    assert rate.answered and where(rate) == ("002", "3.4"), notes(rate)


def test_a_role_asked_by_its_verb_or_after_more_words_needs_a_name_beside_the_role(sample_engine) -> None:
    # The theme discussion names two speakers, no moderator; VIA's item names its chair, no one by name.
    moderated = sample_engine.ask("Who moderated the theme discussion on vulnerable young people in KKR Nordjylland?", today=TODAY)
    assert not moderated.answered and "note_no_person" in notes(moderated)
    chair = sample_engine.ask("For a profile piece on higher education in the region: who was appointed the new chair of "
                              "VIA University College's board?", today=TODAY)  # fmt: skip
    assert not chair.answered and "note_no_person" in notes(chair)
    # who gave a talk (no role asked): a name answers
    talk = sample_engine.ask("Who gave the talk on early detection at the theme discussion on vulnerable young people in "
                             "North Jutland?", today=TODAY)  # fmt: skip
    assert talk.answered and where(talk) == ("002", "3.1")


def test_a_municipality_the_index_never_saw_is_missing_from_every_item(sample_engine) -> None:
    silkeborg = sample_engine.ask("Jeg skriver om pædagoguddannelsen i Midtjylland. Hvor mange studiepladser får Silkeborg i "
                                  "2024/25?", today=TODAY)  # fmt: skip
    assert not silkeborg.answered and where(silkeborg) == ("004", "3.7") and "note_nothing_for" in notes(silkeborg)
    # a campus the table has answers
    viborg = sample_engine.ask("How many pedagogue study places is the Viborg campus getting for the 2024/25 intake?", today=TODAY)
    assert viborg.answered and where(viborg) == ("004", "3.7")


def test_a_count_of_a_thing_the_index_never_names_is_not_answered(sample_engine) -> None:
    answer = sample_engine.ask("Jeg skriver om den kollektive trafik. Hvor mange buslinjer blev nedlagt i de midtjyske "
                               "kommuner i 2023?", today=TODAY)  # fmt: skip
    assert not answer.answered and where(answer) == ("004", "3.2") and "note_no_figure" in notes(answer)
    # a count of a thing the item names is answered ("borgere indskrevet")
    places = sample_engine.ask("Hvor mange af de særlige psykiatriske pladser skulle ligge i Nordjylland?", today=TODAY)
    assert places.answered and where(places) == ("002", "3.3")


def test_a_decision_on_a_thing_only_listed_for_a_coming_meeting_is_not_answered(sample_engine) -> None:
    # June 2026's plan lists "Evt. kapacitetsfastsættelse på herbergsområdet" for September: nothing decided yet.
    answer = sample_engine.ask("Hvad besluttede KKR Midtjylland om kapacitetsfastsættelsen på herbergsområdet?", today=TODAY)
    assert not answer.answered and where(answer) == ("003", "6.1") and "note_planned_only" in notes(answer)
    # ... its decision names the proposal it took to note: that was decided
    decided = sample_engine.ask("Hvad besluttede KKR Midtjylland om forslaget om midtjysk interessevaretagelse?", today=TODAY)
    assert decided.answered and where(decided) == ("003", "6.1")
    # a date or the plan asked of a thing to be decided is the plan's answer
    when = sample_engine.ask("I'm following social services in Central Jutland. When the council was due to approve the "
                             "framework agreement for specialised social services in 2026, which meeting was that, and what "
                             "else was on it?", today=TODAY)  # fmt: skip
    assert when.answered and where(when) == ("003", "6.1")
