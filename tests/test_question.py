"""parse_question: language, glossary, typo fixing, councils, dates and intent.

The vocabulary is built from the bundled sample corpus, as the index would see it, so the
typo tests run against the words real questions will meet.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import date
from importlib import resources

import pytest

from index.question import ParsedQuestion, detect_language, parse_question

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def vocab() -> Counter[str]:
    words: Counter[str] = Counter()
    for f in resources.files("index").joinpath("samples").iterdir():
        if f.name.endswith(".txt"):
            text = f.read_text(encoding="utf-8").lower()
            words.update(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))
    return words


def ask(q: str, vocab: Counter[str] | None = None, today: date | None = TODAY) -> ParsedQuestion:
    return parse_question(q, vocabulary=vocab if vocab is not None else (), today=today)


# --- language -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q, lang",
    [
        ("hvad blev besluttet om lærepladser", "da"),
        ("lærepladser 2027", "da"),
        ("udviklingsbidrag 2022 Region Nordjylland", "da"),
        ("hvornår er næste møde", "da"),
        ("SOSU places in 2027", "en"),
        ("refugees 2027", "en"),
        ("what did KKR Sjælland decide about SOSU-lærepladser", "en"),
        ("health reform status", "en"),
        ("what was decided", "en"),
        ("flygtninge", "da"),
        ("agenda for KKR Nordjylland", "en"),
        ("Who replaced Jeppe Ugilt Hansen?", "en"),  # Danish names are no Danish
    ],
)
def test_language(q, lang, vocab):
    assert ask(q, vocab).language == lang


def test_language_without_vocabulary_uses_function_words_and_letters():
    assert detect_language(["hvad", "med", "sygeplejersker"]) == "da"
    assert detect_language(["what", "about", "nurses"]) == "en"
    assert detect_language(["æøå"]) == "da"


# --- glossary -----------------------------------------------------------------------------


def test_english_words_are_translated(vocab):
    p = ask("what about refugees and the education committee", vocab)
    assert "flygtninge" in p.terms
    assert "uddannelsesudvalg" in p.terms
    assert "refugees" not in p.terms + p.expansions


def test_multi_word_phrase_beats_its_words(vocab):
    p = ask("health reform status", vocab)
    assert p.terms[0] == "sundhedsreform"
    assert "sundhed" not in p.terms  # "health" alone would give this
    assert "status" in p.terms


def test_plurals_and_possessives_are_normalised(vocab):
    assert "lærepladser" in ask("apprenticeships", vocab).terms
    assert "lærepladser" in ask("training places", vocab).terms
    assert "beredskab" in ask("emergency preparedness plans", vocab).terms


def test_hyphenated_english_compound_is_split_for_the_glossary(vocab):
    p = ask("SOSU-places in 2027", vocab)
    assert p.terms[:2] == ("sosu", "lærepladser")


def test_related_words_go_to_expansions_not_terms(vocab):
    p = ask("refugee quota", vocab)
    assert p.terms == ("flygtninge", "kommunekvoter")
    assert "regionskvoten" in p.expansions
    assert not set(p.terms) & set(p.expansions)


def test_english_words_nobody_knows_are_reported_not_searched(vocab):
    p = ask("what is the weather in Aarhus tomorrow", vocab)
    assert p.terms == ("aarhus",)  # a name the index has
    assert p.unknown == ("weather", "tomorrow")
    assert not set(p.unknown) & set(p.expansions)


def test_weak_english_verbs_only_widen_the_search(vocab):
    p = ask("how many refugees will Midtjylland receive", vocab)
    assert p.terms == ("flygtninge",)
    assert "modtage" in p.expansions


def test_filler_phrase_hides_its_words(vocab):
    p = ask("what took place regarding nurses", vocab)
    assert "lærepladser" not in p.terms  # "place" would translate to this
    assert "sygeplejersker" in p.terms


def test_danish_question_keeps_danish_words_and_gets_related_words(vocab):
    p = ask("hvad med flygtninge", vocab)
    assert p.terms == ("flygtninge",)
    assert "kommunekvoter" in p.expansions


def test_danish_words_the_documents_never_use_are_replaced_by_theirs(vocab):
    assert ask("elevpladser 2027", vocab).terms == ("lærepladser",)
    p = ask("hvad koster en plads", vocab)
    assert p.terms[0] == "prisen" and "koster" not in p.terms
    assert ask("koster", ()).terms == ("koster",)  # no vocabulary: nothing to judge by


def test_compound_written_apart_is_joined_when_the_index_has_it(vocab):
    p = ask("udviklings bidrag 2022", vocab)
    assert p.terms == ("udviklingsbidrag",)
    assert ("udviklings bidrag", "udviklingsbidrag") in p.corrections
    assert ask("kollektiv trafik", vocab).terms == ("kollektiv", "trafik")


def test_it_is_a_word_in_danish_and_a_pronoun_in_english(vocab):
    assert ask("status på it", vocab).terms == ("status", "it")
    assert ask("what is it about refugees", vocab).terms == ("flygtninge",)


def test_shouting_has_no_acronyms(vocab):
    p = ask("HOW MUCH IS THE DEVELOPMENT CONTRIBUTION IN 2022", vocab)
    assert p.terms == ("udviklingsbidrag",) and p.language == "en"


def test_danish_hyphen_compound_stays_whole(vocab):
    assert "sosu-lærepladser" in ask("SOSU-lærepladser i 2027", vocab).terms


def test_english_verb_forms_reach_the_glossary(vocab):
    assert "udpegning" in ask("who was appointed to KKR Nordjylland", vocab).terms
    assert "fordeling" in ask("how are refugees allocated", vocab).terms


def test_words_like_topic_only_widen_the_search(vocab):
    p = ask("topics about climate", vocab)
    assert p.terms == ("klima",)
    assert "emner" in p.expansions


# --- typo correction ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "typo, fixed",
    [
        ("lærepladsr", "lærepladser"),
        ("sundhedsreformn", "sundhedsreformen"),
        ("pædagogudannelsen", "pædagoguddannelsen"),
        ("sundhedsrefomen", "sundhedsreformen"),
        ("udviklingsbidraj", "udviklingsbidrag"),
    ],
)
def test_typos_are_corrected_against_the_vocabulary(typo, fixed, vocab):
    p = ask(f"status på {typo}", vocab)
    assert fixed in p.terms and typo not in p.terms
    assert (typo, fixed) in p.corrections


def test_typo_inside_a_hyphen_compound(vocab):
    p = ask("SOSU-lærepladsr", vocab)
    assert p.terms == ("sosu-lærepladser",)


@pytest.mark.parametrize("q", ["lærepladser", "unge", "sosu", "SKF", "4.107", "lærepladserne"])
def test_valid_short_numeric_and_inflected_words_are_not_corrected(q, vocab):
    p = ask(q, vocab)
    assert p.corrections == ()
    assert p.terms == (q.lower(),)


def test_short_unknown_word_is_left_alone(vocab):
    assert ask("sosa", vocab).corrections == ()  # 4 letters: too close to too many words
    assert ask("klimo", vocab).corrections == ()  # 5 letters may not have a wrong letter


def test_english_glossary_words_are_translated_not_corrected(vocab):
    p = ask("places", vocab)
    assert p.corrections == ()
    assert p.terms == ("lærepladser",)


@pytest.mark.parametrize(
    "q, typo, fixed, term",
    [
        ("refugess in 2027", "refugess", "refugees", "flygtninge"),
        ("helth reform status", "helth", "health", "sundhedsreform"),
        ("emergancy preparedness", "emergancy", "emergency", "beredskab"),
        ("apprenticships in Central Jutland", "apprenticships", "apprenticeships", "lærepladser"),
    ],
)
def test_misspelt_english_is_fixed_then_translated(q, typo, fixed, term, vocab):
    p = ask(q, vocab)
    assert (typo, fixed) in p.corrections
    assert term in p.terms and p.language == "en"


def test_misspelt_intent_words_keep_the_intent(vocab):
    p = ask("what was decidded about refugees", vocab)
    assert p.intent == "decision" and ("decidded", "decided") in p.corrections
    p = ask("hvad blev beslutet om lærepladser", vocab)
    assert (p.intent, p.terms) == ("decision", ("lærepladser",))
    assert ask("upcomming meeting KKR Nord", vocab).intent == "next_meeting"


def test_no_vocabulary_means_no_corrections():
    p = ask("lærepladsr")
    assert p.corrections == () and p.terms == ("lærepladsr",)


def test_frequent_correction_is_preferred():
    # Both are one wrong letter away from "fordelinx"; frequency decides.
    assert ask("fordelinx", Counter({"fordeling": 50, "fordelina": 1})).terms == ("fordeling",)
    assert ask("fordelinx", Counter({"fordeling": 1, "fordelina": 50})).terms == ("fordelina",)


def test_plain_vocabulary_collection_works():
    p = parse_question("lærepladsr", vocabulary=["lærepladser", "unge"])
    assert p.terms == ("lærepladser",)


# --- councils -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q, council",
    [
        ("lærepladser Midtjylland", "KKR Midtjylland"),
        ("lærepladser KKR Midt", "KKR Midtjylland"),
        ("places in Central Jutland", "KKR Midtjylland"),
        ("places Central Denmark Region", "KKR Midtjylland"),
        ("de midtjyske kommuner", "KKR Midtjylland"),
        ("KKR Midtjyllands møde", "KKR Midtjylland"),
        ("lærepladser Midtjyland", "KKR Midtjylland"),
        ("KKR Nord budget", "KKR Nordjylland"),
        ("North Denmark budget", "KKR Nordjylland"),
        ("nordjyske kommuner", "KKR Nordjylland"),
        ("Region Hovedstaden", "KKR Hovedstaden"),
        ("Capital Region places", "KKR Hovedstaden"),
        ("Zealand places", "KKR Sjælland"),
        ("KKR Sjælland", "KKR Sjælland"),
        ("Southern Denmark places", "KKR Syddanmark"),
        ("syddanske kommuner", "KKR Syddanmark"),
        ("KKR-Nordjylland", "KKR Nordjylland"),
        ("places in the Central Jutland Region", "KKR Midtjylland"),
        ("KKR Midjylland lærepladser", "KKR Midtjylland"),
    ],
)
def test_council_names_in_any_form(q, council, vocab):
    p = ask(q, vocab)
    assert p.councils == (council,)
    assert not {"midtjylland", "midt", "nord", "nordjylland", "central", "region"} & set(p.terms)


def test_two_councils_and_a_council_typo_is_recorded(vocab):
    p = ask("lærepladser i Nordjylland og Midtjyland", vocab)
    assert p.councils == ("KKR Nordjylland", "KKR Midtjylland")
    assert ("midtjyland", "midtjylland") in p.corrections


def test_eu_office_is_not_a_council(vocab):
    assert ask("Central Denmark EU Office", vocab).councils == ()


# --- years and meeting dates --------------------------------------------------------------


@pytest.mark.parametrize(
    "q, years, lo, hi",
    [
        ("SOSU places in 2027", (2027,), None, None),
        ("lærepladser for 2027", (2027,), None, None),
        ("lærepladser 2027-2031", (2027, 2028, 2029, 2030, 2031), None, None),
        ("at the meeting in June 2026", (), date(2026, 6, 1), date(2026, 6, 30)),
        ("mødet i juni 2026", (), date(2026, 6, 1), date(2026, 6, 30)),
        ("på mødet den 17. juni 2026", (), date(2026, 6, 17), date(2026, 6, 17)),
        ("decided on 3 September 2021", (), date(2021, 9, 3), date(2021, 9, 3)),
        ("after June 2026", (), date(2026, 7, 1), None),
        ("efter juni 2026", (), date(2026, 7, 1), None),
        ("before June 2026", (), None, date(2026, 5, 31)),
        ("fra juni 2025 til juni 2026", (), date(2025, 6, 1), date(2026, 6, 30)),
        ("the meetings in 2021 about places for 2022", (2022,), date(2021, 1, 1), date(2021, 12, 31)),
        ("mødet i juni", (), date(2026, 6, 1), date(2026, 6, 30)),
        ("lærepladser i år", (2026,), None, None),
        ("referat fra juni 2026", (), date(2026, 6, 1), date(2026, 6, 30)),
        ("since June 2026", (), date(2026, 6, 1), None),
        ("SOSU places from 2027", (2027,), None, None),
    ],
)
def test_years_and_meeting_dates(q, years, lo, hi, vocab):
    p = ask(q, vocab)
    assert (p.years, p.meeting_from, p.meeting_to) == (years, lo, hi)


def test_date_in_an_approval_title_is_searched_not_a_meeting_date(vocab):
    p = ask("godkendelse af referatet fra den 21. november 2023", vocab)
    assert (p.meeting_from, p.meeting_to, p.years) == (None, None, (2023,))
    assert {"godkendelse", "21", "november"} <= set(p.terms)
    p = ask("approval of the minutes from the meeting on 18 June 2025", vocab)
    assert {"godkendelse", "referat", "18", "juni"} <= set(p.terms)
    p = ask("godkendelse af dagsorden til mødet den 3. september 2021", vocab)
    assert p.intent == "general" and "3" in p.terms


def test_date_words_are_not_search_terms(vocab):
    p = ask("hvad skete der på mødet den 17. juni 2026 om lærepladser", vocab)
    assert p.terms == ("lærepladser",)


def test_month_without_year_needs_today(vocab):
    p = ask("mødet i juni", vocab, today=None)
    assert (p.meeting_from, p.meeting_to) == (None, None)
    assert "juni" not in p.terms


def test_case_number_is_a_term_not_a_year(vocab):
    p = ask("SAG-2026-00837", vocab)
    assert p.years == () and p.terms == ("sag-2026-00837",)


# --- intent -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q, intent",
    [
        ("what was decided on SOSU places in 2027", "decision"),
        ("hvad blev besluttet om lærepladser", "decision"),
        ("beslutning om udviklingsbidrag", "decision"),
        ("hvad besluttede KKR Nordjylland om socialtilsyn", "decision"),
        ("was the performance contract approved", "decision"),
        ("blev resultatkontrakten vedtaget", "decision"),
        ("when is the next meeting in KKR Nord", "next_meeting"),
        ("hvornår er næste møde i KKR Midtjylland", "next_meeting"),
        ("kommende møde KKR Midt", "next_meeting"),
        ("what is upcoming in KKR Nordjylland", "next_meeting"),
        ("what is coming up for KKR Midtjylland", "next_meeting"),
        ("agenda for KKR Nordjylland", "next_meeting"),
        ("godkendelse af dagsorden til mødet den 3. september 2021", "general"),
        ("agenda for KKR Nordjylland 2021", "general"),
        ("lærepladser i næste valgperiode", "general"),
        ("de kommende økonomiforhandlinger", "general"),
        ("SOSU places 2027", "general"),
    ],
)
def test_intent(q, intent, vocab):
    assert ask(q, vocab).intent == intent


def test_next_meeting_with_a_council_name_inside(vocab):
    p = ask("topics for the next KKR Midtjylland meeting after June 2026", vocab)
    assert p.intent == "next_meeting"
    assert p.councils == ("KKR Midtjylland",)
    assert p.meeting_from == date(2026, 7, 1) and p.terms == ()
    p = ask("hvad er på det næste KKR Nordjylland møde", vocab)
    assert (p.intent, p.councils, p.terms) == ("next_meeting", ("KKR Nordjylland",), ())


def test_on_the_agenda_is_never_a_topic(vocab):
    p = ask("what was on the agenda on 30 August 2021", vocab)
    assert p.intent == "general" and p.terms == ()
    assert p.meeting_from == p.meeting_to == date(2021, 8, 30)


def test_a_meeting_ahead_of_today_is_the_next_meeting(vocab):
    q = "what is on the agenda for KKR Midtjylland on 1 September 2026"
    assert ask(q, vocab, today=date(2026, 8, 1)).intent == "next_meeting"
    assert ask(q, vocab, today=date(2026, 11, 22)).intent == "general"
    assert ask("what was decided on 1 September 2026", vocab, today=date(2026, 8, 1)).intent == "decision"


def test_intent_words_are_not_search_terms(vocab):
    p = ask("hvad blev besluttet om lærepladser på næste møde", vocab)
    assert p.terms == ("lærepladser",)
    p = ask("what was decided about refugees", vocab)
    assert p.terms == ("flygtninge",)


def test_slack_mentions_and_links_are_not_words(vocab):
    p = ask("<@U012ABC> hvad blev besluttet om <https://kl.dk/x.pdf|lærepladser>?", vocab)
    assert p.terms == ("lærepladser",)


def test_parsed_question_is_frozen_and_keeps_the_text(vocab):
    p = ask("  SOSU places?  ", vocab)
    assert p.text == "  SOSU places?  "
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.terms = ()  # type: ignore[misc]
