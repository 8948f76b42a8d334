"""The gate's reading of English words nobody could read: neither the index nor the glossary
knows them, and no Danish rendering or cognate was found ("Which two mediators were appointed
…", "What was KD-Net asked to prepare …", "… what did it say about geography?").

Such a word weighs in the coverage as a word the item lacks (rank.UNKNOWN_WEIGHT), which is
right when it is the thing asked ("sick days", "stadium"), and wrong when it is the asker's
paraphrase of what the item says in its own words: every item lacks it alike, so it cannot tell
the right item from another. Here it is a weak word: not required, when every word of the
question that the index does know is in the item, full or as another rendering, at least two of
them, two of them meet in one passage of a few sentences (the title counting in every one), and
they weigh more than the words nobody could read. What the question names and the index knows is
then in the item; only the asker's own words are missing, and the item answers, marked uncertain
("Måske").

Not for a count ("how many drones / warning sirens have the municipalities bought"): the word
nobody could read is then the thing counted, what is asked, and an item on the topic without it
gives no such number. Nor when the unread words outweigh the known ones ("the municipal football
league budget": "budget" alone is no topic of it). Nor when the question points back to a framing
that holds an unread word ("I'm doing a story on hospital parking. Which tasks do the
municipalities take on jointly there?": the framing's thing is what "there" asks about). For a question asking what was decided on a
thing, the known words meet in the item's proposal or decision, as the gate reads such a question
elsewhere ("did the council decide anything on the opening hours of municipal libraries": "hours"
and "municipal" in a background paragraph of an item on something else decide nothing).

A count whose counted words are all such words ("how many <sick days> did the trainees take") asks
a figure no item gives: figure.py refuses it (`_unread_counted`, reading `unreadable`).

Only the gate reads this (answer.py's uncertain outcome); the search and its coverage are
unchanged, and the gate's checks of a year, a council, a body and the kind of value asked for
(absent.py, asked.py) still apply to the item it lets through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from index.question.answer_type import number_unit
from index.question.lexicon import points_back
from index.question.parse import ParsedQuestion
from index.question.places import place_of
from index.search.best_passage import title_terms
from index.search.decided import DECIDING_SECTIONS
from index.search.excerpt import densest_window
from index.search.rank import ALTERNATIVE_CREDIT, Concept, Ranked

MIN_KNOWN = 2  # the question's words the index knows, all held by the item: at least this many


def unreadable(c: Concept, parsed: ParsedQuestion) -> bool:
    """An English word of the question that neither the index nor the glossary knows, with no
    rendering, compound or cognate the index has."""
    return (not c.expansion and c.df == 0 and c.word in parsed.unknown and not c.parts and not c.alternatives
            and not c.tails)  # fmt: skip


def held_but_unreadable(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> bool:
    """Does the item hold every word of the question the index knows (MIN_KNOWN or more, two of
    them together in one passage, outweighing the unread ones), and lack only English words
    nobody could read? Never for a count (the unread word is then what is counted)."""
    own = [c for c in concepts if not c.expansion and place_of(c.word) is None]
    unknown = [c for c in own if unreadable(c, parsed)]
    known = [c for c in own if c not in unknown]
    if not unknown or len(known) < MIN_KNOWN or any(c.evidence(r.stems) < ALTERNATIVE_CREDIT for c in known):
        return False
    if points_back(parsed.text) and any(c.word in parsed.background for c in unknown):
        return False  # the framing the question points back to ("… there?") is what is asked, unread words and all
    if sum(c.weight for c in known) <= sum(c.weight_given(parsed.background) for c in unknown):
        return False
    if number_unit(parsed.text) == "count":
        return False
    relevant = frozenset(s for c in known for s in c.stems) | frozenset(
        s for c in known for whole, parts in c.alternatives for s in ((whole,) if whole else ()) + parts
    ) | frozenset(t for c in known for t in c.tails)
    title = title_terms(r.item.title) & relevant

    def held(stems: frozenset[str]) -> float:
        return float(sum(c.evidence(stems) >= ALTERNATIVE_CREDIT for c in known))

    item = r.item
    if parsed.intent == "decision":  # what was decided on X: X in the item's proposal or decision (as answer.py reads it)
        item = replace(item, sections=tuple(s for s in item.sections if s.heading in DECIDING_SECTIONS))
    return densest_window(item, held, relevant, title) >= MIN_KNOWN
