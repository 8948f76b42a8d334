"""Members in prose (round 22, LISTS22): a list question is answered by the item's list block
that holds question words, and a sentence enumerating things ("X, Y og Z") counted as of the
kind asked only in items with no such block (round 16). But an item's block may hold one weak
word of the question while the answer is a sentence naming the asked thing and its members in
running text: "Flere megatrends, så som fortsat urbanisering, klimaforandringer, … og nye
teknologiske løsninger, forventes at påvirke …" for "hvilke megatrends …", beside a list of
dilemmas holding "transport"; "Sundhedsreformen … indebærer en omorganisering …: Der er etableret
en ny regionsstruktur og oprettet 17 sundhedsråd, …" beside a list of the reform's money. Here an
enumerating sentence keeps the asked kind when it holds as much of the question as the best list
block does; the others lose it as before."""

from __future__ import annotations

from index.search.figure import names
from index.search.lead_ins import passage_names_listed
from index.search.units import Unit

__all__ = ["sentences_listing"]


def sentences_listing(units: list[Unit], listed: tuple[str, ...]) -> None:
    """For a list question (the caller asks only then): when a list block holds question words,
    a sentence is of the kind asked only if it enumerates (its `typed`), names the head of what
    the question asks to be listed (`listed`'s first: "megatrends") while no such block names it, and holds at least the
    best block's share of the question (its score); with no such block, every enumerating
    sentence is, as before."""
    lists = [u for u in units if u.passage.kind == "list" and u.score > 0]
    if not lists:
        return
    best = max(u.score for u in lists)
    named = bool(listed) and not any(passage_names_listed(u.passage, listed) for u in lists)
    for u in units:
        if u.passage.kind == "sentence" and u.typed and not (named and u.score >= best and names(u.passage.text, listed[:1])):
            u.typed = False
