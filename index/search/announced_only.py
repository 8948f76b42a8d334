"""Does the item record what came of the event or measure the question asks about, or only announce
it? (round 23, EVENTS23)

"Hvad viste pendleranalysen?", "How many IT chiefs turned up for the workshop?", "Hvad kom der ud af
KL's regionale møder?", "what were the expert committee's findings?": what is asked is an outcome
in the past (who or how many took part, what was found, shown, concluded, what came of it). The
documents often name such an event or measure only as coming: a conference "afholdes" on a later
date, an analysis "forventes" to be finished, a workshop "afholdes" before a mapping, people are
"inviteret", a committee "skal afrapportere". The item holds the question's words, so coverage
answered with it, though nothing in it says what came of the thing.

The outcome asked is read in the asking sentence (`outcome_asked`): a past verb or phrase of
taking part, finding, showing, concluding or coming out ("deltog", "mødte op", "viste", "fandt",
"konkluderede", "kom <the thing> frem til", "kom der ud af", "hvordan forløb", "blev/var
resultatet", "fremmødet"; "attended", "turned up", "turnout", "did it find", "how did it go", "ended
up", "what came out of", "were its findings"). Not read: a question asking when (the planned date
answers it), nor one asking yes or no. The outcome's own words ("deltog", "resultatet",
"findings") name no thing and are left out of the question's words below.

Where the item speaks of the thing: its passages holding at least NEAR_BEST of what its best passage
holds of the question's own words (the title counting in every passage), and more of them than
the title alone, unless it is the item's decision (a minutes item whose title names the thing
records in its Beslutning what came of it: "Sagen blev aflyst."). The item only announces the
thing when one of those passages puts it in the future or a plan ("afholdes", "gennemføres",
"vil", "skal", "forventes", "planlægges", "inviteret", "igangsat", "kommende", "med henblik på",
or a day after the item's meeting: "Sundhedskoordinationsudvalgets konference 27. september 2021"
in the agenda of 30 August 2021) and none of them says it happened or holds its outcome
("afholdt", "gennemført", "deltog", "viste", "præsenterede", "resultaterne", "konklusionerne",
"aflyst", or a meeting's record of it: "drøftede", "tiltrådte", "godkendt", "taget til
efterretning"; not after a future word in the passage: "vil … blive præsenteret"). Such a passage
counts only when it names the thing as fully as the fullest passage naming it as coming, or is the
decision: one item often reports another event held beside the one it announces ("I juni blev der
afholdt flere informationsmøder med … it-chefer" beside "Forud for kortlægningen afholdes en
workshop med alle it-chefer"). A count asked and a number in one of those passages that the
question does not write leaves it answered (a count the item states, "2-4 møder om året"). So does a
decision that names the thing beyond the title and says the meeting dealt with it, however little of
the question it holds beside the plan's sentence ("drøftede sagen, herunder Uddannelsesudvalget og
muligheden for at nedlægge udvalget …" against "Der lægges op til at KKR … drøfter om der fortsat skal
nedsættes et selvstændigt uddannelsesudvalg": the meeting's record is what came of it). Then:
refused, the item kept as the nearest ("punktet omtaler det kun som kommende eller planlagt, ikke
hvad der kom ud af det"; read by asked.missing_asked, so the answered and the uncertain outcome
alike).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from index.dates import find_dates
from index.lazy_patterns import first_search, lazy, lazy_tuple
from index.model import BESLUTNING, Note
from index.question.answer_type import asks_when, asks_yes_no
from index.question.parse import ParsedQuestion
from index.question.sentences import last_sentence
from index.search.figure import item_text, stems_of_text
from index.search.rank import Concept, Ranked
from index.search.values import numbers_in

__all__ = ["missing_outcome", "outcome_asked"]

NEAR_BEST = 0.5  # a passage speaks of the thing when it holds this share of what the best one holds

# The outcome of an event or measure, asked in the past.
_OUTCOME = lazy_tuple(
    (
        # Danish: taking part, finding, showing, concluding, coming out of, how it went
        r"\b(?:deltog|mødte\s+op|dukkede\s+op|viste|fandt|konkluderede|endte|udmundede)\b",
        r"\bhvordan\s+(?:forløb|gik)\b",  # ("har forløb på tværs af sektorer": a noun)
        r"\b(?:var|blev)\s+(?:resultatet|udfaldet|konklusionen|konklusionerne|udbyttet|fremmødet)\b",
        r"\bfremmødet\b",
        r"\bhar\s+(?:\w+\s+){0,4}?(?:vist|fundet|konkluderet|deltaget)\b",
        r"\bkom\s+(?:der\s+)?(?:\w+\s+){0,8}?(?:frem\s+til|ud\s+af)\b",
        r"\b(?:resultatet|udfaldet|udbyttet|konklusionen|konklusionerne)\s+af\b",
        r"\budbytte\s+af\b",
        # English: the same, in the past
        r"\b(?:attended|turned\s+up|showed\s+up|took\s+part|participated|concluded|turnout|ended\s+up)\b",
        r"\bhow\s+did\s+(?:\S+\s+){1,12}?(?:go|turn\s+out|end)\b",
        r"\b(?:did|has|have|had)\s+(?:\S+\s+){1,12}?end\s+up\b",
        # ("what did the analysis find?", "… conclude about": the verb's object is asked, not "did X find solutions")
        r"\b(?:did|has|have|had)\s+(?:\S+\s+){1,12}?(?:find|found|show|shown|conclude|concluded|attend|attended|reveal|revealed)(?=\s*[?.]|\s*$|\s+(?:about|on|regarding|concerning|in|for|at|after)\b)",
        r"\b(?:what|which)\s+(?:\w+\s+)?(?:came|come)\s+(?:out\s+)?of\b",
        r"\b(?:was|were)\s+(?:the\s+|its\s+|their\s+)?(?:outcome|results?|findings?|conclusions?)\b",
        r"\b(?:its|their)\s+(?:findings|conclusions|outcome)\b",
    ),
    re.IGNORECASE,
)
# The outcome's own words, which name no thing ("deltog", "resultatet", "findings", "turnout").
_OUTCOME_WORD = lazy(
    r"deltog|deltag\w*|viste|vist|fandt|fundet|konklu\w*|resultat(?:et|er|erne)?|udfald\w*|udbytte\w*|fremmøde\w*|forløb|endte"
    r"|attend\w*|turn(?:ed|out)?|find\w*|found|show\w*|conclu\w*|outcomes?|results?|participa\w*|came|come|end(?:ed)?|went|go",
    re.IGNORECASE,
)
_DIGITS = lazy(r"\d+(?:[.,]\d+)*")

# An item's words putting a thing in the future or a plan.
_COMING = lazy(
    r"\b(?:vil|skal|med\s+henblik\s+på|forvent\w*|planlæg\w*|afholdes|gennemføres|holdes|inviter\w*|igangsat|igangsættes|kommende|bliver"
    r"|påbegynd\w*|snart|endnu\s+ikke|frem\s+mod)\b",
    re.IGNORECASE,
)
# An item's words saying a thing happened, or holding what came of it.
_DONE = lazy(
    r"\b(?:afholdt|afholdte|gennemført|gennemførte|deltog|deltaget|deltagelse|viste|vist|fandt|konkluderede|konkluderet"
    r"|præsenterede|præsenteret|fremlagde|resultat(?:et|er|erne)?|konklusion(?:en|er|erne)?|aflyst|udsat|udsættes"
    r"|anbefaler|anbefalede|anbefalinger(?:ne)?"
    # a meeting's record: the thing was discussed or decided on ("drøftede sagen og tiltrådte indstillingen")
    r"|drøftede|drøftet|tiltrådte|tiltrådt|godkendte|godkendt|besluttede|besluttet|vedtog|vedtaget|til\s+efterretning)\b",
    re.IGNORECASE,
)


def _done(text: str) -> bool:
    """Does the text say the thing happened, or hold what came of it, not put in the future before
    it ("vil … blive præsenteret", "skal munde ud i anbefalinger" tell what is to come)?"""
    return any(not _COMING.search(text, 0, m.start()) for m in _DONE.finditer(text))


def _later(text: str, after: date | None) -> bool:
    """Does the text name a day after the meeting ("Sundhedskoordinationsudvalgets konference 27.
    september 2021" in the agenda of 30 August 2021)?"""
    return after is not None and any(found.value > after for found in find_dates(text))


def outcome_asked(text: str) -> re.Match[str] | None:
    """The words asking an outcome in the past ("deltog", "viste", "did it find", "what came out of"),
    read in the asking sentence; None when none is asked, or when the question asks when or yes/no."""
    asking = last_sentence(text)
    if asks_when(asking) or asks_yes_no(text):
        return None
    return first_search(_OUTCOME, asking)


def missing_outcome(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Note | None:
    """note_only_announced when the question asks an outcome and the item speaks of the thing only
    as coming (module docstring); None otherwise."""
    asked = outcome_asked(parsed.text)
    if asked is None:
        return None
    own = [c for c in concepts if not c.expansion and c.df > 0 and not _OUTCOME_WORD.fullmatch(c.word)]
    weights = {c: c.weight_given(parsed.background) for c in own}
    if not weights:
        return None
    title = stems_of_text(r.item.title)
    in_title = sum(w * c.credit(title) for c, w in weights.items())
    held = []
    for p in r.item.passages:
        text = item_text(r.item, p)
        words = title | stems_of_text(text)
        held.append((sum(w * c.credit(words) for c, w in weights.items()), text, p.section))
    best = max((h for h, _, _ in held), default=0.0)
    if best <= 0:
        return None
    # the passages holding the thing beyond the title, and, of an item whose title names it, its decision
    speaking = [(h, text, section) for h, text, section in held if h >= NEAR_BEST * best and (h > in_title or section == BESLUTNING)]
    after = r.item.meeting_date or r.item.date_window[1]  # a day after the meeting is still to come
    coming = max((h for h, text, _ in speaking if _COMING.search(text) or _later(text, after)), default=None)
    if coming is None:
        return None
    # a thing said to have happened, in a passage naming it as fully as the fullest naming it as coming, or
    # in the decision ("I juni blev der afholdt flere informationsmøder med … it-chefer" is another event
    # than "Forud for kortlægningen afholdes en workshop med alle it-chefer")
    if any(_done(text) for h, text, section in speaking if h >= coming or section == BESLUTNING):
        return None
    # a decision naming the thing beyond the title records what the meeting came to (module docstring)
    if any(_done(text) for h, text, section in held if section == BESLUTNING and h > in_title):
        return None
    speaking = [text for _, text, _ in speaking]
    written = set(_DIGITS.findall(parsed.text))  # "over-60s": the question's own number, however written
    if parsed.answer_type == "number" and any(set(_DIGITS.findall(v.text)) - written for t in speaking for v in numbers_in(t)):
        return None  # a count the item states ("der planlægges med 2-4 møder om året"), not one the question writes
    return Note("note_only_announced")
