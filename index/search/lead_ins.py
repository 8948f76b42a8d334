"""The lists a question's best sentences lead into, and the sentences that lead into a list: a list
block is about what the sentence before it says ("… fokus på følgende områder:" after the sentence
naming the agreement), so a list question finds and shows the two together (index.search.shown)."""

from __future__ import annotations

import re
from functools import lru_cache

from index.lazy_patterns import lazy
from index.model import Passage
from index.search.contents import heading_like
from index.search.figure import names
from index.search.sentence_links import CARRIES_ON
from index.search.units import Asked, Unit, Window, enumerates

__all__ = ["LEAD_IN_TAIL", "LIST_REACH", "enumerations_led_in", "leads_into", "list_after", "lists_led_in", "members_named", "names_enumerated", "passage_names_listed", "window_names_listed"]

LIST_REACH = 2  # a list this many passages after the best sentences is the one they lead into


def enumerations_led_in(units: list[Unit]) -> None:
    """A sentence that goes on from the one before by naming things ("Den nye lovgivning giver
    … mulighed for at løse en række opgaver, som …" + "Det drejer sig konkret om anlæggelse af
    visse sonder, kanyler og katetre, blodprøvetagning, …") answers a list question with its
    lead-in's words: it is scored as its lead-in and holds the kind asked."""
    for u, v in zip(units, units[1:]):
        p, q = u.passage, v.passage
        if (p.kind == q.kind == "sentence" and p.section_index == q.section_index and u.score > v.score
                and CARRIES_ON.match(q.text) and enumerates(q.text)):  # fmt: skip
            v.concepts, v.score, v.typed = dict(u.concepts), u.score, True


def lists_led_in(units: list[Unit]) -> None:
    """A list is about what the sentences leading into it say ("Med økonomiaftalen for 2024 er KL
    og regeringen enige om … et flerårigt politisk samarbejde …" + "Der er som led i arbejdet bl.a.
    fokus på følgende områder: – Styringspraksis – Færre tilsyn …"): for a list question, a list
    whose lead-in only points on to its members holds the question's words of up to LIST_REACH
    sentences right before it in its sub-section, at LED_IN_SHARE of their weight (a list whose
    own lead-in names what is asked stays ahead: "KKR Midtjyllands fagområder …:" over
    "Principper for KKR Midtjyllands arbejde:" after a sentence on the coming term)."""
    for i, u in enumerate(units):
        if u.passage.kind != "list" or not _points_on(u.passage.text):
            continue
        for v in reversed(units[max(i - LIST_REACH, 0) : i]):
            if v.passage.kind != "sentence" or v.passage.section_index != u.passage.section_index:
                break
            share = 1.0 if heading_like(v.passage.text) else LED_IN_SHARE  # a part's sub-heading names what its list is of
            for k, w in v.concepts.items():
                u.concepts[k] = max(u.concepts.get(k, 0.0), share * w)
        u.score = sum(u.concepts.values()) + 0.5 * len(u.bonus)


LED_IN_SHARE = 0.5  # the sentences' words count this much in the list they lead into
POINTER_WORDS = 15  # a lead-in this short that points on ("… fokus på følgende områder:") names no topic of its own
_POINTS_ON = lazy(r"\bfølgende\b|\bfollowing\b|:\s*$", re.IGNORECASE)


def _points_on(text: str) -> bool:
    """Is a list's lead-in a pointer to its members ("Der er … bl.a. fokus på følgende områder:"),
    short, rather than a sentence of its own topic?"""
    first = text.split("\n", 1)[0]
    return len(first.split()) <= POINTER_WORDS and bool(_POINTS_ON.search(first))


def list_after(w: Window, units: list[Unit], asked: Asked) -> Unit | None:
    """The list a window of sentences leads into, when a list is asked for: the first list
    block within LIST_REACH passages after it in its sub-section ("Drøftelserne om
    projektsamarbejde …" → "Der har været drøftet tre overordnede modeller …:" and its members)."""
    if asked.answer_type not in ("list", "plan") or w.first.passage.kind != "sentence":
        return None
    section = w.first.passage.section_index
    after = [u for u in units[w.units[-1].index + 1 : w.units[-1].index + 1 + LIST_REACH] if u.passage.section_index == section]
    listed = next((u for u in after if u.passage.kind == "list"), None)
    return listed if listed is not None and listed.typed else None


def leads_into(best: Window, typed: Window, units: list[Unit], asked: Asked) -> bool:
    """Do the best sentences lead into a list whose own lead-in holds as much of the question
    as the best typed window's ("… følgende delanalyser:" for "which analyses")? Then they are
    shown with it (index.search.shown) rather than passed over for it."""
    listed = list_after(best, units, asked)
    return listed is not None and _lead_in_weight(listed) >= _lead_in_weight(typed.first)


def _lead_in_weight(u: Unit) -> float:
    """The weight of the question's words in a passage's first line (a list's lead-in)."""
    end = u.passage.text.find("\n")
    end = len(u.passage.text) if end < 0 else end
    return sum(w for (a, _), w in zip(u.matched, u.weighed) if a < end)


# A word naming what follows, then the things: "roller som kriger, repræsentant og idepromotor",
# "opgaver, fx sonder, kanyler og katetre", "areas such as A, B and C".
_NAMES_THEN = lazy(
    r"(\w+)(?:\s+(?:som|såsom)|,?\s+(?:fx|f\.eks\.|bl\.a\.|herunder|such\s+as|including|like)|:)\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def names_enumerated(text: str, listed: tuple[str, ...]) -> bool:
    """Does a sentence name what the question asks to be listed right before enumerating them
    ("Man kan skelne mellem roller som kriger, repræsentant og idepromotor" for "which roles …")?
    (Cached: a sentence is read in every window that holds it.)"""
    return bool(listed) and enumerates(text) and any(names(m.group(1), listed) and enumerates(text[m.end():]) for m in _NAMES_THEN.finditer(text))


MEMBER_HEAD = 2  # the first words of a list's line that name what it is one of ("Borgere med komorbiditet")
_MEMBER = lazy(r"^\s*[–\-•·o*]\s+(.+)$", re.MULTILINE)


def members_named(text: str, listed: tuple[str, ...]) -> bool:
    """Is every line of a list (two or more) one of the things asked to be listed, by its first words
    ("which kinds of residents": "… følgende målgrupper: – Borgere med udviklingshæmning … – Borgere
    med komorbiditet …"), however its lead-in names them (round 14, SHOWS)?"""
    members = _MEMBER.findall(text)
    return bool(listed) and len(members) >= 2 and all(names(" ".join(m.split()[:MEMBER_HEAD]), listed) for m in members)


LEAD_IN_TAIL = 6  # the last words of a list's lead-in: where it names what it lists ("… følgende målgrupper:")


def window_names_listed(w: Window, asked: Asked) -> bool:
    """Does a window open with a list naming what is asked, or hold a sentence naming and enumerating it?"""
    return passage_names_listed(w.first.passage, asked.listed) or any(
        u.passage.kind == "sentence" and passage_names_listed(u.passage, asked.listed) for u in w.units
    )


def passage_names_listed(passage: Passage, listed: tuple[str, ...]) -> bool:
    """Does a list's lead-in end by naming what the question asks to be listed (or its every line
    open with it), or a sentence name it right before enumerating them ("roller som kriger,
    repræsentant og idepromotor")? Shown's choice of a list and list_named's ranking read the same."""
    if passage.kind == "sentence":
        return names_enumerated(passage.text, listed)
    if passage.kind != "list":
        return False
    lead_in = passage.text.split("\n", 1)[0]
    return names(" ".join(lead_in.split()[-LEAD_IN_TAIL:]), listed) or members_named(passage.text, listed)
