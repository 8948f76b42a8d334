"""A year asked as the year of a council's act, not of a figure: that meeting's item answers.

"Da KKR Midtjylland i 2026 tog stilling til flygtningekvoterne, hvor mange skulle Region Midtjylland
modtage?", "KKR Midt indstillede i 2024 en dimensionering af pædagoguddannelsen …", "the development
contribution the Midtjylland municipalities accepted in 2025": a council sets a figure at a meeting for a
later year (in June 2026 the refugee quota of 2027, in 2025 the contribution of 2026). The year checks of
a refusal (answer.lacks_named: year_bound.py, table_gap.py, year_written.py, answer._year_apart) read
the year as the figure's, and refused the item of that very year's meeting ("intet for 2026").

Read here: when every year the question names stands beside a verb or noun of the council's act ("i
2026 tog stilling til", "indstillede i 2024", "accepted in 2025", "KKR's beslutning i 2026"), a refusal
lacking nothing but those years, of an item whose meeting was held in that year (its date, or an undated
meeting's window within one year), with no other item holding the question showing a figure of it, is
no refusal: the year is the meeting's. A year of the figure itself ("landstallet i 2026", "the
contracts signed in 2026", "årsregnskab for 2021": no act of the council) stays the figure's, and its
refusal stands (the gate and off-topic sets hold such questions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from index.lazy_patterns import lazy
from index.model import AgendaItem

if TYPE_CHECKING:
    from index.question.parse import ParsedQuestion
    from index.search.rank import Ranked

__all__ = ["act_years", "held_in", "of_meeting_year"]

# the council's act, Danish and English: a verb (past, present or participle) or its noun
_ACT = (
    r"(?:tog|tager|tage|taget)\s+stilling|beslut\w*|vedt[ao]g\w*|godkend\w*|tiltrå\w*|indstille[dt]e?|fastsat\w*|fastsætte\w*"
    r"|aftalte|behandle[dt]e?|drøftede|accept(?:s|ed)?|agree[sd]?|approv\w*|decid\w*|decision|set|recommend\w*|endors\w*|discuss(?:ed)?"
)
# ... with a year of "i"/"in" right before it or a few words after it ("i 2026 tog stilling", "indstillede i 2024")
_ACT_YEAR = lazy(
    r"\b(?:i|in)\s+(?P<before>(?:19|20)\d\d)\s+(?:\w+\s+){0,2}?(?:" + _ACT + r")\b"
    r"|\b(?:" + _ACT + r")\b\W+(?:[^\W\d]+\W+){0,4}?(?:i|in)\s+(?P<after>(?:19|20)\d\d)\b"
)


def act_years(text: str) -> set[int]:
    """The years `text` names beside the council's act (see the module doc)."""
    return {int(m["before"] or m["after"]) for m in _ACT_YEAR.finditer(text.lower())}


def held_in(item: AgendaItem) -> int | None:
    """The year `item`'s meeting was held in: its date's, or an undated meeting's window's when the
    window lies in one year; else None."""
    if item.meeting_date is not None:
        return item.meeting_date.year
    start, end = item.date_window
    return start.year if start is not None and end is not None and start.year == end.year else None


def of_meeting_year(
    missing: Sequence[str], unseen: Sequence[str], first: Ranked, others: Iterable[Ranked], parsed: ParsedQuestion,
    shows_year: Callable[[Ranked], bool],
) -> bool:
    """Is what `first` lacks (`missing`: words and years the question names, `unseen`: bodies no item
    names) only the years `parsed` asks, each of the council's act and the year `first`'s meeting was
    held in, with none of `others` showing a figure of them (`shows_year`)? Then the years are the
    meeting's (see the module doc)."""
    years = set(parsed.years)
    if not years or unseen or sorted(str(w) for w in missing) != sorted(str(y) for y in years):
        return False
    if years != {held_in(first.item)} or not years <= act_years(parsed.text):
        return False
    return not any(shows_year(r) for r in others if r is not first)
