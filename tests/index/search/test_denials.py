"""A yes/no question answered by a negative statement a few sentences after the one that sets its
scene (index/search/denials.py): the sentence naming the forums matches best and says neither yes
nor no; the sentence saying no representatives are appointed to them is shown beside it."""

from __future__ import annotations

from tests.support.sample import TODAY

DENIAL = "hvorfor der fra kommunal side ikke udpeges repræsentanter til de to fora"


def _shown(engine, question: str) -> tuple[str, str]:
    hit = engine.ask(question, today=TODAY).hits[0]
    return hit.item.item_number, " ".join(" ".join(p.text.split()) for p in hit.passages)


def test_a_yes_no_question_shows_the_negative_statement_after_its_best_sentence(sample_engine) -> None:
    # before: only "… drøftede KKR Midtjylland den kommunale deltagelse i de regionalpolitiske fora …" was shown
    number, shown = _shown(sample_engine, "Did the municipalities put anyone forward for the region's forums on reduced "
                                          "consumption and land for the green transition?")  # fmt: skip
    assert number == "2.1"
    assert "den kommunale deltagelse i de regionalpolitiske fora" in shown and DENIAL in shown


def test_a_question_asking_no_yes_or_no_is_shown_as_before(sample_engine) -> None:
    number, shown = _shown(sample_engine, "What did the municipalities do about the region's forums on reduced "
                                          "consumption and land for the green transition?")  # fmt: skip
    assert number == "2.1" and DENIAL not in shown
