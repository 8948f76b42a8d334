"""A month's plan asked by its word: "okt 25 planen for midt?", "planen for oktober 2025", "the plan
for the October 2025 meeting", "programmet for mødet i april"; a day in shorthand likewise ("planen for
mødet 20/10").

Staff call the list of points planned for a meeting "planen" or "programmet" and name the meeting by
its month. Read as a fact's time, the month ("okt 25") was a ranking hint and "planen" a search word
no item holds (the documents say "Punkter til kommende møde"), so the question was refused with nothing
kept. The plan's word beside a month (before it, or straight after it) ties the month to a meeting, as a
meeting word does (index/question/dates.py), and asks for that meeting's plan (index/question/answer_type.py:
the answer is the plan item 6.1 announcing it, marked preliminary, as for "what is on the agenda in
October 2025"). Only the singular definite or bare word: "planerne for 2027", "plans for X" name a
topic's plans.
"""

from __future__ import annotations

from index.question.months import MONTH_ALT

__all__ = ["MONTH_PLAN", "MONTH_PLAN_WORDS"]

# the plan's own words (a word of its own: not "planned", "planlagt", "plans")
MONTH_PLAN_WORDS = r"(?:plan(?:en)?|program(?:met)?)(?![\w-])"

_MONTHS = "(?:" + MONTH_ALT + ")"  # every name a question may use (months.py)
# "planen for oktober 2025", "the plan for the October meeting", "programmet til mødet i april";
# "okt 25 planen", "the October 2025 plan", "oktoberplanen" (normalise splits it)
MONTH_PLAN = (
    r"\b" + MONTH_PLAN_WORDS + r"\s+(?:for|til)\s+(?:the\s+|det\s+|den\s+)?(?:(?:kkr\s+)?(?:meeting|mødet)\s+(?:in\s+|i\s+)?)?" + _MONTHS + r"\b"
    r"|\b" + _MONTHS + r"\.?(?:\s+(?:20)?\d\d)?[-\s]?" + MONTH_PLAN_WORDS
    # ... a day in shorthand: "planen for midt-mødet 12/12", "programmet d. 20.10", "the plan for the 20/10 meeting"
    # (the day itself is read by dates.py)
    # (only the plan's words are taken: the council and the day stay for the parser)
    + r"|\b" + MONTH_PLAN_WORDS + r"\s+(?:for|til)\b(?=\s+(?:the\s+|det\s+|den\s+)?(?:(?:kkr\s+|region\s+)?(?:[^\W\d]+\s+)?(?:meeting|mødet)\s+)?"
    r"(?:d\.\s*|den\s+|on\s+)?[0-3]?\d[./-][01]?\d\b)"
)
