"""A date, deadline, person or price the item does not give (index/search/asked.py): the question
asks for one of these of an item on a nearby topic that never gives it beside the question's
words ("hvornår er fristen for at søge om besøg af SOSU-rejseholdet" of the item setting up the
travelling team). Not answered, the item kept as the nearest with a note; a time written
"i løbet af efteråret", "ultimo 2025" or "første kvartal 2024", a person in a list of members,
or a role answering "who" are still answered."""

from __future__ import annotations

import pytest

from bot.render.answers import answer_reply
from bot.render.plain_text import blocks_to_text
from index.search.asked import _GIVES
from tests.support.sample import TODAY

NOT_GIVEN = ("note_no_deadline", "note_no_date", "note_no_person", "note_no_price")


def where(answer) -> tuple[str, str]:
    return answer.hits[0].item.source.rsplit("/", 1)[-1][:3], answer.hits[0].item.item_number


def test_a_deadline_the_item_never_sets_is_not_answered(sample_engine) -> None:
    # The SOSU item sets up a travelling team ("SOSU-rejsehold"): no deadline for anything in it.
    answer = sample_engine.ask("Hvornår er fristen for at søge om besøg af SOSU-rejseholdet?", today=TODAY)
    assert not answer.answered and where(answer) == ("003", "3.4")
    assert [n.key for n in answer.notes if n.key in NOT_GIVEN] == ["note_no_deadline"]
    assert answer.hits[0].answer is None and not any(n.key == "note_nearest" for n in answer.notes)  # the item kept, its line shown
    assert "punktet nævner ingen frist for det" in blocks_to_text(answer_reply(answer).blocks)


def test_a_role_the_item_names_no_one_for_is_not_answered(sample_engine) -> None:
    # The business hub's contract item speaks of its board ("Erhvervshusets bestyrelse"), names no chair.
    answer = sample_engine.ask("Who chairs the board of Erhvervshus Midtjylland?", today=TODAY)
    assert not answer.answered and any(n.key == "note_no_person" for n in answer.notes)
    assert "the item names no one for this" in blocks_to_text(answer_reply(answer).blocks)
    # A name elsewhere in the item (Jesper Kaas Schmidt, Per Okkels) is not beside the body asked about.
    director = sample_engine.ask("Who is the director of Digital Sundhed Danmark?", today=TODAY)
    assert not director.answered and any(n.key == "note_no_person" for n in director.notes)


def test_a_member_of_a_chairmanship_is_not_its_chair(sample_engine) -> None:
    # The RAR item names Hüseyin Arac "Medlem af RAR Østjylland og RAR Østjyllands formandskab": a member of
    # the chairmanship, no chair; a role asked after "valgt som" is read too.
    chair = sample_engine.ask("Hvem blev valgt som ny formand for RAR Østjylland i 2024?", today=TODAY)
    assert not chair.answered and any(n.key == "note_no_person" for n in chair.notes)
    assert where(chair) == ("004", "4.1")
    # Asking for the chairmanship itself, that line answers.
    board = sample_engine.ask("Hvem fra RAR Østjyllands formandskab kan ikke længere repræsentere kommunerne?", today=TODAY)
    assert board.answered and where(board) == ("004", "4.1")


def test_where_a_figure_ended_of_a_year_the_items_do_not_give_is_not_answered(sample_engine) -> None:
    # "end up at" asks a figure; the pedagogue dimensioning item gives 2024/2025's, the 2026 education item none.
    answer = sample_engine.ask("what did the pedagogy programme's intake end up at for 2026?", today=TODAY)
    assert not answer.answered and any(n.key == "note_nothing_for" and n.values["what"] == "2026" for n in answer.notes)


def test_a_name_beside_another_role_does_not_answer_for_the_role_asked(sample_engine) -> None:
    # The EU office's annual report names its chairman ("bestyrelsesformand Christian Budde"), no director.
    director = sample_engine.ask("Hvem er direktør for Central Denmark EU Office?", today=TODAY)
    assert not director.answered and any(n.key == "note_no_person" for n in director.notes)
    chair = sample_engine.ask("Who chairs the board of the Central Denmark EU Office?", today=TODAY)
    assert chair.answered and where(chair) == ("003", "3.1")


def test_a_price_of_taking_part_the_item_never_gives_is_not_answered(sample_engine) -> None:
    answer = sample_engine.ask("Hvad koster det at deltage i ungekonferencen den 4. marts 2024?", today=TODAY)
    assert not answer.answered and any(n.key == "note_no_price" for n in answer.notes)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("Hvornår forventes Lovpakke 2 fremsat i Folketinget?", ("001", "3.1")),  # "i løbet af efteråret"
        ("Hvornår skal KL's kommunale beslutningsoplæg om de nye it-enheder ligge klar?", ("001", "3.4")),  # "ultimo 2025"
        ("Hvornår holder KL regionale møder om sygeplejerskernes nye opgaver?", ("004", "3.4")),  # "første kvartal 2024"
        ("What is the expected application deadline for the loan pools for 2025 and 2026?", ("004", "3.5")),  # "ansøgningsfrist primo maj 2024"
        ("Hvem fra RAR Østjyllands formandskab kan ikke længere repræsentere kommunerne?", ("004", "4.1")),  # a list of members
        ("Who chairs SKF Midtjylland?", ("003", "3.6")),  # "Borgmester Lone Jakobi, formand for SKF Midtjylland"
        ("who is coming to the KKR Midtjylland meeting in november 2026 to talk about recruitment?", ("003", "3.3")),  # a role
        # a body named after the asking words ("ministeriet") is no role asked: "formandskabet bemyndiges" answers
        ("Hvem bemyndiges til at justere resultatkontrakten med erhvervshuset, når rammeaftalen med ministeriet foreligger?",
         ("004", "3.8")),
    ],
)
def test_dates_persons_and_deadlines_written_otherwise_are_still_answered(sample_engine, question, item) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and where(answer) == item, question
    assert not any(n.key in NOT_GIVEN for n in answer.notes), question


@pytest.mark.parametrize(
    "text",
    ["ultimo september", "i løbet af efteråret", "Q3 2025", "i første kvartal 2024", "sommeren 2024",
     "i begyndelsen af maj 2024", "primo 2027", "ved årsskiftet", "den 10. september 2026", "3. kvartal"],
)  # fmt: skip
def test_a_time_is_read_as_the_documents_write_it(text) -> None:
    assert _GIVES["date"](text), text


def test_a_deadline_needs_a_word_that_sets_one() -> None:
    assert _GIVES["deadline"]("Det skal ske inden den 10. september 2026.")
    assert _GIVES["deadline"]("med en ansøgningsfrist primo maj 2024")
    assert not _GIVES["deadline"]("Rejseholdet skal med besøg på SOSU-skolerne gøre status i 2027.")
