"""The council a question asks about, named in an item's title.

"Udpegning til KKR Nordjylland", "Drøftelse af anbefalinger for KKR Midtjylland i den kommende
valgperiode": an item whose title names the council is about the council itself (its members,
its advice to the next council, its contracts). A question about that council ("det afgående
KKR Midtjylland", "the outgoing KKR Midtjylland") which the item otherwise answers in words of
its own is on the item's topic: the gate (answer._anchored) counts the council there as it counts
a rare word of the question in the title. Only the council itself: "Erhvervshus Nordjylland" or
"the regional council" names another body of the region.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.parse import ParsedQuestion

_COUNCIL_ASKED = lazy(r"\bkkr\b|kommunekontaktråd|(?<!regional )(?<!municipal )(?<!city )\bcouncil\b", re.IGNORECASE)


def names_council_asked(title: str, parsed: ParsedQuestion) -> bool:
    """Does `title` name the council (KKR) the question asks about, the question naming it as a council?"""
    if not parsed.councils or not _COUNCIL_ASKED.search(parsed.text):
        return False
    return any(re.search(rf"\bkkr\s+{re.escape(c.split()[-1])}", title, re.IGNORECASE) for c in parsed.councils)
