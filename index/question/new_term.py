"""The council of the new term asked by the election's words, read as the documents write it (round 20, NEARBY20).

Why: around a municipal election people name the council by the event: "det nyvalgte KKR
Midtjylland", "det nye kontaktråd", "næste periodes KKR Midt", "the newly elected KKR Midtjylland",
"the new KKR", "the incoming council". The documents write the council "i den kommende/næste/nye
valgperiode" (and "det nye KKR Midtjylland", "nye" a word the reader drops). "nyvalgte", "newly",
"kontaktråd" were the rarest words of the question, no item held them, and the gate refused; or
the words left ("overdragelsen", "forventes", "holde") found a neighbour of the same document first
(the health reform's status item, whose "opgaveoverdragelse" is the tasks handed to the region)
before the item on the new council. And the new council's first
meeting is its constituent meeting ("konstituerende møde medio januar 2026"), asked as "første
møde", "mødes første gang", "first meeting", "meet for the first time"; "mødes" also read as the
next meeting asked, so the next meeting's plan came first.

Here, in the text before it is read: the new council named by such words becomes the council "i
den nye valgperiode" ("of the new term": the glossary's "valgperiode"), and, when the new council is
named or the meeting is the first after an election, its first meeting is its constituent meeting
("konstituerende møde", "constituent meeting"). The outgoing council ("det afgående KKR", "the
outgoing council") is the glossary's ("afgående"), left as it is. Not read: "efterfølgerne", "its
successors" (a first version read them as the new council too: in "how outgoing councils pass on
advice to their successors" the term's word then weighed the other council's recommendations item
as much as the one asked, and two questions lost their item); a meeting word after the council
("det næste KKR-møde", "the next KKR meeting" are the next meeting, not the new council).
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["new_term"]

_NAME = r"(?>(?:\s+(?:midtjylland|nordjylland|syddanmark|sjælland|hovedstaden|midt|nord|syd)(?:s\b)?)?)"  # "KKR Midtjylland", "KKR Midt" (atomic: a meeting word after the name is looked at)
# "det nyvalgte KKR Midtjylland", "det nye kontaktråd", "næste periodes KKR Midt", "the newly elected council"
_NEW_DA = lazy(
    r"\b(?:det\s+)?(?:nyvalgte|nye|kommende|næste\s+periodes)\s+(?:(?P<kkr>kkr" + _NAME + r")|kontaktråd(?:et)?|kommunekontaktråd(?:et)?)(?=[\s,.?!:;]|$)(?!\s*-?\s*(?:møde|mødet|møder|meeting))",
    re.IGNORECASE,
)
_NEW_EN = lazy(
    r"\bthe\s+(?:newly[\s-]+elected|new(?:ly)?[\s-]+formed|new|incoming|next)\s+(?:(?P<kkr>kkr" + _NAME + r")|council|contact\s+council)(?=[\s,.?!:;']|$)(?!(?:'s)?\s*-?\s*(?:meetings?|mtgs?|møde))",
    re.IGNORECASE,
)
# the first meeting after an election is the new council's too
_AFTER_ELECTION = lazy(r"\befter\s+(?:kommunal)?valget\b|\bafter\s+the\s+(?:\d{4}\s+)?(?:local\s+|municipal\s+)?elections?\b", re.IGNORECASE)
_FIRST_DA = lazy(r"\bmødes(?P<mid>(?:\s+[^\s?.!]+){0,8}?)\s+(?:for\s+)?første\s+gang\b|\b(?:sit\s+|deres\s+|det\s+|dets\s+)?første\s+møde\b", re.IGNORECASE)
_FIRST_EN = lazy(r"\bmeets?\s+for\s+the\s+first\s+time\b|\b(?:its\s+|their\s+|the\s+)?(?:first|inaugural)\s+meeting\b", re.IGNORECASE)


def new_term(text: str) -> str:
    """`text` with the new term's council and its first meeting in the documents' words."""
    new = False

    def council(m: re.Match[str], term: str) -> str:
        nonlocal new
        new = True
        return f"{m.groupdict().get('kkr') or 'KKR'} {term}"

    text = _NEW_DA.sub(lambda m: council(m, "i den nye valgperiode"), text)
    text = _NEW_EN.sub(lambda m: council(m, "of the new term"), text)
    if new or _AFTER_ELECTION.search(text):
        text = _FIRST_DA.sub(lambda m: f"holder{m['mid']} konstituerende møde" if m.group().lower().startswith("mødes") else "konstituerende møde", text)
        text = _FIRST_EN.sub(lambda m: "holds its constituent meeting" if m.group().lower().startswith("meet") else "constituent meeting", text)
    return text
