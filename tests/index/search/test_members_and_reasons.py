"""Who a body is made of, and a reason given "i lyset af" (index/search/units.py): the sentence
saying what a body consists of answers "who sits in …" (a kind of value for a person question),
and "Set i lyset af rekrutteringssituationen …" gives a reason as "fordi" does."""

from __future__ import annotations

from tests.support.sample import TODAY


def _shown(engine, question: str) -> list[str]:
    hit = engine.ask(question, today=TODAY).hits[0]
    return [" ".join(p.text.split()) for p in hit.passages]


def test_who_sits_in_a_body_shows_what_it_consists_of_first(sample_engine) -> None:
    # The item names two chairs beside "SKF"; what each SKF is made of is said in a sentence of its own.
    shown = _shown(sample_engine, "Who are the members of each SKF?")
    assert "Hvert SKF består af 2 kommunalbestyrelsesmedlemmer" in shown[0]


def test_a_reason_given_in_the_light_of_is_shown_first(sample_engine) -> None:
    question = ("Pædagoguddannelsen i Midtjylland 2024: KKR ville beholde antallet af studiepladser. "
                "Hvad var begrundelsen for at fastholde dimensioneringen?")
    shown = _shown(sample_engine, question)
    assert shown[0].startswith("Set i lyset af rekrutteringssituationen foreslås det at fastholde dimensioneringen.")
