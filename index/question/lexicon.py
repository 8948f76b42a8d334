"""The small closed word lists of question parsing: stop and filler words, language
signals, and the phrases that show what a question wants (a decision, the next meeting)."""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.meeting_work import asks_meeting_work, meeting_work_word_spans
from index.question.plan_words import PLAN_ASKED, PLAN_QUALIFIERS
from index.question.month_plan import MONTH_PLAN
from index.question.asking_idioms import asking_idiom_spans

__all__ = [
    "DA_SIGNALS",
    "EN_SIGNALS",
    "ENGLISH_ONLY_STOP",
    "GENERIC",
    "STOP_WORDS",
    "as_planned_spans",
    "asking_idiom_spans",
    "decision_spans",
    "framing_spans",
    "next_meeting_spans",
    "purpose_spans",
]

# Whoosh's Danish and English stop lists (the index drops these too) ...
_DA_STOP = set(
    "ad af alle alt anden at blev blive bliver da de dem den denne der deres det dette dig din "
    "disse dog du efter eller en end er et for fra ham han hans har havde have hende hendes her "
    "hos hun hvad hvis hvor i ikke ind jeg jer jo kunne man mange med meget men mig min mine mit "
    "mod ned noget nogle nu når og også om op os over på selv sig sin sine sit skal skulle som "
    "sådan thi til ud under var vi vil ville vor være været".split()
)
_EN_STOP = set(
    "a about above after again against all am an and any are as at be because been before being "
    "below between both but by can did do does doing don down during each few for from further "
    "had has have having he her here hers herself him himself his how i if in into is it its "
    "itself just me more most my myself no nor not now of off on once only or other our ours "
    "ourselves out over own s same she should so some such t than that the their theirs them "
    "themselves then there these they this those through to too under until up very was we were "
    "what when where which while who whom why will with you your yours yourself yourselves".split()
)
# ... and the words of asking, which say nothing about the topic.
_DA_FILLER = set(
    "hvornår hvem hvilke hvilken hvilket hvordan hvorfor hvorledes hvorvidt fortæl fortælle vis "
    "vise giv give find finde gerne venligst tak kan må mon ske skete sket sker står stod "
    "handler handlede drejer siger sagde sige sagt nogen omkring vedrørende vedr ang angående hedde hedder ellers "
    # what a thing concerns, asked with the verb ("hvem angik udnævnelsen", as "hvad handlede punktet om"; round 19)
    "angå angår angik "
    "mht bl.a blandt andet osv etc spørgsmål seneste sidste nyeste nye ny år året gang gange "
    "emne emnet emner emnerne punkt punktet punkter punkterne sag sagen sager sagerne "
    "drøfte drøftet drøftede drøftes sagde hvad's nok lige bare så "
    "egentlig helt kunne vide ved hører høre mere mest dét får fik få fået gør gøre gjorde "
    "gjort går gik gået kommer kom komme kommet tager tog taget giver gav givet hedder findes "
    "finder fandt fundet ligger lå laves lave lavet næste tidligere forrige hvorhenne tage betyder "
    "betød sidder sidde sad søg søge søger imod ifølge igennem stor store størst største gøres "
    "fremover træder trådte træde trådt behandle behandles behandlet behandler "
    "tilsammen fortæller fortalte fortalt dato datoen datoer tidspunkt tidspunktet "
    "ift iht pga flere færre "
    # how a thing turned out ("hvad endte KKR med at beslutte") and whether a claim holds ("er det
    # rigtigt, at …"): the decision or a yes/no is asked, the answer type reads it
    "ende ender endte endt rigtigt korrekt sandt "
    # the modals of ought and need, as "kan", "må" and "skal" are: a yes/no question's asking verb
    # ("Bør kommunerne …", "Behøver de …"), the answer type reads it; no topic an item could lack
    "bør burde behøver behøve måtte "
    # adverbs of emphasis that name no topic, as their English twins ("actually", "really", "exactly",
    # "roughly") are English fillers (not "allerede", "stadig": the documents say what is already or
    # still so in those words, "der er allerede godt gang i fire …")
    "faktisk virkelig præcis præcist omtrent overhovedet "
    # asking for a decision's own words ("hvad var ordlyden af beslutningen", "den præcise formulering"):
    # the words are the answer's, no topic (round 17)
    "præcise nøjagtig nøjagtige nøjagtigt ordlyd ordlyden ordret formulering formuleringen formuleret "
    # a comparison's joint ("SSA vs SSH 2027"): the answer type reads it, it names no topic
    "vs versus".split()
)
_EN_FILLER = set(
    "tell show give gave given gives giving danish find know say said please thanks thank want like need get got happen "
    "happened happening regarding concerning re anything something everything info question "
    "latest recent recently last new current currently discussed discuss mentioned mention "
    "also would could might may must shall let lets us does whether much many there's what's "
    "kind sort any meet meets held hold holds next previous earlier later see set take per "
    "different year years purpose reason reasons provide provided position positions stance "
    "view views opinion summarise summarize summary overview details detail information "
    "inform forthcoming intend intends intended put forward kindly sit sits sitting search "
    "look lookup one ones going preliminary lined altogether date dates thing things rather alone actually really "
    "exactly "
    # asking for a decision's own words ("the exact wording of the decision", "how was it worded"): no topic (round 17)
    "exact precise precisely wording worded verbatim literally "
    # everyday English that names no topic: numbers in words, motion, expecting, keeping, making
    "two three four five six back come came comes coming ask asked asking think thinks expect expects "
    "expected keep keeps kept getting still already yet enough else roughly approximately shortly carefully certain "
    # what happens to a thing, asked yes or no ("is it settled yet what happens to …"): no topic (round 16)
    "happens "
    # a past meeting named by its verb ("when KKR Midtjylland met on 17 June 2026"): the past of
    # "meet", whose present forms are fillers above; the meeting is named by its date (round 17)
    "met "
    "taking taken use used make makes made done meant supposed big large behind without neither "
    "either hear heard send sent bring brought speak spoke true correct "
    # contractions, as written and as typed in Slack without the apostrophe ("whats planned …",
    # "didnt they approve …"): asking and negating words, not words an item could lack
    "didn't didnt don't dont doesn't doesnt isn't isnt wasn't wasnt aren't arent weren't werent "
    "hasn't hasnt haven't havent hadn't hadnt won't can't cant couldn't couldnt shouldn't shouldnt "
    "wouldn't wouldnt whats who's whos where's wheres how's hows when's whens why's whys that's thats "
    "theres".split()
)
# English stop words that are content in a Danish question ("status på IT").
ENGLISH_ONLY_STOP: frozenset[str] = frozenset({"it"})
STOP_WORDS: frozenset[str] = frozenset(_DA_STOP | _EN_STOP | _DA_FILLER | _EN_FILLER) - ENGLISH_ONLY_STOP

# Words every KKR document is full of: no help in telling items apart.
GENERIC: frozenset[str] = frozenset(
    "kkr kkr'erne kkr'er kl møde mødet møder møderne mødes mødtes kommunekontaktråd "
    "kommunekontaktrådet kommunekontaktrådene råd rådet rådets".split()
)

# Words that only one of the two languages has (shared words like "i", "at", "for", "man",
# "over", "under", "have", "by" are left out: they tell nothing).
EN_SIGNALS: frozenset[str] = frozenset(
    "the what was were is are of and on about which who when where how did does do has been will "
    "would can should there this that these those its they their with from any in a an "
    "decided decide decision approved agreed meeting meetings next upcoming tell me please we "
    "our why much many get say said latest recent last year new".split()
)
DA_SIGNALS: frozenset[str] = frozenset(
    "og er det hvad hvem hvornår hvordan hvilke hvilken hvor blev om på til af med den de der "
    "har ikke en et som skal vil var fra efter næste møde mødet kommende besluttet besluttede "
    "beslutning vedtaget godkendt godkendte eller nogen noget sker skete står mange meget sig "
    "også kan kunne blive bliver seneste sidste nye ny år vedr vedrørende om".split()
)

_DECISION = lazy(
    r"\b(?:decid(?:e|ed|es|ing)|decisions?|approv(?:e|ed|es)|agreed|adopt(?:ed|s)?|resolved|"
    r"conclu(?:de|ded|des|sion|sions)|outcome|endorsed|ratified|sign(?:s|ed|ing)?\s+off(?:\s+on)?|voted|"
    r"besluttet|besluttede|beslutte[rs]?|beslutning(?:en|er|erne)?|vedtaget|vedtog|vedtages|"
    r"godkendt|godkendte|godkendes|tiltrådt|tiltrådte|konklusion(?:en)?|afgørelse(?:n)?|afgjort|"
    r"udfald(?:et)?|resultatet|landede|land(?:ed|s)?\s+on|settled?\s+on|c(?:o|a)me\s+down\s+on|"
    r"upshot|end(?:s|ed)?\s+up(?!\s+(?:at|in|on|as)\b)|endte(?:\s+\S+){0,3}?\s+med|kom\s+der\s+ud\s+af|came\s+out\s+of|"
    # what the members added to a recommendation or advice, as the Beslutning records it ("what did the
    # members add", "hvad tilføjede medlemmerne"; not an infinitive, "lined up to add to the status"):
    # the decision's own additions are asked (round 17)
    r"(?<!to )add(?:ed)?(?=\s+(?:to|on)\b|\s*[?.!]|\s*$)|tilføjede|tilføjet)\b"
)
_GAP = r"\s+(?:[\w'-]+\s+){0,3}?"  # room for a council name: "next KKR Midtjylland meeting"
_NEXT_STRONG = lazy(
    r"\b(?:next|upcoming|forthcoming|coming|following)" + _GAP + r"(?:meetings?|sessions?|agenda)\b"
    r"|\bnext\s+time\b|\bmeets?\s+next\b|\bmeet\s+again\b|\bcoming\s+up\b|\bwhat(?:'s|\s+is)\s+next\b"
    r"|\bnext\b(?=\s*(?:[?.!]|$))"
    r"|\bupcoming\b(?=\s*(?:[?.!,]|$|in\b|for\b|at\b|on\b|kkr\b|council\b))"
    r"|\b(?:næste|kommende|førstkommende|forestående|efterfølgende|følgende)" + _GAP + r"(?:møde[rt]?|møderne)\b|\bmødet\s+derefter\b"
    r"|\b(?:første|first)\s+(?:møde[t]?|meeting)\s+(?:efter|after)\b"
    r"|\bnæste\s+gang\b|\bmødes\s+(?:næste\s+gang|igen)\b|\bhvornår\s+mødes\b"
    r"|\bwhen\s+(?:does|do|will)\b(?=.*\bmeet\b)|\bmeet\b(?=.*\bnext\b)"
    # "on what date does KKR meet after its August meeting", "hvornår mødes KKR efter juni"
    r"|\b(?:what|which)\s+(?:date|day)\s+(?:does|do|will)\b(?=.*\bmeets?\b)|\bmeets?\s+(?:again\s+)?after\b"
    r"|\bmødes\s+(?:\S+\s+){0,3}?efter\b"
)
# Within a match only these words are the asking; the rest (a council name) stays.
_NEXT_WORDS = frozenset(
    "next upcoming forthcoming coming following meeting meetings session sessions agenda time "
    "up again meet meets næste kommende førstkommende forestående møde mødet møder møderne "
    "gang mødes igen hvornår when does do will første first efterfølgende følgende derefter subsequent".split()
)
_NEXT_WEAK = lazy(r"\bagenda\s+(?:for|of)\b|\bdagsorden(?:en)?\s+(?:for|til)\b")
# "What is on the agenda", "planned for the meeting": a weak sign of the next meeting, and
# never a topic to search.
# A meeting's agenda named in other words: "what's on the list for KKR Midt 17 April", "what's up
# for Midt on 20 Oct", "hvad er på listen til mødet", "on the docket": the asking, never the topic
# ("list" is no "Liste over udpegelser").
AGENDA_NAMED = (
    r"\bon\s+(?:the\s+|its\s+|their\s+)?(?:(?:prelim\w*|provisional|draft|current)\s+)?(?:list|docket|schedule)\s+(?:for|at)\b"
    r"|\bpå\s+(?:den\s+foreløbige\s+(?:sags)?liste|(?:den\s+foreløbige\s+)?(?:sags)?listen)\s+(?:til|for)\b"  # "den foreløbige liste": the definite adjective, the bare noun
    # ... or pointing back to the meeting just named: "… and will climate be on the list?", "er X på listen?"
    r"|\b(?:on\s+(?:the|its|their|that|this)\s+(?:list|docket|schedule)|på\s+(?:listen|sagslisten))(?=\s*(?:[?!.]|$))"
    r"|\bwhat(?:'s|\s+is|\s+are)\s+up\s+(?:for|at)\b"
    # ... as staff name a draft of it: "the prelim agenda", "the provisional list of points",
    # "dagsordensudkastet", "udkastet til dagsordenen", "den foreløbige sagsliste", "sat på til mødet"
    r"|\b(?:on\s+(?:the\s+|its\s+|their\s+)?)?(?:prelim\w*|provisional|draft|tentative)\s+(?:agenda|list|docket|schedule)"
    r"(?:\s+of\s+(?:points|items|topics|cases))?\b|\blists?\s+of\s+(?:points|items|topics)\s+(?:for|at|on)\b"
    r"|\b(?:agenda|dagsordens?)[\s-]?(?:items|points|punkter)\s+(?:for|til|at|on|på)\b"  # "agenda items for KKR Midt on 20 Oct"
    r"|\b(?:provisionally|tentatively)\s+(?=(?:lined\s+up|planned|scheduled|slated|set|put|on|up)\b)"
    r"|\b(?:på\s+)?dagsordens?udkast(?:et)?\b|\b(?:på\s+)?udkast(?:et)?\s+til\s+dagsorde?nen\b"
    r"|\b(?:på\s+)?(?:den\s+)?foreløbige\s+(?:dagsorden|sagsliste|punktliste)(?:n)?\b|\bsat\s+på\s+(?:til|for)\b"
    r"|" + PLAN_ASKED  # in plain speech: "what's on for", "what's lined up", "hvad skal vi ha på til" (plan_words.py)
    + r"|" + MONTH_PLAN  # a month's plan by its word: "okt 25 planen", "planen for oktober 2025" (month_plan.py)
)
# The agenda named as a heading, straight before a council or a date ("agenda KKR Midtjylland
# 17/04/2024", "dagsorden 17.4.2024") or after a council ("KKR Nord agenda 15 Oct 2021"): the asking.
AGENDA_HEADING = r"^\s*(?:the\s+)?(?:dagsorden(?:en)?|agenda)(?=\s+(?:kkr\b|\d))|^\s*kkr\s+\S+\s+(?:dagsorden(?:en)?|agenda)\b"
_ON_AGENDA = lazy(
    AGENDA_HEADING + "|" + AGENDA_NAMED + r"|\bon\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?agenda\b|\bpå\s+dagsorde?nen\b"  # "dagsordnen" as often typed
    r"|\b(?:planned|scheduled|slated|expected)\s+(?:for|at)\b|\b(?:planlagt|planlagte|berammet)\s+(?:til|for|på)\b"
    # ... ending the question after the meeting was named before it: "Midt's October '21 meeting: which items were planned?"
    # (English only: "hvornår er den endelige godkendelse … planlagt?" asks the date of an event, its word the topic's)
    r"|\b(?:planned|scheduled|slated)(?=\s*[?!.]?\s*$)"
    r"|" + PLAN_QUALIFIERS
)


# "Er der planer om X", "what are the plans for X": X is the topic, the plans are the asking
# (an item speaks of what is planned without saying "planer").
_PLANS = lazy(r"\b(?:planer(?:ne)?|plans?)\s+(?:om|for|to)\b")


# What a council does at a meeting, or a guest there, asked in other words than "behandle" and
# "drøfte" ("hvad skal rådet tage stilling til", "beskæftige sig med", "have på bordet", "på
# programmet", "hvem kommer på besøg", "deal with", "is expected to", "on the table"): asking, no topic.
_MEETING_WORK = lazy(
    r"\b(?:tage[rs]?|tog|taget)\s+stilling\s+til\b|\bbeskæftige[rs]?\s+sig\s+med\b|\bkommer?\s+til\s+at\b"
    r"|\b(?:(?:sat|sætte[rs]?|sættes)\s+)?på\s+(?:bordet|programmet|besøg(?:\s+hos)?)\b|\bkigge[rs]?\s+på\b"
    r"|\b(?:sat|sætte[rs]?|sættes)\s+på\s+dagsorde?nen\b"
    r"|\b(?:deal|deals|dealt|dealing)\s+with\b|\b(?:expected|going|due|scheduled)\s+to\b"
    r"|\btak(?:e|es|ing)\s+a\s+(?:position|stand|stance)\s+on\b|\bon\s+the\s+(?:programme|program|table)\b"
    r"|\b(?:visit|visits|visiting)\b"
    # a meeting held: "hvornår holdt KKR Midtjylland mødet før …", "hvornår blev mødet afholdt" (the date
    # asked is the meeting's; no item's topic is "holdt": index/search/meeting_dated.py)
    r"|\b(?:af)?holdt(?=\s+(?:kkr[\s-]+[^\W\d]+\s+)?(?:sit\s+|deres\s+|det\s+)?møde[t]?\b)|(?<=\bmødet\s)(?:blev\s+)?(?:af)?holdt\b"
)


# "Hvad er formålet / målet / hensigten med X": X is the topic (as "the purpose of" is in
# English); the documents state a purpose in many words ("Målgruppen", "skal bidrage til").
_PURPOSE = lazy(
    r"\b(?:formål(?:et)?|mål(?:et)?|hensigt(?:en)?|idé(?:en)?|ideen)\s+med\b"
    # "hvornår træder X i kraft", "when does X take effect": X is the topic, its date the answer
    r"|\bi\s+kraft\b"  # (with "træder" / "trådte", asking words)
    r"|\b(?:takes?|took|taken)\s+effect\b|\b(?:comes?|came|enters?|entered)\s+into\s+force\b"
    r"|\bkick(?:s|ed|ing)?\s+in\b"  # "when does the reform kick in" (TIMES17)
    # ... qualified as formal: "træder den formelt i kraft", "formally take effect" (no item's topic is "formelt")
    r"|\b(?:formel(?:t|le)?|formally|officially|officielt)(?=\s+(?:[^\W\d]+\s+){0,2}?(?:i\s+kraft|tak(?:e|es|en)|took|kick|in(?:to)?\s+force|come|comes|enters?)\b)"
)


# The asker's own work, framing a question ("Jeg skriver om X. Hvornår …", "For a feature on X:
# what …", "I'm covering X"): the asker, the verb of reporting and the kind of piece are no topic;
# X still is (a sentence or clause before the question is its background, parse.py).
_PIECE_DA = r"(?:artikel|artikler|historie|reportage|indslag|feature|portræt|baggrundsartikel|klumme|podcast|udsendelse)"
_PIECE_EN = r"(?:story|stories|piece|feature|article|profile|column|podcast|segment|explainer)"
_FRAMING = lazy(
    r"\b(?:jeg|vi)\s+(?:er\s+ved\s+at\s+)?(?:skriver|laver|arbejder\s+på|dækker|følger|researcher|"
    r"forbereder|undersøger)\b"
    r"|\b(?:(?:til|for|i)\s+)?(?:en|et|min|mit|vores|den)\s+(?:\w+\s+)?" + _PIECE_DA + r"\s+(?:om|på|til)\b"
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are|i|we)\s+(?:currently\s+)?(?:doing|writing|working\s+on|preparing|planning|"
    r"researching|covering|reporting\s+on|looking\s+(?:into|at)|following|investigating|examining)\b"
    r"|^(?:writing|working\s+on|preparing|researching|covering|reporting\s+on|looking\s+(?:into|at)|following|"
    r"investigating|examining)\b"
    r"|\b(?:(?:background\s+)?for|in|on)?\s*(?:a|an|my|our|the)\s+(?:\w+\s+)?" + _PIECE_EN + r"\s+(?:on|about)\b"
    # the asker and the medium: "jeg er journalist på …", "som lokalredaktør", "vores læsere",
    # "I cover …", "I'm a reporter", "for a regional paper", "our readers"
    r"|\b(?:jeg|vi)\s+(?:er|arbejder\s+som)\s+(?:\w+\s+)?\w*(?:journalist|redaktør|reporter|skribent)\w*"
    r"|\bsom\s+\w*(?:journalist|redaktør|reporter|skribent)\b|\b(?:vores|mine)\s+(?:læsere|lyttere|seere)\b"
    r"|\b(?:i|we)\s+(?:cover|write\s+about|report\s+on)\b|\b(?:i'?m|i\s+am)\s+an?\s+(?:\w+\s+)?(?:journalist|reporter|editor)\b"
    r"|\b(?:our|my)\s+(?:readers|listeners|viewers|audience)\b|\b(?:our|my)\s+coverage\s+of\b"
    r"|\b(?:for|at)\s+(?:a|an|our|my|the)\s+(?:\w+\s+)?(?:paper|newspaper|magazine|newsletter|website|outlet|broadcast)\b"
)


def framing_spans(text: str) -> list[tuple[int, int]]:
    """Spans of words in `text` (lowercase) that frame a question with the asker's own work."""
    return [m.span() for m in _FRAMING.finditer(text)]


# Whether an event took place as planned, asked yes or no ("bliver mødet … holdt som planlagt?", "Was the
# … meeting held as planned?", "did the discussion go ahead?"): the asking, answered by "… blevet aflyst",
# "udsat", "Sagen blev aflyst"; no topic an item could lack (round 16, NEGWHY).
_AS_PLANNED = lazy(
    r"\b(?:(?:af)?holdt?|afholdes|afviklet|gennemført|held|hold|run|carried\s+out)\s+(?:som|as)\s+(?:planlagt|planned|scheduled|berammet)\b"
    r"|\b(?:som|as)\s+(?:planlagt|planned|scheduled|berammet)\b"
    r"|\b(?:go|goes|went|gone)\s+ahead\b|\b(?:take|takes|took|taken)\s+place\b|\b(?:fandt|finder|fundet)\s+sted\b"
)


def as_planned_spans(text: str) -> list[tuple[int, int]]:
    """Spans of words in `text` (lowercase) asking whether an event took place as planned (`_AS_PLANNED`)."""
    return [m.span() for m in _AS_PLANNED.finditer(text)]


def purpose_spans(text: str) -> list[tuple[int, int]]:
    """Spans of words in `text` (lowercase) that ask for the plans for, or the purpose of, a topic."""
    return [m.span() for m in _PLANS.finditer(text)] + [m.span() for m in _PURPOSE.finditer(text)]


# "Hvad skal KKR have på bordet om det i april?", "what will they decide about it": the question
# points back to its background, which is then what it asks about.
_POINTS_BACK = lazy(r"\b(?:om|med|til|vedrørende)\s+(?:det|dette|dem|disse)\b|\b(?:about|on|with|regarding)\s+(?:it|this|that|them|these)\b"
                          r"|\bthere\W*$")  # "… take on jointly there?": the place named before


def points_back(question: str) -> bool:
    """Does the question's last sentence ask about something named before it ("om det", "about it")?"""
    last = re.split(r"(?<=[.?!])\s+", question.strip().lower())[-1]
    return bool(_POINTS_BACK.search(last))


def meeting_work_spans(text: str) -> list[tuple[int, int]]:
    """Spans of words in `text` (lowercase) that ask what a council does, or who comes, at a meeting."""
    return [m.span() for m in _MEETING_WORK.finditer(text)] + meeting_work_word_spans(text)  # a plan asked in such words alone: meeting_work.py


def decision_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words in `text` (lowercase) that ask what was decided."""
    return [m.span() for m in _DECISION.finditer(text)]


def next_meeting_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of words asking about the next meeting, marked "strong", "weak" or "context".

    A weak sign ("agenda for ...") counts only when nothing points elsewhere (a decision,
    a past meeting date): "godkendelse af dagsorden til mødet den 3. september 2021" is
    about a past meeting. "context" ("on the agenda") is weak too, and is never a topic.
    """
    strong = [
        (m.start() + w.start(), m.start() + w.end(), "strong")
        for m in _NEXT_STRONG.finditer(text)
        for w in re.finditer(r"\w+", m.group())
        if w.group() in _NEXT_WORDS
    ]
    weak = [(*m.span(), "weak") for m in _NEXT_WEAK.finditer(text)]
    context = [(*m.span(), "context") for m in _ON_AGENDA.finditer(text)]
    return strong + weak + context
