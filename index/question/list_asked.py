"""List questions asked without "which" / "hvilke" (round 15, LISTS15): the asker's own words for
"name the things". Without them a question read as "none" (or "person") shows the item's opening
sentence, not its list; the held-back sets of round 14 missed most often on such lists.

Two kinds, read by `index.question.answer_type` at two places in its order:
- `GROUPS_OR_PARTIES`, read before a person is: "who" that asks for groups of people or for the
  parties of an agreement, not one person's name ("who is hit hardest when services are cut":
  "de udsatte grupper, ældre, unge mennesker og børn"; "hvem står bag analysen": "KKR, Region
  Midtjylland og Professionshøjskolen VIA"; "who signed the deal": "regeringen, FOA, … og KL");
- `LIST_IN_OTHER_WORDS`, read when no other type is asked: a plural "what are they" in Danish
  ("hvad er de tre indsatsområder", "hvad var anbefalingerne"), what a body is to do ("hvad skal
  SKF lave", "hvad skal udvalget tage sig af"), what something is to concentrate on or put first
  ("what does the contract ask them to keep concentrating on"), and what a good thing needs or is
  made of ("what makes a good meeting", "say a good meeting needs", "hvad kendetegner et godt møde"),
  and advice or recommendations asked ("what did VIVE recommend", "what advice did …", "hvad anbefaler
  …"): in these documents a list of them;
- `POINTS_OF_A_MEETING` (round 21, LISTS21), part of `LIST_IN_OTHER_WORDS`: what was discussed
  (talked about, taken up, on the table) at a meeting the question names ("hvad blev der snakket
  om på mødet ml. KL's formandskab og KKR-formandskaberne i maj", "what came up when the chairs met
  the regional council chair"): the documents write a meeting's discussion as a list of points
  ("På mødet drøftedes blandt andet: - … - …"). A discussion verb asked, not its outcome ("hvad kom
  der ud af drøftelsen", "what was decided": a decision), and a meeting named (a meeting word), not
  an item's own discussion ("hvad drøftede KKR om uddannelse": its decision answers).
"""

from __future__ import annotations


from index.lazy_patterns import lazy

__all__ = ["GROUPS_OR_PARTIES", "LIST_IN_OTHER_WORDS", "POINTS_OF_A_MEETING"]

GROUPS_OR_PARTIES = lazy(
    r"\bwho\s+(?:is|are|was|were|gets?|got|will\s+be)\s+(?:\w+\s+)?(?:hit|affected|hurt)\b"
    r"|\bhvem\s+(?:rammes|ramtes|påvirkes|bliver\s+(?:\w+\s+)?(?:ramt|påvirket))\b"
    r"|\bwho\s+(?:is|are|was|were)\s+behind\b|\bhvem\s+(?:står|stod)\s+bag\b"
    r"|\bwho\s+(?:signed|struck|entered\s+into|made|agreed)\b[^?]*\b(?:deal|agreement|accord|pact)\b"
    r"|\bhvem\s+(?:indgik|underskrev|lavede|har\s+indgået)\b[^?]*aftale"
    r"|\b(?:parties|signatories)\s+(?:to|of|behind)\b|\b(?:aftale)?parterne\s+(?:bag|i|til)\b"
    r"|\bwho\s+(?:are|were)\s+the\s+(?:parties|partners|signatories)\b|\bhvem\s+(?:er|var)\s+(?:aftale)?parterne\b"
)

_MEETING = r"\b(?:møde[ts]?|mødtes|mødte|meeting|met|meet)\b|\w{3,}mødet?\b"
_DISCUSSED = (
    r"\bhvad\b[^?]*?\b(?:drøftede?s?|drøftet|diskuterede?s?|diskuteret|snakkede?s?|snakket|talte?s?|talt|vendte?s?|vendt"
    r"|berørte?s?|berørt|oppe\s+at\s+vende|på\s+bordet)\b"
    r"|\bwhat\b[^?]*?\b(?:discuss(?:ed)?|talk(?:ed)?\s+(?:about|over)|c(?:a|o)me\s+up|covered|raised|on\s+the\s+table|went\s+over)\b"
)
_OUTCOME = r"\b(?:ud\s+af|udfald\w*|konklu\w*|beslut\w*|enige|decid\w*|decision|outcome|agreed|conclu\w*)\b"
POINTS_OF_A_MEETING = lazy(rf"^(?=[^?]*(?:{_MEETING}))(?![^?]*{_OUTCOME})[^?]*?(?:{_DISCUSSED})")

LIST_IN_OTHER_WORDS = lazy(
    # the points discussed at a meeting the question names
    POINTS_OF_A_MEETING.pattern + "|"
    # a plural asked "what are they" in Danish: "hvad er de tre indsatsområder", "hvad var anbefalingerne"
    r"\bhvad\s+(?:er|var|bliver)\s+de\s+(?:\w+\s+){0,2}?\w+(?:er|ne)\b|\bhvad\s+(?:er|var)\s+\w{3,}(?:erne|ene)\b"
    # what a body is to do: "hvad skal SKF Midt lave", "hvad skal udvalget tage sig af"
    r"|\bhvad\s+skal\b[^?]{1,40}?\b(?:lave|arbejde\s+med|tage\s+sig\s+af|beskæftige\s+sig\s+med|varetage|fokusere\s+på)\b"
    r"|\bwhat\s+(?:is|are|will)\b[^?]{1,40}?\b(?:supposed|meant|expected)\s+to\s+(?:do|work\s+on|handle|deal\s+with)\b"
    # what to concentrate on or put first
    r"|\bwhat\b[^?]*\b(?:concentrat|prioriti[sz])\w*"
    # what a good thing needs or is made of
    r"|\bwhat\s+makes?\s+(?:for\s+)?an?\s+(?:good|great|successful|well)\b|\ban?\s+(?:good|great|successful)\s+[\w\s-]{0,30}?\bneeds?\b"
    r"|\bmakes?\s+for\s+an?\s+(?:good|great|successful)\b|\bhvad\b[^?]*\bom\s+(?:det|den)\s+gode\b"
    r"|\bhvad\b[^?]*\b(?:kendetegne[rs]?|gør|karakterisere[rs]?)\s+(?:et|en)\s+god\w*\b|\bhvad\s+skal\s+der\s+til\s+for\b"
    r"|\bwhat\b[^?]*\brecommend(?:ed|s)?\b(?!\s+(?:doing|to\b|that\b|the\s+\w+\s+to\b))|\bhvad\b[^?]*\banbefale(?:r|de)?\b|\bwhat\s+(?:advice|tips|recommendations)\b"
)
