"""The right item first, not dropped from a refusal: standing items asked about by what they
report (issue 10, round 21, FIRST21). Real sample index, no mocks. Questions here are none of
tests/data/first21-facts.jsonl's; the kept ones are wordings written before the step, unseen in
any set."""

from __future__ import annotations

import pytest

from tests.support.sample import TODAY, source_items


def _shown(answer) -> str:
    return " ".join(p.text for p in answer.hits[0].passages).lower() if answer.hits else ""


@pytest.mark.parametrize(
    "question, first, fact",
    [
        # a news item's point (its sub-heading) asked in words the gate does not hold together: refused,
        # and the refusal dropped the news item for a topical item of another meeting (or kept none)
        ("Hvornår fandt det virtuelle ungetopmøde sted i 2021?", ("000", "2.1"), "8. juni 2021"),
        ("hvornår løb ungetopmødet af stablen?", ("000", "2.1"), "8. juni 2021"),
        ("Det kompetente Nordjylland: which day did the four chairmanships convene?", ("002", "2.1"), "9. juni"),
        ("When was the ungekonference scheduled, per the spring 2024 papers?", ("004", "2.1"), "4. marts 2024"),
    ],
)
def test_a_standing_item_reporting_what_is_asked_is_kept_first(sample_engine, question: str, first: tuple[str, str], fact: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert source_items(answer)[:1] == [first]
    assert fact in _shown(answer)


@pytest.mark.parametrize(
    "question, not_first",
    [
        # a rare word in a news item's prose, not one of its points ("nævnes"): the topical item stays first
        ("Jeg skriver om kommunernes krisehåndtering. Hvilke opgaver nævnes som oplagte at løse i fællesskab på tværs af kommunerne?", ("000", "2.1")),
        # a rare word of the question's background only (its asking part names rare words of its own)
        ("Jeg skriver om overgangen til sundhedsklyngerne. Hvorfor mente sekretariatet i 2021, at man skulle tænke sig ekstra godt om, når man udpegede folk til de eksisterende sundhedsudvalg?", ("000", "2.1")),
        # the approval of an agenda shares only its title's word with the question
        ("The August 2021 agenda reports on a youth summit: on what date was it held?", ("002", "1.1")),
    ],
)
def test_a_standing_item_sharing_no_point_is_not_kept_first(sample_engine, question: str, not_first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] != [not_first]


@pytest.mark.parametrize(
    "question, first",
    [
        # remarks on the last minutes or a figure, asked in other words than the documents' "bemærkninger"
        # (step 2, glossary.toml): refused on main, or another item first
        ("Var der nogen indvendinger mod referatet fra KKR Nordjyllands junimøde 2021?", ("002", "1.2")),
        ("Did any objections come in to the North Jutland minutes of 11 June 2021?", ("002", "1.2")),
        ("kommentarer til referatet fra 11/6-21 i KKR Nord?", ("002", "1.2")),
        ("Were remarks raised about the June 2021 minutes in Nordjylland?", ("002", "1.2")),
        ("Kom KKR-formandskabet med indsigelser mod udviklingsbidraget for 2026?", ("001", "2.1")),
    ],
)
def test_remarks_asked_in_other_words_find_the_item_saying_none_came(sample_engine, question: str, first: tuple[str, str]) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and source_items(answer)[:1] == [first]
    assert "ikke indkommet bemærkninger" in _shown(answer) or "ikke har bemærkninger" in _shown(answer)


@pytest.mark.parametrize(
    "question, first",
    [
        # "reported" / "report back" as a verb: what a news item does ("orienterede", "orienteres om"), not a
        # report's "rapport" / "beretning" (step 3): refused on main, or the CDEU annual report first
        ("What was reported about the development contribution for 2026 at the early-autumn 2025 meeting?", ("001", "2.1")),
        ("What did the chair report back from the May 2026 meeting with KL's chairmanship?", ("003", "2.1")),
    ],
)
def test_reported_as_a_verb_finds_the_news_item(sample_engine, question: str, first: tuple[str, str]) -> None:
    assert source_items(sample_engine.ask(question, today=TODAY))[:1] == [first]
