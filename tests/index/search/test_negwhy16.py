"""Yes/no questions answered by a plain or negative statement, and whys whose reason is a phrase
(round 16, NEGWHY). The questions are new phrasings, not those of any set.

Step 1: a yes/no asked after a journalist's framing (a sentence, a colon, a fronted "when" clause) is
a yes/no (index/question/yes_no_asked.py), and a denying sentence answers a yes/no only when it holds
a share of the question's words of its own (units.DENIAL_SHARE), not beside the sentence stating the
matter asked."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from index.question.answer_type import asks_yes_no, yes_no_verb
from tests.support.sample import TODAY


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def shown(hit) -> list[str]:
    return [" ".join(p.text.split()) for p in hit.passages]


@pytest.mark.parametrize(
    "question, verb",
    [
        ("Jeg skriver om hjemmesygeplejen: følger der penge med til kommunerne?", "følger"),
        ("I'm writing about regional finance. Did the councils object to the level of the contribution?", "did"),
        ("Til en artikel om regionerne. Protesterede de midtjyske kommuner mod niveauet for bidraget?", "protesterede"),
        ("When the culture money moves to the block grant, do the municipalities know yet what each gets?", "do"),
        ("For a piece on EU lobbying – is the Brussels office getting less from the region?", "is"),
    ],
)
def test_a_yes_no_after_a_framing_is_a_yes_no(question: str, verb: str) -> None:
    assert asks_yes_no(question), question
    assert yes_no_verb(question) == verb, question


@pytest.mark.parametrize(
    "question",
    [
        "I'm writing about regional finance. How much did the councils pay in 2026?",
        "Jeg skriver om hjemmesygeplejen: hvorfor lægger man vægt på ensartethed?",
        "fra hvornår gælder L53, altså at sygepl. må tage ting der før var forbeholdt lægerne?",  # "sygepl." ends no sentence
        "When the culture money moves to the block grant, how much does each municipality get?",
        "Hvor mange pladser er der i 2024-25?",
    ],
)
def test_a_question_asking_something_else_after_a_framing_is_no_yes_no(question: str) -> None:
    assert not asks_yes_no(question), question


def test_a_framed_yes_no_is_answered_by_the_sentence_denying_it(sample_engine) -> None:
    answer = sample_engine.ask(
        "Til en artikel om hjemmesygeplejen i Midtjylland: følger der penge med til kommunerne, når sygeplejerskerne får nye opgaver med loven?",
        today=TODAY,
    )
    assert where(answer.hits[0]) == ("004", "3.4")
    assert any("Der følger med loven ikke midler til kommunerne" in t for t in shown(answer.hits[0])), shown(answer.hits[0])


def test_a_weak_denial_does_not_push_aside_the_sentence_stating_the_matter(sample_engine) -> None:
    # "… men som endnu ikke er endeligt aftalt …" (the framework agreement) holds one question word of its
    # own; the sentence saying the contract largely continues 2023's states the matter asked.
    answer = sample_engine.ask(
        "Was KKR Midtjylland's 2024 contract with its business hub mostly a continuation of the previous year's?", today=TODAY
    )
    first = answer.hits[0]
    assert where(first) == ("004", "3.8")
    assert any("en videreførelse af resultatkontrakten for 2023" in t for t in shown(first)), shown(first)
