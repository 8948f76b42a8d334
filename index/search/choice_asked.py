"""Does the item record the choice the question asks of a named body? "Hvad besluttede regionsrådet
den 24. september 2025 om …?", "What did the education minister decide on where epx will be
placed?", "Hvem udnævnte beskæftigelsesministeren til RAR Østjylland …?", "Did Udlændingestyrelsen
end up revising the 2027 figure?": what is asked is what another body (a regional council, a
minister, a directorate, a parliament) chose. The documents often name such a body only to say
that it will choose ("forventes regionsrådet at træffe beslutning", "Herefter træffer ministeren
den endelige beslutning", "Det er beskæftigelsesministeren, der … foretager den endelige
udpegning", "hvis landstallet … bliver ændret"); the item holds the question's words, the body's
name among them, and answered, though the choice asked is not in it.

The body is the subject of the asking verb: in Danish the word(s) right after the finite verb
("hvad besluttede <X>", "vedtog <X> …", "hvem udnævnte <X>", "hvad har <X> besluttet"), in English
the phrase between "did/has/have" and the verb ("what did <X> decide", "which model did <X>
pick", "did <X> end up revising"); its names and head word are read as opinion_asked reads a view's
holder. A council, KKR, KL's or the council's own chairmanship, the municipalities, or a place is
not read: the council's own decisions stand in its minutes' Beslutning, often in the present
("KKR Nordjylland godkender forslaget"). Nor a Danish passive ("hvornår godkendes
resultatkontrakten": the thing decided follows it, not a body), nor a question asking when (the
item saying when the body will choose answers it), nor one asking what a body will do, nor a
figure or date asked ("By how much did its 2022 budget change …": the thing changes, no body
chooses), nor a phrase with a pronoun's or a year's mark of a thing ("its 2022 budget").

The item records the body's choice when one of its sentences names the body and states a choice
made: a past form of a verb of choosing ("besluttede", "har vedtaget", "udpeget", "valgte",
"godkendt", …; of the act asked when the question names one: appointing, adopting, changing)
in a sentence that does not put it in the future or a condition before it ("forventes", "skal",
"vil", "hvis", "senere"; after it, the choice's own content: "besluttede Folketinget …, at landets
fem regioner tilsammen skulle oprette …"). When it names the body and no sentence states such a choice, the item tells
who will choose, not what was chosen: refused, the item kept as the nearest (note_no_choice).
An item not naming the body at all is left to the other checks (absent.py's unseen names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.lazy_patterns import first_search, lazy, lazy_tuple
from index.model import Note
from index.question.answer_type import asks_when
from index.question.parse import ParsedQuestion
from index.question.sentences import last_sentence
from index.search.figure import stems_of_text
from index.search.opinion_asked import holder_stems
from index.search.rank import Concept, Ranked

__all__ = ["chooser_of", "missing_choice"]

_WHO_DA = r"(?P<who>[^\W\d][\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)?)"
_WHO_EN = r"(?P<who>[^?.!,]+?)"
# The acts a question asks of a body, each with its Danish past forms (a choice made).
_ACTS = {
    "appoint": (r"udnævn\w*|udpeg\w*|appoint\w*|nominat\w*",
                r"udnævnte|udnævnt|udpegede|udpeget|valgte|valgt|indstillede|indstillet"),
    "adopt": (r"vedt[oa]g\w*|godkend\w*|approv\w*|adopt\w*|pass(?:ed)?|ratif\w*",
              r"vedtog|vedtaget|godkendte|godkendt|tiltrådte|tiltrådt|besluttede|besluttet"),
    "change": (r"ændr\w*|revid\w*|revis\w*|chang\w*|adjust\w*|justere\w*|amend\w*",
               r"ændrede|ændret|reviderede|revideret|justerede|justeret"),
    "decide": (r"beslut\w*|decid\w*|decision\w*|vælg\w*|valgte|chose|choose\w*|chosen|pick\w*|select\w*|settle\w*|fastsat\w*|fastsatte",
               r"besluttede|besluttet|vedtog|vedtaget|godkendte|godkendt|valgte|valgt|traf|truffet|fastsatte|fastsat"
               r"|udpegede|udpeget|udnævnte|udnævnt|aftalte|aftalt|afviste|afvist|ændrede|ændret|tiltrådte|tiltrådt"
               r"|bevilgede|bevilget|placerede|placeret|lukkede|lukket|nedlagde|nedlagt|oprettede|oprettet"),
}
_ASKED_VERB = "|".join(asked for asked, _ in _ACTS.values())
_ASKING = lazy_tuple(
    (
        # Danish: the subject right after the finite verb ("hvad besluttede regionsrådet", "vedtog Folketinget …")
        rf"(?:^|\b(?:hvad|hvem|hvilke[nt]?|hvor)\s+)(?:{_ASKED_VERB})(?<!es)\s+{_WHO_DA}",
        rf"\b(?:hvad|hvem|hvilke[nt]?|hvor)\s+(?:\w+\s+)?(?:har|havde)\s+{_WHO_DA}\s+(?:\w+\s+)?(?:{_ASKED_VERB})",
        rf"\b(?:har|havde)\s+{_WHO_DA}\s+(?:\w+\s+){{0,3}}?(?:{_ASKED_VERB})",
        # English: between the auxiliary and the verb ("what did the minister decide", "did X end up revising")
        rf"\b(?:did|does|has|have|had)\s+{_WHO_EN}\s+(?:(?:end\s+up|finally|eventually|actually|already|ever)\s+)?(?:{_ASKED_VERB})\b",
    ),
    re.IGNORECASE,
)
# Not a body other than the council: the council, its makers, the municipalities, a pronoun.
_OWN = lazy(r"^(?:the\s+)?(?:kkr\b|kl\b|council|rådet|kommunekontaktråd|formandskab|chairmanship|kommunerne|municipalit|"
            r"de\b|den\b|det\b|man\b|they\b|it\b|we\b|vi\b|you\b|i\b|jeg\b|its\b|their\b|his\b|her\b|our\b|this\b|that\b|these\b|those\b)"
            r"|.*\d", re.IGNORECASE)
# A sentence putting the choice in the future or a condition: it tells what will be chosen, not what was.
_MADE = {name: lazy(rf"\b(?:{made})\b", re.IGNORECASE) for name, (_, made) in _ACTS.items()}
_ACT_ASKED = {name: lazy(rf"\b(?:{asked})", re.IGNORECASE) for name, (asked, _) in _ACTS.items()}
_NOT_YET = lazy(r"\b(?:forvent\w*|skal|skulle|vil|ville|hvis|såfremt|senere|afvent\w*|endnu\s+ikke|herefter|kommende)\b", re.IGNORECASE)


def chooser_of(text: str) -> tuple[str, str] | None:
    """The body whose choice the question asks and the act asked ("regionsrådet", "decide"); None
    when it asks no other body's choice. Read in the asking sentence."""
    asking = last_sentence(text)
    if asks_when(asking):
        return None  # when the body decides: the item saying when it will is the answer
    if (m := first_search(_ASKING, asking)) is None:
        return None
    who = m.group("who").strip()
    if _OWN.match(who):
        return None
    verbs = asking[m.start():m.start("who")] + " " + asking[m.end("who"):m.end()]
    act = next((name for name, pattern in _ACT_ASKED.items() if pattern.search(verbs)), "decide")
    return who, act


def _reads(whole: str, stems: frozenset[str]) -> bool:
    """Does a question word's term read one of the body's words: itself, or a compound ending with
    it ("undervisningsminist" for "the education minister": the glossary's one Danish word)?"""
    return whole in stems or any(len(s) >= 4 and whole.endswith(s) for s in stems)


def missing_choice(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Note | None:
    """A note saying the item names the body whose choice is asked but records no choice of it;
    None when it records one, names no such body, or the question asks none (module docstring)."""
    if parsed.answer_type in ("number", "date", "compare"):
        return None  # a figure or date asked ("by how much did its budget change"): not a choice
    found = chooser_of(parsed.text)
    if found is None:
        return None
    who, act = found
    stems = holder_stems(who, parsed.language)
    own = [c for c in concepts if not c.expansion]
    body = [c for c in own if c.df > 0 and any(_reads(w, stems) for w in (c.whole, *(w for w, _ in c.alternatives)) if w)]
    if not body:
        return None
    made = _MADE[act]
    named = False
    for p in r.item.passages:
        words = stems_of_text(p.text)
        if not all(c.credit(words) for c in body):
            continue
        named = True
        if any(not _NOT_YET.search(p.text, 0, m.start()) for m in made.finditer(p.text)):
            return None  # a choice made, not put in the future before it ("besluttede Folketinget, at … skulle")
    return Note("note_no_choice", {"who": who}) if named else None
