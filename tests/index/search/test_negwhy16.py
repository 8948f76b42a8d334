"""Yes/no questions answered by a plain or negative statement, and whys whose reason is a phrase
(round 16, NEGWHY). The questions are new phrasings, not those of any set.

Step 1: a yes/no asked after a journalist's framing (a sentence, a colon, a fronted "when" clause) is
a yes/no (index/question/yes_no_asked.py), and a denying sentence answers a yes/no only when it holds
a share of the question's words of its own (units.DENIAL_SHARE), not beside the sentence stating the
matter asked."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from index.question.answer_type import answer_type, asks_yes_no, yes_no_verb
from index.question.lexicon import as_planned_spans
from index.search.reason_phrases import phrase_reasons
from tests.support.sample import TODAY


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def shown(hit) -> list[str]:
    return [" ".join(p.text.split()) for p in hit.passages]


@pytest.mark.parametrize(
    "question, verb",
    [
        ("Jeg skriver om hjemmesygeplejen: følger der penge med til kommunerne?", "følger"),
        ("I'm writing about regional finance. Did the councils object to the level of the contribution?", "did"),
        ("Til en artikel om regionerne. Protesterede de midtjyske kommuner mod niveauet for bidraget?", "protesterede"),
        ("When the culture money moves to the block grant, do the municipalities know yet what each gets?", "do"),
        ("For a piece on EU lobbying – is the Brussels office getting less from the region?", "is"),
    ],
)
def test_a_yes_no_after_a_framing_is_a_yes_no(question: str, verb: str) -> None:
    assert asks_yes_no(question), question
    assert yes_no_verb(question) == verb, question


@pytest.mark.parametrize(
    "question",
    [
        "I'm writing about regional finance. How much did the councils pay in 2026?",
        "Jeg skriver om hjemmesygeplejen: hvorfor lægger man vægt på ensartethed?",
        "fra hvornår gælder L53, altså at sygepl. må tage ting der før var forbeholdt lægerne?",  # "sygepl." ends no sentence
        "When the culture money moves to the block grant, how much does each municipality get?",
        "Hvor mange pladser er der i 2024-25?",
    ],
)
def test_a_question_asking_something_else_after_a_framing_is_no_yes_no(question: str) -> None:
    assert not asks_yes_no(question), question


def test_a_framed_yes_no_is_answered_by_the_sentence_denying_it(sample_engine) -> None:
    answer = sample_engine.ask(
        "Til en artikel om hjemmesygeplejen i Midtjylland: følger der penge med til kommunerne, når sygeplejerskerne får nye opgaver med loven?",
        today=TODAY,
    )
    assert where(answer.hits[0]) == ("004", "3.4")
    assert any("Der følger med loven ikke midler til kommunerne" in t for t in shown(answer.hits[0])), shown(answer.hits[0])


def test_a_weak_denial_does_not_push_aside_the_sentence_stating_the_matter(sample_engine) -> None:
    # "… men som endnu ikke er endeligt aftalt …" (the framework agreement) holds one question word of its
    # own; the sentence saying the contract largely continues 2023's states the matter asked.
    answer = sample_engine.ask(
        "Was KKR Midtjylland's 2024 contract with its business hub mostly a continuation of the previous year's?", today=TODAY
    )
    first = answer.hits[0]
    assert where(first) == ("004", "3.8")
    assert any("en videreførelse af resultatkontrakten for 2023" in t for t in shown(first)), shown(first)


# Step 2: a reason given as a phrase (index/search/reason_phrases.py): a causal preposition before a noun
# or a cause named by its verb states a reason, as "fordi" and "skyldes" do.


@pytest.mark.parametrize(
    "text",
    [
        "Regionen vil mangle 250 pladser grundet overtagelse af korte lejemål.",
        "Mødet er flyttet af hensyn til budgetvedtagelsen.",
        "Den lave belægning på tværs af landet gjorde, at Folketinget muliggjorde, at kommunerne kunne ommærke pladser.",
        "The meeting was moved due to the budget.",
        "Ændringen førte til færre pladser.",
    ],
)
def test_a_reason_given_as_a_phrase_is_read(text: str) -> None:
    assert phrase_reasons(text), text


@pytest.mark.parametrize(
    "text",
    [
        "På baggrund af drøftelsen på mødet vil sekretariatet udarbejde et forslag.",  # what a text is built on
        "Generalforsamlingen afholdes efter den model, som også har været anvendt de senere år.",
        "Efter mødet den 21. november besluttede KKR at gå videre.",
    ],
)
def test_what_only_looks_like_a_reason_is_not_read(text: str) -> None:
    assert not phrase_reasons(text), text


def test_a_why_answered_by_a_cause_named_by_its_verb_shows_that_sentence(sample_engine) -> None:
    # "… gjorde, at Folketinget muliggjorde …" was read as a consequence, a weaker sign than a reason word,
    # and "Dette tilskrives …" (why two regions do best) was shown instead.
    answer = sample_engine.ask(
        "Why was it made possible for the municipalities to re-label some of the special psychiatric places as ordinary psychiatric places?",
        today=TODAY,
    )
    first = answer.hits[0]
    assert where(first) == ("002", "3.3")
    assert any("Den lave belægning på tværs af landet gjorde, at" in t for t in shown(first)), shown(first)


# Step 3: the words of asking whether a matter is yet settled ("yet", "happens", "settled", "clarified")
# name no topic an item could lack (index/question/lexicon.py, glossary.toml).


def test_a_yes_no_whether_a_matter_is_settled_yet_is_answered_by_the_sentence_saying_it_is_not(sample_engine) -> None:
    answer = sample_engine.ask(
        "Has it been settled yet what happens to the cooperation committees on health when the reform comes?", today=TODAY
    )
    assert answer.answered and not answer.uncertain
    first = answer.hits[0]
    assert where(first) == ("001", "5.1")
    assert any("Der er endnu ikke afklaring på hvad der sker" in t for t in shown(first)), shown(first)


# Step 4: whether an event took place as planned is asked in words that name no topic ("held as planned",
# "go ahead", "afholdt som planlagt", "fandt sted"; lexicon.as_planned_spans): the cancellation answers.


@pytest.mark.parametrize(
    "question, words",
    [
        ("bliver mødet i kontaktudvalget i marts 2024 holdt som planlagt?", "holdt som planlagt"),
        ("Was the meeting held as planned?", "held as planned"),
        ("Did the theme discussion go ahead?", "go ahead"),
        ("Har temadrøftelsen fundet sted?", "fundet sted"),
    ],
)
def test_the_words_asking_whether_an_event_took_place_are_read(question: str, words: str) -> None:
    lower = question.lower()
    assert [lower[a:b] for a, b in as_planned_spans(lower)] == [words]


def test_a_yes_no_whether_a_meeting_went_ahead_is_answered_by_its_cancellation(sample_engine) -> None:
    for question in ("Did the contact committee's meeting in March 2024 go ahead?",
                     "Blev mødet i kontaktudvalget den 8. marts 2024 afholdt som planlagt?"):  # fmt: skip
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered, question
        first = answer.hits[0]
        assert where(first) == ("004", "2.1"), question
        assert any("blevet aflyst" in t for t in shown(first)), (question, shown(first))


def test_a_meeting_no_document_holds_asked_whether_it_went_ahead_is_still_refused(sample_engine) -> None:
    for question in ("Was KKR Nordjylland's meeting in March 2023 held as planned?",
                     "Did the KKR Syddanmark meeting in May 2024 take place?"):  # fmt: skip
        assert not sample_engine.ask(question, today=TODAY).answered, question


def test_a_yes_no_after_a_fronted_when_clause_is_typed_by_its_main_clause() -> None:
    # "When …, did they agree …?" asks yes or no, not a date: no date of the item is its answer line
    assert answer_type("When it went through its advice in 2025, did the members agree that health should be discussed?") == "decision"
    assert answer_type("When the culture money moves to the block grant, do the municipalities know yet what each gets?") == "decision"
    assert answer_type("When is the next meeting in KKR Midtjylland?") == "date"
