"""Does the item give what the document the question names says? "What did the regional council
chair reply to the KKR chairmanship's letter?", "hvad står der i notatet fra regionsrådets udvalg
…?", "which items are on the notice convening CDEU's general meeting?": each asks the content of a
document (an attachment, a letter or reply, a report, a draft, a contract, a note, a survey, a
plan, an overview, a description, a notice) that an item only names: "./. Svar fra
regionsrådsformanden på henvendelsen …", "Der vedlægges notat fra …", "Som bilag vedlægges - …
- Indkaldelse til generalforsamlingen 2026". The item naming it holds the question's words, so it
answered, and the reply showed the item as if it held what the document says.

A question asks a document's content when its asking sentence names a document word within a
frame that asks what the document holds: "according to the <doc>", "in the <doc>", "what does the
<doc> say / show / propose / list …", "the attached <doc>", "what did <X> reply", "ifølge <doc>",
"hvad står der i <doc>", "hvad viser <doc>", "<doc> indeholder / fremhæver …", "i (det vedlagte)
<doc>", "hvad svarede <X>". A question about the document as a thing ("when is the contract to be
approved", "did KKR approve the draft") is not read.

The item gives the content when a passage that names the document (a word of its kind: "brev",
"overleveringsbrev", "udkast", "oplæg", "evalueringsrapporten"; for a reply only "svar") is not a
mere mention (an attachment line, "Der vedlægges …", a list whose lead-in is "Som bilag
vedlægges") and, with the passages around it, gives a value of the kind asked (a number, a date, a
name; a list for "which"; for "what does it say", a statement of what the document holds: "…, at
…", "hvori …", "anbefaler følgende: …") and holds at least WHERE_ASKED of the weight of the
question's other words that the item holds anywhere: the content must be of what is asked about.
An item that names no document of the kind asked is not judged here, nor one whose title names
it first: the item is then the document ("Oversigt over organisationer mv. som KKR Midtjylland
udpeger til" asked "ifølge KKR Midtjyllands oversigt"; an item on what is done with a document,
"Godkendelse af resultatkontrakt …", is judged), nor one that names it pointing into itself ("en
oversigt over de udvalg … (se skema nedenfor)": the document is reproduced in the item).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.lazy_patterns import lazy, lazy_tuple
from index.model import AgendaItem, Note, Passage
from index.question.parse import ParsedQuestion
from index.question.sentences import last_sentence
from index.search.figure import item_text, stems_of_text
from index.search.rank import Concept, Ranked
from index.search.values import dates_in, names_in, numbers_in

__all__ = ["DocumentAsked", "document_asked", "missing_document"]

WHERE_ASKED = 0.5  # share of the weight of the question's other words (the item holds) the content must hold
TITLE_WORDS = 15  # an attachment line this short that states nothing is the document's title
AROUND = 2  # sentences either side of a mention read with it (its paragraph: "Den kollektive transport, især bustransporten, … KL's mobilitetssurvey viser, at …")
FOLLOWING = 8  # passages after a mention ending in ":" that are the document's content ("… følgende:")


@dataclass(frozen=True)
class DocumentAsked:
    """A document whose content the question asks: its words as written, the pattern of the words
    an item names it by."""

    written: str
    mentions: re.Pattern[str]


# (the question's words for a kind of document, English and Danish; the words an item names it by)
_KINDS: tuple[tuple[str, str], ...] = (
    (r"repl(?:y|ies|ied)|respon(?:se|ses|ded|d)|\w*svar(?:et|ene|s|ede)?|besvarelse\w*",
     r"\b\w*svar(?:et|ene|s)?\b(?!\s+til)|\bbesvarelse\w*"),
    (r"letters?|\w*brev(?:et|ene|e)?|henvendelse\w*", r"\b\w*brev(?:et|ene|e)?\b|\bhenvendelse\w*"),
    (r"attachments?|appendi(?:x|ces)|annex\w*|enclosures?|bilag\w*",
     r"\b\w*bilag\w*|\bvedlagt\w*|\bvedlæg\w*|\bvedhæft\w*"),
    (r"reports?|evaluations?|stud(?:y|ies)|reviews?|analys[ie]s|\w*rapport\w*|\w*evaluering\w*|\w*beretning\w*|\w*analyse\w*",
     r"\b\w*rapport\w*|\b\w*evaluering\w*|\b\w*beretning\w*|\b\w*analyse\w*|\b\w*undersøgelse\w*"),
    (r"drafts?|proposals?|\w*udkast\w*", r"\b\w*udkast\w*|\b\w*oplæg\w*|\b\w*forslag\w*"),
    (r"contracts?|agreements?|deals?|\w*kontrakt\w*|\w*aftale\w*", r"\b\w*kontrakt\w*|\b\w*aftale[nrst]?\w*"),
    (r"notes?|memos?|memorand(?:um|a)|\w*notat\w*", r"\b\w*notat\w*"),
    (r"surveys?|questionnaires?|\w*undersøgelse\w*|spørgeskema\w*",
     r"\b\w*undersøgelse\w*|\b\w*survey\w*|\bspørgeskema\w*"),
    (r"plans?|strateg(?:y|ies)|\w*plan(?:en|er|erne)?|\w*strategi\w*", r"\b\w*plan(?:en|er|erne)?\b|\b\w*strategi\w*"),
    (r"overviews?|\w*oversigt\w*|overblik\w*", r"\b\w*oversigt\w*|\boverblik\w*"),
    (r"descriptions?|\w*beskrivelse\w*", r"\b\w*beskrivelse\w*"),
    (r"notices?|invitations?|indkaldelse\w*", r"\b\w*indkaldelse\w*|\binvitation\w*"),
)
_DOC = "|".join(f"(?:{asked})" for asked, _ in _KINDS)
_MOD = r"(?:[\w'’-]+\s+){0,6}?"  # the words before the document's noun ("the joint handover letter")
_OF = r"(?:\s+(?:to|from|of|for|on|about|with|by|between)\s+[^?.!,]{1,60}?)?"  # "the letter <to the minister> describe"
_D = rf"(?P<doc>\b(?:{_DOC}))\b"
# The frames that ask what a document holds (module docstring).
_FRAMES = lazy_tuple(
    (
        rf"\baccording\s+to\s+{_MOD}{_D}",
        rf"\bin\s+(?:the|its|their|this|that)\s+{_MOD}{_D}",
        rf"\b(?:are|is|were|was|stands?)\s+(?:listed\s+|set\s+out\s+)?on\s+(?:the|its|their|this|that)\s+{_MOD}{_D}",
        rf"\b(?:does|did|do|will|would|has|have)\s+{_MOD}{_D}{_OF}\s+(?:say|said|show|state|contain|list|propose|recommend|conclude|"
        r"describe|include|mention|find|set|sets|set\s+out|lay\s+down|give|hold|cover|name|suggest|specify|outline|put\s+forward)\b",
        rf"{_D}['’]s?\s+(?:content|conclusion|finding|target|recommendation|figure|result|proposal|point)s?\b",
        rf"\b(?:attached|enclosed)\s+{_MOD}{_D}",
        r"\bwhat\s+(?:did|does|do|has|have)\s+[^?.!]{1,80}?\s+(?P<doc>repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?)\b",
        rf"\bifølge\s+{_MOD}{_D}",
        rf"\bhvad\s+(?:står|stod)\s+(?:der\s+)?i\s+{_MOD}{_D}",
        rf"\b(?:fremgår|fremgik)\s+(?:det\s+)?af\s+{_MOD}{_D}",  # "hvad fremgår af takstoversigten …" (round 17)
        rf"\b(?:viser|viste|siger|sagde|konkluderer|konkluderede|anbefaler|anbefalede|indeholder|indeholdt|foreslår|foreslog|"
        rf"fremhæver|fremhævede|nævner|nævnte|beskriver|beskrev|lægger|lagde)\s+{_MOD}{_D}",
        rf"\bi\s+(?:det|den|de)\s+(?:vedlagte\s+|vedhæftede\s+)?{_MOD}{_D}",
        rf"\bi\s+{_D}",
        rf"\b(?:vedlagte|vedhæftede)\s+{_MOD}{_D}",
        r"\bhvad\s+(?P<doc>svarede)\b",
    ),
    re.IGNORECASE,
)
_TWO_ASKED = lazy(r"\b(?:og|and)\s+(?:hvor|hvad|hvilke|hvem|hvornår|what|how|which|who|when)\b", re.IGNORECASE)
_REPLY_VERB = lazy(r"repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|svarede", re.IGNORECASE)
_ATTACHING = lazy(
    r"\b(?:vedlægges|vedlagt|vedlagte|vedhæftet|vedhæftede|som\s+bilag|se\s+bilag|jf\.\s+bilag|kan\s+ses\s+her)\b", re.IGNORECASE
)
# What a sentence says a document holds: "…, at …", "hvori …", "anbefaler følgende: …", "fremgår det".
_STATES = lazy(
    r",\s+at\b|\bhvori\b|\bhvorfor\b|\bfremgår\b|\banbefal\w*|\bkonklu\w*|\bfølgende\b|\bindeholder\b|:\s*$", re.IGNORECASE
)
# A mention pointing into the item itself: the document (a table, a scheme) is reproduced below it.
_INSIDE = lazy(r"\bneden(?:for|stående)\b|\bse\s+(?:skema|tabel)\w*|\bjf\.\s+tabel\w*|\bfølgende\s+(?:skema|tabel)\w*", re.IGNORECASE)
_ENUMERATES = lazy(r"\w[^,.:;]*,\s*\w[^,.:;]*(?:,\s*\w[^,.:;]*)*\s+(?:og|samt)\s+\w")
_BULLET = lazy(r"\s[–•-]\s")
_YEAR_OR_POINT = lazy(r"^(?:19|20)\d\d$|^\d{1,2}[.)]?$")


def document_asked(text: str) -> DocumentAsked | None:
    """The document whose content the question's asking sentence asks, or None."""
    asking = last_sentence(text)
    if _TWO_ASKED.search(asking):
        return None  # two things asked ("hvor mange har man allerede, og hvor mange lagde aftalen op til"): one may not be the document's
    for frame in _FRAMES:
        if (m := frame.search(asking)) is None:
            continue
        word = m.group("doc")
        if _REPLY_VERB.fullmatch(word):
            return DocumentAsked(word, re.compile(_KINDS[0][1], re.IGNORECASE))
        for asked, mentions in _KINDS:
            if re.fullmatch(asked, word, re.IGNORECASE):
                return DocumentAsked(word, re.compile(mentions, re.IGNORECASE))
    return None


def _lead_in(p: Passage) -> str:
    """A list's words before its first bullet (a sentence: all of it)."""
    if p.kind != "list":
        return p.text
    m = _BULLET.search(p.text)
    return p.text[: m.start()] if m else p.text


def _mere_mention(item: AgendaItem, p: Passage, mentions: re.Pattern[str]) -> bool:
    """Is `p` only the document's name or the statement that it is attached ("./." lines, "Der
    vedlægges notat fra …", "Som bilag vedlægges - …"), or a list naming it as one of its points
    (a list of documents, of tracks of work)?"""
    plain = " ".join(p.text.split()).rstrip(". ")
    if any(plain and plain in " ".join(a.split()) for a in item.attachments) and len(plain.split()) <= TITLE_WORDS and not _STATES.search(plain):
        return True  # "./. Svar fra regionsrådsformanden på henvendelsen …" ("./. SOSU-skolerne … vurderer, at …" is text)
    lead = _lead_in(p)
    if not mentions.search(lead):
        return True
    return bool(_ATTACHING.search(lead)) and not _STATES.search(lead.replace(":", " ") if p.kind == "list" else lead)


def _span(passages: Sequence[Passage], i: int) -> list[Passage]:
    """The passages that may give what the document named in passage `i` holds: itself, AROUND
    sentences either side in its sub-section, the list right after it, and after a mention ending
    in ":" the passages that follow in its sub-section."""
    p = passages[i]
    out = [p]
    if p.kind == "sentence":
        out += [q for q in passages[max(0, i - AROUND) : i + AROUND + 1] if q is not p and q.kind == "sentence" and q.section_index == p.section_index]
    following = passages[i + 1 : i + 1 + (FOLLOWING if p.text.rstrip().endswith(":") else 1)]
    out += [q for q in following if q.section_index == p.section_index and (q.kind == "list" or p.text.rstrip().endswith(":"))]
    return out


def _gives(kind: str | None, item: AgendaItem, p: Passage, span: list[Passage], question: str, mentions: re.Pattern[str]) -> bool:
    """Does the mention `p` with its `span` give a value of the kind asked?"""
    asked = question.lower()
    texts = [item_text(item, q) for q in span]
    if kind == "number":
        return any(
            v.text.lower() not in asked and not _YEAR_OR_POINT.match(v.text.strip())
            and not re.search(r"bilag\s*$", t[: v.start], re.IGNORECASE)
            for t in texts for v in numbers_in(t)
        )  # fmt: skip
    if kind == "date":
        return any(v.text.lower() not in asked for t in texts for v in dates_in(t))
    if kind == "person":
        return any(names_in(t) for t in texts)
    lists = [q for q in span if q.kind == "list" and (q is not p or not _mere_mention(item, q, mentions))]
    if kind in ("list", "plan"):
        # a list, or the mention naming several things ("de lokalt aftalte mål i 2021-kontrakten om styrket regional strategi
        # og indsats, styrket regionalt samarbejde, grøn omstilling og …")
        return bool(lists) or (p.kind == "sentence" and bool(_ENUMERATES.search(p.text)))
    return bool(_STATES.search(_lead_in(p))) or bool(lists)


def _topic(concepts: Sequence[Concept], document: DocumentAsked) -> list[Concept]:
    """The question's own words other than the document's."""
    return [c for c in concepts if not c.expansion and c.df > 0 and not document.mentions.fullmatch(c.word) and not document.mentions.search(c.whole or "")]


def missing_document(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Note | None:
    """A note saying the item only names the document whose content the question asks; None when
    it gives that content, names no such document, or no document's content is asked."""
    document = document_asked(parsed.text)
    if document is None:
        return None
    item = r.item
    if document.mentions.search(" ".join(item.title.split()[:2])):
        # the item is the document ("Oversigt over organisationer …", "Årsberetning fra …"): its text is the content
        # (not an item on what is done with it: "Godkendelse af resultatkontrakt …", "Proces for udarbejdelse af …")
        return None
    passages = item.passages
    named = [i for i, p in enumerate(passages) if document.mentions.search(p.text)]
    if not named:
        return None  # no document of the kind: not this module's question
    if any(_INSIDE.search(passages[i].text) for i in named):
        return None  # "en oversigt over de udvalg … (se skema nedenfor)": the item holds the document
    topic = _topic(concepts, document)
    weights = {c: c.weight_given(parsed.background) for c in topic}
    title = stems_of_text(item.title)
    held = sum(w for c, w in weights.items() if c.credit(r.stems))
    kind = parsed.answer_type if parsed.answer_type in ("number", "date", "person", "list", "plan") else None
    for i in named:
        p = passages[i]
        if _mere_mention(item, p, document.mentions):
            continue
        span = _span(passages, i)
        if not _gives(kind, item, p, span, parsed.text, document.mentions):
            continue
        words = title.union(*(stems_of_text(item_text(item, q)) for q in span))
        if not held or sum(w * c.credit(words) for c, w in weights.items()) >= WHERE_ASKED * held:
            return None
    return Note("note_not_in_document", {"what": document.written})
