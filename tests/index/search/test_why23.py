"""A why answered by the passage giving the reason asked (round 23, WHY23). The engine questions
here are in no committed set; each fails on the code before its step."""

from __future__ import annotations

import pytest

from index.question.answer_type import answer_type
from index.model import Passage
from index.question.why_words import asks_reason, why_word_spans
from index.search.tied_reason import tied
from index.search.units import Unit, window_of
from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


@pytest.mark.parametrize("question, asks", [
    # a cause asked in other words
    ("Its funding is being raised by 1.0 million kroner — what drove that?", True),
    ("KKR Midtjylland is nominating new members to RAR Østjylland. What's behind that?", True),
    ("Region Midtjylland will lack 250 places. What lies behind that?", True),
    ("What triggered the commission?", True),
    ("What's the rationale?", True),
    ("Hvad ligger der bag Sundhedsstrukturkommissionen?", True),
    ("Hvad var grunden?", True),
    ("Hvad fik KKR Nordjylland til at evaluere sit arbejde?", True),
    # a purpose asked in other words
    ("What is that money meant to achieve?", True),
    ("What are they hoping to achieve with the forum?", True),
    ("Hvad skal workshoppen gøre godt for?", True),
    ("Hvad er tanken bag lånepuljen?", True),
    ("Hvad vil man opnå med puljen?", True),
    # not a reason: a party behind a deal, a body running a forum, a task
    ("Who is behind the new SOSU agreement?", False),
    ("Who will drive the inspiration forum?", False),
    ("Hvem skal drive forummet?", False),
    ("What is the new committee supposed to do?", False),
])
def test_a_reason_or_purpose_asked_in_other_words(question: str, asks: bool) -> None:
    assert asks_reason(question) is asks
    assert (answer_type(question) == "reason") is asks


def test_the_words_asking_a_reason_name_no_topic() -> None:
    text = "hvad ligger der bag sundhedsstrukturkommissionen?"
    assert [text[a:b] for a, b in why_word_spans(text)] == ["hvad ligger der bag"]
    text = "what is that money meant to achieve?"
    assert [text[a:b] for a, b in why_word_spans(text)] == ["meant to achieve"]


@pytest.mark.parametrize("question, source, item, fact", [
    # before: typed "none" (or a list), the status list of the SOSU agreements shown without its purpose line
    ("The SOSU places agreement sets aside 23.1 million a year for training guidance. What is that money meant to achieve?",
     "001", "3.2", "For at styrke kvalitet og nedbringe frafald"),
    # before: "ligger" and "bag" weighed as the question's rarest words, and the item was refused
    ("Hvad ligger der bag Sundhedsstrukturkommissionen?", "004", "3.3", "Baggrunden for kommissionen er bl.a. den demografiske udvikling"),
])
def test_a_reason_asked_in_other_words_shows_it(sample_engine, question: str, source: str, item: str, fact: str) -> None:
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered
    hit = answer.hits[0]
    assert hit.item.source.startswith(source) and hit.item.item_number == item
    assert fact in _shown(hit)


def _unit(text: str, words: tuple[str, ...], kind: str = "sentence") -> Unit:
    """A passage of `text` whose matched question words are `words` (each at its first place)."""
    matched = [(text.index(w), text.index(w) + len(w)) for w in words]
    passage = Passage(text, "Sagsfremstilling", 1, kind, 0, 0, len(text))  # type: ignore[arg-type]
    return Unit(0, passage, 1.0, {}, frozenset(), matched, [], True, [1.0] * len(matched))


# real passages of the sample corpus (001 3.3), with the words "Why does the climate secretariat's budget
# have to go up by 1 million?" matches in them
_MODELS = ("Der har været drøftet tre overordnede modeller for et projektsamarbejde:\n"
           "- En model med budget på 4,0 mio. kr. der kan arbejde med projektmodning inden for flere fagområder (klima, landdistrikter, kultur mv.)\n"
           "- En model med budget på 2,0 mio. kr., der forankres som en del af det fælles klimasekretariat og hvor projektarbejdet fokuseres alene på klimaområdet\n"
           "- En model hvor drøftelserne videreføres i 2026 med henblik på at tage beslutning om model for projektsamarbejde på et senere tidspunkt")
_RAISE = ("For at klimasekretariatet fortsat kan understøtte kommunernes arbejde med revision af klimaplaner som hidtil, "
          "er der, som følge af regionens udtræden af samarbejdet, behov for at øge finansieringen til klimasekretariatet med 1,0 mio. kr.")


@pytest.mark.parametrize("unit, is_tied", [
    (_unit(_MODELS, ("budget", "mio", "klimasekretariat")), False),  # "med henblik på" in a line of none of the words
    (_unit(_RAISE, ("klimasekretariatet", "mio")), True),  # "For at", "som følge af" beside "klimasekretariatet"
    (_unit("Det ændrede risiko- og trusselsbillede aktualiserer således behovet. Derfor drøftes beredskab i alle fem KKR.", ("beredskab",)), True),
    (_unit("Der er ingen afklaring. Sagen drøftes derfor igen i juni. Beredskabet er kommunalt.", ("Beredskabet",)), False),
])
def test_a_reason_is_tied_where_it_shares_a_sentence_or_line_with_a_question_word(unit: Unit, is_tied: bool) -> None:
    assert tied(window_of([unit])) is is_tied


def test_a_why_shows_first_the_reason_given_beside_its_words(sample_engine) -> None:
    # before: the list of three project models first (its "med henblik på" of another matter), the reason nowhere
    hit = sample_engine.ask("Why does the climate secretariat's budget have to go up by 1 million?", today=TODAY).hits[0]
    assert hit.item.source.startswith("001") and hit.item.item_number == "3.3"
    assert "som følge af regionens udtræden af samarbejdet" in " ".join(hit.passages[0].text.split())
