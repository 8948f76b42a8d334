"""What kind of answer a question asks for, read from its asking words (Danish or English).

- "number": how many / how much / how often / what does it cost / a share, a quota, a rate per day;
  where a figure ended ("what did the intake end up at", "hvad endte optaget på");
- "date": when (asking, not "... when KKR discussed it"), by when, the deadline, which date;
- "person": who, which person (or "which" + a word for a role: researcher, expert, speaker ...),
  the talk given by, appointed, replaced by;
- "list": which (plural), what are, list, name the ...;
- "decision": what was decided or approved, and yes/no questions ("Did KKR approve ...",
  "Blev de enige om ...");
- "plan": what a meeting will take up ("what is on the agenda for the October meeting");
- "reason": why (hvorfor, what is the reason, begrundelsen): passages that give a reason;
- "compare": a comparison (compare, forskel, more than, increase): passages with two figures;
- "none": anything else ("what is X about").

The type says what span of an item answers (a number with its unit, a Danish date, a name,
a list) so the reply can show that span above the passages; the search may also prefer
passages that hold a value of the type. Pure; `answer_type` reads the lowercased question.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from index.lazy_patterns import lazy
from index.question.decision_words import asks_outcome
from index.question.lexicon import AGENDA_HEADING, AGENDA_NAMED
from index.question.list_asked import GROUPS_OR_PARTIES, LIST_IN_OTHER_WORDS
from index.question.meeting_work import asks_meeting_work
from index.question.present_verb import opens_with_present_verb
from index.question.yes_no_asked import VERB_OPENING, asking_clauses, main_clause
from index.question.why_words import asks_reason

__all__ = ["AnswerType", "NumberUnit", "answer_type", "asking_part", "asks_comparison", "asks_if_on_it", "asks_two_things", "asks_when", "asks_yes_no", "number_unit", "yes_no_verb"]

AnswerType = Literal["number", "date", "person", "list", "decision", "plan", "reason", "compare", "none"]
NumberUnit = Literal["money", "share", "count", "rate"]

# A question that opens with a finite verb asks yes or no ("Did ...", "Blev ...", "Godkendte ...").
# The modals of may, must and ought open one as "Skal" and "Kan" do: "Må kommunerne …", "Bør de …",
# "Burde KKR …", "Behøver de …", "Must they …" (not "may": a month as often, "May 2024: …").
_YES_NO = lazy(
    r"^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|shall|must|"
    r"blev|bliver|er|var|har|havde|vil|skal|kan|kunne|får|fik|må|måtte|bør|burde|skulle|behøver|"
    r"godkendte|godkender|vedtog|vedtager|"
    r"besluttede|beslutter|tiltrådte|tiltræder|valgte|udpegede|anbefalede|støttede|accepterede)\b"
)
# ... unless it is a polite frame around another question ("Kan du fortælle hvor mange ...").
_POLITE = lazy(
    r"^(?:can|could|would|will)\s+(?:you|u)\b|^(?:kan|vil|kunne)\s+(?:du|i|man)\s+(?:fortælle|sige|vise|oplyse|finde|give)\b"
    r"|^(?:do|does)\s+(?:you|anyone)\s+know\b|^(?:is|are)\s+there\s+(?:any|a|an)\b"
)
_PLAN = lazy(
    r"\bon\s+(?:the\s+|its\s+|their\s+)?agenda\b|\bpå\s+dagsordenen\b|\bdagsorden(?:en)?\s+(?:for|til)\b"
    r"|\b(?:planned|scheduled|slated|lined\s+up|expected|coming\s+up)\s+(?:for|at|in)\b|\btake\s+up\b"
    r"|\b(?:planlagt|planlagte|berammet|sat\s+på)\s+(?:til|for|på)\b"
    r"|\b(?:behandle|behandles|drøfte|drøftes|tage\s+op|på\s+programmet)\b.*\bmødet?\b"
    r"|\bmødet?\b.*\b(?:behandle|behandles|drøfte|drøftes)\b"
    r"|\bwhat\s+(?:will|is|are)\b.*\b(?:discuss|take\s+up|deal\s+with|cover)\b.*\bmeeting\b"
    # a question that opens with the agenda named, as a heading: "punkter til KKR Midt 1. sep 2026?"
    r"|^\s*(?:punkter|sager|items|points|dagsorden(?:en)?|agenda)\s+(?:til|på|for|at|on)\b"
    # ... or straight before a council or a date: "agenda KKR Midtjylland 17/04/2024"
    r"|" + AGENDA_HEADING + r"|" + AGENDA_NAMED + r"|\b(?:hvilke|what|which)\s+(?:punkter|sager|items|points)\s+(?:er|står|stod|kommer|var|are|were)?\s*(?:der\s+)?(?:på|til|op|on|for|at|up)\b"
)
# A council's coming work asked in the future tense ("hvad skal rådet tage stilling til i april",
# "hvad kommer KKR Midt til at beskæftige sig med", "what is KKR expected to deal with", "which
# items will the council take up"): beside a meeting's time, what that meeting will take up.
_FUTURE = lazy(
    r"\b(?:skal|vil|kommer)\b|\bwill\b|\b(?:expected|going|due|set|scheduled|planned)\s+to\b"
    r"|\b(?:coming|lined)\s+up\b"
)
_ASKS_WHAT = lazy(r"^(?:hvad|hvilke[nt]?|what|which)\b")
_REASON = lazy(
    r"\bhvorfor\b|\bwhy\b|\bhow\s+come\b|\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?(?:reasons?|rationale|grounds?|motivation)\b"
    r"|\bfor\s+what\s+reason\b|\bwhat\s+(?:led|lead|leads|caused|causes|prompted|explains?)\b|\bbecause\s+of\s+what\b"
    r"|\b(?:begrundelse[n]?|årsag(?:en|erne)?|baggrunden\s+for|grunden\s+til|hvad\s+skyldes|skyldes\s+det)\b"
    r"|\bhvad\s+er\s+formålet\b|\bformålet\s+med\b|\bwhat\s+(?:is|was)\s+the\s+(?:purpose|aim|point)\b|\bwhat\s+for\b"
    r"|\bhvad\s+forklarer\b|\bforklare[rs]?\s+(?:man|de|det|i)\b|\bhow\s+(?:is|was|do|does)\b.*\bexplained\b"
)
_COMPARE = lazy(
    r"\bcompar\w*|\bdifferen\w*|\bdiffer\b|\bversus\b|\bvs\.?(?=\s)|\bsammenlign\w*|\bforskel\w*"
    r"|\b(?:more|fewer|less|higher|lower|larger|smaller)\s+than\b|\b(?:flere|færre|mere|mindre|højere|lavere|større)\s+end\b"
    r"|\b(?:increase[sd]?|decrease[sd]?|rise|rose|fell|drop(?:ped)?|grow|grew|went\s+(?:up|down))\b"
    r"|\b(?:stigning(?:en)?|fald(?:et)?|steget|faldet|stiger|falder|vokset|ændring(?:en)?)\b"
    r"|\bchang(?:e|es|ed)\s+(?:from|between)\b|\bændre(?:de|t)?\s+sig\s+(?:fra|mellem)\b"  # a figure's change from one year to another
    r"|\bup\s+or\s+down\b|\bsteg\s+eller\s+faldt\b"  # "did it go up or down": which way a figure went
    r"|\b(?:19|20)\d\d\s+(?:ift\.?|i\s+forhold\s+til|mod|over\s+for|against)\s+(?:19|20)\d\d\b"  # a year set against another: "2022 ift 2024"
)
# "Blev der færre pladser … fra 2025 til 2026?", "did the places go down from 2025 to 2026?": a yes/no of a
# figure's change between two years is that figure compared (answered by the two years' figures).
_CHANGE_BETWEEN_YEARS = lazy(
    r"\b(?:flere|færre|mere|mindre|more|fewer|less|steg|faldt|stiger|falder|øget|increased?|decreased?|rise|rose|fall|fell"
    r"|go(?:es)?\s+(?:up|down)|went\s+(?:up|down)|cut|reduced?)\b"
    r".*\b(?:(?:fra|from|between|mellem)\s+(?:19|20)\d\d\s+(?:til|to|and|og)|(?:19|20)\d\d\s+(?:end|than)(?:\s+(?:i|in))?)\s+(?:19|20)\d\d\b"
)  # ... or "flere … i 2025 end i 2024", "more … in 2025 than in 2024"
# "did it go up or down", "steg eller faldt det": a choice between two directions of a figure, not a yes/no.
_UP_OR_DOWN = lazy(r"\bup\s+or\s+down\b|\bdown\s+or\s+up\b|\bsteg\s+eller\s+faldt\b|\bfaldt\s+eller\s+steg\b")
_NUMBER = lazy(
    r"\bhvor\s+(?:mange|meget|store?|stort|høj|højt|høje|lang|langt|længe|ofte|tit)\b|\bhow\s+(?:many|much|large|big|high|long|often)\b"
    r"|\bhvad\s+(?:koster|kostede|betaler|betalte|bliver\s+prisen|er\s+prisen)\b|\bwhat\s+(?:does|did|will)\b.*\bcost\b"
    r"|\b(?:antal(?:let)?|beløb(?:et)?|andel(?:en)?|procent(?:del)?|pct|kvote[rn]?|kvoten|takst(?:en)?|"
    r"prisen|bidrag(?:et)?\s+pr)\b"
    r"|\b(?:number|amount|share|percentage|proportion|quota|rate|price|cost|figure)s?\s+(?:of|for|is|was|did|do)\b"
    r"|\btarget\s+(?:of|for|is|was)\b"  # a target figure; "targets" (plural) are goals, listed
    r"|\bmåltal(?:let|lene)?\s+(?:for|på|i|til)\b"  # a target figure asked: "KKR's target for SOSU trainees in 2027", "måltallet for"
    r"|\bwhat(?:\s+(?:is|was|are|were)|'s)\s+(?:the\s+)?\w+(?:'s)?\s+(?:\w+\s+)?(?:quota|price|cost|budget|share|rate|number|amount|total)\b"
    r"|\b(?:numbers|figures|amounts|tallene|tal\s+for|dimensionering(?:en)?|dimensioning)\b"
    r"|\b(?:pr\.?|per)\s+(?:indbygger|døgn|dag|år|plads|borger|elev|inhabitant|resident|citizen|day|year|place|night|bed)\b"
    # a figure shared out: "fordelt pr. kommune", "per municipality", "fordelingen pr. region"
    r"|\b(?:pr\.?|per)\s+(?:kommune|municipality|region)\b"
    # pay asked as what one gets: "hvad får en studerende i løn", "hvad tjente formanden i honorar"
    r"|\bhvad\s+(?:får|fik|tjener|tjente)\b(?:\s+[\w'-]+){1,4}?\s+i\s+(?:løn|honorar|vederlag|godtgørelse)\b"
    # where a figure ended: "what did the intake end up at", "hvad endte optaget på", "hvad landede tallet på"
    r"|\bend(?:s|ed)?\s+up\s+at\b|\bland(?:s|ed)\s+at\b|\bhvad\s+(?:endte|ender|landede|lander)\b(?:\s+[\w'-]+){1,4}?\s+på\s*(?:i\b|for\b|\?|$)"
)
_DATE = lazy(
    r"\bhvornår\b|^when\b|[,;:]\s*when\b|\b(?:and|or|but|so)\s+when\b|\buntil\s+when\b|\bsenest\b|\bfrist(?:en)?\b|\bdeadline\b|\bby\s+when\b|\bwhat\s+date\b"
    r"|\bhvilken\s+dato\b|\bhvilken\s+dag\b|\b(?:which|what)\s+(?:date|day)\b(?![\s-]*care)|\bdato(?:en)?\s+for\b|\bdate\s+of\b"
    # the date a rule or agreement takes effect: "from when does it apply", "since when", "the effective date"
    r"|\b(?:from|since)\s+when\b|\beffective\s+(?:date|from)\b|\bikrafttrædelses(?:dato|tidspunkt)(?:et|en)?\b"
)
# A date asked in so many words ("by what date", "hvilken dato", a question opening with "deadline"/"frist") is
# the date, though a quota, a count or "differently" is named in it: "deadline for the kommuner to agree their
# own split of the refugee quota?", "deadline hvis kommunerne … hvor mange flygtninge …?".
_DATE_ASKED = lazy(
    r"\b(?:by|from|since|on)\s+(?:what|which)\s+date\b|^(?:what|which)\s+date\b|\bhvilken\s+dato\b"
    r"|^(?:deadline|frist(?:en)?)\b|\bwhat(?:\s+is|\s+was|'s)\s+the\s+deadline\b|\bhvad\s+er\s+fristen\b"
)
_PERSON = lazy(
    # "which" + a word for a person's role asks who: "hvilken forsker", "which researcher", "which experts"
    r"\bhvem\b|\bwho\b|\bwhom\b|\bhvilke[nt]?\s+(?:(?:person|politiker|forsker|professor|oplægsholder|ekspert"
    r"|direktør|repræsentant|konsulent)(?:e|en|er|ere|erne|ne)?|borgmest(?:er|re|rene)|(?:næst)?form(?:and|ænd)"
    r"|medlem(?:mer|merne)?|minist(?:er|re|rene)|embedsm(?:and|ænd))\b"
    r"|\bwhich\s+(?:(?:person|politician|mayor|member|researcher|professor|academic|scholar|speaker|expert|minister"
    r"|director|representative|official|consultant)s?|people|chair(?:s|man|men|person|woman)?)\b"
    r"|\boplæg(?:get)?\s+(?:ved|af)\b"
    r"|\bnavn(?:et|ene)?\s+på\b|\bname\s+of\b|\bafløse[rs]?\b|\bafløste\b|\btaking\s+over\b|\breplac(?:e|es|ed|ing)\b"
)
_LIST = lazy(
    r"\bhvilke\b|\bwhich\b|\bwhat\s+(?:are|were)\b|\bliste?\b|\bnævn\b|\bname\s+the\b|\bopremse\b"
    r"|\bwhat\s+(?:areas|items|topics|issues|points|subjects|themes|initiatives|elements|kinds?|types?)\b"
    r"|\bhvad\s+(?:indeholder|omfatter|består|rummer|dækker)\b|\bwhat\s+(?:does|do|did|will)\b.*\b(?:include|contain|cover|consist|involve|focus)\w*\b"
    r"|\b(?:fokus(?:erer)?\s+på|focus(?:es|ed)?\s+on)\s+hvad\b|\bwhat\b.*\bfocus(?:es|ed)?\s+on\b"
)
_DECISION = lazy(
    r"\b(?:decid(?:e|ed|es)|decision|approv(?:e|ed|al)|agreed?|adopt(?:ed)?|endorsed?|sign(?:ed)?\s+off|"
    r"outcome|came\s+out|concluded?|resolved|besluttet|besluttede|beslutning(?:en)?|vedtaget|vedtog|"
    r"godkendt|godkendte|tiltrådt|tiltrådte|enige|konklusion(?:en)?|udfald(?:et)?|resultatet|"
    r"hvad\s+skete\s+der|what\s+happened|landede|land(?:ed|s)?\s+on|settled?\s+on|c(?:o|a)me\s+down\s+on|"
    r"upshot|end(?:s|ed)?\s+up(?!\s+(?:at|in|on|as)\b)|endte(?:\s+\S+){0,3}?\s+med|kom\s+der\s+ud\s+af)\b"
)


# Danish verb first, then its subject "der" or "man": "Følger der penge med", "Ved man hvor ...".
_VERB_FIRST = lazy(r"^(?!hv|og\b|men\b|så\b|nu\b|i\b|på\b|om\b|for\b)[a-zæøå]+\s+(?:der|man)\b")


@lru_cache(maxsize=4096)  # of the question's text; asked again per passage and per reading
def _plain(text: str) -> str:
    """The question lower-cased, spaces collapsed, without a leading "and", "og", "hej" ..."""
    q = " ".join(text.lower().replace("’", "'").split())
    return re.sub(r"^(?:and|og|men|but|so|så|ok|okay|hej|hi)\b[\s,]*", "", q)


def asks_decided(text: str) -> bool:
    """Do the question's words ask what was decided, agreed or approved ("did they sign off",
    "hvad endte KKR med", or in general words: "what came of it", decision_words), whatever answer type
    it was read as (shown's refused items, ruling.py)?"""
    q = _plain(text)
    return bool(_DECISION.search(q)) or asks_outcome(q)


@lru_cache(maxsize=4096)  # of the question's text; asked again per passage and per reading
def asks_yes_no(text: str) -> bool:
    """Does the question ask yes or no ("Did KKR approve ...", "Følger der penge med ...",
    "ved man hvor mange ...")? Its answer may be a sentence that denies (ikke, no, uden)."""
    return any(_opens_yes_no(_plain(c)) or opens_with_present_verb(c) for c in asking_clauses(text))  # after a framing too; "Lægger KKR …?": present_verb.py


# "hvornår", "when", "which date": a sentence asking when something is or was
_WHEN_ASKED = lazy(r"\b(?:hvornår|when|which\s+date|what\s+date)\b", re.IGNORECASE)


def asks_when(sentence: str) -> bool:
    """Does the asking sentence ask when? Readings of a body's choice (choice_asked.py) or of an
    event's outcome (announced_only.py) leave such a question to the date the item gives."""
    return bool(_WHEN_ASKED.search(sentence))


def _opens_yes_no(q: str) -> bool:
    return bool(_YES_NO.match(q) or _VERB_FIRST.match(q) or VERB_OPENING.match(q)) and not _POLITE.match(q)


def yes_no_verb(text: str) -> str | None:
    """The verb a yes/no question opens with ("Følger der penge med …" → "følger"): a passage
    that puts "ikke" beside it ("Der følger med loven ikke midler …") answers no."""
    if not asks_yes_no(text):
        return None
    q = next((_plain(c) for c in asking_clauses(text) if _opens_yes_no(_plain(c)) or opens_with_present_verb(c)), "")
    return q.split()[0].strip(",.?!") if q else None


_AGAINST = lazy(r"\bi\s+forhold\s+til\b|\bsammenholdt\s+med\b")


def asks_comparison(text: str) -> bool:
    """Does the question set its figure against another ("… i 2025 i forhold til gennemsnittet",
    "compared with", "flere end")? Whatever its type, both sides want to be in view."""
    q = _plain(text)
    return bool(_COMPARE.search(q) or _AGAINST.search(q))


_SECOND_ASK = lazy(
    r"(?:,|\bog|\band)\s+(?:hvad|hvor|hvem|hvornår|hvilke[nt]?|hvorfor|hvordan|what|how|who|when|which|why|where)\b"
)


def asks_two_things(text: str) -> bool:
    """Does the question ask two things ("… how many answered, and what response rate did
    that give?", "Hvornår …, og hvad sker der hvis …")? Each may be answered by its own passage."""
    return bool(_SECOND_ASK.search(" ".join(text.lower().split())))


# Where a plan question's second half begins: ", and", "og", a dash, a new sentence.
_ON_IT_VERB = lazy(r"(?:kommer|står|indgår)\b")  # Danish verbs of being on a list, opening a yes/no half
_SECOND_HALF = lazy(r"\s*(?:[,;]\s*(?:and|og|men|but)?|\s(?:and|og)|\s[—–-]|[?.!:])\s+")


def asks_if_on_it(text: str) -> bool:
    """Does a question about what a meeting will take up also ask, in a half of its own, yes or no
    whether one topic is on it ("What will the June meeting take up, and is X on it?", "… – is the
    loan pool among the items?", "… og kommer lånepuljen op?")? The plan is the answer to both: the
    topic is one of its lines or it is not; the topic's own item answers neither half."""
    q = _plain(text)
    halves = [h for h in _SECOND_HALF.split(q) if h.strip()]
    return len(halves) > 1 and any((_YES_NO.match(h) or _ON_IT_VERB.match(h)) and not _POLITE.match(h) for h in halves[1:])


def answer_type(text: str, *, next_meeting: bool = False, council_ahead: bool = False) -> AnswerType:
    """The answer type of a question (see the module docstring); `next_meeting`: the parser
    read it as asking about the next or a named meeting; `council_ahead`: about a council's work
    at a meeting whose time it names, in the future tense (`asks_ahead`). A question with
    background first ("Ahead of the 2021 elections KKR invited an academic to talk about …; who
    was it?") is read by its last sentence, then as a whole."""
    if council_ahead and asks_meeting_work(text):
        return "plan"  # a meeting named, and nothing asked but its work (meeting_work.py)
    parts = [p for p in _SENTENCES.split(text.strip()) if p.strip()]
    if (main := main_clause(text)) is not None:  # "When …, did they agree …?", "When …, what did they add?": the main clause asks (yes_no_asked), not the fronted "when"
        return _type_of(main, next_meeting, council_ahead)
    if len(parts) > 1:
        last = _type_of(parts[-1], next_meeting, council_ahead)
        if last != "none":
            return last
    return _type_of(text, next_meeting, council_ahead)


def asks_ahead(text: str) -> bool:
    """Does the question (its last sentence) ask in the future tense ("hvad skal …", "hvem kommer
    …", "what will …", "what is … expected to …")? Beside a council and a month, that month is the
    council's meeting (a council acts at its meetings)."""
    parts = [p for p in _SENTENCES.split(_plain(text).strip()) if p.strip()]
    return bool(parts) and bool(_FUTURE.search(parts[-1]))


_SENTENCES = lazy(r"(?<=[.?!;])\s+")


# A relative clause ("… the state rules that cost the municipalities money", "overskuddet, som blev
# overført", "kommuner, der har svaret") says which thing is meant, not what is asked of it: it runs
# from its pronoun to the clause's end. "that", "which", "who" open one only straight after a word
# (", who gave the talk?" and "and which …" ask); Danish "der" only after a comma (without one it is
# as often "there": "er der planer").
_RELATIVE = lazy(
    r"(?<=[\w)])(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bog)(?<!\beller)(?<!\bmen)\s+(?:that|which|who|whom|whose|som)\b[^,;:?!]*"
    r"|,\s*(?:som|der)\b[^,;:?!]*"
)


@lru_cache(maxsize=4096)  # of the question's text; asked again per passage and per reading
def asking_part(text: str) -> str:
    """The question less its relative clauses (see `_RELATIVE`): the part that asks."""
    return _RELATIVE.sub("", _plain(text))


def _type_of(text: str, next_meeting: bool, council_ahead: bool = False) -> AnswerType:
    """The type the asking part says; the whole question's when that part says none ("What's the
    item that KKR approved?")."""
    asking = asking_part(text)
    kind = _type_of_part(asking, next_meeting, council_ahead)
    if kind == "none" and asking != _plain(text):
        kind = _type_of_part(text, next_meeting, council_ahead)
    return kind


def _type_of_part(text: str, next_meeting: bool, council_ahead: bool = False) -> AnswerType:
    q = _plain(text)
    if _YES_NO.match(q) and not _POLITE.match(q) and not _UP_OR_DOWN.search(q):
        return "compare" if _CHANGE_BETWEEN_YEARS.search(q) else "decision"
    if _REASON.search(q) or asks_reason(q):
        return "reason"  # "what was the reason for putting it on the agenda": a cause, not a meeting's plan; "what drove that?" (why_words.py)
    if _PLAN.search(q) or (next_meeting and not _DATE.search(q)):
        return "plan"
    if council_ahead and _ASKS_WHAT.match(q) and _FUTURE.search(q) and not _NUMBER.search(q):
        return "plan"
    if re.match(r"(?:when|hvornår|by\s+when|senest\s+hvornår)\b", q) or _DATE_ASKED.search(q):
        return "date"
    for kind, pattern in (("reason", _REASON), ("number", _NUMBER), ("compare", _COMPARE), ("date", _DATE),
                          ("list", GROUPS_OR_PARTIES), ("person", _PERSON), ("list", _LIST),
                          ("list", LIST_IN_OTHER_WORDS)):  # fmt: skip
        if pattern.search(q):
            return kind  # type: ignore[return-value]
    if _DECISION.search(q) or asks_outcome(q):  # "what came of it", "any remarks" (decision_words)
        return "decision"
    return "none"


_MONEY = lazy(
    r"\b(?:betal\w*|kost\w*|pris\w*|beløb\w*|kr|kroner|takst\w*|bidrag\w*|finansier\w*|budget\w*|udgift\w*|"
    r"tilskud\w*|penge|pays?|paid|paying|costs?|costing|price\w*|spend\w*|spent|fund\w*|budgets?|fees?|money|"
    r"contribut\w*|grants?|expenses?|kroner|dkk)\b"
    # a price or rate of a unit: "døgnprisen", "døgntaksten", "the daily rate", "the rate per place"
    r"|\b[a-zæøå]+(?:pris|takst)(?:en|er|erne)?\b|\b(?:daily|nightly|hourly|weekly|monthly|annual|yearly)\s+(?:rate|fee|charge)s?\b"
    r"|\brates?\s+(?:pr\.?|per)\b"
)
_SHARE = lazy(r"\b(?:andel\w*|pct|procent\w*|shares?|percent\w*|proportion\w*)\b")
# ... not money counted in its units: "hvor mange penge", "how many kroner"
_COUNT = lazy(
    r"\b(?:hvor\s+mange|how\s+many)\b(?!\s+(?:penge|kroner|kr\b|mio\b|millioner|mia\b|milliarder|money|dkk))"
    r"|\bantal(?:let)?\b|\bnumber\s+of\b"
)


@lru_cache(maxsize=4096)  # of the question's text; asked again per passage and per reading
def number_unit(text: str) -> NumberUnit | None:
    """What a number question counts in: money ("hvad betaler", "how much does it cost"), a
    share ("hvor stor en andel", "what percentage"), things ("hvor mange", "how many") or things
    per a time ("how often", "hvor ofte");
    None when it does not say. Read from the asking part ("how many items that cost money": things),
    else from the whole question."""
    return _unit_of(asking_part(text)) or _unit_of(text.lower())


# "how often", "hvor ofte": a count per a time ("2-4 møder om året", "to gange årligt").
_RATE = lazy(r"\bhow\s+often\b|\bhvor\s+(?:ofte|tit)\b")


def _unit_of(q: str) -> NumberUnit | None:
    if _RATE.search(q):
        return "rate"
    if _SHARE.search(q):
        return "share"
    if _COUNT.search(q):
        return "count"
    if _MONEY.search(q):
        return "money"
    return None
