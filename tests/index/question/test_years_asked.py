"""index/question/years_asked.py: the years a question names, read one way by the modules that pick a
table's rows and columns, a sentence naming the years, or a question's kind by its years; and the
parser reading a two-digit year after an apostrophe (round 16, TABLES16)."""

from __future__ import annotations

import pytest

from index.question.years_asked import names_every_year, years_asked
from tests.support.sample import TODAY, source_item


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Hvor mange aftaler blev indgået i 2024 og året før?", {"2024", "2023"}),
        ("places in 2023 compared with the previous year", {"2023", "2022"}),
        ("the loan pools of 2024 and the year after", {"2024", "2025"}),
        ("pæd.udd 2024/25 - hvor mange pladser?", {"2024", "2025"}),
        ("contracts signed in '23 and in ’24", {"2023", "2024"}),
        ("fra 2023 til 2025", {"2023", "2025"}),  # the years named (a span's middle is the parser's: dates.py)
        ("KKR's plan for 2026", {"2026"}),  # a genitive's apostrophe is no year
        ("what did it cost in 2024 and 2025, and the year before?", {"2024", "2025"}),  # two named: no year is relative to one
        ("hvor mange pladser er der?", set()),
    ],
)
def test_the_years_a_question_names_are_read_one_way(question: str, years: set[str]) -> None:
    assert years_asked(question) == frozenset(years)


def test_the_year_before_a_named_year_picks_that_years_table_row_too(sample_engine) -> None:
    # 003 3.4's contracts signed per year: the rows were picked by "2024" alone, so 2023's was not shown
    answer = sample_engine.ask("Hvor mange SOSU-uddannelsesaftaler blev der indgået i alt i 2024 og året før?", today=TODAY)
    assert source_item(answer.hits[0]) == ("003", "3.4")
    shown = " ".join(p.text for p in answer.hits[0].passages)
    assert "10.135" in shown and "9.589" in shown, shown


def test_a_two_digit_year_after_an_apostrophe_is_a_year_asked(sample_engine) -> None:
    # no year was read: the pedagogue item (its "2023" and "2024" in sentences) came first
    answer = sample_engine.ask("How many SOSU assistant training contracts were signed in '23 and '24?", today=TODAY)
    assert source_item(answer.hits[0]) == ("003", "3.4")
    shown = " ".join(p.text for p in answer.hits[0].passages)
    assert "5.827" in shown and "5.274" in shown, shown
    # ... a month's apostrophe year stays the month's
    assert sample_engine._read(sample_engine._mine(), "what was on the april '24 agenda?", TODAY).meeting_from is not None


@pytest.mark.parametrize(
    ("text", "years", "names"),
    [
        ("… iværksætte meritpædagoguddannelsen … – 309 pladser i 2023, mod 400 pladser i 2022.", {"2023", "2022"}, True),
        ("puljerne på henholdsvis 0,6 og 0,7 mia. kr. for 2025 og 2026", {"2025", "2026"}, True),
        ("På mødet den 21. november 2023 blev budgettet for 2024 drøftet.", {"2023", "2024"}, False),  # a day is no figure
        ("ved optaget 1.9.2023 og vinteroptaget 2024", {"2023", "2024"}, False),
        ("309 pladser i 2023", {"2023", "2022"}, False),  # not every year asked
    ],
)
def test_a_sentence_naming_every_year_asked_beside_a_figure(text: str, years: set[str], names: bool) -> None:
    assert names_every_year(text, frozenset(years)) is names
