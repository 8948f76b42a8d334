"""Round 18, REFUSED18: answerable questions refused while their right item was first, the refusing
step read by the kind of question (index/search/change_asked.py: a figure asked as the size of a
change between two values names no thing counted; index/search/seats.py: seats on a body asked,
its members counted)."""

from __future__ import annotations

import pytest

from index.search.change_asked import asks_how_far_apart
from tests.support.sample import TODAY, ask_checked


@pytest.mark.parametrize(
    ("question", "apart"),
    [
        ("Hvor meget lavere bliver budgettet for Socialtilsyn Nord i 2022?", True),  # a comparative in -ere
        ("Hvor meget større er puljen i 2026?", True),  # an irregular one
        ("Hvor mange flere assistentelever skal KKR Nordjylland have i 2027 end i 2026?", True),
        ("How much smaller is Socialtilsyn Nord's budget for 2022 than the year before?", True),  # unread, in -er
        ("How much more money does the climate secretariat need?", True),
        ("Hvor mange borgere var indskrevet på samme tid?", False),  # after "hvor mange", -ere is a plural noun
        ("How many helper trainee places does North Jutland get in 2027?", False),  # a noun the glossary reads
        ("How much per resident is the development contribution for 2026?", False),
        ("Hvor meget falder budgettet?", False),
    ],
)
def test_a_comparative_after_the_asking_words_asks_how_far_apart(sample_engine, question: str, apart: bool) -> None:
    parsed = sample_engine._read(sample_engine._mine(), question, TODAY)
    assert asks_how_far_apart(parsed) is apart


@pytest.mark.parametrize(
    ("question", "answered", "first"),
    [
        # refused on main ("intet om lavere", "nothing on smaller": no number beside the comparing word)
        ("Hvor meget lavere bliver budgettet for Socialtilsyn Nord i 2022?", True, ("002", "3.4")),
        ("How much smaller is Socialtilsyn Nord's budget for 2022 than the year before?", True, ("002", "3.4")),
        ("Hvor meget højere er lånepuljen for botilbud i 2026 end i 2025?", True, ("004", "3.5")),
        # the same shape of a year, body or thing no document gives stays refused by the other checks
        ("How much bigger is the loan pool for housing places in 2029 than the year before?", False, None),
        ("Hvor meget lavere er Socialtilsyn Midts budget for 2022 end året før?", False, None),
        ("Hvor meget dyrere er en plads på et forsorgshjem end på et herberg?", False, None),
    ],
)
def test_a_change_between_two_values_is_answered_by_the_item_giving_them(
    sample_engine, question: str, answered: bool, first: tuple[str, str] | None
) -> None:
    ask_checked(sample_engine, question, answered, first)


@pytest.mark.parametrize(
    ("question", "answered", "first", "value"),
    [
        # refused on main ("intet om pladser", "nothing on seats": the appointments table counts "medlemmer")
        ("Hvor mange pladser havde KKR Midtjylland i Praksisplanudvalget i perioden 2018-2022?", True, ("000", "5.2"), "5 medlemmer"),
        ("How many seats did the council fill on the board of Erhvervshuset Midtjylland in the 2018-2022 term?", True, ("000", "5.2"), "4 medlemmer"),
        # members of another body in the item ("2 – 3 regionsrådsmedlemmer" of a health cluster) are no seats on the board asked
        ("How many seats does KKR Nordjylland have on the board of Erhvervshus Sjælland?", False, None, None),
        ("Hvor mange pladser har KKR Midtjylland i bestyrelsen for Aarhus Havn?", False, None, None),
        ("How many seats did KKR Midtjylland fill on the board of Midttrafik in the 2026-2030 term?", False, None, None),
    ],
)
def test_seats_on_a_body_are_counted_by_its_members(
    sample_engine, question: str, answered: bool, first: tuple[str, str] | None, value: str | None
) -> None:
    a = ask_checked(sample_engine, question, answered, first)
    if first is not None:
        assert a.hits[0].answer is not None and value in a.hits[0].answer.values
