"""The right item first, the asked fact shown, for questions one stating sentence answers (round 21,
YESNO21). The questions here are in no committed set; each engine case fails on the code before its
step."""

from __future__ import annotations

import pytest

from index.search.units import Asked
from index.search.year_figures import figure_years, names_year, year_lines
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("text, answer_type, yes_no, years", [
    ("Hvor stor er lånepuljen til botilbud i 2025?", "number", False, {"2025"}),
    ("How big is the loan pool in 2026 compared with 2025?", "compare", False, {"2025", "2026"}),
    ("Was the 2026 pool bigger than 2025's?", "decision", True, {"2025", "2026"}),  # a yes/no that compares
    ("Var der flere elever i 2023 end i 2022?", "decision", True, {"2022", "2023"}),
    ("Blev temadrøftelsen holdt i september 2021?", "decision", True, set()),  # a yes/no that compares nothing
    ("Hvornår i 2024 holdes mødet?", "date", False, set()),  # a date, no figure
])
def test_the_years_whose_figure_is_asked(text: str, answer_type: str, yes_no: bool, years: set[str]) -> None:
    assert figure_years(Asked(text, answer_type, yes_no=yes_no)) == years


@pytest.mark.parametrize("text, years, named", [
    ("… puljerne på henholdsvis 0,6 og 0,7 mia. kr. for 2025 og 2026 udmøntes samtidig", {"2026"}, True),
    ("… med 1,5 mia. kr. gennem en udvidelse af botilbudskapaciteten i perioden 2024-2026.", {"2026"}, False),  # a period's span
    ("Pædagoguddannelsen 2024/2025 dimensioneres med 1309 studiepladser", {"2024", "2025"}, True),  # two years asked
    ("Lånepuljen for 2024 på 0,2 mia. kr. blev udmøntet i september 2023", {"2025"}, False),
    ("I løbet af sommeren 2021 er belægningen steget, så 10 ud af de 12 pladser er taget i brug.", {"2021"}, True),
])
def test_a_sentence_names_the_year_beside_a_figure(text: str, years: set[str], named: bool) -> None:
    assert names_year(text, frozenset(years)) is named


def test_the_lines_of_a_list_naming_the_year() -> None:
    text = "Status:\n– I 2024 indgik kommunerne 9.958 aftaler.\n– Der er afsat 23,1 mio. kr. årligt i 2025-28.\n– I 2024 var der fokus på frafald."
    lines = year_lines(text, frozenset({"2024"}))
    assert [text[a:b] for a, b in lines] == ["– I 2024 indgik kommunerne 9.958 aftaler."]


@pytest.mark.parametrize("question", [
    # before: "Lånepuljen for 2024 på 0,2 mia. kr. …" and the 2024-2026 total; 2025's and 2026's figures not shown
    "Hvor stor er lånepuljen til botilbud i 2025?",
    "lånepulje botilbud 2026 - beløb?",
    "Was the 2026 loan pool for botilbud larger than 2025's?",
    "Er puljen til flere botilbudspladser større i 2026 end i 2025?",
])
def test_a_years_figure_shows_the_sentence_naming_that_year(sample_engine, question: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith("004") and hit.item.item_number == "3.5"
    assert "0,6 og 0,7 mia. kr." in _shown(hit)


@pytest.mark.parametrize("question, verb_first", [
    ("Lægger KKR Midt op til at ændre fordelingen?", True),
    ("Socialtilsyn Nord kan miste tilbud. Slår det allerede igennem på budgettet for 2022?", True),  # after a framing
    ("Stiger tilsynets budget for 2022?", True),  # a genitive subject
    ("Betaler kommunerne for tomme pladser?", True),  # a definite subject
    ("Ændres de lokale mål fra 2021 til 2022?", True),  # the passive
    ("punkter til KKR Midt 20. okt 2025?", False),  # a plural noun, then a preposition
    ("Lærepladser til SOSU i 2027?", False),
    ("Hvornår træder reformen i kraft?", False),  # a question word
    ("lægger kkr op til en ændring", False),  # a search of words, no question
])
def test_a_danish_yes_no_opening_with_a_present_verb(question: str, verb_first: bool) -> None:
    from index.question.answer_type import asks_yes_no
    from index.question.present_verb import opens_with_present_verb

    assert opens_with_present_verb(question.split(". ")[-1]) is verb_first
    assert asks_yes_no(question) is verb_first


@pytest.mark.parametrize("question, asks", [
    ("Ændrer KKR fordelingen?", True),
    ("Will the split change for 2024/25?", True),
    ("Does KKR keep the same distribution?", True),
    ("Holder KKR fast i fordelingen?", True),
    ("Blev mødet aflyst?", False),
    ("Følger der penge med loven?", False),
])
def test_a_yes_no_asking_to_keep_or_change(question: str, asks: bool) -> None:
    from index.search.kept_asked import asks_kept

    assert asks_kept(Asked(question, "none", yes_no=True)) is asks


@pytest.mark.parametrize("text, states", [
    ("Fordelingen på specialeretninger foreslås derfor fastholdt.", True),
    ("Beløbet svarer til et uændret niveau i forhold til 2025.", True),
    ("Det foreslås derfor, at de lokale mål overordnet set videreføres til Resultatkontrakt 2022.", True),
    ("Målgruppen foreslås fremadrettet omdøbt til ”Flere skal med”.", True),
    ("Optaget ligger under dimensioneringen på 1329.", False),
])
def test_a_sentence_saying_a_thing_is_kept_or_changed(text: str, states: bool) -> None:
    from index.search.kept_asked import states_kept

    assert states_kept(text) is states


@pytest.mark.parametrize("question, doc, item, fact", [
    # before: the split's percentages of 2023/24 only; the sentences saying it is kept not shown
    ("Ændrer KKR Midtjylland fordelingen på specialeretningerne for optaget 2024/25?", "004", "3.7", "fastholdt"),
    ("Bliver fordelingen mellem dagtilbud, special og skole/fritid ændret for pædagogoptaget 2024/2025?", "004", "3.7", "fastholdt"),
    ("Will the split between the pedagogue specialisations change for the 2024/25 intake?", "004", "3.7", "fastholdt"),
    ("Holder KKR fast i den nuværende fordeling af studiepladser på specialeretninger?", "004", "3.7", "fastholdt"),
    # before: the national goals that change over the years; "… videreføres til Resultatkontrakt 2022" not shown
    ("Ændres de lokale mål i Erhvervshus Nordjyllands resultatkontrakt fra 2021 til 2022?", "002", "3.6", "videreføres til Resultatkontrakt 2022"),
])
def test_a_yes_no_asking_to_keep_or_change_shows_the_sentence_saying_it(sample_engine, question: str, doc: str, item: str, fact: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.source.startswith(doc) and hit.item.item_number == item
    assert fact in _shown(hit)
