"""The reason an agenda gives for what it proposes (index/search/proposal_reason.py, round 15,
REASONS): a why question whose item's recommendation holds its words shows the sentence that both
proposes and gives a reason ("Set i lyset af rekrutteringssituationen foreslås det at fastholde
dimensioneringen."), beside a best passage giving a reason for something else. The questions are new
phrasings, not those of any set."""

from __future__ import annotations

from pathlib import PurePath

from tests.support.sample import TODAY

REASON = "Set i lyset af rekrutteringssituationen foreslås det at fastholde dimensioneringen."


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def test_a_why_of_what_an_agenda_proposes_shows_the_proposal_with_its_reason(sample_engine) -> None:
    for question in ("Why does the Midtjylland agenda want the pedagogue intake to stay at the same level in 2024/25?",
                     "hvorfor ændrer man ikke på dimensioneringen af pædagoguddannelsen for 2024/25?"):  # fmt: skip
        answer = sample_engine.ask(question, today=TODAY)
        first = answer.hits[0]
        assert where(first) == ("004", "3.7"), question
        shown = [" ".join(p.text.split()) for p in first.passages]
        assert any(REASON in text for text in shown), (question, shown)
        assert 1 <= len(shown) <= 3, question


def test_a_question_not_asking_why_is_left_alone(sample_engine) -> None:
    # the same item asked for its figure: no reason sentence is added beside the figure's passages
    answer = sample_engine.ask("How many pedagogue study places does the Midtjylland agenda propose for 2024/25?", today=TODAY)
    assert where(answer.hits[0]) == ("004", "3.7")
    assert all(REASON not in " ".join(p.text.split()) for p in answer.hits[0].passages)
