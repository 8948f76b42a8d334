"""What a past meeting decided, what happened to a draft at a named meeting (round 17, DECIDED17).
The questions are new phrasings, not those of any set; the sample index of the session is read.

Step 1: the words of asking what came of a thing at a named past meeting name no topic ("when KKR
met on …"), and a draft is the documents' "udkast" (index/question/lexicon.py, glossary.toml).
Step 2: a past meeting whose minutes the index lacks, asked what it decided, is answered by a later
item recording that decision in a sentence naming it, and that sentence is the answer line
(index/search/recorded_meeting.py); a meeting only planned stays "no minutes"."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from index.question.parse import parse_question
from tests.support.sample import TODAY


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def shown(hit) -> str:
    parts = [hit.answer.values[0] if hit.answer else "", hit.item.decision or "", *(p.text for p in hit.passages)]
    return " ".join(" ".join(parts).split())


@pytest.mark.parametrize("question", ["What was on the table when KKR Nordjylland met on 3 September 2021?",
                                      "Was the plan approved when the council met in June?"])
def test_the_words_of_asking_about_a_past_meeting_name_no_topic(question: str) -> None:
    parsed = parse_question(question, today=TODAY)
    assert "met" not in parsed.terms, parsed.terms


@pytest.mark.parametrize(
    "question, item, fact",
    [
        # step 1: "draft" is udkast, "met" an asking word
        ("What happened to the draft advice for the next council when KKR Nordjylland met in September 2021?",
         ("002", "5.1"), "Sagen udsættes til næste møde"),
        ("Was anything decided on midtjysk interessevaretagelse when the Central Jutland council met in June 2026?",
         ("003", "6.1"), "herunder forslaget om midtjysk interessevaretagelse"),
        # step 2: a past meeting no minutes are stored of, its decision recorded by a later item
        ("What did KKR Midtjylland decide on 21 November 2023 about the loan pool?",
         ("004", "3.5"), "KKR Midtjylland besluttede på mødet den 21. november 2023"),
        ("Hvad besluttede KKR Nordjylland på mødet den 23. april 2021 om en evaluering?",
         ("002", "5.1"), "KKR Nordjylland besluttede på mødet den 23. april 2021"),
        ("Which plan for welfare education was approved at the meeting on 8 April 2025?",
         ("003", "3.3"), "godkendte KKR Midtjylland på mødet den 8. april 2025"),
    ],
)
def test_a_past_meetings_decision_is_answered_from_the_item_recording_it(sample_engine, question, item, fact) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered, (question, answer.notes)
    assert where(answer.hits[0]) == item, [where(h) for h in answer.hits]
    assert fact.lower() in shown(answer.hits[0]).lower()


@pytest.mark.parametrize(
    "question, line",
    [
        ("What did KKR Nordjylland decide about its own work at its meeting on 23 April 2021?", "besluttede på mødet den 23. april 2021"),
        ("Hvad skete der med kontrakten med Erhvervshus Nordjylland på mødet i februar 2021?", "blev godkendt på møde i"),
    ],
)
def test_the_sentence_recording_the_decision_is_the_answer_line(sample_engine, question: str, line: str) -> None:
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.answer is not None and line in " ".join(hit.answer.values[0].split()), hit.answer


@pytest.mark.parametrize(
    "question",
    [
        "Hvad besluttede KKR Midtjylland på mødet den 1. september 2026?",  # only planned: no decision recorded
        "What did KKR Midtjylland decide at its meeting on 12 December 2024 about the climate secretariat?",
    ],
)
def test_a_meeting_no_item_records_a_decision_of_stays_refused(sample_engine, question: str) -> None:
    assert not sample_engine.ask(question, today=TODAY).answered, question


# Step 3: a past decision asked is answered by the item of a held meeting, not by a plan item that only
# announces the matter; what the members added is read in the decisions that add to their recommendation
# (index/search/past_decided.py); "add" asks what was decided; a fronted "When …," clause before a question
# word does not ask a date (index/question/yes_no_asked.py).
@pytest.mark.parametrize(
    "question, item",
    [
        ("Was anything settled on the appointment list at the autumn 2025 meeting of KKR Midtjylland?", ("001", "5.1")),
        ("What will KKR Midtjylland decide on the appointment list in autumn 2025?", ("001", "6.1")),  # ahead: the plan
        ("What did the members add to the outgoing council's advice?", ("001", "5.2")),
        ("Hvad tilføjede medlemmerne til det afgående KKR's anbefalinger?", ("001", "5.2")),
        ("When KKR Midtjylland discussed the advice from the outgoing council in 2025, what did the members add?", ("001", "5.2")),
    ],
)
def test_a_past_decision_is_answered_by_the_held_meeting_not_a_plan(sample_engine, question: str, item) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered, (question, answer.notes)
    assert where(answer.hits[0]) == item, [where(h) for h in answer.hits]


@pytest.mark.parametrize(
    "question, asked",
    [
        ("When KKR Midtjylland discussed the advice in 2025, what did the members add?", "decision"),
        ("When the council met in June, who gave the talk?", "person"),
        ("Who were lined up to add to the status on the health reform?", "person"),  # an infinitive: no decision
    ],
)
def test_a_fronted_when_clause_before_a_question_word_asks_no_date(question: str, asked: str) -> None:
    parsed = parse_question(question, today=TODAY)
    assert parsed.answer_type != "date", parsed.answer_type
    assert (parsed.intent == "decision") == (asked == "decision"), parsed.intent


# Step 4: a decision asked for its own words: the asking words name no topic (lexicon.py), and the answer
# line is the Beslutning's sentence in the words of deciding, not the talk it reports (deciding.py); a why
# of declining is answered by the ground given in the discussion ("blev det bemærket, at …", reason_phrases.py).
@pytest.mark.parametrize(
    "question, item, line",
    [
        ("What was the exact wording of the decision on the 2026 SOSU trainee split?", ("001", "3.2"),
         "KKR Midtjylland tiltrådte indstillingen"),
        ("Hvad lød beslutningen om samfundssikkerhed på mødet i juni 2026 præcist?", ("003", "3.2"),
         "tiltrådte indstillingen om at arbejde"),
    ],
)
def test_a_decisions_wording_is_its_deciding_sentence(sample_engine, question: str, item, line: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and where(answer.hits[0]) == item, [where(h) for h in answer.hits]
    assert answer.hits[0].answer is not None and line in " ".join(answer.hits[0].answer.values[0].split())


@pytest.mark.parametrize(
    "question",
    [
        "Why didn't the municipalities want to take part in the region's forums on land for the green transition?",
        "Hvorfor udpegede kommunerne ikke repræsentanter til de regionalpolitiske fora?",
    ],
)
def test_a_why_of_declining_shows_the_ground_given(sample_engine, question: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert where(answer.hits[0]) == ("004", "2.1")
    assert "er en kommunal planlægningsopgave" in shown(answer.hits[0])
