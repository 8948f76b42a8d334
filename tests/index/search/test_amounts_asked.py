"""A yes/no question of an amount, a count or a frequency (index/search/amounts_asked.py) is
answered by the figure or range the item gives: "Skulle forummet mødes hver måned?" by "Der
planlægges med 2-4 møder om året", not by another sentence of the item that denies something."""

from __future__ import annotations

import pytest

from index.search.amounts_asked import asks_amount, holds_amount
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Skulle inspirationsforummet mødes hver måned?", True),
        ("Will the steering group have just one director from each KKR area?", True),
        ("Jeg skriver om flygtninge. Var kvoten for Region Midtjylland over 100 personer?", True),
        ("Var oplægget sat til at vare mere end en halv time?", True),
        # no amount of its own asked: a decision, "more than that" (the item's figure; a condition may answer)
        ("Blev fordelingen godkendt?", False),
        ("The municipalities must provide 11,000 places. Are they allowed to create more than that?", False),
        ("Hvor mange møder holder forummet om året?", False),  # a number question, not a yes/no
    ],
)
def test_a_yes_no_question_asks_an_amount(question: str, expected: bool) -> None:
    assert asks_amount(question, "decision") is expected


def test_a_sentence_gives_a_figure_or_a_range() -> None:
    assert holds_amount("Der planlægges med 2-4 møder om året.")
    assert not holds_amount("Desuden er det vurderingen, at udtrykket ikke er positivt ladet.")


def test_a_yes_no_of_a_frequency_is_answered_by_the_range(sample_engine) -> None:
    # the item's judgement "… ikke er positivt ladet …" denies and holds more of the words: it came first
    hit = sample_engine.ask("Skulle inspirationsforummet for borgere på kanten mødes hver måned?", today=TODAY).hits[0]
    assert hit.item.item_number == "3.2"
    assert "2-4 møder om året" in " ".join(hit.passages[0].text.split())
