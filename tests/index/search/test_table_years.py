"""A figure compared over years, or of a council, read from a table (index/search/table_years.py):
the item whose table has a column for every year asked comes first, and a council's row in another
council's five-KKR table counts for the council asked."""

from __future__ import annotations

from index.question.parse import parse_question
from index.search.table_years import ALL_YEARS, table_factor
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def _item(engine, source: str, number: str):
    return next(i for i in engine.items() if i.source.startswith(source) and i.item_number == number)


def test_a_table_with_every_year_asked_weighs_more_and_its_row_counts_for_the_council(sample_engine) -> None:
    later = _item(sample_engine, "003", "3.4")  # Dimensionering 2026 and 2027, a row per KKR
    earlier = _item(sample_engine, "001", "3.2")  # Dimensionering 2025 and 2026
    both = parse_question("how many SOSU helper places for KKR Midtjylland in 2026 against 2027?", today=TODAY)
    assert table_factor(later, both, 0.3) == ALL_YEARS and table_factor(earlier, both, 0.3) == 1.0
    other = parse_question("how many SOSU helper places for KKR Sjælland in 2026 against 2027?", today=TODAY)
    assert table_factor(later, other, 0.3) == ALL_YEARS / 0.3  # Sjælland's row in Midtjylland's minutes
    # no figure asked, or one year only (another council's row stays a near miss): nothing changes
    assert table_factor(later, parse_question("hvad besluttede KKR om SOSU-pladser fra 2026 til 2027?", today=TODAY), 0.3) == 1.0
    assert table_factor(later, parse_question("how many SOSU helper places for KKR Sjælland in 2027?", today=TODAY), 0.3) == 1.0


def test_a_councils_figures_over_two_years_come_from_the_table_with_both(sample_engine) -> None:
    for question, table in (
        ("For a feature on care jobs up north: what is KKR Nordjylland's number of SOSU assistant places in 2027, "
         "set against 2026?", ("003", "3.4")),
        ("Ændrede antallet af hjælperelever i KKR Syddanmark sig fra 2025 til 2026?", ("001", "3.2")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert where(answer)[:1] == [table], (question, where(answer))


def test_words_of_change_are_how_a_change_from_one_year_to_another_is_asked() -> None:
    """'steg … fra 2025 til 2026': no passage says 'steg'; two figures for one thing, or no years, keep it."""
    assert "steg" not in parse_question("Steg antallet af hjælperelever i KKR Sjælland fra 2025 til 2026?", today=TODAY).terms
    assert "changed" not in parse_question("How has the SOSU quota changed from 2026 to 2027?", today=TODAY).terms
    two = parse_question("Hvor meget falder budgettet for 2022, og hvor stort var overskuddet for 2020?", today=TODAY)
    assert "falder" in two.terms


def test_a_change_to_a_year_no_item_gives_is_not_answered(sample_engine) -> None:
    """Both years of a change asked must be named by the first item: 2028 is in no table."""
    answer = sample_engine.ask("How did the number of SOSU helper places for KKR Sjælland change from 2027 to 2028?", today=TODAY)
    assert not answer.answered
    answer = sample_engine.ask("Hvor meget stiger antallet af pladser til social- og sundhedsassistenter i hele landet fra 2026 til 2027?", today=TODAY)
    assert answer.answered and where(answer)[0] == ("003", "3.4"), where(answer)


def test_the_year_before_a_named_year_is_a_year_asked() -> None:
    """'in 2023 compared with the year before', 'året før': the other year of the comparison; not
    'last year' (today's), and not when two years are named already."""
    read = lambda q: parse_question(q, today=TODAY).years  # noqa: E731
    assert read("how did the merit places in 2023 compare with the year before?") == (2023, 2022)
    assert read("was the 2024 contract mostly a continuation of the previous year's?") == (2024, 2023)
    assert read("hvor mange pladser var der i 2024 og året før?") == (2024, 2023)
    assert read("how many places were there in 2026 and the year after?") == (2026, 2027)
    assert read("how many places were there in 2023 and 2024?") == (2023, 2024)
    assert read("how many places were there in 2023?") == (2023,)
