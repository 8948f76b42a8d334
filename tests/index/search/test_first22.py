"""The right item first where a neighbouring or another document's item won (issue 10, round 22,
FIRST22). Real sample index, no mocks. The questions asked here are none of
tests/data/first22-facts.jsonl's: wordings written while probing the kinds, unseen in any set."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type
from index.search.cells import asked_stems
from index.search.dated_points import dated_points
from index.search.minutes_asked import approves_minutes, asks_minutes
from index.search.year_kinds import gives_kinds
from tests.support.sample import TODAY, source_items


def _item(engine, source: str, number: str):
    return next(i for i in engine.items() if i.source.startswith(source) and i.item_number == number)


def _asked(question: str) -> frozenset[str]:
    return asked_stems(question, ())  # (the question's own Danish words: English ones come through the glossary's terms)


# -- step 1: one year's figures of two kinds, given side by side by one item's table (year_kinds.py)


def test_a_row_of_the_year_gives_both_kinds(sample_engine) -> None:
    # "2021 5.751 3.492 9.243" under "Social- og sundhedsassistent", "Social- og sundhedshjælper"
    item = _item(sample_engine, "003", "3.4")
    asked = _asked("hvor mange assistentelever og hjælperelever i 2021")
    assert gives_kinds(item, 2021, asked)
    assert not gives_kinds(item, 2020, asked)  # no row of 2020
    # "Gennemsnit 2021-25" is no row of one year; one kind asked tells no kinds apart
    assert not gives_kinds(item, 2021, _asked("hvor mange assistentelever i 2021"))


def test_columns_of_the_year_give_both_kinds_in_the_council_row(sample_engine) -> None:
    item = _item(sample_engine, "001", "3.2")  # "Social- og sundhedshjælpere · Dimensionering 2025" …
    asked = _asked("Dimensionering 2025: hjælpere vs assistenter")
    assert gives_kinds(item, 2025, asked, ("KKR Midtjylland",))
    assert not gives_kinds(item, 2027, asked)
    # a word both columns hold ("Dimensionering") tells no kinds apart
    assert not gives_kinds(item, 2025, _asked("Dimensionering 2025 i KKR Midtjylland"))
    # the agreements of 2021 and 2022: their tables are attachments, none in the item
    assert not gives_kinds(_item(sample_engine, "000", "3.1"), 2021, _asked("assistentelever og hjælperelever i 2021"))


def test_the_year_cells_whose_labels_hold_more_of_the_question_give_more(sample_engine) -> None:
    # 2025: the planned places ("Dimensionering 2025") against the contracts signed in 2025 (a row)
    asked = _asked("Dimensionering 2025 for KKR Midtjylland: hjælpere vs assistenter?")
    planned = gives_kinds(_item(sample_engine, "001", "3.2"), 2025, asked, ("KKR Midtjylland",))
    signed = gives_kinds(_item(sample_engine, "003", "3.4"), 2025, asked, ("KKR Midtjylland",))
    assert planned > signed > 0


@pytest.mark.parametrize(
    "question, first",
    [
        # the 2021 items on the 2022 places (their text names 2021 as the agreement's year) came first
        ("Comparing 2021: how many assistant trainees and how many helper trainees did municipalities take on?", ("003", "3.4")),
        ("Compare helper and assistant trainee numbers in 2021.", ("003", "3.4")),
        ("For 2022, how many helper and how many assistant trainees were taken on nationally?", ("003", "3.4")),
        # the pedagogue programme's "Dimensionering … 2024 og 2025" came first
        ("Dimensionering 2025 for KKR Midtjylland: hjælpere vs assistenter?", ("001", "3.2")),
    ],
)
def test_the_item_giving_the_years_figures_of_both_kinds_comes_first(sample_engine, question: str, first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] == [first]


@pytest.mark.parametrize(
    "question, first",
    [
        # not a count of one year: how two programmes fared in summer 2021, the agreement of 2021's minimum
        ("Hvordan så søgningen til de to social- og sundhedsuddannelser ud i Midtjylland i sommeren 2021 – klarede hjælperuddannelsen og assistentuddannelsen sig lige godt?", ("000", "3.1")),
        ("sosu-aftalen fra 2021: minimumsdimensionering assistentelever vs hjælperelever?", ("000", "3.1")),
    ],
)
def test_a_year_that_is_not_the_figures_moves_nothing(sample_engine, question: str, first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] == [first]


# -- step 2: the approval of a meeting's minutes asked about (minutes_asked.py)


@pytest.mark.parametrize(
    "text, asks",
    [
        ("Were there any comments on the minutes from KKR Midtjylland's meeting of 18 June 2025?", True),
        ("Blev referatet fra 13. april 2026 godkendt uden bemærkninger?", True),
        ("Did the North Jutland council receive comments on its June minutes?", True),
        ("Hvornår blev referatet fra junimødet sendt ud?", True),
        # the minutes as the source of another thing, or no approval, remark or sending asked
        ("According to the June 2026 minutes, was the refugee distribution approved?", False),
        ("Ifølge referatet fra juni 2026, hvad blev godkendt om SOSU?", False),
        ("What do the minutes of June 2026 say about the health reform?", False),
        ("How many minutes will the talk last, and was it approved?", False),
    ],
)
def test_minutes_asked_about_are_told_from_minutes_as_a_source(text: str, asks: bool) -> None:
    assert asks_minutes(text) is asks


def test_the_approving_items_are_the_template_s_first_items() -> None:
    assert approves_minutes("Godkendelse af referat fra mødet den 18. juni 2025")
    assert approves_minutes("Godkendelse af referat")
    assert not approves_minutes("Godkendelse af dagsorden")
    assert not approves_minutes("Godkendelse af resultatkontrakt mellem KKR Midtjylland og Erhvervshus Midtjylland for 2024")


@pytest.mark.parametrize(
    "question, first, shown",
    [
        # the approving item ranked first (or second) and refused: its other words are not the question's
        ("Were there any comments on the minutes from KKR Midtjylland's meeting of 18 June 2025?", ("001", "1.1"), "godkendt."),
        ("Blev referatet fra 13. april 2026 godkendt uden bemærkninger?", ("003", "1.2"), "referatet blev godkendt"),
        ("blev referatet fra mødet den 13. april 2026 godkendt?", ("003", "1.2"), "referatet blev godkendt"),
        ("Did the North Jutland council receive comments on its June minutes?", ("002", "1.2"), "godkendte referatet"),
    ],
)
def test_the_approval_of_the_minutes_asked_is_answered_by_its_item(sample_engine, question: str, first: tuple[str, str], shown: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[:1] == [first]
    hit = answer.hits[0]
    assert shown in " ".join((hit.item.decision or "", *(p.text for p in hit.passages))).lower()


@pytest.mark.parametrize(
    "question, not_first",
    [
        # another thing the meeting approved, asked of its minutes: the item covering it stays first
        ("Referatet fra mødet i juni 2026: godkendte KKR fordelingen af flygtninge?", ("003", "1.2")),
        ("According to the minutes of 17 June 2026, was the CDEU annual report approved?", ("003", "1.2")),
    ],
)
def test_another_thing_approved_is_not_answered_by_the_approving_item(sample_engine, question: str, not_first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] != [not_first]


# -- step 3: a meeting's or an event's date a news item reports under a dated point (dated_points.py)


def test_a_news_item_s_dated_points_are_its_sub_headings_and_list_lines_naming_a_day(sample_engine) -> None:
    points = dated_points(_item(sample_engine, "003", "2.1"))  # "Møde med regionsrådsformanden den 8. juni 2026", …
    assert any("regionsrådsformand" in p and "2026" in p for p in points)
    assert any("formandskab" in p and "13" in p for p in points)  # "Møde mellem KLs formandskab og KKR formandskaberne den 13. maj"
    assert any("klimatopmød" in p for p in dated_points(_item(sample_engine, "000", "2.1")))  # "– Klimatopmødet 19. august 2021"
    # a point naming no day ("Fastsættelse af det kommunale udviklingsbidrag for 2026") is none
    assert not any("udviklingsbidrag" in p for p in dated_points(_item(sample_engine, "001", "2.1")))


@pytest.mark.parametrize(
    "question, first",
    [
        # the next meeting's plan ("Dialog med regionsrådsformanden …") or the CDEU item first on main
        ("When was the joint meeting with the chair of the regional council in 2026?", ("003", "2.1")),
        ("What day did the KKR chairs jointly meet KL's chairmanship in spring 2026?", ("003", "2.1")),
    ],
)
def test_the_news_item_reporting_the_event_under_a_dated_point_comes_first(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[:1] == [first]


@pytest.mark.parametrize(
    "question, first",
    [
        # a side word of the question ("the regional council") in a dated point, or a word of the framing only
        ("I'm following the health reform in Central Jutland. On what date was the regional council expected to decide on the framework for the tasks being handed over?", ("001", "3.1")),
        ("Jeg skriver om, hvem der repræsenterer kommunerne i de regionale udvalg efter kommunalvalget i 2021. Hvornår skulle de midtjyske borgmestre godkende den endelige liste over pladser, de skulle besætte?", ("000", "5.2")),
    ],
)
def test_a_dated_point_naming_a_side_word_moves_nothing(sample_engine, question: str, first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] == [first]


def test_what_day_asks_a_date() -> None:
    assert answer_type("what day did the chairs meet?") == "date"
    assert answer_type("what day care places were cut?") != "date"
