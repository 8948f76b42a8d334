"""Two figures asked at once, compares, and a yes/no answered by a figure's change (round 15,
TWOFIGS): a year set against another in staff shorthand is a comparison
(index/question/answer_type.py); a table whose rows are the years asked gives them
(index/search/table_years.py); a figure of two years in one sentence is shown and answers
(index/search/years_named.py); a figure's change asked shows, and first ranks, the sentence stating
it (index/search/changes.py, index/search/shown.py, index/search/kind_near.py)."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type
from index.question.parse import parse_question
from index.search.cell_pair import row_pair
from index.search.changes import asks_change, states_change
from index.search.kind_near import kind_asked
from index.search.years_named import measured_against, names_years
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("sosu aftaler i alt 2022 ift 2024?", "compare"),
        ("aftaler 2021 mod 2025", "compare"),
        ("optaget 2023 i forhold til 2022?", "compare"),
        ("contracts signed 2021 against 2025", "compare"),
        ("hvor mange aftaler blev indgået i 2024?", "number"),  # one year: no comparison
        ("Hvilke punkter nævner 2024 og 2025?", "list"),  # two years named, not set against each other
    ],
)
def test_a_year_set_against_another_is_a_comparison(question: str, kind: str) -> None:
    assert answer_type(question) == kind


def test_a_tables_two_years_compared_in_shorthand_come_from_the_table_whose_rows_are_the_years(sample_engine) -> None:
    """003 item 3.4's contracts signed per year ("2022 5.548 3.980 9.528"): its rows are the years; the
    2021 items name 2022 in their titles and came first."""
    answer = sample_engine.ask("sosu aftaler i alt 2022 ift 2024?", today=TODAY)
    assert where(answer)[0] == ("003", "3.4"), where(answer)
    shown = " ".join(p.text for p in answer.hits[0].passages)
    assert "9.528" in shown and "9.589" in shown, shown


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("I løbet af sommeren 2021 er belægningen steget, så 10 ud af de 12 pladser pr. 10. august er taget i brug.", True),
        ("Det vurderes, at kommunernes behov vil kunne dækkes med 75 pladser i stedet for 150 pladser, der er i dag", True),
        ("Socialtilsyn Nord har udarbejdet et budget for 2022, der medfører et fald i budgettet på 3,2 pct.", True),
        ("Med den nye aftale øges antallet af lærepladser fra 9.000 til 11.000.", True),
        # a purpose (an infinitive) beside a figure states no change
        ("For at styrke kvalitet og nedbringe frafald blev i SOSU-aftalen afsat 23,1 mio. kr. årligt i 2025-28.", False),
        ("Belægningen er steget markant.", False),  # no figure
        ("Lånepuljen for 2024 på 0,2 mia. kr. blev udmøntet i september 2023.", False),
    ],
)
def test_a_sentence_stating_a_figures_change(text: str, change: bool) -> None:
    assert states_change(text) is change


def test_change_asked() -> None:
    assert asks_change("Should the number of special places be cut?")
    assert asks_change("Did occupancy go up during summer 2021?")
    assert asks_change("Blev der færre pladser til hjælpere fra 2025 til 2026?")
    assert asks_change("Steg det kommunale udviklingsbidrag i 2026?")
    assert not asks_change("Hvor mange pladser fik KKR Nordjylland i 2027?")
    assert not asks_change("Who chairs the health coordination committee?")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # the recommendation's line in a long list of five, not its first lines
        ("Should the number of special psychiatric places be cut according to VIVE's evaluation?", "75 pladser i stedet for 150 pladser"),
        # the sentence saying the occupancy rose, not the one saying it was low
        ("Did occupancy of the special psychiatric places in North Jutland go up during summer 2021?", "10 ud af de 12 pladser"),
    ],
)
def test_a_yes_no_of_a_figures_change_shows_the_sentence_stating_it(sample_engine, question: str, fact: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert where(answer)[0] == ("002", "3.3"), where(answer)
    shown = " ".join(p.text for p in answer.hits[0].passages)
    assert fact in " ".join(shown.split()), shown


def test_a_figure_of_two_years_given_in_one_sentence_is_shown_and_answers(sample_engine) -> None:
    """004 item 3.5: "… puljerne på henholdsvis 0,6 og 0,7 mia. kr. for 2025 og 2026 …"; the sentences
    richer in the question's words give 2024's pool and the period's 1,5 mia. kr."""
    answer = sample_engine.ask("Hvor store er lånepuljerne til udvidelse af botilbudskapaciteten for 2025 og 2026?", today=TODAY)
    hit = answer.hits[0]
    assert where(answer)[0] == ("004", "3.5"), where(answer)
    assert hit.answer is not None and hit.answer.values == ("0,6 og 0,7 mia. kr.",), hit.answer
    assert any("for 2025 og 2026" in p.text for p in hit.passages)
    assert names_years("puljerne på henholdsvis 0,6 og 0,7 mia. kr. for 2025 og 2026", frozenset({"2025", "2026"}))
    assert not names_years("1,5 mia. kr. i perioden 2024-2026", frozenset({"2025", "2026"}))
    assert not names_years("i 2025 og 2026", frozenset({"2025", "2026"}))  # no figure but the years


def test_the_item_whose_sentence_states_the_change_asked_comes_first(sample_engine) -> None:
    """001 item 3.2 (the 2022-2026 agreement) and 003 item 3.4 (the new one) match "the new tripartite
    agreement … SOSU training places" about equally; 003 says "øges antallet af lærepladser fra 9.000
    til 11.000" (index/search/kind_near.py, the "change" kind)."""
    question = "From what to what does the new tripartite agreement raise the yearly number of SOSU training places?"
    assert kind_asked(parse_question(question, today=TODAY)) == "change"
    assert kind_asked(parse_question("How many SOSU training places are there in 2027?", today=TODAY)) == "number"
    answer = sample_engine.ask(question, today=TODAY)
    assert where(answer)[0] == ("003", "3.4"), where(answer)
    assert any("fra 9.000 til 11.000" in " ".join(p.text.split()) for p in answer.hits[0].passages)


def test_a_yes_no_of_a_figures_change_between_two_years_is_answered_by_both_cells(sample_engine) -> None:
    """A yes/no of a change between two years is that figure compared: a council's row of another
    council's table counts for it (answer.council_ok, for comparisons), and both years' cells answer."""
    assert answer_type("Blev der færre pladser til social- og sundhedshjælpere i KKR Hovedstaden fra 2025 til 2026?") == "compare"
    assert answer_type("Did the assistant places go up from 2026 to 2027?") == "compare"
    assert answer_type("Blev aftalen forlænget fra 2025 til 2026?") == "decision"  # no figure's change asked
    answer = sample_engine.ask("Blev der færre pladser til social- og sundhedshjælpere i KKR Hovedstaden fra 2025 til 2026?", today=TODAY)
    assert answer.answered and where(answer)[0] == ("001", "3.2"), (where(answer), answer.notes)
    line = answer.hits[0].answer
    assert line is not None and line.values == ("851", "850") and line.labels[0] == "KKR Hovedstaden", line


@pytest.mark.parametrize(
    ("question", "values", "rows"),
    [
        ("Hvor mange flere hjælperelever får KKR Syddanmark end KKR Nordjylland i 2027?", ("1.037", "476"), ("KKR Syddanmark", "KKR Nordjylland")),
        ("What share of the country's SOSU helper places in 2027 goes to KKR Midtjylland?", ("1.006", "4.500"), ("KKR Midtjylland", "Hele landet")),
        ("How many SOSU assistant trainee places does KKR Nordjylland get in 2027, and how many does the whole country get?",
         ("687", "6.500"), ("KKR Nordjylland", "Hele landet")),
    ],
)
def test_two_rows_of_one_year_are_both_cells_with_their_labels(sample_engine, question: str, values: tuple[str, str],
                                                               rows: tuple[str, str]) -> None:  # fmt: skip
    """Two councils' rows, or a council's and the country's, under the year's column of the group asked
    (index/search/cell_pair.row_pair); before, no line (two rows named) or the council's cell alone."""
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert (hit.item.source.rsplit("/", 1)[-1][:3], hit.item.item_number) == ("003", "3.4")
    assert hit.answer is not None and hit.answer.values == values, hit.answer
    assert hit.answer.labels[:2] == rows and hit.answer.labels[-1] == "Dimensionering 2027", hit.answer.labels


def test_no_pair_of_rows_without_one_year_or_with_a_row_not_in_the_table(sample_engine) -> None:
    item = next(i for i in sample_engine.items() if i.source.rsplit("/", 1)[-1].startswith("003") and i.item_number == "3.4")
    councils = ("KKR Syddanmark", "KKR Nordjylland")
    assert row_pair(item, "hjælperelever KKR Syddanmark og KKR Nordjylland", (), councils) is None  # no year
    assert row_pair(item, "hjælperelever KKR Syddanmark og KKR Nordjylland i 2025", (), councils) is None  # no 2025 column
    assert row_pair(item, "hjælperelever i KKR Syddanmark i 2027", (), ("KKR Syddanmark",)) is None  # one row


def test_a_years_figure_measured_against_a_named_figure_shows_that_years_row(sample_engine) -> None:
    """"Nåede kommunerne op over de 9.000 … i 2025?": the 2025 row of the contracts signed per year
    ("2025 4.841 3.939 8.780"), whatever the question's type (index/search/years_named.measured_against,
    read by rows_asked.rows_of_years)."""
    assert measured_against("Nåede kommunerne op over de 9.000 uddannelsesaftaler på SOSU-området i 2025?")
    assert measured_against("Were there more than 10,000 contracts in 2023?")
    assert not measured_against("Hvor mange aftaler blev indgået i 2025?")  # no figure to measure against
    assert not measured_against("Did the figure go up over 2024?")  # a year is no figure
    assert not measured_against("Kom de op over 9.000 fra 2024 til 2025?")  # two years: rows_of_years reads those
    answer = sample_engine.ask("Jeg skriver om rekruttering til ældreplejen. Nåede kommunerne op over de 9.000 "
                               "uddannelsesaftaler på SOSU-området i 2025?", today=TODAY)
    assert where(answer)[0] == ("003", "3.4"), where(answer)
    assert any(" ".join(p.text.split()) == "2025 4.841 3.939 8.780" for p in answer.hits[0].passages), answer.hits[0].passages


def test_a_second_value_in_a_sentence_carrying_on_from_the_first_is_shown_with_it(sample_engine) -> None:
    """A count and a share asked at once: "82 kommuner har svaret." is shown (it counts what is asked)
    and "Det giver en svarprocent på knap 84." carries on from it in words the question does not use
    (index/search/shown._grown_beside)."""
    answer = sample_engine.ask("Hvor mange kommuner svarede på KL's mobilitetssurvey, og hvor mange procent er det?", today=TODAY)
    assert where(answer)[0] == ("004", "3.2"), where(answer)
    shown = " ".join(" ".join(p.text.split()) for p in answer.hits[0].passages)
    assert "82 kommuner har svaret. Det giver en svarprocent på knap 84." in shown, shown
