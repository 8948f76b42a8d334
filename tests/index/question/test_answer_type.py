"""The answer type read from a question's asking words, Danish and English."""

from __future__ import annotations

from datetime import date

import pytest

from index.question.answer_type import answer_type, asks_if_on_it, asks_two_things, asks_yes_no, number_unit
from index.question.parse import parse_question


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Hvor mange pladser får Aarhus i 2027?", "number"),
        ("how much does a place cost per day", "number"),
        ("hvad koster det at være med i samarbejdet", "number"),
        ("Hvor stor en andel af eleverne falder fra?", "number"),
        ("What percentage of the students drop out?", "number"),
        ("hvad er taksten pr. døgn", "number"),
        ("Which SOSU numbers were set for 2026?", "number"),
        ("Hvor ofte mødes netværket?", "number"),  # a frequency: "2-4 møder om året"
        ("Which partner runs the forum, and how often does it meet?", "number"),
        ("hvad er tallene for lærepladser i 2027", "number"),
        ("What did the intake end up at for 2026?", "number"),  # where a figure ended
        ("hvad endte optaget på i 2026?", "number"),
        ("hvad endte sagen med?", "decision"),  # how a case ended is no figure: its outcome, a decision
        ("Hvornår træder aftalen i kraft?", "date"),
        ("By when must the municipalities reply?", "date"),
        ("hvad er fristen for at søge puljen", "date"),
        ("hvilken dato holdes konferencen", "date"),
        ("Hvem afløser borgmesteren i bestyrelsen?", "person"),
        ("Who was appointed to the board of the business hub?", "person"),
        ("hvem holdt oplæg om beredskab", "person"),
        ("Which researcher was invited to speak on local democracy?", "person"),  # "which" + a person's role asks who
        ("hvilken forsker holdt oplæg for rådet?", "person"),
        ("Which experts did the council hear?", "person"),
        ("hvilke borgmestre sidder i bestyrelsen?", "person"),
        ("Hvilke principper skal drøftes?", "list"),  # not a role: a list
        ("hvilke medlemskommuner deltager?", "list"),  # "medlem" inside a compound is no person
        ("What is the council's target for trainees in 2027?", "number"),  # a target: a figure
        ("Which focus areas go into the hub's targets for 2024?", "list"),  # targets (plural) are goals, listed
        ("Hvilke kommuner deltager i projektet?", "list"),
        ("Which areas will the council work on?", "list"),
        ("Hvad besluttede KKR om lærepladserne?", "decision"),
        ("What was decided about the refugee quotas?", "decision"),
        ("Did the council approve the contract?", "decision"),
        ("Blev budgettet godkendt?", "decision"),
        ("Godkendte KKR Nordjylland indstillingen om lærepladser?", "decision"),
        ("What is on the agenda for the October meeting?", "plan"),
        ("hvilke sager er planlagt til mødet i april", "plan"),
        ("hvad skal KKR behandle på mødet i september", "plan"),
        ("Hvorfor skal bidraget øges?", "reason"),
        ("What was the reason for closing the committee?", "reason"),
        ("Hvad forklarer man de gode resultater med?", "reason"),
        ("How is the drop in applicants explained?", "reason"),
        ("Hvad er formålet med oversigten?", "reason"),
        ("What is the purpose of the new forum?", "reason"),
        ("Why is the budget on the agenda again?", "reason"),
        ("Hvad er baggrunden for, at beredskab er på dagsordenen til mødet i juni?", "reason"),
        ("How does the 2027 distribution compare with 2026?", "compare"),
        ("Er der flere elever end sidste år?", "decision"),
        ("Hvad er forskellen på de to modeller?", "compare"),
        ("What does the agreement include?", "list"),
        ("hvad omfatter pakken", "list"),
        ("Tell me about the health reform", "none"),
    ],
)
def test_asking_words_give_the_answer_type(question: str, kind: str) -> None:
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "what's on the list for KKR Midt 17 April 2024?",
        "what's up for Midt on 20 Oct 2025?",
        "hvilke punkter er på til KKR MJ 1. sept. 2026?",
        "which items are on for the October meeting?",
        "hvad er på listen til mødet i april",
    ],
)
def test_the_agenda_named_in_other_words_asks_for_the_plan(question: str) -> None:
    assert answer_type(question) == "plan"
    p = parse_question(question)
    assert not {"list", "liste", "listen", "up", "punkter", "items"} & set(p.terms)  # the asking, not the topic


def test_which_points_of_a_thing_are_no_plan() -> None:
    assert answer_type("Hvilke punkter indeholder aftalen?") == "list"


def test_a_when_inside_the_sentence_is_no_date_question() -> None:
    assert answer_type("What was the outcome on the committee when KKR discussed it?") == "decision"
    assert answer_type("When was the outcome decided?") == "date"


def test_a_polite_frame_is_not_a_yes_no_question() -> None:
    assert answer_type("Kan du fortælle hvor mange pladser der er?") == "number"
    assert answer_type("Can you tell me who chairs the committee?") == "person"


def test_a_next_meeting_question_asks_for_its_plan_unless_it_asks_when() -> None:
    assert answer_type("næste møde", next_meeting=True) == "plan"
    assert answer_type("hvornår er næste møde", next_meeting=True) == "date"


def test_the_parser_carries_the_answer_type() -> None:
    assert parse_question("hvor mange lærepladser får Midtjylland").answer_type == "number"
    assert parse_question("what is on the agenda for the next meeting").answer_type == "plan"


@pytest.mark.parametrize(
    "question, unit",
    [
        ("hvad betaler kommunerne pr døgn", "money"),
        ("how much does it cost", "money"),
        ("hvor stor en andel", "share"),
        ("hvor mange medlemmer", "count"),
        ("how many places", "count"),
        ("hvor store er puljerne", None),
    ],
)
def test_what_a_number_question_counts_in(question: str, unit: str | None) -> None:
    assert number_unit(question) == unit


def test_background_first_the_last_sentence_asks() -> None:
    assert answer_type("Before the 2021 local elections KKR invited an academic to talk. When was that, and who was it?") == "date"
    assert answer_type("Ahead of the elections, the council met on 3 June; who gave the talk?") == "person"
    assert answer_type("Socialtilsyn Nord sent its budget in 2021. By how much did it fall?") == "number"


@pytest.mark.parametrize(
    "question, yes_no",
    [
        ("Følger der penge med til kommunerne?", True),
        ("ved man hvor mange penge hver kommune får?", True),
        ("Blev anbefalingerne vedtaget?", True),
        ("Has the state announced its criteria?", True),
        ("Kan du fortælle hvor mange pladser der er?", False),
        ("Hvor mange penge følger der med?", False),
        ("Which criteria has the state announced?", False),
    ],
)
def test_a_question_opening_with_its_verb_asks_yes_or_no(question: str, yes_no: bool) -> None:
    assert asks_yes_no(question) is yes_no


@pytest.mark.parametrize(
    "question, two",
    [
        ("How many municipalities answered, and what response rate did that give?", True),
        ("Hvornår skal aftalen meldes ind, og hvad sker der hvis den ikke gør?", True),
        ("Why was the label dropped and what new name is proposed?", True),
        ("Hvor mange pladser og hvor mange elever er der?", True),
        ("What did KKR and the region agree on?", False),
        ("Hvilke kommuner og regioner deltager?", False),
    ],
)
def test_a_question_may_ask_two_things(question: str, two: bool) -> None:
    assert asks_two_things(question) is two


@pytest.mark.parametrize("q", ["punkter til KKR Nordjylland 3. sept 2021?", "dagsorden for KKR Midt 17/6-26",
                               "items for KKR Midtjylland on 20 Oct 2025"])
def test_the_agenda_named_as_a_heading_asks_for_the_meetings_plan(q) -> None:
    parsed = parse_question(q, today=date(2026, 11, 22))
    assert parsed.answer_type == "plan" and parsed.meeting_from is not None


@pytest.mark.parametrize("q", ["agenda KKR Midtjylland 17/04/2024", "dagsorden 17.4.2024", "KKR Nord agenda 15 Oct 2021",
                               "hvilke pkt er på til KKR Midt 20. okt 2025?",
                               "what's on the prelim list for KKR Nordjylland's October 2021 meeting?"])
def test_the_agenda_before_a_date_or_its_points_in_shorthand_ask_for_the_plan_and_name_no_topic(q) -> None:
    parsed = parse_question(q, today=date(2026, 11, 22))
    assert parsed.answer_type == "plan" and parsed.meeting_from is not None
    assert parsed.terms == (), parsed.terms


@pytest.mark.parametrize(
    "question, on_it",
    [
        ("What will the June meeting take up, and is the health reform on it?", True),
        ("What is on the agenda for 17 April 2024 - is the loan pool among the items?", True),
        ("Hvad skal KKR behandle i april 2024, og kommer lånepuljen op?", True),
        ("What is on the agenda for 17 April 2024?", False),
        ("Is the performance contract on the agenda of the meeting on 15 October 2021?", False),
        ("Jeg skriver om botilbud. Hvad skal KKR have på bordet om det i april?", False),
    ],
)
def test_a_plan_question_may_also_ask_whether_a_topic_is_on_it(question: str, on_it: bool) -> None:
    assert asks_if_on_it(question) is on_it


@pytest.mark.parametrize(
    "question, kind",
    [
        # the asking part, not a relative clause, says what is asked
        ("what did KKR Midt decide to do with the examples of state rules that cost the municipalities money?", "decision"),
        ("who decided that the loan pool should grow?", "person"),
        ("hvor stort var overskuddet fra 2020, som blev overført til budgettet?", "number"),
        ("Ahead of the elections, who gave the talk?", "person"),  # after a comma "who" asks
        ("What is the item that KKR approved in June?", "decision"),  # nothing asked outside the clause: the whole
    ],
)
def test_the_type_comes_from_the_asking_part(question, kind):
    assert answer_type(question) == kind


def test_how_often_asks_a_count_per_a_time():
    assert number_unit("how often would the forum meet?") == "rate" == number_unit("hvor ofte mødes forummet?")
    assert number_unit("how many meetings a year?") == "count"
