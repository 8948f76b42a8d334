"""What a hit shows: passages, answer line and table labels are the item's own text, over
every question set we have; the answer line picks the typed span asked for, or nothing."""

from __future__ import annotations

import json

import pytest

from index.evaluate import evaluate_shown
from index.model import AgendaItem, Hit
from index.search.shown import ASKED_LIST_CHARS, MAX_CHARS, verbatim_pieces
from tests.support.items import item, meeting, small_engine
from tests.support.sample import DATA, TODAY, per_set, question_sets

SETS = question_sets()


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def squash(text: str) -> str:
    return " ".join(text.split())


def despaced(text: str) -> str:
    return "".join(text.split())


def assert_verbatim(hit: Hit, item: AgendaItem, where: str) -> None:
    full = squash(item.full_text)
    for p in hit.passages:
        for piece in verbatim_pieces(p.text):
            assert squash(piece) in full, (where, piece)
        assert len(p.text) <= (ASKED_LIST_CHARS if p.kind == "list" else MAX_CHARS) + 4, (where, p.text)
        assert item.page_start <= p.page <= item.page_end, (where, p.page)
        assert all(0 <= a < b <= len(p.text) for a, b in p.highlights), where
    assert (hit.passages[0].text if hit.passages else "") == hit.excerpt, where
    if hit.answer is not None:
        for value in hit.answer.values:
            assert squash(value) in full, (where, value)
        if hit.answer.labels:  # a table cell: its labels are the item's own table header and row label
            table_words = {despaced(c) for t in item.tables for c in (*t.header, *t.groups, *(r[0] for r in t.rows))}
            for label in hit.answer.labels:
                assert all(despaced(part) in table_words for part in label.split(" · ")), (where, label)
                assert all(despaced(part) in despaced(item.full_text) for part in label.split(" · ")), (where, label)


@pytest.mark.parametrize("name", per_set(SETS))
def test_every_passage_answer_and_label_is_the_items_own_text(sample_answers, name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    shown = 0
    answerable = sum(1 for row in rows if row.get("doc") or row.get("gold"))
    for row in rows:
        for hit in sample_answers.ask(row["q"], today=TODAY).hits:
            stored = sample_answers.item(hit.item.id)
            assert stored is not None
            assert_verbatim(hit, stored, f"{name} {row.get('id')}")
            shown += len(hit.passages)
    assert shown >= answerable // 2


def ask_top(engine, question: str) -> Hit:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered, question
    return answer.hits[0]


def test_a_number_from_a_table_comes_with_its_row_and_column_labels(sample_answers) -> None:
    hit = ask_top(sample_answers, "hvor mange sosu-assistentelever skal de midtjyske kommuner tage ind i 2027")
    assert hit.answer is not None and hit.answer.values == ("1.417",)
    assert hit.answer.labels == ("KKR Midtjylland", "Social- og sundhedsassistenter · Dimensionering 2027")
    row = hit.passages[0]
    assert row.kind == "row" and row.cells[0] == "KKR Midtjylland" and row.labels[4].endswith("Dimensionering 2027")


def test_a_table_row_named_but_no_column_gives_the_row_and_no_value(sample_answers) -> None:
    hit = ask_top(sample_answers, "how many SOSU places does KKR Midtjylland get in 2027")
    assert "1.417" in hit.excerpt and "1.006" in hit.excerpt  # both 2027 columns: hjælpere and assistenter
    assert hit.answer is None or hit.answer.values[0] not in ("1.006", "1.417")


@pytest.mark.parametrize(
    "question, kind, value",
    [
        ("When is the formal CDEU general assembly where the KKR chairs speak for the municipalities?", "date", "4. september 2026"),
        ("hvornår skal de nordjyske kommuner senest svare regionen om udviklingsbidraget for 2022", "date", "10. september"),
        ("hvem skal afløse Jeppe Ugilt Hansen i KKR Nordjylland", "person", "Jesper Greth"),
        ("hvem fra KL holder oplæg om fremtidens kollektive mobilitet", "person", "Henrik Fabiansson Haue"),
        ("how much more must the municipalities pay CDEU for culture and climate work", "number", "2,6 mio. kr."),
        ("hvor mange it-serviceorganisationer skal kommunerne etablere ifølge økonomiaftalen", "number", "4-5 kommunale it-serviceorganisationer"),
    ],
)
def test_the_answer_line_is_the_span_of_the_type_asked(sample_answers, question: str, kind: str, value: str) -> None:
    hit = ask_top(sample_answers, question)
    assert hit.answer is not None and hit.answer.kind == kind, (question, hit.answer)
    assert hit.answer.values == (value,)


def test_no_answer_line_when_no_span_of_the_type_answers(sample_answers) -> None:
    # a number question whose sentence holds several amounts of its kind: no pick, the sentence is shown
    hit = ask_top(sample_answers, "hvad betaler kommunerne pr døgn når en plads i det psykiatiske specialtilbud i Brønderslev står tom?")
    assert hit.answer is None
    assert any("3.080 kr." in p.text for p in hit.passages)
    # a "why" question has no type: passages only
    hit = ask_top(sample_answers, "hvorfor øges kommunernes bidrag til Central Denmark EU Office")
    assert hit.answer is None and hit.passages


def test_a_list_is_shown_whole_with_its_lead_in_and_answers_a_list_question(sample_answers) -> None:
    hit = ask_top(sample_answers, "hvilke fagområder skal KKR Midtjylland arbejde med i den kommende valgperiode")
    assert hit.answer is not None and hit.answer.kind == "list"
    assert {"Kollektiv trafik", "Erhvervsfremme", "Beskæftigelse"} <= set(hit.answer.values)
    assert hit.passages[0].kind == "list" and hit.passages[0].text.startswith("KKR Midtjyllands fagområder")


def test_a_meetings_plan_answers_with_its_planned_items(sample_answers) -> None:
    hit = ask_top(sample_answers, "hvilke sager er planlagt til KKR Midtjyllands møde i april 2024?")
    assert hit.item.item_number == "6.1"
    assert hit.answer is not None and hit.answer.kind == "plan"
    assert "Forbeholdt virksomhedsområde for sygeplejersker" in hit.answer.values


def test_a_named_meetings_planned_items_are_shown_whole_before_the_rest(sample_answers) -> None:
    """Item 6.1's list of the items planned for a coming meeting answers "what will it take
    up", in Danish and English, not only the sentence with the meeting's date."""
    for question in ("Hvad skal KKR Midtjylland behandle på mødet den 1. september 2026?",
                     "What will KKR Midtjylland take up at its meeting in September 2026?"):  # fmt: skip
        hit = ask_top(sample_answers, question)
        assert hit.item.item_number == "6.1", question
        first = hit.passages[0]
        assert first.kind == "list", question
        assert "Evt. kapacitetsfastsættelse på herbergsområdet" in first.text, question
        assert "Dialog med regionsrådsformanden om sundhedsområdet" in first.text, question


@pytest.mark.parametrize("name, bar", [("dev-facts.jsonl", 0.9), ("answers-kinds-facts.jsonl", 0.9)])
def test_the_items_own_facts_are_shown_when_it_is_the_hit(sample_engine, name: str, bar: float) -> None:
    """What the passage choice and the answer line show when each question's own item is the
    hit, whatever the ranking does (hit@1 is the search's, tested with it)."""
    report = evaluate_shown(sample_engine, rows(name), today=TODAY)
    assert report.facts_shown >= bar * report.with_facts, report.misses


@pytest.mark.parametrize(
    "question, kind, value",
    [
        ("Hvor mange kommuner har indgået horisontale aftaler med regionen om den patientrettede forebyggelse?", "number", "18 kommuner"),
        ("Hvor meget har CDEU hjulpet midtjyske aktører med at hente hjem fra EU's programmer?", "number", "178 mio. kr."),
        ("Hvornår træder sundhedsreformen i kraft?", "date", "1. januar 2027"),
    ],
)
def test_a_figure_in_a_bullet_and_a_figure_in_its_own_clause(sample_answers, question: str, kind: str, value: str) -> None:
    hit = ask_top(sample_answers, question)
    assert hit.answer is not None and hit.answer.kind == kind and hit.answer.values == (value,)


def test_a_why_question_shows_the_sentence_giving_the_reason(sample_answers) -> None:
    hit = ask_top(sample_answers, "Hvorfor skal KKR Midtjylland øge bidraget til klimasekretariatet?")
    assert any("som følge af regionens udtræden af samarbejdet" in p.text for p in hit.passages)
    assert hit.answer is None  # a reason is shown, not picked


def test_a_sentence_that_enumerates_answers_a_list_question_when_no_list_holds_the_words(sample_answers) -> None:
    """No list block of the item holds the question's words: the sentence naming the things
    ("A, B og C") is shown before the sentence that only announces them ("en række ... mål")."""
    hit = ask_top(sample_answers, "Hvilke lokalt aftalte mål havde Erhvervshus Nordjyllands resultatkontrakt for 2021?")
    assert hit.item.item_number == "3.6"
    assert "styrket regionalt samarbejde" in hit.passages[0].text
    assert "specialiseret vejledning" in hit.passages[0].text


def test_a_why_question_shows_the_cause_before_a_sentence_opening_with_derfor(sample_answers) -> None:
    hit = ask_top(sample_answers, "Hvorfor gav de midtjyske kommuner tilsagn til udviklingsbidraget på KKR-mødet i august 2021?")
    assert hit.item.item_number == "2.1"
    assert any("Da der ikke er et møde Kontaktudvalget" in p.text for p in hit.passages)


def test_a_figure_asked_of_two_years_shows_the_row_of_each_year(sample_engine) -> None:
    """Both values, each with its label: the table's rows of the years asked, and no single
    figure of elsewhere as the answer line (shown on the item, whatever the ranking and gate)."""
    item = next(i for i in sample_engine.items() if i.item_number == "3.4" and i.title.startswith("Fordeling af lærepladser"))
    hit = sample_engine.shown("Hvor mange SOSU-uddannelsesaftaler blev der indgået i 2022 og i 2024?", item.id, today=TODAY)
    assert hit is not None
    assert [p.kind for p in hit.passages[:2]] == ["row", "row"]
    assert [p.cells[0] for p in hit.passages[:2]] == ["2022", "2024"]
    assert "9.528" in hit.passages[0].text and "9.589" in hit.passages[1].text
    assert hit.answer is None


@pytest.mark.parametrize(
    "question, councils",
    [
        ("Hvor mange hjælperelever skal KKR Hovedstaden tage i 2027, sammenlignet med KKR Nordjylland?",
         ["KKR Hovedstaden", "KKR Nordjylland"]),
        ("How do KKR Syddanmark's SOSU places for 2026 compare with 2027?", ["KKR Syddanmark"]),
    ],
)  # fmt: skip
def test_a_figure_of_two_councils_or_one_council_compared_shows_each_councils_row(sample_engine, question, councils) -> None:
    """Both sides in view: the five-KKR table's row of each council asked, first (shown on the
    item, whatever the ranking and gate)."""
    item = next(i for i in sample_engine.items() if i.item_number == "3.4" and i.title.startswith("Fordeling af lærepladser"))
    hit = sample_engine.shown(question, item.id, today=TODAY)
    assert hit is not None
    rows = hit.passages[: len(councils)]
    assert [p.kind for p in rows] == ["row"] * len(councils)
    assert [p.cells[0] for p in rows] == councils


def test_a_yes_no_question_shows_the_sentence_that_says_no(sample_engine) -> None:
    """"Was it held?" is answered by the sentence saying it was called off (aflyst), shown
    on the item that tells of it."""
    row = {"id": "yn1", "q": "Blev kontaktudvalgets møde i marts 2024 gennemført?", "doc": "004", "item": "2.1",
           "fact": ["blevet aflyst"], "kind": "yesno"}  # fmt: skip
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


def test_a_why_question_shows_the_cause_before_derfor_in_a_main_clause(sample_engine) -> None:
    """"Fordelingen … foreslås derfor fastholdt": the cause is the sentence before it."""
    row = {"id": "w1", "q": "Hvorfor vil man beholde fordelingen på specialeretninger på pædagoguddannelsen?", "doc": "004",
           "item": "3.7", "fact": ["35 pct. på specialtilbud"], "kind": "why"}  # fmt: skip
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


def test_a_why_question_shows_the_statement_asked_about_and_beside_it_the_passage_giving_its_reason(sample_engine) -> None:
    """The question's words are the statement's ("… stille 11.000 lærepladser til rådighed …"); the
    reason is in another sub-section, in the sentence after the one saying the same ("Med den nye
    aftale øges antallet …" + "Det skal ses i sammenhæng med de aktuelle rekrutteringsudfordringer …")."""
    row = {"id": "w2", "q": "Til en artikel om ældreplejen: kommunerne forpligter sig til at stille 11.000 lærepladser til "
           "rådighed årligt fra 2027. Hvilken begrundelse nævnes?", "doc": "003", "item": "3.4",
           "fact": ["aktuelle rekrutteringsudfordringer"], "kind": "why"}  # fmt: skip
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


def test_a_list_of_sub_headings_shows_the_lead_in_with_each_sub_heading(sample_engine) -> None:
    """"Der arbejdes videre med følgende spor:" and, paragraphs apart, "Politisk spor" and "Fagligt
    spor": the lead-in with its sub-headings, the text between them left out, every piece verbatim."""
    item = next(i for i in sample_engine.items() if i.item_number == "2.1" and i.source.startswith("000"))
    hit = sample_engine.shown("Hvilke spor vil parterne fortsætte med efter ungetopmødet?", item.id, today=TODAY)
    assert hit is not None
    first = hit.passages[0].text
    assert first.startswith("Der arbejdes videre med følgende spor:")
    assert "Politisk spor" in first and "Fagligt spor" in first and "…" in first
    assert_verbatim(hit, item, "sub-headings")


def test_a_yes_no_question_shows_the_sentence_that_denies_its_verb(sample_engine) -> None:
    """"Følger der … med?" is answered by "Der følger med loven ikke midler …", before other
    sentences of the item that deny something else ("loven ikke ændrer på …")."""
    row = {"id": "yn2", "q": "Følger der økonomi med til kommunerne, når sygeplejersker overtager lægeopgaver?", "doc": "004",
           "item": "3.4", "fact": ["ikke midler til kommunerne"], "kind": "yesno"}  # fmt: skip
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


def test_a_compare_question_shows_a_window_with_both_figures(sample_engine) -> None:
    """"… ligger under dimensioneringen på 1329." and the next sentence's "64 pladser" together,
    not the sentence that sets two regions against each other without the question's words."""
    row = {"id": "c1", "q": "How did intake to the pedagogue programme in 23/24 compare with its dimensioning?", "doc": "004",
           "item": "3.7", "fact": ["under dimensioneringen på 1329", "64 pladser"], "kind": "compare"}  # fmt: skip
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


@pytest.mark.parametrize(
    "question, doc, item, facts",
    [
        ("Hvilke modeller har man overvejet for projektsamarbejdet, nu hvor regionen ikke er projektmotor mere?", "001", "3.3",
         ["4,0 mio. kr.", "2,0 mio. kr."]),
        ("Which analyses of welfare education and recruitment are planned for KKR Midtjylland this term?", "003", "3.3",
         ["Behovsanalyse", "Senioranalyse"]),
    ],
)  # fmt: skip
def test_a_list_question_shows_the_list_the_best_sentences_lead_into(sample_engine, question, doc, item, facts) -> None:
    """The best sentences lead into a list ("… følgende delanalyser:") whose lead-in holds the
    question's words as well as another list elsewhere: that list is shown with them."""
    row = {"id": "l1", "q": question, "doc": doc, "item": item, "fact": facts, "kind": "list"}
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


def test_a_figure_of_one_year_set_against_another_shows_that_years_row_too(sample_engine) -> None:
    """"… i 2025 i forhold til gennemsnittet": the average's row and 2025's row, both in view."""
    row = {"id": "c2", "q": "Hvor mange uddannelsesaftaler blev der indgået i 2025 sammenlignet med gennemsnittet?", "doc": "003",
           "item": "3.4", "fact": ["8.780", "9.455"], "kind": "compare"}  # fmt: skip
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


def test_a_list_question_shows_the_sentence_naming_what_its_lead_in_announces(sample_engine) -> None:
    """"… mulighed for at løse en række opgaver, som i dag kun må varetages af læger …" +
    "Det drejer sig konkret om …, blodprøvetagning, …": the enumeration is what is asked."""
    row = {"id": "l2", "q": "Hvilke opgaver, der før kun måtte varetages af læger, kan kommunale sygeplejersker nu løse?",
           "doc": "004", "item": "3.4", "fact": ["blodprøvetagning", "syning af overfladiske hudsår"], "kind": "list"}  # fmt: skip
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses


def test_a_list_whose_lead_in_only_points_on_is_about_the_sentences_before_it(tmp_path) -> None:
    """"KL og regeringen har indgået et partnerskab …" + "Der er fokus på følgende områder: – …":
    the list answers a question worded like the sentence leading into it, its lead-in and members
    holding none of the question's words."""
    text = ("Kommunerne har sendt en oversigt over byggeri. Der er afholdt et møde om trafik.\n\n"
            "KL og regeringen har indgået et flerårigt partnerskab om velfærd.\n\n"
            "Der er fokus på følgende områder:\n– Færre tilsyn\n– Enklere puljer\n\n"
            "Partnerskabet mødes igen i januar.")  # fmt: skip
    others = [item(f"3.{n}", title, body) for n, (title, body) in enumerate(
        [("Lærepladser", "Fordeling af lærepladser på SOSU-uddannelserne."), ("Beredskab", "Kommunernes beredskab drøftes."),
         ("Flygtninge", "Kommunekvoter for flygtninge i 2027.")], start=1)]  # fmt: skip
    engine = small_engine(tmp_path, meeting(*others, item("3.6", "Partnerskab om velfærd", text)))
    hit = engine.ask("Which topics does the partnership between KL and the government cover?", today=TODAY).hits[0]
    assert hit.answer is not None and hit.answer.values == ("Færre tilsyn", "Enklere puljer")


def test_an_items_table_of_contents_is_no_answer_to_a_list_question_about_one_point(sample_engine) -> None:
    """An "Orientering" item's opening list names its points ("– Opfølgning på drøftelse vedrørende
    regionalpolitiske fora – Ungekonference den 4. marts 2024 – …"): no answer line of them."""
    from index.search.contents import is_contents

    contents = [(it.source[:3], it.item_number) for it in sample_engine.items() for p in it.passages if is_contents(it, p)]
    # 001 2.1's since round 21 (LISTS21): its first point's sub-heading is joined to its paragraph
    assert sorted(contents) == [("000", "2.1"), ("001", "2.1"), ("003", "2.1"), ("004", "2.1")]
    answer = sample_engine.ask("Which regional political forums did the municipalities not appoint anyone to?", today=TODAY)
    hit = answer.hits[0]
    assert hit.item.item_number == "2.1"
    assert hit.answer is None or not any("Ungekonference" in v for v in hit.answer.values)


@pytest.mark.parametrize(
    "question, doc, item, fact, value",
    [
        # the count sits in a sentence whose other words are not the question's
        ("Hvor mange borgere har der højst været indskrevet på de særlige pladser på én gang?", "002", "3.3", "12 borgere", None),
        # a count written in words, in a long sentence cut around it
        ("Hvor mange politiske sundhedsklynger kørte der allerede i Nordjylland i 2021?", "002", "2.1",
         "godt gang i fire politiske klynger", None),
    ],
)  # fmt: skip
def test_a_count_question_shows_the_number_counting_what_it_asks_for(sample_engine, question, doc, item, fact, value) -> None:
    """"hvor mange <X>": the sentence with the number counting X is shown, beside the best
    passage, and a cut keeps that number."""
    row = {"id": "n1", "q": question, "doc": doc, "item": item, "fact": [fact], "kind": "number"}
    report = evaluate_shown(sample_engine, [row], today=TODAY)
    assert report.facts_shown == 1, report.misses
    if value is not None:
        found = next(i for i in sample_engine.items() if i.source.startswith(doc) and i.item_number == item)
        hit = sample_engine.shown(question, found.id, today=TODAY)
        assert hit is not None and hit.answer is not None and hit.answer.values == (value,)


@pytest.mark.parametrize(
    "question",
    [
        "which target groups do municipalities want more botilbud places for?",
        "Hvilke målgrupper ønsker man især at udvide den kommunale botilbudskapacitet til?",
    ],
)
def test_a_list_question_shows_the_list_whose_lead_in_names_what_is_asked(sample_engine, question: str) -> None:
    """"which target groups …": the list led in by "… med tilbud til følgende målgrupper:" is
    shown first and is the answer line, ahead of lists holding more of the question's other words."""
    found = next(i for i in sample_engine.items() if i.source.startswith("004") and i.item_number == "3.5")
    hit = sample_engine.shown(question, found.id, today=TODAY)
    assert hit is not None and "følgende målgrupper" in hit.passages[0].text
    assert hit.answer is not None and "Borgere med komorbiditet" in hit.answer.values


@pytest.mark.parametrize(
    "question",
    ["how often will the inspiration forum of the north jutland job centres meet?",
     "hvor ofte skal inspirationsforummet for jobcentrene i Nordjylland mødes?"],
)
def test_how_often_is_answered_by_a_count_per_a_time(sample_answers, question: str) -> None:
    # "how often" asks a rate: "2-4 møder om året", not the item's other figures ("30+")
    hit = sample_answers.ask(question, today=TODAY).hits[0]
    assert "2-4 møder om året" in " ".join(p.text for p in hit.passages)
