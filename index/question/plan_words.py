"""A coming meeting's plan asked in plain speech, not with the word "agenda".

People ask what a meeting will take up as they would ask a colleague: "what's on for the Midt
meeting in October", "what's lined up?", "what's coming up at …", "hvad skal vi ha på til mødet",
"hvad skulle på bordet ved mødet", "hvad står på listen til …". These words are the asking, never
a topic an item could hold (no agenda item says "lined up" or "ha på"); with a meeting named they
ask for its plan (answer type "plan", read by index/question/answer_type.py and, as words that are
never a topic, by index/question/lexicon.py).

Also words that only qualify the asking ("so far", "indtil videre", "what does it contain", "the first
autumn meeting", "right after"): no item holds them either, and a gate that reads them as the question's
rarest words refuses.
"""

from __future__ import annotations

__all__ = ["PLAN_ASKED", "PLAN_QUALIFIERS"]

# Each alternative asks what a meeting will take up; they are joined into lexicon.AGENDA_NAMED.
PLAN_ASKED = (
    # "what's on for the midt meeting", "what is on at KKR Nord on 15 Oct", "what's on in October"
    r"\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+on\s+(?:for|at)\b"
    # "what's lined up?", "what's coming up for …", "what is in the pipeline for …"
    r"|\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:lined\s+up|coming\s+up|in\s+the\s+pipeline|on\s+the\s+cards)\b"
    # "hvad skal vi ha/have på til mødet", "hvad har de på til oktober", "hvad skal rådet have på i april"
    r"|\b(?:ha|have|har|havde)\s+på\s+(?:til|ved|i|for)\b"
    # ... the meeting named by a bound: "hvad skal midt ha på efter sommerpausen 2026" ("efter" stays the time's word)
    r"|\b(?:ha|have|har|havde)\s+på(?=\s+(?:efter|før|inden)\b)"
    # ... with the council between: "hvad har KKR Midtjylland på til mødet" (only the verb is taken: the council stays)
    r"|\b(?:ha|have|har|havde)(?=\s+(?:[^\W\d]+\s+){1,3}?på\s+(?:til|ved|for)\b)"
    # "which points did the council plan for its October meeting", "what do they plan to take up at the next meeting",
    # "… planning to take up at its October 2021 meeting" (a year among the words before the meeting's)
    r"|\bplan(?:s|ned|ning)?\s+(?:to\s+[^\W\d]+(?:\s+up)?\s+)?(?:for|at)(?=\s+(?:its|their|the|this|that|next)\s+(?:[\w'-]+\s+){0,3}?(?:meetings?|mtgs?)\b)"
    # "hvad skulle på bordet ved mødet", "hvad kommer på bordet til mødet", "hvad skal på dagsordenen"
    r"|\b(?:skal|skulle|kommer|kom)\s+på\s+(?:bordet|programmet|dagsorde?nen|listen)\b"
)
# Words that only qualify the asking of a plan: "planned so far", "indtil videre sat på", "what does it contain"
# ... a meeting's order in its time ("the first autumn meeting", "første møde"; the council between: "første kkr
# midt møde", "the first KKR Midtjylland meeting"), "right after the summer break"
PLAN_QUALIFIERS = (
    r"\bso\s+far\b|\bindtil\s+videre\b|\bwhat\s+(?:does|do|did|will)\s+(?:it|they|that|this)\s+(?:contain|include|hold)\b"
    # (not a body's own: "hvornår holder forummet sit første møde" asks about the forum)
    r"|(?<!\bits )(?<!\btheir )(?<!\bsit )(?<!\bsin )(?<!\bderes )\b(?:first|første)(?=\s+(?:kkr[\s-]+)?(?:[^\W\d]+\s+)?(?:meeting|mtg|møde[t]?)\b)|\b(?:right|lige)(?=\s+(?:after|before|efter|før)\b)"
)
