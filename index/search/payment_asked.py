"""An amount paid asked: the item whose passage states a payment with its amount, not one that only
names money beside the same body (round 19, OTHERDOC19).

Why: two documents often treat the same body or arrangement, and both give amounts in kroner beside
its name: the EU office's annual report ("178 mio. kr. har CDEU hjulpet midtjyske aktører med at
hente hjem …") and the item on what the municipalities pay it ("CDEU: 5,8 mio. kr. (2024-niveau)
… Bidraget til CDEU betales direkte fra den enkelte kommune"). "Roughly how many millions do the
municipalities pay towards Central Denmark EU Office?" matched both alike: "pay" is only a related
word of the glossary (it also means a wage), so the report, with more of the office's name, came
first. What the asked item holds and the other lacks is the kind of fact: a payment, contribution or
funding stated with its amount.

So a number asked with a word of paying in its asking part (pay, contribute; betale, bidrag) is an
asked kind of its own for the rerank (kind_near.py, as names, dates and reasons are):
the item whose window holding the question's words also holds a word of paying and an amount in
kroner weighs more. A person's pay ("how much is the chair paid", value_kinds.asks_pay) is another
question (a wage), left to its own reading.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.question.sentences import last_sentence
from index.search.value_kinds import asks_pay, states_amount

__all__ = ["asks_payment", "states_payment"]

# Words of paying in the asking part. Not "funding" or "tilskud": money a body receives or brings home
# ("how much EU funding did CDEU help bring home") is asked with them as often as money paid.
_PAYMENT_ASKED = lazy(
    r"\b(?:pay|pays|paid|paying|payment|payments|contribute|contributes|contributed|contributing|contribution|contributions)\b"
    r"|\b(?:betal|bidrag)\w*|\w+bidrag(?:et|ene|s)?\b",
    re.IGNORECASE,
)
_PAYMENT_STATED = lazy(r"\b(?:betal|finansier|tilskud|kontingent)\w*|\w*bidrag\w*", re.IGNORECASE)


def _asking_words(text: str) -> str:
    """The part of a question that asks: its last sentence, after a framing colon ("For a piece on EU
    funding in Central Jutland: how much money has …")."""
    return last_sentence(text).rsplit(":", 1)[-1]


def asks_payment(text: str) -> bool:
    """Does the question's asking part ask an amount paid or contributed (not a person's pay)?"""
    return bool(_PAYMENT_ASKED.search(_asking_words(text))) and not asks_pay(text)


def states_payment(text: str) -> bool:
    """Does `text` state a payment, contribution or funding with an amount in kroner?"""
    return bool(_PAYMENT_STATED.search(text)) and states_amount(text)
