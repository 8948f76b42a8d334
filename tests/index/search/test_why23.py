"""A why answered by the passage giving the reason asked (round 23, WHY23). The engine questions
here are in no committed set; each fails on the code before its step."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type
from index.question.why_words import asks_reason, why_word_spans
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("question, asks", [
    # a cause asked in other words
    ("Its funding is being raised by 1.0 million kroner — what drove that?", True),
    ("KKR Midtjylland is nominating new members to RAR Østjylland. What's behind that?", True),
    ("Region Midtjylland will lack 250 places. What lies behind that?", True),
    ("What triggered the commission?", True),
    ("What's the rationale?", True),
    ("Hvad ligger der bag Sundhedsstrukturkommissionen?", True),
    ("Hvad var grunden?", True),
    ("Hvad fik KKR Nordjylland til at evaluere sit arbejde?", True),
    # a purpose asked in other words
    ("What is that money meant to achieve?", True),
    ("What are they hoping to achieve with the forum?", True),
    ("Hvad skal workshoppen gøre godt for?", True),
    ("Hvad er tanken bag lånepuljen?", True),
    ("Hvad vil man opnå med puljen?", True),
    # not a reason: a party behind a deal, a body running a forum, a task
    ("Who is behind the new SOSU agreement?", False),
    ("Who will drive the inspiration forum?", False),
    ("Hvem skal drive forummet?", False),
    ("What is the new committee supposed to do?", False),
])
def test_a_reason_or_purpose_asked_in_other_words(question: str, asks: bool) -> None:
    assert asks_reason(question) is asks
    assert (answer_type(question) == "reason") is asks


def test_the_words_asking_a_reason_name_no_topic() -> None:
    text = "hvad ligger der bag sundhedsstrukturkommissionen?"
    assert [text[a:b] for a, b in why_word_spans(text)] == ["hvad ligger der bag"]
    text = "what is that money meant to achieve?"
    assert [text[a:b] for a, b in why_word_spans(text)] == ["meant to achieve"]


@pytest.mark.parametrize("question, source, item, fact", [
    # before: typed "none" (or a list), the status list of the SOSU agreements shown without its purpose line
    ("The SOSU places agreement sets aside 23.1 million a year for training guidance. What is that money meant to achieve?",
     "001", "3.2", "For at styrke kvalitet og nedbringe frafald"),
    # before: "ligger" and "bag" weighed as the question's rarest words, and the item was refused
    ("Hvad ligger der bag Sundhedsstrukturkommissionen?", "004", "3.3", "Baggrunden for kommissionen er bl.a. den demografiske udvikling"),
])
def test_a_reason_asked_in_other_words_shows_it(sample_engine, question: str, source: str, item: str, fact: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered
    hit = answer.hits[0]
    assert hit.item.source.startswith(source) and hit.item.item_number == item
    assert fact in _shown(hit)
