"""Does an item hold a value of the asked kind beside the question's words: the rerank's
asked-kind signal (issue 10 point 2: "prefer passages that hold a value of that type near the
question's words"; round 14, ORDER).

Why: who, when and how-many questions often match two neighbouring items about equally well: the
same meeting's items share its words ("udpegning", "valgperiode", "sundhedsreform"), and an
item that only talks about the topic ranks beside the one that names the person or the date.
"Hvem blev udpeget til KKR Nordjylland?" found the council's evaluation (it speaks of "de
KKR-udpegede") before the appointment item naming "Jesper Greth (V)"; "hvornår skal de nye
it-serviceorganisationer senest være oppe at køre?" found the education item's "senest" before
the IT item's "senest den 1. januar 2027". The item whose passage holding the question's words
also holds a name (who), a date (when) or a number (how many) is the one that answers.

`kind_share` is the share of the question's weight (IDF, as `best_passage.best_passage_share`
reads it) that the item's best window of one to three sentences holds *with* a value of the
asked kind inside that window; 0 when no such window holds any question word. The rerank
multiplies an item's score by KIND_FLOOR + that share, for the few items it reads whole (so an
item with the value beside all the question's words weighs up to three times one with none).
Only names and dates: a number is in nearly every item of these documents (years, case numbers,
table rows), and weighing it moved no hit to first place and cost hit@3 (docs/search.md).

A figure's change asked (round 15, TWOFIGS: "from what to what does the new agreement raise the
places", "were the places cut?", "steg bidraget?") is a kind of its own: a sentence saying how a
figure changed (index.search.changes: "øges antallet af lærepladser fra 9.000 til 11.000", "75
pladser i stedet for 150 pladser"), rarer than a number. Two SOSU items of two agreements matched
"the new tripartite agreement … SOSU training places" about equally; the one whose sentence with
those words says the change answers. Not when two years are named: "did Zealand's helpers go up or
down between 2025 and 2026" is answered by the table giving both years (table_years.py), which
states no change in words.

A why (round 18, FIRST18) weighs the item whose window holding the question's words gives a reason
in words that say so (index.search.reason_words, reason_phrases): "why do North and Central Jutland
do better with the special places" found the IT units' item (it shares "units", "directors") before
the evaluation that says "Dette tilskrives blandt andet, at …". A why of a figure going up ("why
would the municipalities have to pay more into their Brussels office", asks_change's words or
`_MORE_PAID`) wants the window that gives a reason *and* states the change ("er der behov for at
øge bidraget til CDEU med 2,6 mio. kr. Baggrunden er, at …"): the EU office's annual report, with
a reason of its own near "CDEU", came first.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.lazy_patterns import lazy
from index.model import AgendaItem
from index.question.answer_type import asks_yes_no
from index.question.parse import ParsedQuestion
from index.search.best_passage import relevant_stems, title_terms
from index.search.changes import asks_change, asks_figure_change, states_change
from index.search.date_kinds import asked_date_kind, of_kind
from index.search.excerpt import MAX_CHARS, MAX_SENTENCES, section_units
from index.search.payment_asked import asks_payment, states_payment
from index.search.reason_phrases import phrase_reasons
from index.search.reason_words import gives_reason
from index.search.values import values_in
from index.question.years_asked import years_asked

if TYPE_CHECKING:
    from index.search.rank import Concept

MARKED_WEIGHT = 3.0  # a date its words mark as of the kind asked weighs this many times any date (kind_factor)
KIND_FLOOR = 0.5  # score × (this + the share of the question held beside a value of the asked kind)
# The asked answer types whose values the documents write in a form a pattern knows (values.py).
VALUE_OF: dict[str, str] = {"person": "person", "date": "date", "change": "change", "reason": "reason", "reason+change": "reason+change",
                            "payment": "payment"}
# A why of a payment or figure going up, asked in plain words ("why would the municipalities have to pay
# more into their Brussels office", "put more money into", "betale mere", "flere penge"): the words
# asks_change reads ("rise", "øges") or these.
_MORE_PAID = lazy(
    r"\b(?:pay|paying|paid|put|putting|spend|spending|find|finding|give|giving|contribute|contributing)\s+(?:\w+\s+){0,2}?more\b"
    r"|\bmore\s+(?:money|funding|funds)\b|\bextra\s+(?:money|funding|funds|kroner)\b"
    r"|\b(?:betale|betaler|give|giver|finde|finder|bidrage|bidrager|skyde|skyder)\s+(?:\w+\s+){0,2}?mere\b"
    r"|\bflere\s+(?:penge|midler)\b|\bekstra\s+(?:penge|midler|bidrag|finansiering)\b",
    re.IGNORECASE,
)


def kind_asked(parsed: ParsedQuestion) -> str:
    """The kind the rerank looks for beside the question's words: "change" for a figure, comparison
    or yes/no asking whether (or how) a figure changed; else the question's answer type."""
    if asks_figure_change(parsed.text, parsed.answer_type, asks_yes_no(parsed.text)) and len(years_asked(parsed.text)) < 2:
        return "change"  # (a change between two years named is those years' figures: a table's, table_years.py)
    if parsed.answer_type == "reason" and (asks_change(parsed.text) or _MORE_PAID.search(parsed.text)):
        return "reason+change"  # why it went up: the window that gives a reason and states the change (round 18)
    if parsed.answer_type == "number" and asks_payment(parsed.text):
        return "payment"  # an amount paid, contributed or funded: payment_asked.py (round 19)
    marked = asked_date_kind(parsed.text) if parsed.answer_type == "date" else None
    return f"date:{marked}" if marked else parsed.answer_type  # "when does the reform take effect": "date:start"


def _holds(text: str, kind: str) -> bool:
    if kind.startswith("date:"):  # a date its words mark as of the kind asked ("træder i kraft den 1. januar 2027")
        return bool(of_kind(text, values_in(text, "date"), kind[5:]))
    if kind == "reason":  # a why: a sentence giving a reason in words that say so (round 18)
        return gives_reason(text) or bool(phrase_reasons(text))
    if kind == "payment":  # a word of paying with an amount in kroner (round 19)
        return states_payment(text)
    return states_change(text) if kind == "change" else bool(values_in(text, kind))


@lru_cache(maxsize=8192)
def _typed(text: str, parts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Which of the kinds `parts` each sentence of a section (`section_units`) holds: the same for
    every question of that kind, so read once per section and kind, not per question."""
    return tuple(frozenset(p for p in parts if _holds(text[a:b], p)) for a, b in section_units(text)[0])


def kind_share(item: AgendaItem, concepts: Sequence[Concept], answer_type: str, background: Collection[str] = ()) -> float:
    """The share of the question's weight that one window of the item holds together with a value
    of the kind `answer_type` asks (a name, a date); 0.0 when the type has no such value, or when
    none of the question's words is known to the index."""
    kind = answer_type if answer_type.startswith("date:") else VALUE_OF.get(answer_type)
    own = [c for c in concepts if not c.expansion and c.df]
    if kind is None or not own:
        return 0.0
    weight = {c.word: c.weight_given(background) for c in own}
    total = sum(weight.values())
    relevant = relevant_stems(own)  # another rendering counts in part, as in best_passage
    title = title_terms(item.title) & relevant
    parts = tuple(kind.split("+"))  # "reason+change": both in one window
    best = 0.0
    for section in item.sections:
        units, terms = section_units(section.text)
        typed = _typed(section.text, parts)
        for i in range(len(units)):
            found: frozenset[str] = title
            has: frozenset[str] = frozenset()
            for j in range(i, min(i + MAX_SENTENCES, len(units))):
                if j > i and units[j][1] - units[i][0] > MAX_CHARS:
                    break
                found |= terms[j] & relevant
                has |= typed[j]
                if len(has) == len(parts) and found:
                    held = sum(weight[c.word] * c.credit(found) for c in own)
                    best = max(best, held / total if total else 0.0)
    return best


def kind_factor(item: AgendaItem, concepts: Sequence[Concept], answer_type: str, background: Collection[str] = ()) -> float:
    """The rerank's multiplier: KIND_FLOOR + `kind_share` (1.0 for a type without values); a date
    of a kind asked ("date:start") adds the share held beside a date of that kind to any date's."""
    if answer_type.startswith("date:"):
        return KIND_FLOOR + kind_share(item, concepts, "date", background) + MARKED_WEIGHT * kind_share(item, concepts, answer_type, background)
    if answer_type not in VALUE_OF:
        return 1.0
    return KIND_FLOOR + kind_share(item, concepts, answer_type, background)
