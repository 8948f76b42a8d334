"""A list question answered by a sentence that names what is asked right before enumerating it
(index.search.lead_ins.names_enumerated): "which roles …" by "Man kan skelne mellem roller som
kriger, repræsentant og idepromotor", not by a sentence with a name and an "og" in it."""

from __future__ import annotations

from index.analysis import word_stems
from index.search.lead_ins import names_enumerated
from tests.support.sample import TODAY


def test_a_sentence_names_the_things_before_listing_them() -> None:
    roles = tuple(word_stems("roller"))
    assert names_enumerated("Man kan skelne mellem roller som kriger, repræsentant og idepromotor.", roles)
    assert names_enumerated("Det gælder opgaver, fx sonder, kanyler og katetre.", tuple(word_stems("opgaver")))
    # a comma after a place and an "og" later: no enumeration of roles
    assert not names_enumerated(
        "I den anledning giver professor ved SDU, Ulrik Kjær nogle perspektiver på kommunestyret og på rollen som kommunalpolitiker.", roles
    )
    # the things enumerated, but not named by the word asked
    assert not names_enumerated("Man kan skelne mellem roller som kriger, repræsentant og idepromotor.", tuple(word_stems("opgaver")))
    assert not names_enumerated("Man kan skelne mellem roller som kriger, repræsentant og idepromotor.", ())


def test_the_enumeration_is_shown_for_which_roles(sample_engine) -> None:
    question = "Which roles for local councillors did Ulrik Kjær describe?"
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "5.1"
    shown = " ".join(" ".join(p.text.split()) for p in hit.passages)
    assert "roller som kriger, repræsentant og idepromotor" in shown
