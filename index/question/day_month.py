"""A day and month written with a slash and no year ("3/9", "20/10") names a meeting in more places
than after "d."/"den"/"on" or a meeting word (index/question/dates.py reads those).

Why: askers write a meeting's day as numbers where they would write its date in words: after the
council it is of ("KKR Nord 3/9", "Midt 20/10", "Central Jutland 1/9": any name index.councils reads
as a council), before the meeting word ("20/10-mødet", "the 20/10 meeting"), after what the council
does there ("hvad besluttede KKR 3/9", "what will KKR take up 1/9", "planned for 20/10", "planlagt
til 1/9"). Not a day alone ending the question ("hvor mange, 2/3?"): nothing there says it is a day.
The same "3/9" is as often a fraction ("2/3 af kommunerne", "about 1/3 of the places"): a slash
form followed by "af"/"of" or a share's word, or after a word of quantity, is never a day.
"""

from __future__ import annotations

from index.councils import council_named
from index.lazy_patterns import lazy

__all__ = ["slash_day_named"]

# the meeting word right after the day: "20/10-mødet", "the 20/10 meeting", "3/9 KKR meeting"
_MEETING_AFTER = lazy(r"^\s*-?\s*(?:kkr[- ])?(?:møde[tr]?|meeting|mtg)\b")
# "KKR" alone right before it ("hvad besluttede KKR 3/9"); a council's name is index.councils' reading
_KKR = lazy(r"kkr['’]?s?")
_NAME_WORDS = 4  # the most words of a council's name ("capital region of denmark")
# what a council does at its meeting, a few words before: "besluttede KKR 3/9", "take up 1/9",
# "planned for 20/10", "planlagt til 1/9", "vedtaget den 3/9" ("den" is dates.py's)
_DOING_BEFORE = lazy(
    r"\b(?:beslut\w*|decide[ds]?|decision|agree[ds]?|approve[ds]?|godkend\w*|vedt\w*|planlagt|planned|scheduled"
    r"|take[ns]?\s+up|took\s+up|tage[rs]?\s+op|tog\s+op|behandle\w*|drøfte\w*|discuss\w*)\b"
    r"(?:\s+[^\W\d]+){0,2}\s+$"
)
# a fraction: "2/3 af kommunerne", "1/3 of the places", "about 1/3", "knap 2/3"
_SHARE_AFTER = lazy(r"^\s*(?:af|of|del(?:e|en)?|parts?|andel\w*|share)\b")
_QUANTITY_BEFORE = lazy(
    r"\b(?:ca\.|cirka|omkring|about|around|nearly|almost|næsten|knap|godt|over|under|mere end|more than|less than"
    r"|mindre end|hele|all|only|kun|blot)\s*$"
)


def slash_day_named(before: str, after: str) -> bool:
    """Does a slash day and month with no year, with `before` and `after` it in the (lowercase)
    question, name a meeting's day? (See the module doc.)"""
    if _SHARE_AFTER.match(after) or _QUANTITY_BEFORE.search(before):
        return False
    return bool(
        _MEETING_AFTER.match(after) or _council_before(before) or _DOING_BEFORE.search(before)
    )


def _council_before(before: str) -> bool:
    """Does `before` end with a council named as index.councils reads a council's name ("KKR Nord",
    "Midt", "midtjyllands", "Nordjylland", "Central Jutland"), or with "KKR" alone?"""
    words = before.split()
    if words and _KKR.fullmatch(words[-1]):
        return True
    return any(council_named(" ".join(words[-n:])) for n in range(1, min(len(words), _NAME_WORDS) + 1))
