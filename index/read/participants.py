"""The minutes' "Deltagerfortegnelse": who took part, and who sent apologies ("Afbud").

KL lists each person with municipality and role, in columns ("Lars Vestergaard (V) | Aarhus
Kommune | Borgmester, formand") under "Deltagere", then "Afbud". A PDF gives a row as one
line; an extractor may give each cell a line of its own, or commas between them. A person is
read from the pieces either way: the municipality ("Aarhus Kommune", or one of the 98 by name)
splits name from role, role words ("borgmester", "formand", ...) say which piece is the role,
and a new name starts a new person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from index.lazy_patterns import lazy
from index.model import Participant
from index.read.headings import ITEM_LINE, SECTION_LINE, has_leaders
from index.read.lines import Line

__all__ = ["is_participants_heading", "read_participants"]

_HEADINGS = {"deltagerfortegnelse", "deltagerliste", "mødedeltagere", "deltagere i mødet"}
_PRESENT = {"deltagere", "til stede", "fremmødte", "medlemmer", "deltog", "deltagende"}
_ABSENT = {"afbud", "fraværende", "forfald", "fraværende med afbud", "afbud fra", "meldt afbud", "ikke til stede"}
_INLINE_GROUP = lazy(r"^(afbud fra|(?:afbud|fraværende|deltagere|til stede)\s*:)\s*(\S.*)$", re.IGNORECASE)
_ENDS = lazy(r"^(?:indhold(?:sfortegnelse)?|mission|vision)\s*:?$", re.IGNORECASE)
# The 98 municipalities, as KL writes them before "Kommune" (genitive forms included).
MUNICIPALITIES = (
    "Albertslund Allerød Assens Ballerup Billund Bornholms Brøndby Brønderslev Dragør Egedal "
    "Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn Frederikssund "
    "Furesø Faaborg-Midtfyn Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund Haderslev "
    "Halsnæs Hedensted Helsingør Herlev Herning Hillerød Hjørring Holbæk Holstebro Horsens "
    "Hvidovre Høje-Taastrup Hørsholm Ikast-Brande Ishøj Jammerbugt Kalundborg Kerteminde Kolding "
    "Københavns Køge Langeland Lejre Lemvig Lolland Lyngby-Taarbæk Læsø Mariagerfjord Middelfart "
    "Morsø Norddjurs Nordfyns Nyborg Næstved Odder Odense Odsherred Randers Rebild "
    "Ringkøbing-Skjern Ringsted Roskilde Rudersdal Rødovre Samsø Silkeborg Skanderborg Skive "
    "Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs Sønderborg Thisted Tønder Tårnby "
    "Vallensbæk Varde Vejen Vejle Vesthimmerlands Viborg Vordingborg Ærø Aabenraa Aalborg Aarhus"
).split()
_NAMES = "|".join(sorted((re.escape(m.rstrip("s")) + ("s?" if m.endswith("s") else "") for m in MUNICIPALITIES),
                         key=len, reverse=True))
_MUNICIPALITY = lazy(
    rf"\b(?:(?:{_NAMES})|[A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?)\s+(?:Regions)?[Kk]ommune\b"
    rf"|\b(?:{_NAMES})\b(?!-)|\bRegion\s+[A-ZÆØÅ][\wæøå]+|\bKL\b"
)
_ROLE_WORDS = lazy(
    r"\b(?:(?:\d\.\s*)?(?:vice)?borgmester|(?:næst)?formand|rådmand|medlem\w*|\w*rådsmedlem|"
    r"kommunalbestyrelsesmedlem|byrådsmedlem|suppleant|stedfortræder|direktør|kommunaldirektør|"
    r"\w*chef|\w*konsulent|sekretær|sekretariat\w*|observatør|gæst|oplægsholder|referent)\b",
    re.IGNORECASE,
)
_PARTY = lazy(r"\(([A-ZÆØÅ]{1,3})\)")
_NAME_WORD = lazy(r"^(?:[A-ZÆØÅ][\wæøåÆØÅ'.-]*|von|van|de|la|le|af|du)$")


@dataclass
class _Person:
    name: str | None = None
    municipality: str | None = None
    role: str | None = None
    party: str | None = None


def is_participants_heading(text: str) -> bool:
    """"Deltagerfortegnelse" alone on its line (not its contents line, which has leaders)."""
    return text.strip().rstrip(":").strip().casefold() in _HEADINGS and not has_leaders(text)


def read_participants(lines: Sequence[Line]) -> tuple[Participant, ...]:
    """Everyone the Deltagerfortegnelse in `lines` names, present ones first as listed;
    () when there is no list."""
    start = next((k for k, ln in enumerate(lines) if not ln.link and is_participants_heading(ln.text)), None)
    if start is None:
        return ()
    people: list[Participant] = []
    present = True
    current: _Person | None = None

    def flush() -> None:
        nonlocal current
        if current is not None and current.name:
            people.append(Participant(current.name, current.municipality, current.role, current.party, present))
        current = None

    for ln in lines[start + 1 :]:
        text = " ".join(ln.text.split())
        if ln.link or not text:
            continue
        if _ENDS.match(text) or has_leaders(text) or SECTION_LINE.match(text) or ITEM_LINE.match(text):
            break
        group = text.rstrip(":").strip().casefold()
        if group in _PRESENT or group in _ABSENT:
            flush()
            present = group in _PRESENT
            continue
        if m := _INLINE_GROUP.match(text):
            flush()
            present = m.group(1).rstrip(":").strip().casefold() in _PRESENT
            text = m.group(2)
        for piece in _pieces(text):
            if piece.name and current is not None and current.name:
                flush()
            if current is None:
                current = _Person()
            current = _merge(current, piece)
        if ln.row or _complete(current):
            flush()  # a table row is one person
    flush()
    return tuple(people)


def _complete(p: _Person | None) -> bool:
    return p is not None and bool(p.name and p.municipality and p.role)


def _merge(p: _Person, piece: _Person) -> _Person:
    return replace(
        p,
        name=p.name or piece.name,
        municipality=p.municipality or piece.municipality,
        role=", ".join(r for r in (p.role, piece.role) if r) or None,
        party=p.party or piece.party,
    )


def _pieces(text: str) -> list[_Person]:
    """One line → the people (or parts of a person) it holds."""
    out: list[_Person] = []
    for chunk in re.split(r"\s*;\s*", text):
        if chunk:
            out.append(_person(chunk))
    return [p for p in out if p.name or p.municipality or p.role]


def _person(text: str) -> _Person:
    party = None
    if m := _PARTY.search(text):
        party = m.group(1)
    where = None
    name_part, role_part = text, ""
    for m in _MUNICIPALITY.finditer(text):
        before = _PARTY.sub(" ", text[: m.start()]).strip(" ,–-")
        if before and not _is_name(_strip_role(before)[1]) and not _only_role(before):
            continue  # "Lars Holstebro ..." style false anchors: the part before must be a name
        where = m.group(0)
        name_part, role_part = text[: m.start()], text[m.end() :]
        break
    name_part = _PARTY.sub(" ", name_part).strip(" ,–-")
    role_part = role_part.strip(" ,–-")
    lead_role, name_part = _strip_role(name_part)
    if where is None and "," in name_part:  # "Lars Vestergaard, Borgmester, formand"
        head, _, tail = name_part.partition(",")
        if _only_role(tail):
            name_part, role_part = head.strip(), tail.strip()
    if _only_role(name_part):
        lead_role, name_part = ", ".join(r for r in (lead_role, name_part) if r), ""
    name = " ".join(name_part.split()) if _is_name(name_part) else None
    role = ", ".join(r for r in (lead_role, role_part) if r) or None
    return _Person(name, where, role, party if name else None)


def _strip_role(text: str) -> tuple[str, str]:
    """"Formand Erik Nielsen" → ("Formand", "Erik Nielsen")."""
    m = _ROLE_WORDS.match(text)
    if m and m.start() == 0 and _is_name(text[m.end() :].strip(" ,")):
        return text[: m.end()].strip(), text[m.end() :].strip(" ,")
    return "", text


def _only_role(text: str) -> bool:
    """Every word is a role word or a joining word ("Borgmester, formand", "1. viceborgmester")."""
    rest = _ROLE_WORDS.sub(" ", text)
    return bool(_ROLE_WORDS.search(text)) and not re.sub(r"\b(?:og|for|i|af)\b|[\s,./&-]|\d", "", rest)


def _is_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 6 and all(_NAME_WORD.match(w) for w in words) and not _ROLE_WORDS.search(text)
