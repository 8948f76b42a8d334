"""A reason a sentence gives without a reason word, as KKR documents often do: a purpose clause
("… udmøntes samtidig for at skabe finansieringsmæssig sikkerhed omkring projekterne"), a
consequence clause ("…, så døgntaksten er …", "…, hvorved borgerne er mere skærmet …"). A "why" question takes a passage
saying one as giving a reason (index.search.units), as it takes one with "fordi", "idet" or "derfor".
A cause named by its verb ("Den lave belægning … gjorde, at Folketinget muliggjorde …", "medførte",
"førte til") states a reason and is read with the other reasons given as phrases (round 16:
index.search.reason_phrases).

"for at" completing the noun or adjective before it ("mulighed for at", "behov for at", "ansvar for
at", "vigtigt for at") names no purpose and is not read as one; nor are ", så som", ", så vidt",
", så længe" and their like; nor ", hvorfor", which in these documents asks more often than it
concludes ("brev …, hvori det begrundes, hvorfor der … ikke udpeges").

A purpose or a consequence is a weaker sign of the reason asked than a reason word: a "why" shows
beside such a passage the best one stating a reason (index.search.shown), as beside one giving none."""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["causes_in"]

# Words "for at" completes rather than giving a purpose after ("muligheden for at søge", "behov for at øge").
_COMPLEMENTS = frozenset(
    (
        "mulighed muligheden muligheder mulighederne behov behovet ansvar ansvaret ansvarlig ansvarlige grund grundlag "
        "grundlaget plads pladsen tid tiden forudsætning forudsætningen forudsætninger krav kravet kriterier kriterierne "
        "pligt pligten ret retten chance chancen interesse interessen vilje lyst rum rummet rammer rammerne brug hensyn "
        "motivation incitament incitamentet risiko risikoen barriere barrierer barriererne vigtigt vigtig nødvendigt "
        "nødvendig svært svær let lettere sværere muligt umuligt klar parat afgørende stedet frem tak ros kritik "
        "opmærksom glad taknemmelig anledning er var"
    ).split()
)
_PURPOSE = lazy(r"\b(?:for,?\s+at|in\s+order\s+to|so\s+as\s+to)\b", re.IGNORECASE)
_WORD_BEFORE = lazy(r"(\w+)\W*$")
_CONSEQUENCE = lazy(
    r",\s*(?:så|hvorved|hvormed)\b(?!\s+(?:som|vidt|længe|snart|meget|mange|fremt|er\s+der\s+lagt)\b)",
    re.IGNORECASE,
)


def causes_in(text: str) -> list[tuple[int, int]]:
    """The spans of the words by which a passage gives a purpose, a consequence or a cause."""
    spans = [m.span() for m in _CONSEQUENCE.finditer(text)]
    for m in _PURPOSE.finditer(text):
        before = _WORD_BEFORE.search(text, 0, m.start())
        if before is None or before.group(1).lower() not in _COMPLEMENTS:
            spans.append(m.span())
    return sorted(spans)
