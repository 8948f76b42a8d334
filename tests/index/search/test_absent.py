"""The gate, round 9: a question asking of a body, programme or duration that no item gives is not
answered (`answered` false, the nearest item kept with a note), while the same kind of question
whose thing the item gives is answered."""

from __future__ import annotations

from tests.support.sample import TODAY


def where(answer) -> tuple[str, str]:
    return answer.hits[0].item.source.rsplit("/", 1)[-1][:3], answer.hits[0].item.item_number


def notes(answer) -> dict[str, dict[str, str]]:
    return {n.key: n.values for n in answer.notes}


def test_a_body_the_documents_never_name_is_nothing_for_it(sample_engine) -> None:
    # The refugee quotas item is the nearest; no item names the Red Cross.
    cross = sample_engine.ask("How did the Danish Red Cross react to the 2027 refugee quotas for Central Jutland?", today=TODAY)
    assert not cross.answered and where(cross) == ("003", "3.5")
    assert notes(cross)["note_nothing_for"]["what"] == "Danish Red Cross" and "note_nearest" not in notes(cross)
    # A Danish question naming a foundation beside a body the index has.
    fund = sample_engine.ask("Hvor meget har Central Denmark EU-Office modtaget fra Novo Nordisk Fonden?", today=TODAY)
    assert not fund.answered and notes(fund)["note_nothing_for"]["what"] == "Novo Nordisk Fonden"


def test_a_body_the_index_has_or_its_seat_still_answers(sample_engine) -> None:
    # The seat of a body the index names ("the EU office in Brussels") is not another body.
    seat = sample_engine.ask("How much money did the EU office in Brussels help actors in Central Jutland bring home from "
                             "EU programmes?", today=TODAY)  # fmt: skip
    assert seat.answered and where(seat) == ("003", "3.1")
    # a bill by its number (a code with digits) is the documents' law by its title
    law = sample_engine.ask("when did L53 (nurses doing doctor tasks) take effect?", today=TODAY)
    assert law.answered and where(law) == ("004", "3.4")


def test_a_duration_the_item_never_gives_is_not_answered(sample_engine) -> None:
    # The special places item gives their price, capacity and use; no length of a stay or a wait.
    stay = sample_engine.ask("Hvor længe bliver en borger typisk på de særlige psykiatriske pladser i Brønderslev?", today=TODAY)
    assert not stay.answered and where(stay) == ("002", "3.3") and "note_no_duration" in notes(stay)
    # a waiting time: of a thing ("waiting") no item names
    wait = sample_engine.ask("What is the waiting time for the special psychiatric places in North Jutland?", today=TODAY)
    assert not wait.answered and "note_no_duration" in notes(wait)


def test_a_duration_the_item_gives_as_a_span_or_an_end_is_answered(sample_engine) -> None:
    # "Aftalen indgås for en femårig periode fra 2022 til og med 2026."
    agreement = sample_engine.ask("Hvor længe løber den nye femårige lærepladsaftale for SOSU-uddannelserne fra 2021?",
                                  today=TODAY)  # fmt: skip
    assert agreement.answered and "note_no_duration" not in notes(agreement)
    # "De nye enheder skal inden udgangen af 2027 overtage kommunernes drift af server- og netværksinfrastruktur"
    units = sample_engine.ask("How long do the new IT service organisations have to take over the municipalities' server "
                              "and network operations?", today=TODAY)  # fmt: skip
    assert units.answered and where(units) == ("001", "3.4"), notes(units)


def test_a_council_figure_labelled_by_the_year_asked_is_of_that_year(sample_engine) -> None:
    # The five-KKR table's cell is labelled "Dimensionering 2026", though no sentence names 2026 beside the words.
    answer = sample_engine.ask("Hvor mange social- og sundhedsassistentelever skal KKR Syddanmark have i 2026?", today=TODAY)
    assert answer.answered and where(answer) == ("001", "3.2"), notes(answer)
    assert "2026" in " ".join(answer.hits[0].answer.labels)


def test_a_name_only_in_the_askers_background_is_not_what_the_item_must_name(sample_engine) -> None:
    # "i Aarhus" sets the scene (the office sits there); the item never names the city.
    answer = sample_engine.ask("Til en artikel om EU-kontoret i Aarhus: kommunerne skulle øge bidraget til Central Denmark EU "
                               "Office med 2,6 mio. kr. i 2025. Hvad var begrundelsen?", today=TODAY)  # fmt: skip (jfacts8 j8-02)
    assert answer.answered and where(answer) == ("001", "3.3"), notes(answer)
    assert "note_nothing_for" not in notes(answer)


def test_a_pay_or_a_company_the_item_never_gives_is_not_answered(sample_engine) -> None:
    # The EU office's item names its chair and gives the office's money, not what the chair is paid.
    pay = sample_engine.ask("How much does the chair of the Central Denmark EU Office board earn?", today=TODAY)
    assert not pay.answered and "note_no_price" in notes(pay)
    # The IT units item names no firm.
    firm = sample_engine.ask("Which firm will run the new municipal IT service organisations in Central Jutland?", today=TODAY)
    assert not firm.answered and "note_no_company" in notes(firm)
    # an amount the item gives beside the question's words is still answered
    money = sample_engine.ask("How much money has Central Denmark EU Office helped actors in Central Jutland bring home "
                              "from EU programmes?", today=TODAY)  # fmt: skip
    assert money.answered and where(money) == ("003", "3.1")


def test_a_danish_count_is_of_the_noun_not_the_verb_after_it(sample_engine) -> None:
    # "hvor mange <kommuner> deltog": the survey item gives "82 kommuner har svaret"; the verb is not what is counted.
    answer = sample_engine.ask("Hvor mange kommuner deltog i KL's undersøgelse af kollektiv mobilitet i efteråret 2023?",
                               today=TODAY)  # fmt: skip
    assert answer.answered and where(answer) == ("004", "3.2"), notes(answer)
    assert "note_no_figure" not in notes(answer)


def test_a_figure_word_only_of_the_background_is_not_what_is_asked(sample_engine) -> None:
    # The last sentence asks a comparison without figure words: "how many seats" of the background is not its thing.
    answer = sample_engine.ask("I'm looking at how many seats the municipalities of Central Jutland held on regional bodies "
                               "in 2018-2022. How did the number of members on RAR Øst compare with the EU office's board?",
                               today=TODAY)  # fmt: skip (blind-round7-journalist b7j03)
    assert answer.answered and where(answer) == ("000", "5.2") and "note_no_figure" not in notes(answer), notes(answer)


def test_three_rare_words_apart_with_most_of_the_question_are_its_topic(sample_engine) -> None:
    # "Midttrafik" is a row of the appointments table, "bestyrelsesmedlemmer" and "oversigt" elsewhere in the item:
    # apart, but three rare words of the question and most of its weight (Måske, the item first).
    answer = sample_engine.ask("Jeg skriver om busselskabet Midttrafik. Hvem udpeger bestyrelsesmedlemmerne ifølge KKR "
                               "Midtjyllands oversigt fra 2021?", today=TODAY)  # fmt: skip
    assert answer.answered and answer.uncertain and where(answer) == ("000", "5.2")
    # two rare words apart are not enough: the chair of a committee the item only lists
    chair = sample_engine.ask("Hvem er formand for KKR Midtjyllands uddannelsesudvalg?", today=TODAY)
    assert not chair.answered


def test_a_chief_asked_needs_a_name_beside_the_role(sample_engine) -> None:
    # The special places item names no one in charge of the unit in Brønderslev.
    answer = sample_engine.ask("Who is the chief of the special psychiatric places in Brønderslev?", today=TODAY)
    assert not answer.answered and "note_no_person" in notes(answer), notes(answer)


def test_a_clipped_name_of_the_items_title_is_no_other_body(sample_engine) -> None:
    # "erhvervshus midt": the title writes "Erhvervshus Midtjylland"; "Midt" is its clipping, not
    # another body's name ("Socialtilsyn Midt" of Socialtilsyn Nord's item is, and stays refused).
    answer = sample_engine.ask("hvornår godkendes resultatkontrakten med erhvervshus midt for 2024?", today=TODAY)
    assert answer.answered and answer.hits[0].item.item_number == "3.8"
    assert not any(n.key == "note_nothing_for" for n in answer.notes)
    other = sample_engine.ask("Hvor stort er budgettet for Socialtilsyn Midt i 2022?", today=TODAY)
    assert not other.answered


def test_accounts_the_item_never_gives_are_not_answered(sample_engine) -> None:
    # The EU office's items give its budget and the municipalities' contribution, and name its annual
    # accounts only as an attachment: no amount beside a word for accounts.
    result = sample_engine.ask("What operating profit did the Central Denmark EU Office show in its accounts for 2025?",
                               today=TODAY)  # fmt: skip
    # (round 17: the item first, 004 3.1, names the accounts of 2023 and 2024: "intet for 2025", year_bound.py)
    assert not result.answered and ("note_no_accounts" in notes(result) or "note_nothing_for" in notes(result))
    # the surplus of Socialtilsyn Nord's 2020 accounts is given beside the word ("Overskud fra Regnskab 2020 på kr. …")
    surplus = sample_engine.ask("How big a surplus from its 2020 accounts did Socialtilsyn Nord move into the 2022 budget?",
                                today=TODAY)  # fmt: skip
    assert surplus.answered and where(surplus) == ("002", "3.4")
