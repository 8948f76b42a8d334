"""The kind of date a "when" question asks for (index/search/date_kinds.py): a deadline, a start,
an end. The item gives several dates; the one its words mark as of that kind answers, and the
passage holding it is shown first."""

from __future__ import annotations

import pytest

from index.search.date_kinds import asked_date_kind, of_kind
from index.search.values import dates_in
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is the expected application deadline for the loan pools?", "deadline"),
        ("hvornår er fristen for en frivillig aftale om kommunekvoter", "deadline"),
        ("When would applications for the loan pool be due?", "deadline"),
        ("When was the meeting postponed due to the election?", None),  # "due to" is a cause, no deadline
        ("when did the L53 law letting nurses do doctor tasks take effect?", "start"),
        ("hvornår træder de nye regler for sygeplejersker i kraft", "start"),
        ("Hvornår udløber aftalen om vilkår for ansatte på meritpædagoguddannelsen?", "end"),
        ("When does the agreement expire?", "end"),
        ("Hvornår holder KL regionale møder om sygeplejerskernes nye opgaver?", None),
        ("When did the law come into force, and when does it expire?", None),  # two kinds: neither is the one
    ],
)
def test_the_kind_of_date_a_question_names(question: str, kind: str | None) -> None:
    assert asked_date_kind(question) == kind


def test_the_date_a_passage_marks_as_of_the_kind() -> None:
    text = "Det er samtidig KL’s forventning, at udmøntningen kan ske ultimo juni 2024 med en ansøgningsfrist primo maj 2024."
    dates = dates_in(text)
    assert [d.text for d in dates] == ["ultimo juni 2024", "primo maj 2024"]  # "maj" with its year is a month
    assert [d.text for d in of_kind(text, dates, "deadline")] == ["primo maj 2024"]
    text = "Aftalen trådte i kraft den 1. december 2023 og bortfalder den 1. august 2030."
    dates = dates_in(text)
    assert [d.text for d in of_kind(text, dates, "start")] == ["1. december 2023"]
    assert [d.text for d in of_kind(text, dates, "end")] == ["1. august 2030"]
    # a kind's word in the sentence before does not mark this one's date
    text = "Fristen er kort. Mødet holdes den 4. september 2026."
    assert of_kind(text, dates_in(text), "deadline") == []


@pytest.mark.parametrize(
    ("question", "line", "shown"),
    [
        # the item names "december 2023" beside more of the question's words; the deadline is the answer
        ("What is the expected application deadline for the loan pools for 2025 and 2026?", "primo maj 2024",
         "med en ansøgningsfrist primo maj 2024"),
        # the law was passed on 12 December 2023; it came into force on 1 January 2024
        ("when did the L53 law letting nurses do doctor tasks take effect?", "1. januar 2024",
         "Loven trådte i kraft den 1. januar 2024"),
        # the sentence with the deadline holds few of the question's words ("puljerne", "ansøgningsfrist")
        ("When was the loan money for 2025 and 2026 expected to be paid out, and when would applications be due?",
         "primo maj 2024", "med en ansøgningsfrist primo maj 2024"),
        # "Loven trådte i kraft …" holds none of the question's words: the sentence before names the law
        ("When did the law L53 on nurses' tasks enter into force?", "1. januar 2024", "Loven trådte i kraft den 1. januar 2024"),
        # the agreement was announced on 10 November 2023 and lapses on 1 August 2030
        ("Hvornår udløber aftalen om vilkår for ansatte på meritpædagoguddannelsen?", "1. august 2030",
         "bortfalder den 1. august 2030"),
    ],
)  # fmt: skip
def test_a_question_for_a_kind_of_date_is_answered_by_it(sample_engine, question: str, line: str, shown: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.answer is not None and hit.answer.values == (line,)
    assert shown in " ".join(hit.passages[0].text.split())
