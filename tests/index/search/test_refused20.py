"""Round 20, REFUSED20: answerable questions refused while their right item was first, read by the
kind of wording (meaning_classes.toml's [cease]: a thing that stops existing asked in everyday
words, "forsvinder", "ophører", for the documents' "erstattes", "bortfalder", "afskaffelse";
index/search/renderings.py: a word reached only through its meaning class names no topic)."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from index.question.meaning_classes import members_of
from tests.support.sample import TODAY


def _where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


@pytest.mark.parametrize(
    ("word", "member", "is_member"),
    [
        ("forsvinder", "erstattes", True),
        ("ophører", "bortfalder", True),
        ("forsvandt", "afskaffelse", True),
        ("nedlagt", "forsvinde", True),
        ("lukke", "nedlægges", False),  # a place closed is asked of itself
        ("udsatte", "forsvinde", False),
    ],
)
def test_a_thing_that_stops_existing_is_one_meaning(word: str, member: str, is_member: bool) -> None:
    assert (member in members_of(word)) is is_member


@pytest.mark.parametrize(
    ("question", "answered", "first"),
    [
        # each refused on main with its item first and kept
        ("Hvilke udvalg ophører, når sundhedsklyngerne etableres?", True, ("000", "5.2")),
        ("hvilke uddannelser forsvinder med epx-aftalen?", True, ("003", "3.3")),
        # the same shapes of what no document gives stay refused
        ("Hvilke uddannelser forsvinder med folkeskolereformen?", False, None),  # answered with the word counted rare
        ("Hvilke udvalg forsvinder i Region Hovedstaden, når sundhedsklyngerne kommer?", False, None),
    ],
)
def test_answerable_questions_in_other_wordings_are_answered_by_their_item(
    sample_engine, question: str, answered: bool, first: tuple[str, str] | None
) -> None:
    a = sample_engine.ask(question, today=TODAY)
    assert a.answered is answered, [n.key for n in a.notes]
    if first is not None:
        assert _where(a.hits[0]) == first
