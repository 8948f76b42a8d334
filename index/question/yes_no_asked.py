"""Where a framed question asks yes or no: after its framing sentence, colon, semicolon or dash, or
after a clause put in front of it.

Journalists frame their questions: "Jeg skriver om hjemmesygeplejen: følger der penge med til
kommunerne med den nye lov?", "I'm writing about regional finances. Did the councils object to the
level of the contribution?", "When the culture money moves to the block grant in 2027, do the
municipalities know yet how much each gets?". Read from its first word, such a question asks
nothing yes or no ("Jeg skriver …", "When …"), so a sentence that answers it by denying ("Der følger
med loven ikke midler til kommunerne") was not the kind asked, and an item that gives no figure or
date was refused for lacking one. The clauses returned here are those whose opening decides whether
the question asks yes or no (index.question.answer_type.asks_yes_no): the whole question, its last
sentence or the part after its last colon, semicolon or spaced dash, and, in English, the main clause
after a fronted "when/if/now that … ," clause when that main clause opens with a verb and its subject.

A Danish yes/no may open with a verb in the past tense and its subject ("Protesterede de midtjyske
kommuner mod niveauet …?", "Nåede kommunerne …?") or with a verb of holding a view ("Mener VIVE, at …?"),
not only with the auxiliaries and "… der / man" that answer_type knew (`VERB_OPENING`).
"""

from __future__ import annotations


from index.lazy_patterns import lazy

__all__ = ["VERB_OPENING", "asking_clauses", "main_clause"]

# A Danish past tense ("-ede") or a verb of a view, opening a clause before its subject (not "… at", "… om").
VERB_OPENING = lazy(r"^(?:[a-zæøå]{3,}ede|mener|mente|synes|syntes)\s+(?!(?:at|om|for|til|af|i|på)\b)[a-zæøå]")
# The end of a framing: a sentence's end (after a full stop, only before a capital: "sygepl. må" is an
# abbreviation), a colon, a semicolon, or a dash set apart by spaces ("2024-25" is no dash).
_FRAMING_END = lazy(r"(?<=[?!;:])\s+|(?<=\.)\s+(?=[A-ZÆØÅ])|\s+[–—-]\s+")
# English: a fronted clause ("When …, " "If …, ") before a main clause opening with a verb and its subject.
_FRONTED = lazy(r"^(?:when|if|once|now\s+that|after|before|since|as|with|given\s+that)\b")
_MAIN_CLAUSE = lazy(
    r",\s+(?=(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should)\s+"
    r"(?:the|they|it|there|we|you|he|she|any|all|their|its|this|these|those|kkr|kl|[a-z]+s)\b)"
    # … or a question word: "When KKR discussed the advice in 2025, what did the members add?" asks
    # what they added, not a date (round 17, DECIDED17)
    r"|,\s+(?=(?:what|which|who|how|why)\s+\w)"
)


def main_clause(question: str) -> str | None:
    """The main clause after a fronted "When / If … ," clause that opens with a verb and its subject
    ("When it went through its advice in 2025, did the members agree …?" → "did the members agree …?"),
    whose type is the question's (not a date for its "when"); None when the question has none."""
    clauses = asking_clauses(question)
    return clauses[-1] if len(clauses) > 1 and _FRONTED.match(clauses[-2]) and not _FRONTED.match(clauses[-1]) else None


def asking_clauses(question: str) -> list[str]:
    """The question (lower-cased, spaces collapsed) and the clauses of it that may ask yes or no on
    their own, the whole first (see the module docstring)."""
    written = " ".join(question.replace("’", "'").split())
    clauses = [written.lower()]
    pieces = [p.strip() for p in _FRAMING_END.split(written) if p.strip()]
    if len(pieces) > 1:
        clauses.append(pieces[-1].lower())
    last = clauses[-1]
    if _FRONTED.match(last):
        mains = list(_MAIN_CLAUSE.finditer(last))
        if mains:
            clauses.append(last[mains[-1].end() :])
    return clauses
