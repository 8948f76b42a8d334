"""OTHERDOC19 (round 19): the right item first when another document's item treats the same theme,
by what the asked item holds and the other lacks: an amount paid (payment_asked.py, read by
kind_near) and a year's figure in a table column (year_column.py). The questions are worded apart
from tests/data/otherdoc19-facts.jsonl."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.parse import parse_question
from index.search.kind_near import kind_asked, kind_factor
from index.search.rank import concepts_of
from tests.support.sample import TODAY, source_items

CDEU_PAID = "001_37866b4be7b1cc74.txt"  # 3.3: what the municipalities pay the EU office
CDEU_REPORT = "003_d10211b4844be3a2.txt"  # 3.1: the EU office's annual report


@pytest.mark.parametrize(
    "text, kind",
    [
        ("How many millions do the municipalities pay to the climate secretariat?", "payment"),
        ("Hvor meget bidrager kommunerne med til kultursamarbejdet?", "payment"),
        ("For a story on EU funding: how much do the municipalities pay the office in Brussels?", "payment"),
        # money a body brings home or receives is not paid by the asker's subject
        ("For a piece on EU funding: how much money did CDEU help bring home?", "number"),
        ("Hvor stort er udviklingsbidraget pr. indbygger?", "payment"),
        # a person's pay is another question (value_kinds.asks_pay), a count no payment
        ("How much is the chairman of the board paid?", "number"),
        ("How many places does KKR Nordjylland get?", "number"),
    ],
)
def test_an_amount_paid_is_a_kind_asked(text: str, kind: str) -> None:
    assert kind_asked(parse_question(text, today=date(2026, 11, 29))) == kind


def _item(engine, source: str, number: str):
    return next(i for i in engine.items() if i.source.endswith(source) and i.item_number == number)


def test_the_item_stating_the_payment_weighs_more(sample_engine) -> None:
    question = "Roughly how many millions a year do the municipalities of Central Jutland pay towards CDEU now?"
    snapshot = sample_engine._snapshot
    parsed = sample_engine._read(snapshot, question, TODAY)
    concepts = concepts_of(snapshot, parsed)
    kind = kind_asked(parsed)
    paid = kind_factor(_item(sample_engine, CDEU_PAID, "3.3"), concepts, kind)
    report = kind_factor(_item(sample_engine, CDEU_REPORT, "3.1"), concepts, kind)
    assert paid > 2 * report  # "CDEU: 5,8 mio. kr. … Bidraget til CDEU betales …" against "178 mio. kr. … hente hjem"


@pytest.mark.parametrize(
    "question, first",
    [
        # the annual report of the same office (more of its name, "178 mio. kr.") came first, or the
        # item was refused as giving "nothing on mio"
        ("Roughly how many millions a year do the municipalities of Central Jutland pay towards CDEU now?", ("001", "3.3")),
        # the 2027 places (June 2026; its text names 2025 for the contracts signed) came first
        ("Hvor mange SOSU-hjælperelever skulle KKR Midtjylland være dimensioneret til i 2025?", ("001", "3.2")),
        # ... a year its title names keeps it first
        ("Hvor mange SOSU-hjælperelever skal KKR Midtjylland være dimensioneret til i 2027?", ("003", "3.4")),
    ],
)
def test_the_item_holding_the_asked_fact_comes_first(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[0] == first
