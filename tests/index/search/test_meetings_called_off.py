"""A meeting called off or put off, asked in everyday English ("the meeting that was called off",
"pushed back"): the words are read as the documents' "aflyst" / "udsættes" (glossary), so the
passage that says what happened to the meeting, with the date it should have been held, is the
one shown, not the item's contents list that names the point."""

from __future__ import annotations

import pytest

from index.question.parse import parse_question
from tests.support.sample import TODAY


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Which day was the contact committee meeting that got called off meant to be held?", "aflyst"),
        ("They called off the meeting in March, didn't they?", "aflyst"),
        ("Was the decision on the recommendations pushed back?", "udsættes"),
        ("Why did they put off the evaluation?", "udsættes"),
    ],
)
def test_calling_off_and_putting_off_are_read_as_the_documents_words(question: str, term: str) -> None:
    assert term in parse_question(question).terms


def test_the_date_of_a_meeting_called_off_is_shown(sample_engine) -> None:
    # "called off" was no search word: the contents list "– Aflysning af mødet i kontaktudvalget den
    # 7. marts 2024." tied with the point's own paragraph, and came first (the earlier passage)
    hit = sample_engine.ask("Which day was the contact committee meeting that got called off in 2024 meant to be held?",
                            today=TODAY).hits[0]  # fmt: skip
    assert hit.item.item_number == "2.1" and "00b6fdc18451f266" in hit.item.source  # February 2024
    shown = " ".join(" ".join(p.text.split()) for p in hit.passages)
    assert "skulle have været afholdt den 8. marts 2024" in shown
    assert hit.answer is not None and hit.answer.values == ("8. marts 2024",)
