"""The right table row and column across councils, the whole country and years (round 14):
a council's figure of a year that only its table gives (index/search/table_years.gives_years), the
country's row asked "på landsplan" / "across all KKRs" (index/search/totals.py), a change between two
years asked in other words (index/question/answer_type.py), both cells of a figure over two years
(index/search/cell_pair.py), a period asked is not one year's cell (index/search/cells.py)."""

from __future__ import annotations

from index.question.answer_type import answer_type
from index.question.parse import parse_question
from index.search.cell_pair import year_pair
from index.search.cells import _meet, best_cell, spans_of
from index.search.table_years import gives_years
from index.search.totals import asks_national, is_national
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def _item(engine, source: str, number: str):
    return next(i for i in engine.items() if i.source.startswith(source) and i.item_number == number)


def test_an_item_whose_table_gives_the_year_asked_is_of_that_year(sample_engine) -> None:
    """001 item 3.2's title names 2026, its table lays out 2025 beside it."""
    table_2025 = _item(sample_engine, "001", "3.2")
    asked = parse_question("How many SOSU assistant places did KKR Sjælland get for 2025?", today=TODAY)
    assert gives_years(table_2025, asked)
    assert not gives_years(table_2025, parse_question("How many SOSU assistant places did KKR Sjælland get for 2027?", today=TODAY))
    assert not gives_years(table_2025, parse_question("Hvad besluttede KKR om SOSU-pladser i 2025?", today=TODAY))
    assert gives_years(table_2025, parse_question("How many SOSU assistant places nationwide for 2025?", today=TODAY))
    # a table of another figure that has the year as a row (the contracts signed in 2023) is not the council's
    later = _item(sample_engine, "003", "3.4")
    assert not gives_years(later, parse_question("Hvor mange pladser fik kommunerne i KKR Midtjylland i 2023?", today=TODAY))


def test_a_councils_figure_of_a_year_only_its_table_gives_is_answered_from_another_councils_minutes(sample_engine) -> None:
    answer = sample_engine.ask("How many social and health helper places did KKR Hovedstaden get for 2025?", today=TODAY)
    assert answer.answered and where(answer)[0] == ("001", "3.2"), (where(answer), answer.notes)
    line = answer.hits[0].answer
    assert line is not None and line.values == ("851",) and line.labels[0] == "KKR Hovedstaden"
    assert "Dimensionering 2025" in line.labels[1] and "hjælpere" in line.labels[1]
    answer = sample_engine.ask("Hvor mange social- og sundhedsassistenter skulle KKR Sjælland dimensionere til i 2025?", today=TODAY)
    assert answer.answered and answer.hits[0].answer is not None and answer.hits[0].answer.values == ("955",)


def test_a_change_between_two_years_or_up_or_down_is_a_comparison() -> None:
    assert answer_type("How did KKR Nordjylland's assistant places change from 2026 to 2027?") == "compare"
    assert answer_type("Did the helper places go up or down between 2025 and 2026?") == "compare"
    assert answer_type("Steg eller faldt hjælpereleverne fra 2026 til 2027?") == "compare"
    assert answer_type("Did KKR approve the distribution of places?") == "decision"  # a yes/no stays one
    assert answer_type("What is KKR Sjælland's target for SOSU helpers in 2027?") == "number"
    assert answer_type("Hvad er måltallet for hjælperelever i 2027?") == "number"
    assert answer_type("What is the change about?") == "none"


def test_a_councils_figure_over_two_years_shows_both_cells_with_their_labels(sample_engine) -> None:
    answer = sample_engine.ask("How did KKR Nordjylland's assistant places change from 2026 to 2027?", today=TODAY)
    assert answer.answered and where(answer)[0] == ("003", "3.4")
    line = answer.hits[0].answer
    assert line is not None and line.values == ("634", "687")
    assert line.labels == ("KKR Nordjylland", "Social- og sundhedsassistenter", "Dimensionering 2026", "Dimensionering 2027")
    # helpers asked as "hjælperelever": the helpers' columns ("Social- og sundhedshjælpere"), not the assistants'
    answer = sample_engine.ask("Steg eller faldt antallet af hjælperelever i KKR Midtjylland fra 2026 til 2027?", today=TODAY)
    assert answer.hits[0].answer is not None and answer.hits[0].answer.values == ("668", "1.006")
    # years as rows: the two years' rows under the column asked
    answer = sample_engine.ask("Hvordan ændrede antallet af aftaler med hjælperelever sig fra 2022 til 2024?", today=TODAY)
    line = answer.hits[0].answer
    assert line is not None and line.values == ("3.980", "4.315") and line.labels[1:] == ("2022", "2024")


def test_no_pair_when_the_other_side_is_not_named(sample_engine) -> None:
    later = _item(sample_engine, "003", "3.4")
    # no council or country named: five rows, no pair (never a guess)
    assert year_pair(later, "how many helper places in 2026 and 2027?", (), ()) is None
    # helpers and assistants both open: the columns of a year are two
    assert year_pair(later, "KKR Sjælland fra 2026 til 2027?", (), ("KKR Sjælland",)) is None
    # one year only: a single cell's business
    assert year_pair(later, "KKR Sjælland hjælpere 2027?", (), ("KKR Sjælland",)) is None
    got = year_pair(later, "KKR Sjælland hjælpere 2027 mod 2026?", (), ("KKR Sjælland",))
    assert got is not None and got.values == ("722", "477")  # in the order the question names the years


def test_the_whole_country_asked_is_the_national_row(sample_engine) -> None:
    assert asks_national("across all five KKRs") and asks_national("hvor mange på landsplan") and asks_national("i hele landet")
    assert asks_national("nationwide") and asks_national("alle KKR'er") and not asks_national("hvor mange i KKR Sjælland")
    assert is_national("Hele landet") and not is_national("KKR Hovedstaden") and not is_national("Ialt")
    answer = sample_engine.ask("Across all the KKRs, how many social and health helper places were there for 2027?", today=TODAY)
    line = answer.hits[0].answer
    assert where(answer)[0] == ("003", "3.4") and line is not None
    assert line.values == ("4.500",) and line.labels[0] == "Hele landet"


def test_a_period_asked_is_not_one_years_cell(sample_engine) -> None:
    """"pr. år 2027-31": the agreement's sentence for the period answers, not the 2027 column."""
    assert spans_of("pr år 2027-31") == {("2027", "2031")} and spans_of("2021-2025") == {("2021", "2025")}
    later = _item(sample_engine, "003", "3.4")
    cell, _ = best_cell(later, "ssa elever pr år 2027-31 på landsplan?", ("ssa", "elever"), ())
    assert cell is None
    cell, _ = best_cell(later, "ssa elever i 2027 på landsplan?", ("ssa", "elever"), ())
    assert cell is not None and cell.value == "6.500"
    cell, _ = best_cell(later, "gennemsnit af aftaler med assistentelever 2021-25?", ("gennemsnit", "assistentelever"), ())
    assert cell is not None and cell.value == "5.448"  # the average row names the period


def test_a_compound_head_meets_a_word_it_begins_or_is() -> None:
    assert _meet("hjælp", "sundhedshjælp", heads=True) and _meet("hjælperelev", "sundhedshjælp", heads=True)
    assert not _meet("udvalg", "praksisplanudvalg")  # a row label: a body is not every "…udvalg"
    assert not _meet("elev", "hjælperelev", heads=True) and not _meet("landet", "kommun", heads=True)


def test_a_category_the_table_does_not_give_is_refused_with_the_item_kept(sample_engine) -> None:
    """The council's row and the year's column are in the SOSU table, but nurses are no category of
    it (other items name them): refused, the table's item kept as the nearest."""
    answer = sample_engine.ask("How many nurse trainee places did KKR Midtjylland get for 2027?", today=TODAY)
    assert not answer.answered and where(answer)[0] == ("003", "3.4"), (where(answer), answer.notes)
    assert any(n.key == "note_nothing_for" and "Sygeplejersker" in n.values["what"] for n in answer.notes)
    answer = sample_engine.ask("How many social and health assistant trainee places did KKR Midtjylland get for 2027?", today=TODAY)
    assert answer.answered and answer.hits[0].answer is not None and answer.hits[0].answer.values == ("1.417",)


def test_both_cells_are_in_the_slack_answer_line() -> None:
    from bot.render.shown import answer_mrkdwn
    from index.model import AnswerLine

    line = AnswerLine("compare", ("634", "687"), "Sagsfremstilling", 15,
                      ("KKR Nordjylland", "Social- og sundhedsassistenter", "Dimensionering 2026", "Dimensionering 2027"))  # fmt: skip
    text = answer_mrkdwn(line, "da")
    assert text is not None and "*634*; *687*" in text and "Dimensionering 2026 · Dimensionering 2027" in text


def test_a_rows_column_group_is_said_once_above_its_columns() -> None:
    from bot.render.shown import row_lines
    from index.model import ShownPassage

    labels = ("KKR", "Social- og sundhedshjælpere · Dimensionering 2026", "Social- og sundhedshjælpere · Dimensionering 2027",
              "Social- og sundhedsassistenter · Dimensionering 2026", "Social- og sundhedsassistenter · Dimensionering 2027")  # fmt: skip
    cells = ("KKR Sjælland", "477", "722", "955", "1.038")
    lines = row_lines(ShownPassage("KKR Sjælland 477 722 955 1.038", "Sagsfremstilling", 15, "row", (), cells=cells, labels=labels))
    assert lines[0] == "KKR Sjælland" and lines[1].strip() == "Social- og sundhedshjælpere" and lines[4].strip() == "Social- og sundhedsassistenter"
    assert lines[2].split() == ["Dimensionering", "2026", "477"] and lines[6].split() == ["Dimensionering", "2027", "1.038"]
    assert len({len(ln) for ln in (lines[2], lines[3], lines[5], lines[6])}) == 1  # the values line up
    # no group spanning columns: one line per column, as before
    single = row_lines(ShownPassage("Viborg (29) 236", "Sagsfremstilling", 1, "row", (), cells=("Viborg", "(29) 236"), labels=("Uddannelsessted", "Dimensionering 2024/2025")))
    assert single == ["Viborg", "  Dimensionering 2024/2025  (29) 236"]
