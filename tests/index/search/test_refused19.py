"""Round 19, REFUSED19: answerable questions refused while their right item was first, read by the
kind of wording (index/question/clipped_years.py: a two-digit year after a preposition ending the
clause; asking_idioms.py: verbs and idioms of presenting, being in operation and talking that frame
the asking; per_person.py: an amount per person asked as "pr. borger"; text.py: a region's short name glued to
its municipalities, "midt-kommunerne"; meaning_classes.toml's
[propose] and [appoint]: a verb form or noun of proposing or appointing the documents write otherwise)."""

from __future__ import annotations

import pytest

from index.question.asking_idioms import asking_idiom_spans
from index.question.parse import parse_question
from index.question.per_person import per_inhabitant
from tests.support.sample import ask_checked


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("hvad blev regionskvoten for flygtninge for 27?", (2027,)),
        ("hvor mange skal hver kommune tage i 27?", (2027,)),
        ("what is the quota for 27, and who decides it?", (2027,)),
        ("er tallet ændret fra 25 til 26?", (2025, 2026)),
        ("hvem står på udpegningslisten for 26-30?", (2026, 2027, 2028, 2029, 2030)),
        # a count or an amount is followed by what it counts; a day by its month
        ("hvor mange flygtninge fordeles i 27 kommuner?", ()),
        ("skal projektet koste fra 15 til 20 mio. kr.?", ()),
        ("hvad skete der den 27. juni?", ()),
    ],
)
def test_a_two_digit_year_ending_the_clause_after_a_preposition_is_a_year(question: str, years: tuple[int, ...]) -> None:
    assert tuple(parse_question(question).years) == years


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        ("hvornår skal enhederne senest være oppe at køre?", ["oppe at køre"]),
        ("when are the units up and running?", ["up and running"]),
        ("hvornår kommer finansieringen på plads?", ["på plads"]),
        ("hvad kom der ud af snakken om udvalget, da de snakkede om det?", ["snakken", "snakkede"]),
        ("aftalen, som blev lagt frem for rådet", ["lagt frem"]),
        ("hvilket forslag blev vedtaget?", []),  # the noun names a proposal
        ("hvor mange pladser er der?", []),
    ],
)
def test_verbs_and_idioms_that_frame_the_asking_are_read(text: str, framing: list[str]) -> None:
    assert [text[a:b] for a, b in asking_idiom_spans(text)] == framing


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Hvor mange kroner pr. borger?", "Hvor mange kroner pr. indbygger?"),
        ("beløbet per kommuneborger", "beløbet pr. indbygger"),
        ("hvad betales pr hoved", "hvad betales pr. indbygger"),
        ("how much per head?", "how much per inhabitant?"),
        ("taksten pr. person", "taksten pr. person"),  # a rate per person of a place is another amount
        ("borgere med autisme", "borgere med autisme"),
    ],
)
def test_a_per_person_amount_is_read_as_the_documents_write_it(text: str, read: str) -> None:
    assert per_inhabitant(text) == read


@pytest.mark.parametrize(
    ("question", "answered", "first"),
    [
        # each refused on main with its item first and kept
        ("Hvornår skal kommunernes nye it-serviceorganisationer senest være oppe at køre?", True, ("001", "3.4")),
        ("Hvad landede KKR Midtjylland på om kommunekvoterne for 27?", True, ("003", "3.5")),
        ("Hvor mange kroner pr. borger blev det regionale udviklingsbidrag i Midtjylland sat til for 2026?", True, ("001", "2.1")),
        ("Hvad kom der ud af snakken om uddannelsesudvalget på mødet i september 2025?", True, ("001", "5.1")),
        ("Hvem har den endelige udnævnelse af de nye RAR-medlemmer?", True, ("004", "4.1")),
        ("hvor mange pladser foreslår vi til pæd-udd. 24/25?", True, ("004", "3.7")),
        ("Hvad snakkede KKR-formandskaberne og KL om på mødet i maj 2026?", True, ("003", "2.1")),  # 3.1 first on main
        ("hvad er fristen, hvis midt-kommunerne selv vil fordele flygtningene for 2027 imellem sig?", True, ("003", "3.5")),
        # the same shapes of what no document gives stay refused
        ("hvornår er fristen hvis nord-kommunerne selv vil aftale hvor de nye flygtninge i 2027 skal bo?", False, None),
        ("Hvornår skal den fælles kommunale lønadministration senest være oppe at køre?", False, None),
        ("Hvad landede KKR Midtjylland på om kommunekvoterne for 29?", False, None),
        ("Hvor mange kroner pr. borger blev det regionale udviklingsbidrag i Midtjylland sat til for 2031?", False, None),
    ],
)
def test_answerable_questions_in_other_wordings_are_answered_by_their_item(
    sample_engine, question: str, answered: bool, first: tuple[str, str] | None
) -> None:
    ask_checked(sample_engine, question, answered, first)
