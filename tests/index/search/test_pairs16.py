"""Two different values asked at once (round 16, PAIRS16): a question asking two values is read in
its parts (index/search/two_parts.value_parts); the refusal gate's check that the item gives the
figure asked passes when one part's figure, read in that part alone, is given
(index/search/figure_parts.py); each asked part gets the best passage holding a figure beside its
own words (two_parts.each_part_shown). Real sample index, no mocks."""

from __future__ import annotations

import pytest

from index.search.two_parts import value_parts
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def shown(answer) -> str:
    return " ".join(p.text for p in answer.hits[0].passages)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("How many municipalities answered the survey, and what share of them cut services?",
         ["How many municipalities answered the survey", "what share of them cut services?"]),
        ("Hvad er døgntaksten, og hvad skal kommunerne betale for en tom plads?",
         ["Hvad er døgntaksten", "hvad skal kommunerne betale for en tom plads?"]),
        ("Jeg skriver om busser. Hvor mange kommuner svarede og hvor mange procent er det?",
         ["Hvor mange kommuner svarede", "hvor mange procent er det?"]),  # the background sentence is not a part
        ("Hvor mange pladser er der i alt?", ["Hvor mange pladser er der i alt?"]),  # one value asked: whole
        ("Which items and what?", ["Which items and what?"]),  # one asking word of a value: whole
    ],
)
def test_a_question_asking_two_values_is_read_in_its_parts(question: str, parts: list[str]) -> None:
    assert value_parts(question) == parts


def test_a_count_and_a_share_asked_at_once_are_answered_when_the_item_gives_each_in_its_own_sentence(sample_engine) -> None:
    """The gate read the head from the first part ("svar") and the unit from the whole sentence (a
    share, of "what share"): "82 kommuner har svaret." gives a count, no share, so the survey's item
    (004 3.2) was refused as giving nothing on "svar", kept as the nearest."""
    answer = sample_engine.ask(
        "How many municipalities answered the mobility survey, and what share of them spent more money to avoid service cuts?",
        today=TODAY,
    )
    assert answer.answered, answer.notes
    assert where(answer)[0] == ("004", "3.2"), where(answer)


def test_each_asked_part_shows_the_passage_holding_a_figure_beside_its_own_words(sample_engine) -> None:
    """The shares' sentence was shown with two others on the survey; the count of municipalities that
    answered ("82 kommuner har svaret.") holds few of the question's words and was not."""
    answer = sample_engine.ask(
        "Hvor stor en andel af kommunerne har sparet på service, og hvor mange kommuner har svaret?", today=TODAY
    )
    assert where(answer)[0] == ("004", "3.2"), where(answer)
    text = shown(answer)
    assert "41 pct." in text and "82 kommuner har svaret." in text, text
    assert len(answer.hits[0].passages) <= 3


def test_a_rate_and_what_an_empty_place_costs_are_both_shown(sample_engine) -> None:
    """Typed none ("Hvad er døgntaksten" names no figure word): the rate's sentence was shown with a
    sentence on the places that holds "kommuner" and a count, not the one on empty places."""
    answer = sample_engine.ask(
        "Hvad er døgntaksten for en særlig psykiatrisk plads, og hvad skal kommunerne betale for en plads der står tom?",
        today=TODAY,
    )
    assert where(answer)[0] == ("002", "3.3"), where(answer)
    text = shown(answer)
    assert "4.107 kr." in text and "3.080 kr." in text, text


def test_one_value_asked_shows_as_before(sample_engine) -> None:
    """A question asking one value is not split: its passages are the best ones for the whole."""
    answer = sample_engine.ask("Hvor mange kommuner har svaret på KL's mobilitetssurvey?", today=TODAY)
    assert where(answer)[0] == ("004", "3.2"), where(answer)
    assert "82 kommuner" in shown(answer)


def test_a_pair_whose_parts_the_item_gives_neither_of_stays_refused(sample_engine) -> None:
    """The item on CDEU gives no staff count, and the second part's head ("husleje") is a word no item
    has: a part whose head cannot be read gives nothing, so the first part's missing figure refuses
    (a first version answered it: blind-round6-journalist b6j32)."""
    answer = sample_engine.ask("Hvor mange medarbejdere har CDEU i Bruxelles, og hvad betaler kontoret i husleje?", today=TODAY)
    assert not answer.answered, where(answer)


@pytest.mark.parametrize(
    "question",
    [
        "How many assistant and helper trainee contracts were signed in 2023?",
        "Hvor mange assistentelever og hjælperelever blev der indgået aftaler med i 2024?",
    ],
)
def test_two_counts_of_one_year_are_answered_by_the_row_of_that_year(sample_engine, question: str) -> None:
    """Two counts of one year get no answer line (two cells of one row), and the gate read the year
    only from the line's labels: the contracts table's row of the year (003 3.4), shown first, was
    refused as "nothing for 2023" (index/search/year_row.py)."""
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered, answer.notes
    assert where(answer)[0] == ("003", "3.4"), where(answer)
    assert answer.hits[0].passages[0].kind == "row"


def test_two_counts_of_a_year_no_row_gives_stay_refused(sample_engine) -> None:
    """The contracts table has rows for 2021-2025 only: 2026's are another year's."""
    answer = sample_engine.ask("How many SOSU assistant and SOSU helper training contracts were signed in 2026?", today=TODAY)
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    [
        "Hvor meget betaler kommunerne i alt til CDEU, kultur og klima?",
        "Hvor mange penge lægger de midtjyske kommuner samlet i CDEU, kultursamarbejdet og klimasekretariatet?",
    ],
)
def test_a_total_of_things_named_shows_the_list_giving_each(sample_engine, question: str) -> None:
    """001 3.3 gives the financing as a list ("… samlet kommunal finansiering på 8,1 mio. kr. fordelt
    således: - CDEU: 5,8 mio. kr. … - Kultur …: 1,3 mio. kr. - Klimasekretariat: 1,0 mio. kr."); another
    list naming CDEU, climate and culture in one line ("… klima og kultur på i alt 2,6 mio. kr.") was
    shown. Every value shown is the item's own (no sum computed)."""
    answer = sample_engine.ask(question, today=TODAY)
    assert where(answer)[0] == ("001", "3.3"), where(answer)
    text = shown(answer)
    assert "8,1 mio. kr." in text and "5,8 mio. kr." in text and "1,3 mio. kr." in text, text


def test_a_total_of_one_thing_is_not_read_as_a_sum_of_things_named(sample_engine) -> None:
    """No things named in a row: the year's row of the contracts table answers (tables13 t13-12; a
    first version without the enumeration test showed a sentence in its place)."""
    answer = sample_engine.ask("How many SOSU training agreements were signed in total across the country in 2022?", today=TODAY)
    assert "9.528" in shown(answer)


def test_a_total_asked_beside_a_decision_is_shown(sample_engine) -> None:
    """"Godkendte …, og hvor mange lærepladser er der i alt?": a yes/no on the decision with a count
    asked in its second part; the count shares its words with the first part (no words of its own),
    and the reply showed the decision and three passages without a figure. Now the best passage
    holding a figure beside the second part's words is shown too (two_parts.each_part_shown)."""
    answer = sample_engine.ask(
        "Godkendte KKR Midtjylland fordelingen af lærepladser for 2027, og hvor mange lærepladser er der i alt?", today=TODAY
    )
    assert where(answer)[0] == ("003", "3.4"), where(answer)
    assert answer.hits[0].item.decision and "Godkendte" in answer.hits[0].item.decision
    assert "11.000" in shown(answer), shown(answer)
