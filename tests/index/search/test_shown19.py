"""The right item first, the asked fact shown (round 19, SHOWN19). The questions here are in no
committed set; each engine case fails on the code before its step."""

from __future__ import annotations

import pytest

from index.search.cut import cut
from index.search.list_reasons import pointed_back
from index.search.responses import asks_response, states_response
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


_LINE = "Aftalen er indgået. Beslutningen træffes senere, men der ventes en overgang. På den baggrund rammer den først budgettet for 2023."


@pytest.mark.parametrize("text, grounds", [
    (_LINE, ["På den baggrund"]),
    ("– Det blev aftalt. Af den grund udsættes sagen.", ["Af den grund"]),
    ("– Drøftelsen tog udgangspunkt i notatet. On that basis the council agreed.", ["On that basis"]),
    ("På den baggrund foreslås det at fastholde.", []),  # no sentence before it on its line: sentence_links reads it
    ("Et oplæg skrives på baggrund af drøftelsen.", []),  # what a text was built on, not a ground pointed back to
])
def test_a_sentence_resting_on_the_one_before(text: str, grounds: list[str]) -> None:
    assert [text[a:b] for a, b in pointed_back(text)] == grounds


def test_a_long_line_is_cut_around_the_reason_holding_most_of_the_question_by_weight() -> None:
    # two reasons in one line ("fordi" early, a ground pointed back to late); the question's rare words lie
    # around the late one, a common word repeats around the early one: the weight of each word once decides
    words = ["tilsyn"] * 4 + ["budgettet", "2023"]
    line = ("– Tilsyn og tilsyn: tilsyn får betydning, fordi tilsyn skal afgive opgaver til andre. " + "x " * 60 + _LINE)
    text = "Følgende faktorer:\n" + line
    matched, at = [], 0
    for word in words:
        at = text.index(word if word != "tilsyn" else "ilsyn", at) - (1 if word == "tilsyn" else 0)
        matched.append((at, at + len(word)))
        at += len(word)
    fit = [(text.index("fordi"), text.index("fordi") + 5)] + [(text.index("På den"), text.index("På den") + 15)]
    weights = (0.2, 0.2, 0.2, 0.2, 3.0, 3.0)
    shown, _ = cut(text, matched, 200, fit=tuple(fit), weights=weights)
    assert "der ventes en overgang. På den baggrund" in shown


@pytest.mark.parametrize("question", [
    # before: the line cut around its other reason (", fordi det indebærer, at Socialtilsyn Nord enten vil skulle afgive 22 tilbud …")
    "Hvorfor påvirker beslutningen om specialistfunktionerne først Socialtilsyn Nords budget i 2023?",
    "Why will the specialist functions decision not affect the North Jutland social supervisory body's budget until 2023?",
])
def test_a_why_shows_the_ground_a_later_sentence_of_a_list_line_rests_on(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("002") and hit.item.item_number == "3.4"
    assert "der forventes en længere overgangsperiode. På den baggrund" in _shown(hit)




@pytest.mark.parametrize("question, answer_type, asked", [
    ("Hvor stor en andel af kommunerne svarede på undersøgelsen?", "number", True),
    ("How many municipalities responded to the survey?", "number", True),
    ("What was the response rate?", "number", True),
    ("Hvad var svarprocenten?", "number", True),
    ("Hvad svarede formandskabet regionsrådsformanden?", "none", False),  # a reply asked, no figure
    ("Hvor stor en andel af kommunerne har sparet på busserne?", "number", False),
])
def test_a_response_asked(question: str, answer_type: str, asked: bool) -> None:
    assert asks_response(question, answer_type) is asked


@pytest.mark.parametrize("text, states", [
    ("82 kommuner har svaret.", True),
    ("Det giver en svarprocent på knap 84.", True),
    ("Of the 98 councils, 82 have responded.", True),
    ("KKR-formandskabet har svaret på vegne af de midtjyske kommuner, at man ikke har bemærkninger.", False),  # no figure
    ("KL's survey viser, at 50 pct. af kommunerne har afsat flere midler.", False),
])
def test_a_response_stated(text: str, states: bool) -> None:
    assert states_response(text) is states


@pytest.mark.parametrize("question", [
    # before: "KL's mobilitetssurvey viser, at 50 pct. af kommunerne …" first, answer line "50 pct."; the response not shown
    "Hvor stor en andel af kommunerne svarede, da KL i 2023 spurgte dem om busserne og den kollektive trafik?",
    "What share of the municipalities answered KL's 2023 survey on public transport and buses?",
])
def test_a_survey_response_asked_shows_the_sentences_stating_it(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("004") and hit.item.item_number == "3.2"
    assert "82 kommuner har svaret. Det giver en svarprocent på knap 84." in _shown(hit)
    assert hit.answer is None or "50 pct." not in hit.answer.values  # not the survey's other share
