"""An everyday question whose one word an item holds is a plain word that item uses in passing
(round 22, OFFTOPIC22).

"Hvornår får vi løn?", "Hvor ligger kontoret?", "Kan man cykle til mødet?": the only word of the
question the index knows is a short word of everyday Danish that some item writes in passing
("løn- og ansættelsesvilkår" in the pedagogue item, "kontorets arbejde" in the EU office's annual
report, "cykel" in the mobility item). Coverage reads that word as the whole question (1.0), and
the item answered. The documents name what they are about by compounds ("lægereform",
"herbergsområdet", "klimakonference"), names and acronyms ("Hovedlov", "CDEU", "epx"), or in an
item's title; a short word of one stem is their everyday vocabulary.

So a question whose one word the item holds is such a plain word (its index term at most
PLAIN_LETTERS letters, not in the item's title), and that names nothing else of the documents'
world (no council, year, meeting time, named thing, KKR or KL, no intent of a meeting or a decision), asks
about everyday life: refused, the item kept as the nearest ("punktet nævner kun løn i forbifarten").
Read by asked.missing_asked, so it holds for the answered and the uncertain outcome alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.lazy_patterns import lazy
from index.model import Note
from index.question.parse import ParsedQuestion
from index.search.best_passage import title_terms
from index.search.rank import ALTERNATIVE_CREDIT, Concept, Ranked

PLAIN_LETTERS = 6  # "løn", "kontor", "cykel", "bil": a topic of the documents is a longer word
_BODIES = lazy(r"\b(?:kkr|kl)\b", re.IGNORECASE)  # the documents' own bodies: "hvad siger KKR om løn?" asks of them


def in_passing(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Note | None:
    """note_in_passing with the plain word, when the question names nothing of the documents' world
    and its one word the item holds is a plain word outside the item's title; else None."""
    if parsed.councils or parsed.years or parsed.meeting_from or parsed.meeting_to or parsed.named or _BODIES.search(parsed.text):
        return None
    if parsed.intent != "general" or r.planned:
        return None
    held = [c for c in concepts if not c.expansion and c.evidence(r.stems) >= ALTERNATIVE_CREDIT]
    if len(held) != 1:
        return None
    word = held[0]
    term = word.whole or "".join(word.parts)
    if len(term.replace("-", "")) > PLAIN_LETTERS or word.evidence(title_terms(r.item.title)):
        return None
    return Note("note_in_passing", {"what": word.word})
