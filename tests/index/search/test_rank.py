"""Search features, each on a small real index built so that removing the feature changes
the answer: councils, years, meeting dates, intent, refusal, typos, compounds, passages."""

from __future__ import annotations

from datetime import date

from index.model import Note
from index.search.rank import Concept, coverage
from tests.support.sample import TODAY
from tests.support.items import item, meeting, small_engine

SOSU = "Fordeling af lærepladser på SOSU-uddannelserne blandt kommunerne."


def ids(answer) -> list[str]:
    return [h.item.id for h in answer.hits]


def test_the_council_asked_about_comes_first(tmp_path) -> None:
    engine = small_engine(
        tmp_path,
        meeting(item("3.1", "Lærepladser", SOSU, council="KKR Midtjylland")),
        meeting(item("3.1", "Lærepladser", SOSU, council="KKR Nordjylland")),
    )
    nord = engine.ask("lærepladser i KKR Nordjylland", today=TODAY)
    midt = engine.ask("lærepladser i Midtjylland", today=TODAY)
    assert nord.hits[0].item.council == "KKR Nordjylland"
    assert midt.hits[0].item.council == "KKR Midtjylland"


def test_a_council_with_nothing_on_it_is_not_answered_by_another(sample_engine) -> None:
    answer = sample_engine.ask("fordeling af flygtninge i KKR Syddanmark", today=TODAY)
    assert not answer.answered and Note("note_other_council", {"council": "KKR Syddanmark"}) in answer.notes
    assert any(t.startswith("Udmelding fra Udlændingestyrelsen") for t in answer.closest_topics)
    assert sample_engine.ask("fordeling af flygtninge i KKR Midtjylland", today=TODAY).answered


def test_a_year_named_in_the_text_beats_the_year_of_the_meeting(tmp_path) -> None:
    engine = small_engine(
        tmp_path,
        meeting(item("3.4", "Fordeling af lærepladser", "Lærepladser for 2027 fordeles.", day=date(2026, 6, 17))),
        meeting(item("3.2", "Fordeling af lærepladser", "Lærepladser for 2028 fordeles.", day=date(2027, 3, 1))),
    )
    assert engine.ask("lærepladser i 2027", today=TODAY).hits[0].item.meeting_date == date(2026, 6, 17)
    assert engine.ask("apprenticeships in 2028", today=TODAY).hits[0].item.meeting_date == date(2027, 3, 1)


def test_the_meeting_asked_about_filters_the_hits(tmp_path) -> None:
    engine = small_engine(
        tmp_path,
        meeting(item("3.4", "Lærepladser", SOSU, day=date(2026, 6, 17))),
        meeting(item("3.4", "Lærepladser", SOSU, day=date(2026, 4, 13))),
    )
    june = engine.ask("lærepladser på mødet i juni 2026", today=TODAY)
    assert [h.item.meeting_date for h in june.hits] == [date(2026, 6, 17)]
    assert len(engine.ask("lærepladser", today=TODAY).hits) == 2


def test_an_undated_meeting_is_matched_by_its_window(tmp_path) -> None:
    undated = meeting(item("3.7", "Pædagoguddannelsen", "Dimensionering af pædagoguddannelsen.", day=None, source="004_x.txt"))
    undated = undated.__class__(**{**undated.__dict__, "date_window": (date(2024, 1, 25), date(2024, 3, 4))})
    dated = meeting(item("3.7", "Pædagoguddannelsen", "Dimensionering af pædagoguddannelsen.", day=date(2025, 2, 3)))
    engine = small_engine(tmp_path, undated, dated)
    feb = engine.ask("pædagoguddannelsen på mødet i februar 2024", today=TODAY)
    assert [h.item.id for h in feb.hits] == [undated.items[0].id]


def test_a_decision_question_prefers_minutes_with_a_decision(tmp_path) -> None:
    engine = small_engine(
        tmp_path,
        meeting(item("3.1", "Lærepladser", SOSU, day=date(2026, 4, 13), kind="agenda")),
        meeting(item("3.1", "Lærepladser", SOSU, day=date(2026, 6, 17), kind="minutes", decision="Tiltrådt.")),
    )
    general = engine.ask("lærepladser til SOSU", today=TODAY)
    decided = engine.ask("hvad blev besluttet om lærepladser til SOSU", today=TODAY)
    assert general.hits[0].item.document_kind == "agenda"  # equal texts: the tie goes to the older id
    assert decided.hits[0].item.document_kind == "minutes" and decided.hits[0].item.decision == "Tiltrådt."


def _next_meeting_corpus() -> list:
    april = meeting(
        item("3.1", "Flygtninge", "Fordeling af flygtninge.", day=date(2026, 4, 13)),
        item("6.1", "Punkter til næste møde", "Næste møde holdes den 17. juni 2026: beredskab.", day=date(2026, 4, 13)),
    )
    june = meeting(
        item("3.1", "Beredskab", "Samfundssikkerhed og beredskab.", day=date(2026, 6, 17)),
        item("6.1", "Punkter til kommende møde", "Kommende møde den 1. september 2026: klima.", day=date(2026, 6, 17)),
    )
    return [april, june]


def test_next_meeting_is_the_latest_item_6_1(tmp_path) -> None:
    engine = small_engine(tmp_path, *_next_meeting_corpus())
    answer = engine.ask("hvad skal der ske på næste møde", today=date(2026, 8, 1))
    assert answer.answered and ids(answer)[0] == "kkr-midtjylland/2026-06-17/minutes/6.1"
    assert "1. september 2026" in answer.hits[0].excerpt
    # Asked in May (June's minutes not out yet), the next meeting is the one April's item 6.1 planned.
    may = small_engine(tmp_path / "may", _next_meeting_corpus()[0]).ask("what is on the next meeting", today=date(2026, 5, 1))
    assert ids(may)[0] == "kkr-midtjylland/2026-04-13/minutes/6.1"


def test_next_meeting_outranks_a_better_title_match(tmp_path) -> None:
    april, june = _next_meeting_corpus()
    june = meeting(june.items[0], item("6.1", "Punkter til kommende møde", "Kommende møde den 1. september 2026: "
                                       "klima og beredskab.", day=date(2026, 6, 17)))  # fmt: skip
    engine = small_engine(tmp_path, april, june)
    assert ids(engine.ask("beredskab", today=date(2026, 8, 1)))[0] == "kkr-midtjylland/2026-06-17/minutes/3.1"
    # The next meeting's plan answers; the item about beredskab at June's meeting is not it.
    assert ids(engine.ask("beredskab på næste møde", today=date(2026, 8, 1))) == ["kkr-midtjylland/2026-06-17/minutes/6.1"]


def test_next_meeting_is_an_agenda_already_out(tmp_path) -> None:
    future = meeting(item("3.1", "Klima og grøn omstilling", "Klimahandlingsplaner.", day=date(2026, 12, 1), kind="agenda"))
    engine = small_engine(tmp_path, *_next_meeting_corpus(), future)
    answer = engine.ask("hvad er på dagsordenen til næste møde", today=TODAY)
    assert ids(answer)[0] == "kkr-midtjylland/2026-12-01/agenda/3.1"
    assert answer.hits[0].item.decision is None


def test_coverage_weighs_rare_words_and_words_nobody_knows() -> None:
    rare = Concept("kommunekvoter", "kommunekvot", (), 3.0)
    common = Concept("kommune", "kommun", (), 0.2)
    unknown = Concept("stadium", "stadium", (), 2.0)
    synonym = Concept("kvoter", "kvot", (), 2.5, expansion=True)
    assert coverage([rare, common], frozenset({"kommunekvot"})) > 0.9
    assert coverage([rare, common], frozenset({"kommun"})) < 0.1
    assert coverage([rare, unknown, synonym], frozenset({"kommunekvot", "kvot"})) == 0.6  # synonyms never count


def test_off_topic_is_refused_with_closest_topics(sample_engine) -> None:
    for question in ("hvad blev besluttet om en ny svømmehal", "what was decided about the Tour de France stage",
                     "kommunekvoter skøjtehal tivoli",
                     # "Aarhus" is in the index; the English words nobody knows count against it.
                     "what did KKR decide about the new football stadium in Aarhus"):  # fmt: skip
        answer = sample_engine.ask(question, today=TODAY)
        assert not answer.answered and not answer.uncertain, question
        # the nearest items kept (index/search/nearest.py) are the closest topics; none shares a word: titles alike
        assert 1 <= len(answer.closest_topics) <= 3 and len(answer.hits) <= 3
        assert not answer.hits or answer.closest_topics == tuple(dict.fromkeys(h.item.title for h in answer.hits))
    # One of those words alone is a fair question.
    assert sample_engine.ask("kommunekvoter", today=TODAY).answered


def test_a_misspelt_word_is_fixed_against_the_index(sample_engine) -> None:
    answer = sample_engine.ask("fordeling af lærepladsr på SOSU-uddanelserne 2027", today=TODAY)
    assert answer.hits[0].item.id == "kkr-midtjylland/2026-06-17/minutes/3.4"
    assert any(n.key == "note_correction" and n.values["typed"] == "lærepladsr" and n.values["read"].startswith("lærepladser")
               for n in answer.notes)  # fmt: skip


def test_an_english_question_finds_the_danish_item(sample_engine) -> None:
    answer = sample_engine.ask("refugee quota for Region Midtjylland in 2027", today=TODAY)
    assert answer.language == "en" and answer.hits[0].item.title.startswith("Udmelding fra Udlændingestyrelsen")


def test_compound_parts_and_wholes_find_each_other(sample_engine) -> None:
    for question in ("SOSU", "sosu-uddannelse", "uddannelserne SOSU"):
        titles = [h.item.title for h in sample_engine.ask(question, today=TODAY).hits]
        assert any("SOSU-uddannelserne" in t for t in titles), question


def test_hits_are_distinct_and_passages_verbatim_with_page_and_marks(sample_engine) -> None:
    answer = sample_engine.ask("døgntakst for de særlige pladser i Brønderslev", today=TODAY)
    assert len(ids(answer)) == len(set(ids(answer)))
    hit = answer.hits[0]
    assert hit.excerpt in hit.item.full_text and len(hit.excerpt) <= 400
    section = next(s for s in hit.item.sections if s.heading == hit.excerpt_heading)
    assert hit.page == section.page_at(section.text.index(hit.excerpt))
    marked = {hit.excerpt[a:b].lower() for a, b in hit.highlights}
    assert marked & {"døgntaksten", "brønderslev"} and all(w for w in marked)


def test_the_page_of_a_passage_follows_the_page_breaks(tmp_path) -> None:
    first = "Indledning om noget helt andet end det spurgte. "
    text = first + "Døgntaksten for en plads er 4.107 kr. pr. dag."
    engine = small_engine(tmp_path, meeting(item("3.3", "Særlige pladser", text, page_breaks=(len(first),))))
    hit = engine.ask("døgntaksten", today=TODAY).hits[0]
    assert hit.excerpt.startswith("Døgntaksten") and hit.page == 6
    assert [hit.excerpt[a:b] for a, b in hit.highlights] == ["Døgntaksten"]


def test_timeline_shows_the_topic_over_the_years(sample_engine) -> None:
    answer = sample_engine.ask("hvad blev besluttet om fordelingen af SOSU-lærepladser for 2027", today=TODAY)
    hit = answer.hits[0]
    assert hit.item.item_number == "3.4"
    steps = [(e.council, e.item_number) for e in hit.timeline]
    assert ("KKR Midtjylland", "3.1") in steps and ("KKR Midtjylland", "3.2") in steps
    assert hit.item.id not in {e.item_id for e in hit.timeline}
    assert steps.index(("KKR Midtjylland", "3.1")) < steps.index(("KKR Midtjylland", "3.2"))  # 2021 before 2025
    routine = sample_engine.ask("Siden sidst KKR Nordjylland", today=TODAY).hits[0]
    assert routine.item.title == "Siden sidst" and routine.timeline == ()


FILLER = " ".join(f"Punkt {n} handler om noget helt andet, som udvalget drøftede længe." for n in range(1, 7))


def test_a_long_item_is_found_by_the_one_passage_that_answers(tmp_path) -> None:
    # The short item has both words, pages apart; the long item of many points has them in
    # one sentence of one point. BM25 prefers the short item; its best passage holds half.
    engine = small_engine(
        tmp_path,
        meeting(
            item("2.1", "Orientering", f"{FILLER}\n\nKlimakonference\nKonferencen i Skive den 19. august handlede om kystsikring.\n\n{FILLER}"),
            item("3.2", "Planstrategi", f"Skive har sendt planstrategien. {FILLER} Kystsikring er nævnt i bilaget."),
        ),
    )
    answer = engine.ask("kystsikring i Skive", today=TODAY)
    assert answer.hits[0].item.item_number == "2.1"
