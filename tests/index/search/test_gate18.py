"""Figures the documents do not hold, asked of a thing they cover (round 18, GATE18): how a yearly
thing was met, asked of an item that names that year's thing only in passing, is refused with the
item kept (index/search/attainment.py); a refusal of a yearly thing's year names the year the item
gives nearest to it ("intet for 2023", "nærmeste er 2022": year_bound.nearest_year, absent.nothing_for),
in Slack, the terminal and `ask --json` alike. The same shapes the items do answer stay answered.
Real sample index, no mocks."""

from __future__ import annotations

import pytest

from bot.render.labels import note_text
from index.answer_json import answer_json
from index.search.attainment import asks_attainment
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def notes(answer) -> dict[str, str]:
    return {n.key: n.values.get("what", "") for n in answer.notes}


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How well did Erhvervshus Midtjylland meet the targets of its 2023 results contract?", True),
        ("Hvor mange af målene i resultatkontrakten for 2021 nåede Erhvervshus Nordjylland?", True),
        ("Blev målene i kontrakten for 2022 nået?", True),
        ("What was the attainment of the 2023 contract?", True),
        ("Hvad er status på resultatkontrakten for 2023?", True),
        ("When did KKR meet in 2023?", False),  # meeting, no target
        ("Which targets does the 2024 results contract set?", False),  # the targets, not how they were met
        ("Hvilke mål indeholder resultatkontrakten for 2024?", False),
    ],
)
def test_how_a_thing_was_met_is_read_from_the_asking_sentence(question: str, asked: bool) -> None:
    assert asks_attainment(question) is asked


@pytest.mark.parametrize(
    ("question", "year", "nearest", "item"),
    [
        # 004 3.8 names the 2023 contract as the base of 2024's and its status as coming "på et kommende møde"
        ("How well did Erhvervshus Midtjylland meet the targets of its 2023 results contract?", "2023", "2024", ("004", "3.8")),
        ("Blev målene i resultatkontrakten for 2023 med Erhvervshus Midtjylland nået?", "2023", "2024", ("004", "3.8")),
        # year_bound's refusals (round 17) now name the year the item gives
        ("Hvad er taksterne for 2023 for hver af de fem socialtilsyn?", "2023", "2022", ("002", "3.4")),
        ("Hvad viste Socialtilsyn Nords årsregnskab for 2021?", "2021", "2020", ("002", "3.4")),
        # a table laid out by year (003 3.4: the contracts of 2021-2025) names its nearest year (step 3)
        ("Hvor mange uddannelsesaftaler på SOSU-området blev der indgået i alt i 2019?", "2019", "2021", ("003", "3.4")),
    ],
)
def test_a_yearly_thing_not_given_is_refused_naming_the_nearest_year(sample_engine, question, year, nearest, item) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert not answer.answered, where(answer)
    assert year in notes(answer).get("note_nothing_for", ""), answer.notes
    assert notes(answer).get("note_nearest_given") == nearest, answer.notes
    assert where(answer)[0] == item, where(answer)


def test_the_nearest_year_is_said_alike_in_every_renderer(sample_engine) -> None:
    """The note is one of the Answer's notes: `ask --json` and Slack/terminal (note_text) say it."""
    answer = sample_engine.ask("Hvad er taksterne for 2023 for hver af de fem socialtilsyn?", today=TODAY)
    said = answer_json(answer, note_text)["notes"]
    assert "intet for 2023" in said and "nærmeste er 2022" in said, said
    english = sample_engine.ask("What were Socialtilsyn Nord's annual accounts for 2021?", today=TODAY)
    assert "the nearest is 2020" in answer_json(english, note_text)["notes"], english.notes


@pytest.mark.parametrize(
    ("question", "item"),
    [
        # when the status of the 2023 contract comes: a date asked, not how it went
        ("Hvornår får KKR Midtjylland den årlige status på resultatkontrakten for 2023 med Erhvervshus Midtjylland?", ("004", "3.8")),
        ("Hvad handler de lokalt aftalte mål i resultatkontrakten for 2021 med Erhvervshus Nordjylland overordnet om?", ("002", "3.6")),
        ("Hvilke områder er der fortsat stor fokus på i resultatkontrakten for 2024 med Erhvervshus Midtjylland?", ("004", "3.8")),
        # a target met by a count, its item naming no contract beside a year
        ("I'm covering the shortage of care workers. Did the municipalities reach the overall national target for social and "
         "health care trainee contracts in 2024?", None),  # (its right item, 001 3.2, is not first on main either)
    ],
)
def test_the_same_shapes_the_item_gives_stay_answered(sample_engine, question: str, item: tuple[str, str] | None) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered, answer.notes
    assert item is None or where(answer)[0] == item, where(answer)
    assert "note_nearest_given" not in notes(answer)


@pytest.mark.parametrize(
    ("question", "key", "what", "item"),
    [
        # a share in per cent, of the evaluation survey reported in words only (002 5.1)
        ("What percentage of the KKR members said in the 2021 evaluation survey that KKR is a good political coordination forum?",
         "note_no_figure", "percentage", ("002", "5.1")),
        # a rate named with no year is the rate at its meeting (002 3.3, September 2021), not another year's
        ("Hvad var taksterne for hver type plads på de særlige pladser i 2022?", "note_nothing_for", "2022", ("002", "3.3")),
        ("Hvad er døgntaksten for en ubenyttet plads i 2020?", "note_nothing_for", "2020", ("002", "3.3")),
    ],
)
def test_a_figure_in_a_form_or_year_the_item_does_not_hold_is_refused(sample_engine, question, key, what, item) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert not answer.answered, where(answer)
    assert what in notes(answer).get(key, ""), answer.notes
    assert where(answer)[0] == item, where(answer)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("Hvor mange procent falder Socialtilsyn Nords budget for 2022?", ("002", "3.4")),  # a share in per cent given
        ("What percentage of the study places on the pedagogue programme goes to daycare?", ("004", "3.7")),
        ("Hvad er døgntaksten for en ubenyttet plads på de særlige pladser i 2021?", ("002", "3.3")),  # the meeting's year
        ("Hvad er døgntaksten pr. anvendt plads på de særlige psykiatriske pladser?", ("002", "3.3")),  # no year asked
        ("hvad var udviklingsbidraget i Midtjylland i 2021", ("000", "2.1")),
    ],
)
def test_a_figure_the_item_holds_in_that_form_and_year_stays_answered(sample_engine, question: str, item: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered, answer.notes
    assert where(answer)[0] == item, where(answer)
