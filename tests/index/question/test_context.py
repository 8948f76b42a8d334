"""parse_question: councils, years and meeting dates, intent, and the question's text.

The vocabulary is built from the bundled sample corpus, as the index would see it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date

import pytest

from index.question.parse import ParsedQuestion, parse_question

TODAY = date(2026, 11, 22)



def ask(q: str, sample_vocabulary: Counter[str] | None = None, today: date | None = TODAY) -> ParsedQuestion:
    return parse_question(q, vocabulary=sample_vocabulary if sample_vocabulary is not None else (), today=today)


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
def test_council_names_in_any_form(q, council, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert p.councils == (council,)
    assert not {"midtjylland", "midt", "nord", "nordjylland", "central", "region"} & set(p.terms)


def test_two_councils_and_a_council_typo_is_recorded(sample_vocabulary):
    p = ask("lærepladser i Nordjylland og Midtjyland", sample_vocabulary)
    assert p.councils == ("KKR Nordjylland", "KKR Midtjylland")
    assert ("midtjyland", "midtjylland") in p.corrections


def test_eu_office_is_not_a_council(sample_vocabulary):
    assert ask("Central Denmark EU Office", sample_vocabulary).councils == ()


def test_a_council_only_of_the_background_is_not_asked_when_the_question_names_its_own(sample_vocabulary):
    # the scene is "outside Midtjylland"; the council asked about is Sjælland
    p = ask("Jeg skriver om pædagogmangel uden for Midtjylland. Hvor mange studiepladser indstillede KKR Sjælland?",
            sample_vocabulary)  # fmt: skip
    assert p.councils == ("KKR Sjælland",)
    # a background naming the council while the question names none: that council is the subject
    assert ask("Jeg skriver om KKR Nordjylland. Hvad besluttede de om evalueringen?", sample_vocabulary).councils == (
        "KKR Nordjylland",
    )


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
        # A month with no meeting word beside it is the time of the fact, not the meeting's.
        ("hvor mange pladser var taget i brug i august 2021", (2021,), None, None),
        ("kkr midt mødet i juni 26", (), date(2026, 6, 1), date(2026, 6, 30)),
        ("hvilke sager skal KKR behandle i oktober 2025", (), date(2025, 10, 1), date(2025, 10, 31)),
        ("with elections in November 2025, at its October 2025 meeting", (), date(2025, 10, 1), date(2025, 10, 31)),
        # A season of a year: the meeting's for a decision, else the fact's time.
        ("hvad besluttede KKR i sensommeren 2025 om samarbejdet", (), date(2025, 8, 1), date(2025, 9, 30)),
        ("the autumn 2023 meeting", (), date(2023, 9, 1), date(2023, 11, 30)),
        ("hvilken dato er konferencen i efteråret 2021", (2021,), None, None),
    ],
)
def test_years_and_meeting_dates(q, years, lo, hi, sample_vocabulary):
    p = ask(q, sample_vocabulary)
    assert (p.years, p.meeting_from, p.meeting_to) == (years, lo, hi)


def test_date_in_an_approval_title_is_searched_not_a_meeting_date(sample_vocabulary):
    p = ask("godkendelse af referatet fra den 21. november 2023", sample_vocabulary)
    assert (p.meeting_from, p.meeting_to, p.years) == (None, None, (2023,))
    assert {"godkendelse", "21", "november"} <= set(p.terms)
    p = ask("approval of the minutes from the meeting on 18 June 2025", sample_vocabulary)
    assert {"godkendelse", "referat", "18", "juni"} <= set(p.terms)
    p = ask("godkendelse af dagsorden til mødet den 3. september 2021", sample_vocabulary)
    assert p.intent == "general" and "3" in p.terms


def test_date_words_are_not_search_terms(sample_vocabulary):
    p = ask("hvad skete der på mødet den 17. juni 2026 om lærepladser", sample_vocabulary)
    assert p.terms == ("lærepladser",)


def test_month_without_year_needs_today(sample_vocabulary):
    p = ask("mødet i juni", sample_vocabulary, today=None)
    assert (p.meeting_from, p.meeting_to) == (None, None)
    assert "juni" not in p.terms


def test_case_number_is_a_term_not_a_year(sample_vocabulary):
    p = ask("SAG-2026-00837", sample_vocabulary)
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
def test_intent(q, intent, sample_vocabulary):
    assert ask(q, sample_vocabulary).intent == intent


def test_next_meeting_with_a_council_name_inside(sample_vocabulary):
    p = ask("topics for the next KKR Midtjylland meeting after June 2026", sample_vocabulary)
    assert p.intent == "next_meeting"
    assert p.councils == ("KKR Midtjylland",)
    assert p.meeting_from == date(2026, 7, 1) and p.terms == ()
    p = ask("hvad er på det næste KKR Nordjylland møde", sample_vocabulary)
    assert (p.intent, p.councils, p.terms) == ("next_meeting", ("KKR Nordjylland",), ())


def test_on_the_agenda_is_never_a_topic(sample_vocabulary):
    p = ask("what was on the agenda on 30 August 2021", sample_vocabulary)
    assert p.intent == "general" and p.terms == ()
    assert p.meeting_from == p.meeting_to == date(2021, 8, 30)


def test_a_meeting_ahead_of_today_is_the_next_meeting(sample_vocabulary):
    q = "what is on the agenda for KKR Midtjylland on 1 September 2026"
    assert ask(q, sample_vocabulary, today=date(2026, 8, 1)).intent == "next_meeting"
    assert ask(q, sample_vocabulary, today=date(2026, 11, 22)).intent == "general"
    assert ask("what was decided on 1 September 2026", sample_vocabulary, today=date(2026, 8, 1)).intent == "decision"


def test_intent_words_are_not_search_terms(sample_vocabulary):
    p = ask("hvad blev besluttet om lærepladser på næste møde", sample_vocabulary)
    assert p.terms == ("lærepladser",)
    p = ask("what was decided about refugees", sample_vocabulary)
    assert p.terms == ("flygtninge",)


def test_slack_mentions_and_links_are_not_words(sample_vocabulary):
    p = ask("<@U012ABC> hvad blev besluttet om <https://kl.dk/x.pdf|lærepladser>?", sample_vocabulary)
    assert p.terms == ("lærepladser",)


def test_parsed_question_is_frozen_and_keeps_the_text(sample_vocabulary):
    p = ask("  SOSU places?  ", sample_vocabulary)
    assert p.text == "  SOSU places?  "
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.terms = ()  # type: ignore[misc]


def test_staff_shorthand_for_the_local_elections_is_read(sample_vocabulary):
    p = ask("hvornår er det konstituerende møde i det nye kkr midt efter kv25?", sample_vocabulary)
    assert "kommunalvalget" in p.terms and p.years == (2025,) and p.councils == ("KKR Midtjylland",)


# --- the asker's own framing (issue 10, round 4) -----------------------------------------------


@pytest.mark.parametrize(
    "q, framing, topic",
    [
        ("Jeg skriver om hjemmesygeplejen. Hvilke opgaver må sygeplejersker løse?", "skriver", "hjemmesygeplejen"),
        ("Jeg laver en artikel om beredskab. Hvem holdt oplæg?", "artikel", "beredskab"),
        ("Til en artikel om botilbud: hvor stor er lånepuljen for 2026?", "artikel", "botilbud"),
        ("For a feature on psychiatric care: what does a special place cost?", "feature", "psykiatriske"),
        ("I'm covering youth unemployment. Who was due to speak?", "covering", "unge"),
        ("We are preparing a piece on civil preparedness. How many recommendations were there?", "piece", "beredskab"),
        ("Jeg er journalist på Nordjyske og skriver om psykiatri. Hvor mange pladser?", "journalist", "psykiatri"),
        ("I cover the health reform for a regional paper. Who spoke?", "paper", "sundhedsreform"),
        ("I'm following the health reform. Who spoke?", "following", "sundhedsreform"),
        ("I'm looking at vulnerable young people. Who gave talks?", "looking", "unge"),
    ],
)
def test_the_askers_framing_is_no_topic_and_its_topic_is_background(sample_vocabulary, q, framing, topic) -> None:
    parsed = ask(q, sample_vocabulary)
    assert framing not in parsed.terms + parsed.unknown and "i'm" not in parsed.unknown
    assert topic in parsed.terms and topic in parsed.background


def test_a_colon_sets_a_clause_apart_only_before_a_question_of_its_own(sample_vocabulary) -> None:
    assert "lånepuljen" not in ask("Til en artikel om botilbud: hvor stor er lånepuljen?", sample_vocabulary).background
    listed = ask("hvad skete der med punkterne: sosu, beredskab", sample_vocabulary)
    assert listed.background == ()


@pytest.mark.parametrize(
    "q, read",
    [
        # the documents themselves, and the words of comparing or quoting: no topic
        ("What does the council paper say about emergency power, according to KL?", "nødstrøm"),
        ("How did the SOSU places for 2027 compare with 2026?", "sosu"),
        # ordinary English of municipal work, read as the documents' words (widening, not weighing)
        ("Which tasks could the municipalities solve together rather than alone, for example stockpiles?", "opgaver"),
        ("Who organised the conference on young people?", "konference"),
    ],
)
def test_journalists_asking_and_reference_words_are_no_unknown_topic(sample_vocabulary, q, read) -> None:
    parsed = ask(q, sample_vocabulary)
    assert read in parsed.terms
    assert not set(parsed.unknown) & {"paper", "according", "compare", "solve", "together", "rather", "alone", "example",
                                      "things", "organised"}  # fmt: skip


def test_a_commission_and_an_inspectorate_are_the_documents_kommission_and_tilsyn(sample_vocabulary) -> None:
    assert "kommission" in ask("When is the commission expected to report?", sample_vocabulary).terms
    assert "tilsyn" in ask("Why is the inspectorate's budget going down?", sample_vocabulary).terms


def test_a_time_only_in_the_background_is_no_meeting_asked_about(sample_vocabulary) -> None:
    framed = ask("Jeg skriver om, hvordan samarbejdet om sundhed blev lagt om efter 2021. "
                 "Hvem blev udpeget til praksisplanudvalget?", sample_vocabulary)  # fmt: skip
    assert framed.meeting_from is None and framed.meeting_to is None
    asked = ask("Jeg skriver om sundhed. Hvem blev udpeget til praksisplanudvalget efter 2021?", sample_vocabulary)
    assert asked.meeting_from == date(2022, 1, 1)


def test_everyday_english_that_names_no_topic_weighs_nothing(sample_vocabulary) -> None:
    parsed = ask("Which two people will come back with a proposal, and is it still expected without extra money?",
                 sample_vocabulary)  # fmt: skip
    assert not set(parsed.unknown) & {"two", "come", "back", "still", "expected", "without"}
    assert "forslag" in parsed.terms


def test_everyday_english_of_municipal_work_widens_the_search_and_weighs_nothing(sample_vocabulary) -> None:
    parsed = ask("Which local political groups asked for the final programme of the early session?", sample_vocabulary)
    assert not set(parsed.unknown) & {"local", "political", "group", "groups", "final", "programme", "early", "session"}
    assert {"lokale", "politiske"} <= set(parsed.expansions)
    assert "hedde" not in ask("Hvad skal målgruppen fremover hedde?", sample_vocabulary).terms


def test_a_falling_number_is_a_fall_not_the_autumn_and_training_contracts_are_uddannelsesaftaler(sample_vocabulary) -> None:
    parsed = ask("Why is the total number of training contracts falling below the average?", sample_vocabulary)
    assert "uddannelsesaftaler" in parsed.terms and "efteråret" not in parsed.terms
    assert {"faldende", "gennemsnit"} <= set(parsed.expansions)
    assert not set(parsed.unknown) & {"average", "falling"}
