"""A figure of a kind the item does not give (index/search/figure.py): the question asks for a
number of a thing ("hvor mange ledige stillinger", "takst pr. plejefamilie") that the nearest
item, on the same topic, never gives beside a number. Not answered, the item kept as the
nearest with a note; a figure written in a table row, in a compound or per a unit of time
is still answered."""

from __future__ import annotations

from bot.render.answers import answer_reply
from bot.render.plain_text import blocks_to_text
from index.model import Note
from tests.support.sample import TODAY


def where(answer) -> tuple[str, str]:
    return answer.hits[0].item.source.rsplit("/", 1)[-1][:3], answer.hits[0].item.item_number


def test_a_count_of_a_thing_the_item_never_counts_is_not_answered(sample_engine) -> None:
    # The pedagogue item speaks of "stilling" (a job held) but counts study places, not vacancies.
    answer = sample_engine.ask("Hvor mange ledige stillinger for pædagoger var der i Østjylland i 2023?", today=TODAY)
    assert not answer.answered and where(answer) == ("004", "3.7")
    assert Note("note_no_figure", {"what": "stilling"}) in answer.notes
    assert len(answer.hits) <= 3 and answer.hits[0].answer is None  # the nearest items kept, by their lines
    # Places of one education asked of an item on another's ("lærepladser", not "studiepladser").
    sosu = sample_engine.ask("hvor mange studiepladser fik SOSU-uddannelserne i Midtjylland for 2027?", today=TODAY)
    assert not sosu.answered and Note("note_no_figure", {"what": "studiepladser"}) in sosu.notes


def test_a_figure_per_a_unit_the_item_never_prices_by_is_not_answered(sample_engine) -> None:
    # The loan-pool item speaks of places and of rates ("takster"), never of a rate per day.
    answer = sample_engine.ask("Hvad koster en plads på et kommunalt botilbud i Midtjylland pr. døgn?", today=TODAY)
    assert not answer.answered and Note("note_no_figure", {"what": "plads pr. døgn"}) in answer.notes
    text = blocks_to_text(answer_reply(answer).blocks)
    assert "intet om plads pr. døgn i punktet" in text
    # "Takster" in the title and "Plejefamilieområdet" in the text give no rate per foster child.
    fee = sample_engine.ask("Hvad er Socialtilsyn Nords takst pr. plejebarn i 2022?", today=TODAY)
    assert not fee.answered and Note("note_no_figure", {"what": "takst pr. plejebarn"}) in fee.notes
    english = sample_engine.ask("What is Socialtilsyn Nord's rate per foster family for 2022?", today=TODAY)
    assert not english.answered and any(n.key == "note_no_figure" for n in english.notes)
    # An English unit's Danish words count ("place": "plads" in "4.107 kr. pr. anvendt plads").
    assert sample_engine.ask("What is the price per place on the special psychiatric places?", today=TODAY).answered


def test_figures_in_tables_compounds_and_units_of_time_are_still_answered(sample_engine) -> None:
    for question, item in (
        ("Hvor mange studiepladser får Holstebro på pædagoguddannelsen 2024/2025?", ("004", "3.7")),  # a table row
        ("hvad koster en plads på de særlige psykiatriske pladser pr døgn", ("002", "3.3")),  # "døgntaksten er 4.107 kr."
        ("Hvor stort et fald er der i Socialtilsyn Nords budget for 2022?", ("002", "3.4")),
        ("hvor meget skal kommunerne betale i udviklingsbidrag pr indbygger i 2026", None),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and not any(n.key == "note_no_figure" for n in answer.notes), question
        assert item is None or where(answer) == item, question


def test_a_question_whether_a_figure_is_known_or_that_writes_it_is_not_held_to_one(sample_engine) -> None:
    # "ved man hvor mange …": that no figure is settled may be the answer.
    known = sample_engine.ask("ved man hvor mange kulturmidler den enkelte midtjyske kommune får fra 2027?", today=TODAY)
    assert not any(n.key == "note_no_figure" for n in known.notes)
    search = sample_engine.ask("tilsagn om kommunalt udviklingsbidrag på 115 kr. pr. indbygger i Midtjylland", today=TODAY)
    assert search.answered


def test_an_amount_of_money_asked_by_its_noun_needs_an_amount_beside_it(sample_engine) -> None:
    # "salary", "løn", "budget", "takst" name an amount whatever the asking words ("what salary …").
    for question in ("What is the monthly salary of a SOSU assistant apprentice?",
                     "What salary do SOSU helper apprentices get in 2027?"):  # fmt: skip
        answer = sample_engine.ask(question, today=TODAY)
        assert not answer.answered and Note("note_no_figure", {"what": "løn"}) in answer.notes, question
    # An outcome is no amount: "result" stays a question about what came of it.
    assert sample_engine.ask("What was the result of the KKR evaluation in North Jutland?", today=TODAY).answered
    for question in ("What is the budget of Socialtilsyn Nord for 2022?", "What was the surplus in Socialtilsyn Nord's 2020 accounts?",
                     "Hvad var prisen for en plads på de særlige psykiatriske pladser?"):  # fmt: skip
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and not any(n.key == "note_no_figure" for n in answer.notes), question



def test_a_value_word_before_a_verb_asks_for_no_head(sample_engine) -> None:
    # "hvor mange penge <verb> …": the money is what is asked; the verb after it is no thing the
    # item must give ("intet om modtager i punktet" refused the culture money of 001 3.3).
    question = "Hvor mange penge modtager de midtjyske kommuner til kultur via bloktilskuddet fra 2027?"
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and where(answer) == ("001", "3.3")
    assert not any(n.key == "note_no_figure" for n in answer.notes)


def test_a_danish_plural_in_e_is_the_thing_counted_before_a_verb_no_item_writes(sample_engine) -> None:
    # "flygtninge", "borgere": the noun counted, though it ends in -e like an adjective; "anslår"
    # after it (a verb form no item has) is the clause's verb, not the thing asked for.
    refugees = sample_engine.ask("Hvor mange flygtninge anslår Udlændingestyrelsen at Region Midtjylland skal modtage i 2027?", today=TODAY)
    assert refugees.answered and where(refugees) == ("003", "3.5")
    citizens = sample_engine.ask("Hvor mange borgere anslår KKR Nordjylland har været indskrevet på de særlige pladser på samme tid?", today=TODAY)
    assert citizens.answered and where(citizens) == ("002", "3.3")
    assert "12 borgere" in citizens.hits[0].answer.text
    # An adjective in -e before a word no item has is still no noun: "nye" is not counted.
    buses = sample_engine.ask("Hvor mange nye buslinjer har Midttrafik oprettet i Midtjylland?", today=TODAY)
    assert not buses.answered


def test_a_numbered_point_inside_a_sentence_counts_nothing(sample_engine) -> None:
    # The nurses item numbers the points of KL's guidelines inside one sentence ("1) hvilke dele …,
    # 2) …"): those are no count of nurses, and it gives none.
    answer = sample_engine.ask("How many nurses did the municipalities in Central Jutland hire in 2024 to take over doctors' tasks?", today=TODAY)
    assert not answer.answered and where(answer) == ("004", "3.4")
    assert any(n.key == "note_no_figure" for n in answer.notes)
