"""A list question's listed thing asked as "which kinds of X" / "hvilke slags X" (figure.listed_stems
reads X), and a list whose every line opens with it ("– Borgere med …") names it, however its lead-in
does ("… følgende målgrupper:"): that list is shown first (lead_ins.members_named, lead_ins._names_listed;
round 14, SHOWS). For a refused question too: its nearest item shows the list, not the passage nearest
its other words. The questions are new phrasings, not those of any set."""

from __future__ import annotations

from pathlib import PurePath

from index.search.lead_ins import members_named
from tests.support.sample import TODAY

TARGETS = "– Borgere med svær/middelsvær grad af autisme"


def where(hit) -> tuple[str, str]:
    return PurePath(hit.item.source).name[:3], hit.item.item_number


def test_a_list_whose_lines_each_name_what_is_asked_names_it() -> None:
    text = "Der ønskes tilbud til følgende målgrupper:\n\n– Borgere med autisme\n– Borgere med komorbiditet"
    assert members_named(text, ("borg",))
    assert not members_named(text, ("medarbejd",))
    assert not members_named("Der ønskes tilbud til:\n\n– Borgere med autisme\n– Pladser til unge", ("borg",))  # not every line
    assert not members_named("Tilbud til:\n\n– Borgere med autisme", ("borg",))  # one line is not a list of them


def test_which_kinds_of_citizens_shows_the_list_of_target_groups(sample_engine) -> None:
    for question in ("hvilke slags borgere skulle de nye botilbudspladser i Midtjylland især rettes mod?",  # refused
                     "What types of citizens should the extra places in the municipal housing offers be aimed at?"):  # fmt: skip
        answer = sample_engine.ask(question, today=TODAY)
        assert where(answer.hits[0]) == ("004", "3.5"), question
        assert TARGETS in answer.hits[0].passages[0].text, question
