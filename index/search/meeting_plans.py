"""Which agenda item plans a coming meeting: one definition for the whole search stage.

KL's template closes every meeting with section 6, "Punkter til næste møde": its item names the
next meeting's date and lists the topics it will take up. The item is known by its title
("Punkter til næste møde", "Punkter til kommende møde i KKR Midtjylland", "Foreløbig oversigt over
punkter til KKR Midtjyllands næste møde", "Punkter til møde i KKR Midtjylland den 17. april 2024")
or, when its title is bare ("Oversigt"), by the section it stands in. Not by its number alone: a
council that numbers its sections otherwise has another item at 6.1.

Four places ask it: `/kkr next` (upcoming.find_plan_item: which item of the latest meeting holds
the plan), meeting_asked (which item speaks for a meeting the index does not hold), answer (is a
hit the plan of the meeting asked about) and shown (a plan shows its planned items).
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy

__all__ = ["plans_a_meeting"]

# "punkter / sager / emner til [KKR Midtjyllands næste] møde", "oversigt over punkter", "næste møde"
_PLAN_HEADING = lazy(
    r"\b(?:punk?ter|sager|emner)\s+til\s+(?:\S+\s+){0,3}?(?:møde|mødet|dagsorden(?:en)?)\b"
    r"|\boversigt\s+over\s+(?:punk?ter|sager|emner)\b"
    r"|\b(?:næste|kommende|førstkommende)\s+møde\b",
    re.IGNORECASE,
)


def plans_a_meeting(title: str, section: str = "") -> bool:
    """Does the item titled `title`, in the section headed `section` ("6. Punkter til næste
    møde"), list what a coming meeting will take up?"""
    return bool(_PLAN_HEADING.search(title) or (section and _PLAN_HEADING.search(section)))
