"""Staff shorthand in questions: councils by their initials, words cut with a period.

The vocabulary is built from the bundled sample corpus, as the index would see it.
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from datetime import date

import pytest

from index.question.abbreviations import expand_abbreviations
from index.question.parse import ParsedQuestion, parse_question

TODAY = date(2026, 11, 22)


def ask(q: str, vocabulary: Counter[str]) -> ParsedQuestion:
    return parse_question(q, vocabulary=vocabulary, today=TODAY)


# --- councils by their initials -------------------------------------------------------------


@pytest.mark.parametrize(
    "q, council",
    [
        ("lærepladser KKR MJ", "KKR Midtjylland"),
        ("hvad sagde MJ om lærepladser", "KKR Midtjylland"),
        ("skf mj formand", "KKR Midtjylland"),
        ("NJ-kommunerne og udviklingsbidraget", "KKR Nordjylland"),
        ("budget i kkr nj", "KKR Nordjylland"),
        ("lærepladser SJ 2027", "KKR Sjælland"),
        ("lærepladser KKR SD", "KKR Syddanmark"),
        ("lærepladser KKR H", "KKR Hovedstaden"),
        ("kommunekvoter for RSD", "KKR Syddanmark"),
        ("udviklingsbidrag RN", "KKR Nordjylland"),
    ],
)
def test_a_council_by_its_initials(q, council, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert p.councils == (council,)
    assert not {"mj", "nj", "sj", "sd", "h", "rm", "rn", "kommunerne-nj"} & set(p.terms)
    assert not p.named  # the initials are the council, not a thing the item must name


@pytest.mark.parametrize(
    "q, council",
    [
        ("hvad skal midt have af flygtninge i 2027?", "KKR Midtjylland"),
        ("sosu-assistenter 2027, how many for Nord?", "KKR Nordjylland"),
        ("Nord's budget for socialtilsynet 2022", "KKR Nordjylland"),
        ("hvor mange elever skal syd have i 2027?", "KKR Syddanmark"),
        ("what's on the list for KKR Midt 17 April 2024?", "KKR Midtjylland"),
    ],
)
def test_a_regions_short_name_is_its_council(q, council, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert p.councils == (council,)
    assert not {"midt", "nord", "syd"} & (set(p.terms) | set(p.named))


@pytest.mark.parametrize(
    "q, word, council",
    [
        ("resultatkontrakt med Erhvervshus Midt 2024", "midt", "KKR Midtjylland"),
        ("takster hos Socialtilsyn Midt i 2022", "midt", "KKR Midtjylland"),
        ("socialtilsyn nord budget 2022", "nord", "KKR Nordjylland"),
    ],
)
def test_a_regions_short_name_ending_a_bodys_name_is_a_word_of_it_and_its_council(q, word, council, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert p.councils == (council,) and word in p.named
    assert dict(p.alternatives)[word] == (council.removeprefix("KKR ").lower(),)  # the documents' "Erhvervshus Midtjylland"


def test_a_thing_a_council_and_a_year_alone_ask_for_the_councils_figure(sample_vocabulary):
    for q in ("SSA midt 2027?", "ssh syd 2027", "udviklingsbidrag NJ 2026?"):
        assert ask(q, sample_vocabulary).answer_type == "number", q
    # an asking word, no council, no year, or more words: read as before
    assert ask("hvornår SSA midt 2027?", sample_vocabulary).answer_type == "date"
    for q in ("SSA midt?", "SSA 2027?", "resultatkontrakt med Erhvervshus Midtjylland i 2024?"):
        assert ask(q, sample_vocabulary).answer_type == "none", q


@pytest.mark.parametrize(
    "q, council",
    [("SSA midt 2027?", "KKR Midtjylland"), ("ssh syd 2027", "KKR Syddanmark"), ("skf midt formand", "KKR Midtjylland")],
)
def test_a_regions_short_name_after_an_acronym_is_the_council_only(q, council, sample_vocabulary):
    # a staff group's figure or a body's by the council's short name: the items say "Midtjylland"
    p = ask(q, sample_vocabulary)
    assert p.councils == (council,) and not {"midt", "syd"} & set(p.terms)


def test_a_part_of_a_region_ending_a_bodys_name_is_found_in_its_full_name(sample_vocabulary):
    p = ask("rar øst: hvem skal erstattes?", sample_vocabulary)
    assert p.councils == () and "øst" in p.terms and dict(p.alternatives)["øst"] == ("østjylland",)  # "RAR Østjylland"
    assert ask("hvad er status i øst", sample_vocabulary).councils == ()


@pytest.mark.parametrize("q", ["hvad skete der midt i oktober 2025?", "budgettet midt på året", "byer nord for Aarhus"])
def test_a_compass_word_or_a_part_of_a_time_is_no_council(q, sample_vocabulary):
    assert ask(q, sample_vocabulary).councils == ()


def test_midt_before_a_day_is_no_part_of_it(sample_vocabulary):
    p = ask("hvad skal KKR Midt 17. april 2024?", sample_vocabulary)
    assert p.councils == ("KKR Midtjylland",) and (p.meeting_from or p.fact_from) == date(2024, 4, 17)


@pytest.mark.parametrize(
    "q, month",
    [
        ("hvad er der foreløbig på til kkr midt i okt 21?", date(2021, 10, 1)),
        ("hvilke punkter har KKR Midt i oktober 2021?", date(2021, 10, 1)),
        ("hvad skal kkr midt i okt. 2021 behandle?", date(2021, 10, 1)),
    ],
)
def test_midt_after_kkr_is_the_council_also_before_i_and_a_month(q, month, sample_vocabulary):
    # "kkr midt i okt 21" is KKR Midt in October 2021, not the middle of October (round 21's last read)
    p = ask(q, sample_vocabulary)
    assert p.councils == ("KKR Midtjylland",) and (p.meeting_from or p.fact_from) == month


def test_a_month_glued_to_a_meeting_word_is_that_months_meeting(sample_vocabulary):
    after = ask("hvornår er næste KKR Midt møde efter augustmødet 2021?", sample_vocabulary)
    assert after.intent == "next_meeting" and after.meeting_from == date(2021, 9, 1)  # after the August meeting
    at = ask("hvad blev besluttet på junimødet 2026 om flygtninge?", sample_vocabulary)
    assert (at.meeting_from, at.meeting_to) == (date(2026, 6, 1), date(2026, 6, 30))
    assert not {"junimødet", "augustmødet"} & (set(after.terms) | set(at.terms))


def test_one_letter_is_a_council_only_after_kkr(sample_vocabulary):
    assert ask("lærepladser H", sample_vocabulary).councils == ()


def test_initials_the_documents_use_themselves_are_no_council(sample_vocabulary):
    vocabulary = Counter(sample_vocabulary) + Counter({"sd": 3})
    assert ask("hvad siger SD om lærepladser", vocabulary).councils == ()


# --- words cut with a period ----------------------------------------------------------------


def test_a_cut_word_is_read_as_the_index_word_it_begins(sample_vocabulary):
    p = ask("hvor mange medl. udpeger KKR MJ til bestyrelsen for erhvervshuset?", sample_vocabulary)
    assert "medlemmer" in p.terms and "medl" not in p.terms
    assert ("medl.", "medlemmer") in p.corrections
    assert "dimensionering" in ask("ssa dim. 2026", sample_vocabulary).terms


def test_other_completions_count_in_part(sample_vocabulary):
    p = ask("hvad blev udm. af lånepuljen", sample_vocabulary)
    best = next(t for t in p.terms if t.startswith("udm"))
    others = dict(p.alternatives)[best]
    assert others and all(o.startswith("udm") and o != best for o in others)


@pytest.mark.parametrize(
    "q, compound",
    [
        ("udv.bidraget pr. indbygger", "udviklingsbidrag"),
        ("frist for komm.kvoter", "kommunekvoter"),
        ("pæd.udd. i Viborg", "pædagoguddannelsen"),
        ("fmd. for kommunaldir.netværket", "kommunaldirektørnetværket"),
    ],
)
def test_a_cut_word_glued_to_the_next_is_a_compound(q, compound, sample_vocabulary):
    assert compound in ask(q, sample_vocabulary).terms


@pytest.mark.parametrize(
    "q, compound",
    [
        ("hvor mange studiepladser på pæd-uddannelsen?", "pædagoguddannelsen"),
        ("pæd-udd. specialefordeling 2024/25?", "pædagoguddannelsen"),
    ],
)
def test_a_compound_clipped_before_a_hyphen_is_the_index_word_it_begins(q, compound, sample_vocabulary):
    assert compound in ask(q, sample_vocabulary).terms


def test_a_clipped_head_with_no_compound_is_written_out_beside_the_word(sample_vocabulary):
    p = ask("how many pæd-studiepladser in Viborg?", sample_vocabulary)
    assert "studiepladser" in p.terms and any(t.startswith("pædagog") for t in p.terms)


def test_a_hyphenated_word_with_a_known_head_or_an_unknown_tail_stays(sample_vocabulary):
    for q in ("sosu-hjælperelever i 2027", "follow-up on mid-jutland"):
        assert not [f for f in expand_abbreviations(q, sample_vocabulary).fixes if "-" in f[0]]
    assert ask("follow-up on mid-jutland", sample_vocabulary).councils == ("KKR Midtjylland",)


def test_abbreviations_of_asking_words_are_their_words(sample_vocabulary):
    p = ask("hvilke pkt. er på til mødet 11/10-21 iflg. MJ?", sample_vocabulary)
    assert not {"pkt", "iflg"} & set(p.terms)
    assert "formand" in ask("skf fmd.?", sample_vocabulary).terms


def test_the_documents_own_abbreviations_and_months_are_left(sample_vocabulary):
    for q in ("udviklingsbidrag 115 kr. pr. indbygger", "lærepladser 1,5 mio. kr.", "mødet 3. sept. 2021"):
        assert expand_abbreviations(q, sample_vocabulary).text == q
    assert ask("mødet i sept. 2021 i KKR MJ", sample_vocabulary).meeting_from == date(2021, 9, 1)


def test_a_word_known_as_written_or_with_no_completion_stays(sample_vocabulary):
    assert expand_abbreviations("status på kultur.", sample_vocabulary).text == "status på kultur."
    assert expand_abbreviations("svømmehalx. i Herning", sample_vocabulary).fixes == []


@pytest.mark.parametrize(
    "q, word, completion",
    [
        ("pæd dim 2024/25 midt?", "dim", "dimensionering"),
        ("pæd dim 2024/25 midt?", "pæd", "pædagog"),
        ("hvor mange medl har RAR Østjylland?", "medl", "medlemmer"),
        ("EKR bidrag pr indb?", "indb", "indbygger"),
        ("meritpæd places in 2023?", "meritpæd", "meritpædagoguddannelsen"),
    ],
)
def test_a_word_cut_without_its_period_is_read_as_the_index_word_it_begins(q, word, completion, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert completion in p.terms and word not in p.terms
    assert (word, completion) in p.corrections


@pytest.mark.parametrize(
    "q, word",
    [
        ("hvornår skal vi lukke botilbuddet", "lukke"),  # an inflection of an index word ("lukkede")
        ("total budget for the region", "total"),  # the head of an index compound ("totalberedskab")
        ("did they sign the contract?", "sign"),  # a word of an English question ("signal")
        ("mødet i aug 2021", "aug"),  # a month
        ("hvem er medl. af bestyrelsen", "medl."),  # cut with its period: read as before
    ],
)
def test_a_whole_word_is_no_word_cut_without_its_period(q, word, sample_vocabulary):
    fixes = dict(expand_abbreviations(q, sample_vocabulary, lambda w: False).fixes)
    if word.endswith("."):
        assert fixes == {word: "medlemmer"}
        return
    assert word not in dict(ask(q, sample_vocabulary).corrections)
    if word != "sign":
        assert word not in fixes


def test_pkt_after_a_word_asking_for_many_is_the_plural_and_asks_for_the_agenda(sample_vocabulary):
    for q in ("hvilke pkt er på til KKR Midt 20. okt 2025?", "hvilke pkt. er på til mødet 11/10-21 iflg. MJ?",
              "pkt til kkr midt 1. sep 2026?", "pkt. på KKR Nord 15/10-21?"):  # fmt: skip
        assert ask(q, sample_vocabulary).answer_type == "plan", q  # heading the question before what it is for
    assert ("pkt", "punkt") in ask("pkt om sosu", sample_vocabulary).corrections


def test_a_bare_word_whose_completions_are_no_one_family_stays(sample_vocabulary):
    vocabulary = Counter({"borger": 5, "borgmester": 5, "bord": 4, "bortset": 4, "borddebat": 1})
    assert expand_abbreviations("hvor bor de", vocabulary, lambda w: False).fixes == []
    vocabulary = Counter({"dimensionering": 8, "dimensionere": 2, "diplom": 1})
    assert expand_abbreviations("ssa dim 2026", vocabulary, lambda w: False).fixes == [("dim", "dimensionering")]


def test_cut_words_are_read_on_many_threads_at_once_over_several_commits_vocabularies():
    """The bot's workers read questions side by side, each against its commit's vocabulary; the
    sorted vocabularies kept for cut words must not break under them (a KeyError within 0.1 s
    before they were kept under a lock)."""
    vocabularies = [{"medlemmer": 3, "medlemskab": 1, **{"ord" + "a" * k: 1 for k in range(n, n + 50)}} for n in range(8)]
    errors: list[BaseException] = []
    stop = threading.Event()

    def read(k: int) -> None:
        try:
            while not stop.is_set():
                k += 1
                assert expand_abbreviations("hvor mange medl. er der", vocabularies[k % 8]).fixes
        except BaseException as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)
            stop.set()

    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=read, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        stop.wait(0.5)
        stop.set()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(before)
    assert errors == []


# --- short forms of dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "q, start, end",
    [
        ("hvad blev besluttet på mødet 11.10.21", date(2021, 10, 11), date(2021, 10, 11)),
        ("referatet fra mødet 11/10/21", date(2021, 10, 11), date(2021, 10, 11)),
        ("mødet 3/9 2021 i KKR NJ", date(2021, 9, 3), date(2021, 9, 3)),
        ("hvilke pkt. er på til MJ-mødet 11/10-21?", date(2021, 10, 11), date(2021, 10, 11)),
        ("referat fra mødet d. 13/4", date(2026, 4, 13), date(2026, 4, 13)),  # before today: a guess
    ],
)
def test_a_short_date_names_the_meeting(q, start, end, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert (p.meeting_from, p.meeting_to) == (start, end)
    assert not {"11", "10", "21", "13", "4", "3", "9"} & set(p.terms)


def test_a_day_and_month_alone_is_a_date_only_beside_a_meeting_word_or_d(sample_vocabulary):
    p = ask("hvor mange af 2/3 af kommunerne", sample_vocabulary)
    assert p.meeting_from is None and p.fact_from is None


@pytest.mark.parametrize(
    "q, start, end",
    [
        ("lærepladser Q3 2025", date(2025, 7, 1), date(2025, 9, 30)),
        ("lærepladser i 1. kvartal 2026", date(2026, 1, 1), date(2026, 3, 31)),
        ("frist for aftale om kommunekvoter ult. sept.", date(2026, 9, 1), date(2026, 9, 30)),
        ("udviklingsbidrag primo okt 2025", date(2025, 10, 1), date(2025, 10, 31)),
    ],
)
def test_a_quarter_or_a_part_of_a_month_is_the_time_asked_about(q, start, end, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert (p.fact_from, p.fact_to) == (start, end)
    assert not {"q3", "kvartal", "ultimo", "ult", "sept", "primo", "okt"} & set(p.terms)


def test_a_part_of_a_year_is_that_year(sample_vocabulary):
    p = ask("hvornår åbner motorv. ved Silkeborg, ult. 2026?", sample_vocabulary)
    assert p.years == (2026,) and "ultimo" not in p.terms


def test_a_name_before_a_year_is_no_part_of_it(sample_vocabulary):
    p = ask("hvad blev budget og takster for Socialtilsyn Midt i 2022?", sample_vocabulary)
    assert "midt" in p.terms and p.years == (2022,)


def test_filler_abbreviations_ask_for_nothing(sample_vocabulary):
    p = ask("hvad blev bl.a. besluttet om lærepladser, jf. aftalen, evt. ca. 9.000 mv.", sample_vocabulary)
    assert not {"bl", "a", "jf", "evt", "ca", "mv"} & set(p.terms)
    assert {"lærepladser", "aftalen", "9.000"} <= set(p.terms)
    assert "kr" in ask("udviklingsbidrag 115 kr. pr. indbygger", sample_vocabulary).terms  # a unit stays
