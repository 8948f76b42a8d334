"""A question's sentences, split where a stop is followed by a capital (round 19, lead's last read).

Why: a journalist's background comes first and what is asked last, so several readers take a
question's last sentence; the documents' abbreviations ("pr. døgn", "ca. 15", "15. okt.") must not
end one. One split for all of them: index/search/figure.py, index/search/payment_asked.py (which
cannot import figure: figure imports rank, which reads payment_asked through kind_near) and
index/question/framing_year.py each wrote the same pattern before.
"""

from __future__ import annotations

from index.lazy_patterns import lazy

__all__ = ["SENTENCE_END", "last_sentence", "question_sentences"]

# A sentence ends at . ? or ! before a capital letter (not "ca. 15", "pr. indbygger", "15. okt.").
SENTENCE_END = lazy(r"(?<=[.?!])\s+(?=[A-ZÆØÅ])")


def question_sentences(text: str) -> list[str]:
    """A question's sentences, split only where a stop is followed by a capital ("pr. døgn", "ca. 15"
    stay whole); a journalist's background comes first, what is asked last."""
    return [p for p in SENTENCE_END.split(text.strip()) if p.strip()]


def last_sentence(text: str) -> str:
    """A question's last sentence, where a journalist asks after the background (the text itself
    when it has no sentence)."""
    return (question_sentences(text) or [text])[-1]
