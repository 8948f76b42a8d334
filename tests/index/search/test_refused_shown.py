"""What a refused question's nearest item shows (index/search/shown.py's `above`, round 14): an
answer's hit shows its decision (or an agenda's recommendation) whole above its passages, so they
never quote it again; a refusal's item shows no decision above (index/search/nearest.py), so there
its decision and recommendation are passages like the others, chosen by the kind asked: the
decision line that answers a yes/no or a decision, still under "not found" and never as an answer
line. The questions are new phrasings, not those of any set."""

from __future__ import annotations

from pathlib import PurePath

from index.model import BESLUTNING
from tests.support.sample import TODAY


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def test_a_refused_yes_no_shows_the_decision_line_that_answers_it(sample_engine) -> None:
    # Refused (the index is read as holding no minutes of 13 April 2026: the minutes approving them are
    # of 17 June); the nearest item is the approval of those minutes, whose decision answers yes.
    # ("blev referatet fra mødet den 13. april 2026 godkendt?" was asked here too until round 22: the
    # approval of minutes asked in those words is answered since, index/search/minutes_asked.py;
    # "sign off" is no word of approval it reads.)
    for question in ("Did KKR Midtjylland sign off on the minutes of its meeting on 13 April 2026?",):
        answer = sample_engine.ask(question, today=TODAY)
        assert not answer.answered and not answer.uncertain, question
        first = answer.hits[0]
        assert where(first) == ("003", "1.2") and first.answer is None, question
        assert first.passages[0].section == BESLUTNING and first.passages[0].text.strip() == "Referatet blev godkendt.", question
        assert first.excerpt == first.passages[0].text


def test_a_refused_question_on_advice_shows_the_decision_holding_it(sample_engine) -> None:
    # Refused with a note until round 16 (read as asking a date); a yes/no after a fronted "when …," clause is
    # a yes/no since (NEGWHY, index/question/yes_no_asked.py), answered: the outgoing council's advice item
    # first, and the sentence of its decision that answers ("… enighed om, at sundhedsområdet … også skal være
    # en del af drøftelserne") in the decision it shows whole above its passages, never a date as its answer.
    answer = sample_engine.ask(
        "Writing a piece on the outgoing Central Jutland KKR: when it went through its advice for its successor in 2025, "
        "did the members agree that health should be part of the talks from now on?", today=TODAY)  # fmt: skip
    assert answer.answered and where(answer.hits[0]) == ("001", "5.2")
    assert "også skal være en del af drøftelserne" in " ".join((answer.hits[0].item.decision or "").split())
    assert answer.hits[0].answer is None or answer.hits[0].answer.kind != "date"


def test_an_answer_still_does_not_quote_the_decision_it_shows_above(sample_engine) -> None:
    answer = sample_engine.ask("hvad besluttede KKR Nordjylland om inspirationsforum for borgere på kanten?", today=TODAY)
    assert answer.answered and where(answer.hits[0]) == ("002", "3.2")
    assert answer.hits[0].item.decision and all(p.section != BESLUTNING for p in answer.hits[0].passages)


def test_a_refused_question_of_what_was_recommended_shows_the_recommendation_whole(sample_engine) -> None:
    # Refused (its "cost … money" read as a price the item does not give); the agenda item is kept first and
    # its short recommendation, which answers, is shown first and whole: its lead-in with its line.
    answer = sample_engine.ask("For a story on red tape: what did Central Jutland recommend doing with its new examples of "
                               "state rules that cost the municipalities money?", today=TODAY)  # fmt: skip
    assert not answer.answered and where(answer.hits[0]) == ("004", "3.6") and answer.hits[0].answer is None
    first = answer.hits[0].passages[0]
    assert first.section == "Indstilling" and "at vedlagte oversigt sendes til KL" in " ".join(first.text.split())
    assert first.text.startswith("Det indstilles,")
