"""The gate, round 11: a change of a body's membership asked in other words than the item's
(index/search/membership.py), a party by its name (absent.py), and the kind of person asked for
(index/search/asked_kind.py). Each question here was refused on the sample with the right item first."""

from __future__ import annotations

from index.question.parse import parse_question
from index.search.membership import membership_renderings
from index.search.rank import concepts_of
from tests.support.sample import TODAY, source_items


def concepts(engine, question: str):
    snapshot = engine._snapshot
    parsed = parse_question(question, vocabulary=snapshot.vocabulary(), acronyms=snapshot.acronyms(), today=TODAY)
    return {c.word: c for c in membership_renderings(concepts_of(snapshot, parsed))}


def test_one_word_for_a_seat_changing_hands_has_the_documents_words_for_it(sample_engine) -> None:
    read = concepts(sample_engine, "Hvem afløste medlemmet fra Rebild, der forlod KKR Nordjylland?")
    renderings = {whole for whole, _ in read["afløste"].alternatives}
    assert {"udpeg", "udpegning"} <= renderings
    # one change asked: the other word of it keeps its own reading; a word of the topic is untouched
    assert not read["forlod"].alternatives
    assert not {whole for whole, _ in read["rebild"].alternatives} & renderings


def test_a_member_replaced_in_other_words_is_possibly_the_appointment(sample_engine) -> None:
    replaced = sample_engine.ask("Hvem afløste medlemmet fra Rebild, der forlod KKR Nordjylland i 2021?", today=TODAY)
    assert replaced.answered and replaced.uncertain and source_items(replaced)[0] == ("002", "4.1")
    assert "Jesper Greth" in (replaced.hits[0].item.recommendation or "")
    nominated = sample_engine.ask("Efter to afgange i RAR Østjylland: hvem har KKR Midtjylland indstillet, og hvem træffer "
                                  "den endelige beslutning?", today=TODAY)  # fmt: skip
    assert nominated.answered and source_items(nominated)[0] == ("004", "4.1")


def test_a_party_by_its_name_is_no_body_the_documents_lack(sample_engine) -> None:
    # the documents write "Jeppe Ugilt Hansen (V)", never "Venstre"
    party = sample_engine.ask("Hvem tog over, da en Venstre-politiker fra Rebild trak sig fra KKR Nordjylland i 2021?", today=TODAY)
    assert party.answered and source_items(party)[0] == ("002", "4.1")
    assert "note_nothing_for" not in {n.key for n in party.notes}


def test_which_people_asked_is_answered_by_the_item_naming_them(sample_engine) -> None:
    leaving = sample_engine.ask("Which two municipal politicians said in early 2024 that they could no longer sit for the "
                                "municipalities on RAR Østjylland?", today=TODAY)  # fmt: skip
    assert leaving.answered and source_items(leaving)[0] == ("004", "4.1")


def test_a_role_or_a_board_the_documents_do_not_fill_is_still_refused(sample_engine) -> None:
    # a substitute named nowhere; a board whose members no item lists
    assert not sample_engine.ask("Hvem er udnævnt som ny suppleant i Sundhedssamarbejdsudvalget?", today=TODAY).answered
    assert not sample_engine.ask("Hvilke politikere sidder i bestyrelsen for Erhvervshus Midtjylland?", today=TODAY).answered
    assert not sample_engine.ask("Who replaced the director of Erhvervshus Midtjylland?", today=TODAY).answered
