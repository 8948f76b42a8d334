"""index/search/nearest.py and answer.refused: the order of a refusal's nearest items (issue 10 point 6,
round 13). The first is the one the asker opens (and the one hit@1 scores)."""

from __future__ import annotations

from pathlib import PurePath

from tests.support.sample import TODAY


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def test_the_council_asked_comes_first_among_the_nearest_items(sample_engine) -> None:
    # Refused (the farewell's words are not the item's); the ranking puts KKR Midtjylland's own advice item
    # (001 5.2) first, but the question names North Jutland: its item (002 5.1) comes first, as an
    # answer's items of the council asked come first. (Round 17: "draft recommendations" is answered
    # since "draft" reads the documents' "udkast", 002 5.1's "udkast til anbefalinger"; DECIDED17.)
    answer = sample_engine.ask(
        "I'm writing about outgoing councils. What did North Jutland's farewell recommendations say about meetings?", today=TODAY
    )
    assert not answer.answered and not answer.uncertain
    assert where(answer.hits[0]) == ("002", "5.1") and answer.hits[0].item.council == "KKR Nordjylland"
    assert ("001", "5.2") in [where(h) for h in answer.hits]  # the other council's item is still kept, after
    assert answer.closest_topics[0] == answer.hits[0].item.title


def test_routine_items_are_never_kept_by_a_plain_refusal(sample_engine) -> None:
    answer = sample_engine.ask("Which university lecturer was brought in to reflect on what it means to be a local politician?", today=TODAY)
    assert not answer.answered and answer.hits and len(answer.hits) <= 3
    assert all(h.item.item_number.split(".")[0] not in {"1", "2", "6", "7"} for h in answer.hits)
    assert where(answer.hits[0]) == ("000", "5.1") and answer.hits[0].passages and answer.hits[0].answer is None
    assert all(not h.passages and not h.excerpt for h in answer.hits[1:])


def test_the_time_asked_comes_first_among_the_nearest_items(sample_engine) -> None:
    # Refused; the ranking puts the 2025 advice item (001 5.2) first, but the question asks about the run-up
    # to the 2021 election: the 2021 meeting's item (000 5.1, a professor on the role of a local politician)
    # comes first, as an answer's items are those of the time asked.
    answer = sample_engine.ask("hvem kommer og fortæller om lokalpolitikerens rolle op til kommunalvalget i 2021?", today=TODAY)
    assert not answer.answered
    assert where(answer.hits[0]) == ("000", "5.1") and ("001", "5.2") in [where(h) for h in answer.hits]
