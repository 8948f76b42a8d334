"""Danish compounds the index never saw whole are read as their known parts
(index.search.compounds), and a question with one finds the item that has the parts."""

from __future__ import annotations

from index.question.parse import parse_question
from index.search.compounds import split_unknown
from index.search.rank import ALTERNATIVE_CREDIT, concepts_of
from tests.support.sample import TODAY

# index terms (stems) → document frequency, as a small index would have them
KNOWN = {"beredskab": 2, "punk": 5, "lokal": 4, "politik": 6, "bosted": 1, "plad": 9, "folkeskol": 3,
         "reform": 2, "form": 7, "stat": 3, "minist": 2, "handicap": 2, "kørsel": 1}


def known(term: str) -> int:
    return KNOWN.get(term, 0)


def test_a_compound_splits_into_its_longest_known_head_and_a_known_remainder() -> None:
    assert split_unknown("lokalpolitiker", known) == ("lokal", "politik")
    assert split_unknown("handicapkørsel", known) == ("handicap", "kørsel")
    # the linking -s- between the parts
    assert split_unknown("bostedspladser", known) == ("bosted", "plad")
    # the head is uninflected: "folkeskole" + "reformen", not "folkeskolere" + "formen"
    assert split_unknown("folkeskolereformen", known) == ("folkeskol", "reform")


def test_a_remainder_that_is_an_asking_word_leaves_the_head_as_the_topic() -> None:
    assert split_unknown("beredskabspunktet", known) == ("beredskab",)


def test_no_split_into_short_or_unknown_parts() -> None:
    assert split_unknown("statsminister", known) == ()  # "stat" is too short to name a topic
    assert split_unknown("vejvedligeholdelse", known) == ()
    assert split_unknown("lokal", known) == ()
    assert split_unknown("lokal2025politik", known) == ()


def test_a_question_with_an_unseen_compound_finds_the_item_with_its_parts(sample_engine) -> None:
    answer = sample_engine.ask("hvad sagde KKR Midtjylland om beredskabspunktet?", today=TODAY)
    assert answer.answered
    assert answer.hits[0].item.title.startswith("Samfundssikkerhed og beredskab")
    answer = sample_engine.ask("hvordan går det med handicapkørsel i flextrafik?", today=TODAY)
    assert answer.answered
    assert answer.hits[0].item.title == "Temarække i KKR - fremtidens kollektive mobilitet"


def test_a_split_word_alone_answers_only_where_its_parts_meet(sample_engine) -> None:
    # "statslige" and "minister" are in the index, never together as a topic
    assert not sample_engine.ask("hvad siger statsministeren?", today=TODAY).answered
    assert not sample_engine.ask("hvem er rigspolitichef?", today=TODAY).answered


def test_a_word_the_item_has_only_as_the_end_of_a_compound_is_evidence(sample_engine) -> None:
    """"reform" in "sundhedsreformen": a compound is a kind of its last word. The index lists the
    compounds ending with a word; the gate counts them (not the ranking's coverage)."""
    snapshot = sample_engine._snapshot
    assert "sundhedsreform" in set(snapshot.terms_with_suffix("title", "reform"))
    assert all(t.endswith("reform") for t in snapshot.terms_with_suffix("body", "reform"))
    answer = sample_engine.ask("How many health and care places will the region have to run after the reform, "
                               "and how many is it expected to be short?", today=TODAY)  # fmt: skip
    assert answer.answered and answer.hits[0].item.title.startswith("Status på implementering af sundhedsreformen")


def test_an_unseen_compound_has_the_index_compounds_of_its_last_part_as_kin(sample_engine) -> None:
    """"lokalpolitiker" is not in the index, "kommunalpolitiker" is: another kind of the same thing,
    partial evidence for the gate (Concept.evidence), not a match for the ranking (Concept.credit)."""
    snapshot = sample_engine._snapshot
    parsed = parse_question("hvem fortæller om rollen som lokalpolitiker?", vocabulary=snapshot.vocabulary(), today=TODAY)
    concept = next(c for c in concepts_of(snapshot, parsed) if c.word == "lokalpolitiker")
    assert concept.split and concept.parts == ("lokal", "politik") and "kommunalpolitik" in concept.tails
    assert not any(t.startswith("lokal") for t in concept.tails)
    stems = frozenset({"kommunalpolitik", "rolle"})
    assert concept.credit(stems) == 0 and concept.evidence(stems) == ALTERNATIVE_CREDIT


def test_an_unseen_compound_too_short_in_front_to_split_is_a_kind_of_its_known_end(sample_engine) -> None:
    """"selvevaluering": "selv" names no topic, so the word does not split; its end "evaluering" is an
    index word (the title "KKR evaluering"), evidence for the gate and as rare as that word is."""
    snapshot = sample_engine._snapshot
    question = "Hvad skete der med udkastet til anbefalinger fra KKR Nordjyllands selvevaluering?"
    parsed = parse_question(question, vocabulary=snapshot.vocabulary(), today=TODAY)
    concept = next(c for c in concepts_of(snapshot, parsed) if c.word == "selvevaluering")
    assert concept.df == 0 and not concept.parts and concept.tails[0] == "evaluering" and concept.rare
    answer = sample_engine.ask(question, today=TODAY)
    assert answer.answered and answer.hits[0].item.title == "KKR evaluering"
