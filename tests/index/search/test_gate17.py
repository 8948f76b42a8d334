"""A year that is the point of the question (round 17, GATE17): the year of an account, a budget, a
rate or a contract, asked of an item that has the thing of other years only, is refused with the
item kept as the nearest ("intet for 2021"); the same shapes asking a year the item gives stay
answered (index/search/year_bound.py, read by absent.missing_named). Real sample index, no mocks."""

from __future__ import annotations

import pytest

from index.search.year_bound import bound_things
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


@pytest.mark.parametrize(
    ("sentence", "roots", "years"),
    [
        ("Hvad viste Socialtilsyn Nords årsregnskab for 2021?", {"regnskab"}, {"2021"}),
        ("Hvad er taksterne for 2023 for hver af de fem socialtilsyn?", {"takst"}, {"2023"}),
        ("What targets were set in the 2019 results contract?", {"kontrakt"}, {"2019"}),
        ("What did the annual accounts for 2025 show?", {"regnskab"}, {"2025"}),
        ("hvor meget blev overført fra 2020-regnskabet?", {"regnskab"}, {"2020"}),
        ("Hvad besluttede KKR om budgettet på mødet den 3. september 2021?", set(), set()),  # a meeting's day
        ("Is the performance contract on the agenda of the meeting on 15 October 2021?", set(), set()),
        ("Er resultatkontrakten på mødet i oktober 2021?", set(), set()),  # a month's year: a meeting's time
        ("How much did the places cost in 2019?", set(), set()),  # no year-bound thing named
        ("What is the daily rate per place?", set(), set()),  # no year
        ("What per-resident development contribution did the region set for 2023?", {"bidrag"}, {"2023"}),
        ("Hvordan bidrager CDEU til kommunerne i 2025?", set(), set()),  # the verb: no contribution of a year
    ],
)
def test_a_year_is_read_bound_to_an_account_budget_rate_or_contract(sentence: str, roots: set[str], years: set[str]) -> None:
    assert bound_things(sentence) == (frozenset(roots), frozenset(years))


@pytest.mark.parametrize(
    ("question", "year", "item"),
    [
        ("Hvad viste Socialtilsyn Nords årsregnskab for 2021?", "2021", ("002", "3.4")),  # "Regnskab 2020" only
        ("Hvad er taksterne for 2023 for hver af de fem socialtilsyn?", "2023", ("002", "3.4")),  # 2023's budget, not rates
        ("Hvilke mål er der i Erhvervshus Nordjyllands resultatkontrakt for 2023?", "2023", ("002", "3.6")),  # 2021's, 2022's
    ],
)
def test_a_thing_of_another_year_is_refused_with_the_item_kept(sample_engine, question: str, year: str, item: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert not answer.answered, where(answer)
    assert any(n.key == "note_nothing_for" and year in n.values["what"] for n in answer.notes), answer.notes
    assert where(answer)[0] == item, where(answer)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("Hvor stort et overskud fra regnskab 2020 blev overført til Socialtilsyn Nords budget 2022?", ("002", "3.4")),
        ("By how much does Socialtilsyn Nord's budget for 2022 fall?", ("002", "3.4")),
        ("Hvornår blev den gældende resultatkontrakt for 2021 med Erhvervshus Nordjylland godkendt?", ("002", "3.6")),
        ("Can the 2024 results contract with Erhvervshus Midtjylland be extended, and until when?", ("004", "3.8")),
        ("Hvad fastsættes det kommunale udviklingsbidrag pr. indbygger til for 2026?", ("001", "2.1")),
    ],
)
def test_the_same_shapes_asking_a_year_the_item_gives_stay_answered(sample_engine, question: str, item: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered, answer.notes
    assert where(answer)[0] == item, where(answer)


def test_a_document_asked_with_fremgaar_af_that_the_item_only_attaches_is_not_answered(sample_engine) -> None:
    """'Hvad fremgår af <document>' asks what the document holds (document_asked's frames): the rate
    overview of the five socialtilsyn is only an attachment of 002 3.4, whose budget figures are not
    its content; a document the item does give ('den nye lærepladsaftale': its main elements) stays
    answered."""
    attached = sample_engine.ask("Hvad fremgår af takstoversigten for Socialtilsyn Nord for 2022?", today=TODAY)
    assert not attached.answered and any(n.key == "note_not_in_document" for n in attached.notes), attached.notes
    assert where(attached)[0] == ("002", "3.4")
    given = sample_engine.ask("Hvad fremgår af VIVEs evaluering af de særlige pladser?", today=TODAY)
    assert given.answered and where(given)[0] == ("002", "3.3"), where(given)
