"""Plans of named meetings (issue 10, item 5): a question about what a meeting will take up,
named by month, a season or as the first after one, answers with the item that plans it; the
question's background sentences do not turn it into a topic search."""

from __future__ import annotations

from datetime import date

from index.question.dates import dates_asked
from index.question.parse import parse_question
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def test_the_summer_holiday_of_a_year_bounds_a_meeting_after_it() -> None:
    facts = dates_asked("første møde efter sommerferien 2026", today=TODAY)
    # one meeting after it: the three months after (round 13, index/question/meeting_times.py)
    assert (facts.meeting_from, facts.meeting_to, facts.years) == (date(2026, 8, 1), date(2026, 11, 1), ())
    assert dates_asked("the first meeting after the summer break 2024").meeting_from == date(2024, 8, 1)
    parsed = parse_question("hvad skal kkr midtjylland drøfte på første møde efter sommerferien 2026?", today=TODAY)
    assert parsed.intent == "next_meeting" and parsed.terms == ()


def test_words_that_ask_what_a_meeting_takes_up_are_no_topic() -> None:
    for question in ("hvilke sager skal KKR Midtjylland behandle i oktober 2025", "what is lined up for October 2025",
                     "what is preliminary lined up for the meeting in October 2021"):  # fmt: skip
        assert parse_question(question, today=TODAY).terms == (), question


def test_a_named_month_or_season_answers_with_the_item_that_plans_the_meeting(sample_engine) -> None:
    for question, plan in (
        ("hvilke sager skal KKR Midtjylland behandle i oktober 2025", ("001", "6.1")),
        ("hvad tager KKR Midtjylland op på det første møde efter sommerferien 2026", ("003", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))


def test_background_sentences_before_the_question_are_kept_apart() -> None:
    parsed = parse_question("Der er nyt om flygtninge. Hvornår holder KKR Midtjylland møde i oktober 2025?", today=TODAY)
    assert "flygtninge" in parsed.terms and "flygtninge" in parsed.background and "holder" not in parsed.background
    assert parse_question("hvad er kommunekvoterne for flygtninge i 2027?", today=TODAY).background == ()


def test_a_meeting_asked_about_after_background_answers_with_its_plan(sample_engine) -> None:
    answer = sample_engine.ask(
        "Kommunerne skal snart udpege medlemmer til mange råd og udvalg. Hvad står på KKR Midtjyllands møde i "
        "oktober 2025?", today=TODAY)  # fmt: skip
    assert answer.answered and where(answer)[0] == ("001", "6.1")


def test_a_line_of_a_planned_meetings_list_answers_with_that_plan(sample_engine) -> None:
    """'Is X on the meeting of <date>?': the item planning that meeting lists X among other
    lines; its words need not meet in one passage, and it answers though no minutes exist."""
    for question, plan in (
        ("Kommer forretningsordenen på KKR Midtjyllands møde den 20. oktober 2025?", ("001", "6.1")),
        ("Is the performance contract with the business hub on the agenda of KKR Nordjylland's meeting on "
         "15 October 2021?", ("002", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))


def test_a_councils_work_ahead_in_a_month_is_its_meeting_then() -> None:
    """'Hvad skal rådet tage stilling til i oktober 2025', 'what is KKR expected to deal with …':
    in the future tense, a council's month is its meeting, the plan is asked for, and the words of
    what a council does at a meeting are no topic."""
    for question, month in (
        ("hvad skal rådet i Midtjylland tage stilling til i oktober 2025?", date(2025, 10, 1)),
        ("hvad kommer KKR Midt til at beskæftige sig med i april 2024?", date(2024, 4, 1)),
        ("What is KKR Nordjylland expected to deal with at its mid-October 2021 meeting?", date(2021, 10, 1)),
        ("hvilke emner er sat på programmet for KKR Midtjyllands møde den 17. april 2024?", date(2024, 4, 17)),
    ):
        parsed = parse_question(question, today=TODAY)
        assert (parsed.answer_type, parsed.meeting_from, parsed.terms) == ("plan", month, ()), question
    # a figure is no plan, and without a council a month stays the time of the fact asked about
    assert parse_question("hvor mange pladser skal KKR Midtjylland oprette i oktober 2025?", today=TODAY).answer_type == "number"
    assert parse_question("hvad skal kommunerne betale fra december 2025?", today=TODAY).meeting_from is None


def test_a_councils_month_ahead_is_answered_by_its_plan(sample_engine) -> None:
    for question, plan in (
        ("hvad skal rådet i Midtjylland tage stilling til i oktober 2025?", ("001", "6.1")),
        ("hvad kommer KKR Midt til at beskæftige sig med i april 2024?", ("004", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))
        assert answer.hits[0].answer is not None and answer.hits[0].answer.kind == "plan"


def test_a_meeting_no_plan_announces_is_answered_by_the_item_that_names_it(sample_engine) -> None:
    """No 6.1 plans KKR Midtjylland's November 2026 meeting, but June's item 3.3 says who comes to
    it: that item answers, showing the sentence that names the meeting, and no list as its plan."""
    answer = sample_engine.ask("Hvem kommer på besøg hos KKR Midtjylland i november 2026?", today=TODAY)
    assert answer.answered and where(answer)[0] == ("003", "3.3"), where(answer)
    assert "VIAs formand og rektor" in answer.hits[0].passages[0].text
    answer = sample_engine.ask("hvem kommer på KKR Midtjyllands møde i november 2026 og hvad skal de drøfte?", today=TODAY)
    assert where(answer)[0] == ("003", "3.3") and answer.hits[0].answer is None


def test_a_question_pointing_back_to_its_background_is_about_it(sample_engine) -> None:
    """'… Hvad skal KKR have på bordet om det i april 2024?': 'om det' is the background's topic,
    so the item on it comes before the plan of the April meeting."""
    answer = sample_engine.ask(
        "Jeg skriver om sygeplejersker, der nu må udføre opgaver, som før var forbeholdt læger. Hvad skal KKR "
        "Midtjylland have på bordet om det i april 2024?", today=TODAY)  # fmt: skip
    assert where(answer)[0] == ("004", "3.4"), where(answer)


def test_a_framing_sentence_does_not_outweigh_the_plan_of_the_meeting_asked_about(sample_engine) -> None:
    """The asker's framing names the topic of another item of that meeting; the question asks what
    the meeting had on its list: the item planning it answers (it lists that topic among others)."""
    answer = sample_engine.ask(
        "Jeg følger sygeplejerskernes nye opgaver. Hvilke punkter lå der efter planen til KKR Midtjyllands møde i "
        "april 2024?", today=TODAY)  # fmt: skip
    assert answer.answered and where(answer)[0] == ("004", "6.1"), where(answer)


def test_an_item_of_the_meeting_holding_more_of_an_unframed_question_comes_before_the_plan(sample_engine) -> None:
    """Asked which subjects a meeting's minutes record, with no framing sentence: the item of that
    meeting that reports them answers, not the item planning the next meeting."""
    answer = sample_engine.ask(
        "Hvilke emner tog man op med KLs formandskab ifølge referatet fra KKR Midtjyllands møde i juni 2026?",
        today=TODAY)  # fmt: skip
    assert answer.answered and where(answer)[0] == ("003", "2.1"), where(answer)


def test_meeting_after_a_time_names_the_next_one(sample_engine) -> None:
    """'… meet after the end of September 2021', 'mødes … efter': the next meeting after that time,
    which the September minutes' 6.1 announces (15 October 2021)."""
    parsed = parse_question("When does KKR Nordjylland meet after the end of September 2021?", today=TODAY)
    assert (parsed.intent, parsed.meeting_from) == ("next_meeting", date(2021, 10, 1))
    answer = sample_engine.ask("When does KKR Nordjylland meet after the end of September 2021?", today=TODAY)
    assert where(answer)[0] == ("002", "6.1") and answer.hits[0].answer.values == ("15. oktober 2021",)


def test_a_line_of_the_plan_of_the_meeting_after_a_time_answers_with_that_plan(sample_engine) -> None:
    """'Kommer X på dagsordenen … efter <time>?': the plan that announces the next meeting after it
    holds X among its lines; it answers before older items about X ('dagsordnen' as often typed)."""
    answer = sample_engine.ask("kommer valg og udpegninger på dagsordnen hos KKR Nordjylland efter 3. september 2021?",
                               today=TODAY)  # fmt: skip
    assert where(answer)[0] == ("002", "6.1"), where(answer)


def test_an_item_speaking_ahead_of_the_meeting_asked_shows_the_sentence_naming_it(sample_engine) -> None:
    """'Who comes to the November 2026 meeting to discuss recruitment?': June's 3.3 answers, and its
    sentence naming the November meeting is shown though another holds the topic word better; an
    item of a later meeting reporting back on the one asked gets no such sentence forced in."""
    answer = sample_engine.ask("who comes to KKR Midtjylland's November 2026 meeting to discuss recruitment?", today=TODAY)
    assert where(answer)[0] == ("003", "3.3"), where(answer)
    assert any("VIAs formand og rektor" in p.text for p in answer.hits[0].passages)


def test_a_meeting_asked_by_its_date_in_english_or_numbers_answers_with_its_plan(sample_engine) -> None:
    for question, plan in (
        ("What's on the agenda for 15 Oct 2021?", ("002", "6.1")),
        ("agenda KKR Midtjylland 17/04/2024", ("004", "6.1")),
        ("What will KKR North Jutland deal with on October 15th, 2021?", ("002", "6.1")),
        ("hvilke pkt er på til KKR Midt 20. okt 2025?", ("001", "6.1")),
        ("what's on the prelim list for KKR Nordjylland's October 2021 meeting?", ("002", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))


def test_a_day_without_its_year_is_the_meeting_the_index_knows_on_that_day(sample_engine) -> None:
    """Placed by today, 17 April is 2026, when no meeting is known; the index knows the one of 17
    April 2024 (a plan names it) and the stored one of 3 September 2021."""
    for question, plan in (
        ("Which items are planned for the meeting on 17 April?", ("004", "6.1")),
        ("What items will KKR Nordjylland take up on 15 October?", ("002", "6.1")),
        ("What was on the agenda for the meeting on 3 September?", ("002", "1.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))
    # a day no meeting was held or planned on, in any year: nothing is made up
    assert not sample_engine.ask("What is on the agenda for the meeting on 2 February?", today=TODAY).answered


def test_a_plan_asked_with_one_of_its_topics_answers_with_the_plan(sample_engine) -> None:
    """"What will the meeting take up, and is X on it?": the plan answers, though X has an item of its own."""
    for question, plan in (
        ("What will KKR Midtjylland take up at its meeting on the 20th of October 2025, and is the performance "
         "contract with Erhvervshus Midtjylland on it?", ("001", "6.1")),
        ("What is on the agenda for 17 April 2024 - is the loan pool for residential places among the items?", ("004", "6.1")),
        ("What does KKR Midtjylland plan for its autumn 2026 meeting, and will climate be on the list?", ("003", "6.1")),
        # the nurses' own item (of the meeting before, in time by its undated window) came first
        ("For a story on nurses: the April 2024 meeting of KKR Midtjylland — what was planned for it, and did nurses' "
         "reserved tasks feature?", ("004", "6.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == plan, (question, where(answer))
