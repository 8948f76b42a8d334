"""Meaning classes (index/question/meaning_classes.py): a question word bridged in part to the
documents' other words of the same meaning, on the real sample index."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.meaning_classes import load_classes, members_of, parse_classes
from index.question.parse import parse_question

TODAY = date(2026, 11, 29)


def _first(answer) -> tuple[str, str] | None:
    return (answer.hits[0].item.source.rsplit("/", 1)[-1][:3], answer.hits[0].item.item_number) if answer.hits else None


def test_a_class_word_carries_the_documents_words_as_other_renderings_not_as_terms(sample_vocabulary) -> None:
    p = parse_question("Hvornår skal kommunerne bygge flere botilbud?", vocabulary=sample_vocabulary)
    renderings = dict(p.alternatives)
    assert "bygge" in p.terms
    assert {"etablere", "udvide"} <= set(renderings["bygge"])  # credited in part (rank.ALTERNATIVE_CREDIT)
    assert "etablere" not in p.terms and "udvide" not in p.terms  # never the asked word itself


def test_only_members_the_index_has_are_given(sample_vocabulary) -> None:
    p = parse_question("Hvad skal det nye navn være?", vocabulary=sample_vocabulary)
    given = dict(p.alternatives).get("navn", ())
    assert "omdøbt" in given and "betegnelse" not in given  # the sample never writes "betegnelse"


def test_a_short_stem_matches_no_member_by_stem() -> None:
    # "billigere" stems to "bil" (a car): only its own form is a member, never "bil" or "biler"
    assert "fald" in members_of("billigere")
    assert members_of("bil") == () and members_of("biler") == ()


@pytest.mark.parametrize(
    "question, item",
    [
        ("Hvad er det nye navn for borgere på kanten?", ("002", "3.2")),  # "navn" for the item's "omdøbt"
        ("Hvor mange kroner pr. indbygger betaler kommunerne i udviklingsbidrag for 2026?", ("001", "2.1")),  # "kroner" for "kr."
    ],
)
def test_a_question_in_its_own_words_is_answered_outright(sample_engine, question, item) -> None:
    # without the classes both were answered only as "Måske" (uncertain): a word of the asker's
    # the item writes otherwise weighed as a word the item lacks
    a = sample_engine.ask(question, today=TODAY)
    assert a.answered and not a.uncertain and _first(a) == item


@pytest.mark.parametrize(
    "question",
    [
        "Hvor mange boliger til hjemløse skal bygges i Aarhus i 2027?",  # housing and building, another topic
        "Hvad skal de nye ungdomsboliger i Herning hedde?",  # a name asked of a thing no item has
        "Hvornår åbner det nye asylcenter i Viborg?",
    ],
)
def test_a_question_near_a_class_but_off_topic_stays_refused(sample_engine, question) -> None:
    assert not sample_engine.ask(question, today=TODAY).answered


def test_every_bundled_class_says_the_kind_it_serves() -> None:
    classes = load_classes().classes
    assert classes and all(c.serves and len(c.danish) >= 2 for c in classes)
    with pytest.raises(ValueError, match="serves"):
        parse_classes({"money": {"da": ["penge", "midler"]}})
