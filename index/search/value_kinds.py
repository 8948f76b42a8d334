"""Kinds of value a question asks for that are neither a figure (index.search.figure) nor a date
(index.search.asked): a duration, a person's pay, a company.

A duration asked for: "how long", "hvor længe", "hvor lang tid", "varighed", a waiting time, a
period of something ("the repayment period"), "how many years". Neither a figure (its head, "tid",
"time", is no thing the item counts) nor a date, so an item on the topic answered whatever it held:
"How long is the waiting time for a place on the special psychiatric places?" of the item giving
their price and use, "hvor længe varer et ophold …" of the same item.

The item gives a duration when a passage near the question's words (index.search.asked reads where)
holds one as the documents write it: a number of a unit of time ("3 år", "6-8 uger", "fem måneder"),
an adjective of years ("femårig", "flerårig"), a span of years ("2022-2026", "fra 2022 til og med
2026", "frem til 2028"), or the end a thing has to be done by ("inden udgangen af 2027", "senest
1. januar 2027": how long they have). "om året", "årligt", "pr. døgn" are a rate, not a duration.

A person's pay ("how much was the chair paid", "hvad får formanden i honorar", "what salary do …"):
an amount of money asked of a person or role, or by a word for pay. Only an amount beside a word
for pay answers it ("løn", "honorar", "vederlag", "aflønning", "godtgørelse", "diæter"): the item
on the office the chair leads gives the office's money, not the chair's.

A company ("which company won the contract", "hvilket firma skal drive …"): only a passage naming
a firm, a supplier or a company answers it.

A body's accounts ("its total accounts for 2025", "the operating result in its annual accounts",
"overskud i regnskabet for 2020"): only an amount beside a word for accounts answers it ("Overskud fra
Regnskab 2020 på kr. 834.784"); an office's budget or the municipalities' contribution to it is another
figure, and an attachment line naming the accounts ("Årsregnskab CDEU 2025") gives none.
"""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.dates import DAY_NAMED, MONTH_NAME_ALT
from index.search.values import dates_in

__all__ = [
    "asks_accounts", "asks_company", "asks_duration", "asks_pay", "duration_of", "gives_accounts", "gives_company",
    "gives_duration", "gives_pay", "states_amount",
]

_DURATION_ASKED = lazy(
    r"\bhow\s+long\b|\bhvor\s+længe\b|\bhvor\s+lang\s+(?:tid|periode)\b|\bhow\s+much\s+time\b|\bvarighed\w*|\bduration\b"
    r"|\bventetid\w*|\bwaiting\s+(?:time|period|list)s?\b|\b(?:repayment|payback|notice|transition|trial)\s+period\b"
    r"|\b(?:hvor\s+mange|how\s+many)\s+(?:år|måneder|uger|dage|years|months|weeks|days)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = r"(?:et|en|én|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|halvt|halvandet|flere|nogle|få)"
_UNITS = r"(?:år(?:s|et)?|måned(?:er|s)?|uger?|dage?|døgn|timer?|minutter|years?|months?|weeks?|days?|hours?)"
_YEAR = r"(?:19|20)\d\d"
_DURATION_GIVEN = lazy(
    rf"(?<!pr\. )(?<!per )(?<!over )(?<!under )(?<!than )\b(?:\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+)?|{_NUMBER_WORDS})\s+{_UNITS}\b"
    rf"|\b\w+årig\w*|\b{_YEAR}\s*[-–]\s*(?:19|20)?\d\d\b(?![-–/])"
    rf"|\bfra\s+(?:{_YEAR}|{MONTH_NAME_ALT})\b.{{0,40}}?\b(?:til|frem\s+til)\b|\btil\s+og\s+med\s+(?:{_YEAR}|udgangen)\b"
    rf"|\bfrem\s+til\s+(?:{_YEAR}|udgangen|{DAY_NAMED})|\bvarighed\w*",
    re.IGNORECASE,
)
_BY_END = lazy(rf"\b(?:inden|senest|før)\s+(?:den\s+)?(?:udgangen\s+af\s+{_YEAR}|{DAY_NAMED})", re.IGNORECASE)


_TIME_NOUN = lazy(r"\b([^\W\d_]+)\s+(?:time|period|list)s?\b", re.IGNORECASE)


def duration_of(text: str) -> list[str]:
    """The words naming what a duration asked in English is of: "waiting" of "waiting time",
    "repayment" of "the repayment period"."""
    return [m.group(1).lower() for m in _TIME_NOUN.finditer(text)]


def asks_duration(text: str) -> bool:
    """Does the question ask how long something lasts or takes (see the module docstring)?"""
    return bool(_DURATION_ASKED.search(text))


def gives_duration(text: str) -> bool:
    """Does `text` state a duration: a length of time, a span of years, or the end a thing is due by?"""
    return bool(_DURATION_GIVEN.search(text)) or (bool(_BY_END.search(text)) and bool(dates_in(text) or re.search(_YEAR, text)))


_ROLE = (r"(?:chair\w*|director\w*|mayor\w*|ceo|members?|staff|employees|councillors?|formand\w*|forperson\w*|direktør\w*"
         r"|borgmester\w*|medlemmer|medlem|medarbejder\w*|ansatte)")
_PAY_ASKED = lazy(
    rf"\b(?:salar\w*|wages?|remunerat\w*|honorar\w*|vederlag\w*|aflønn\w*|løn(?:nen|ninger)?)\b"
    rf"|\b{_ROLE}\b.{{0,60}}\b(?:paid|earn\w*|get\s+paid|tjen(?:er|te|t)|betalt|får)\b"
    rf"|\b(?:paid|earn\w*|betal\w*|får)\b.{{0,30}}\b{_ROLE}\b",
    re.IGNORECASE,
)
_PAY_GIVEN = lazy(r"\b\w*(?:løn|honorar|vederlag|aflønning|godtgørelse|diæt)\w*", re.IGNORECASE)
_AMOUNT = lazy(r"\d[\d.,]*\s*(?:mio\.|mia\.|millioner|milliarder)?\s*(?:kr\b|kroner)|\bkr\.?\s*\d", re.IGNORECASE)
_COMPANY_ASKED = lazy(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:company|companies|firm|firms|supplier|suppliers|vendor|vendors|contractor|contractors|consultancy)\b"
    r"|\bhvilke[nt]?\s+(?:\w+\s+)?(?:firma\w*|selskab\w*|virksomhed\w*|leverandør\w*|entreprenør\w*|konsulent\w*)",
    re.IGNORECASE,
)
_COMPANY_GIVEN = lazy(
    r"\b\w*(?:virksomhed|firma|selskab|leverandør|entreprenør|konsulent)\w*|\b(?:A/S|ApS|I/S|P/S)\b", re.IGNORECASE
)


def states_amount(text: str) -> bool:
    """Does `text` give an amount of money in kroner ("5,8 mio. kr.", "115 kr.", "kr. 834.784")?"""
    return bool(_AMOUNT.search(text))


def asks_pay(text: str) -> bool:
    """Does the question ask what a person or role is paid (see the module docstring)?"""
    return bool(_PAY_ASKED.search(text))


def gives_pay(text: str) -> bool:
    """Does `text` give an amount of money beside a word for pay?"""
    return bool(_PAY_GIVEN.search(text)) and bool(_AMOUNT.search(text))


def asks_company(text: str) -> bool:
    """Does the question ask which company, firm or supplier?"""
    return bool(_COMPANY_ASKED.search(text))


def gives_company(text: str) -> bool:
    """Does `text` name a company, a firm or a supplier?"""
    return bool(_COMPANY_GIVEN.search(text))


_ACCOUNTS_ASKED = lazy(
    r"\b(?:annual\s+|total\s+|final\s+)?accounts\b|\boperating\s+(?:result|profit|loss|surplus|deficit)s?\b"
    r"|\b\w*regnskab\w*|\bdriftsresultat\w*",
    re.IGNORECASE,
)
_ACCOUNTS_GIVEN = lazy(r"\b\w*regnskab\w*|\bdriftsresultat\w*|\bomsætning\w*", re.IGNORECASE)


def asks_accounts(text: str) -> bool:
    """Does the question ask for a body's accounts (see the module docstring)?"""
    return bool(_ACCOUNTS_ASKED.search(text))


def gives_accounts(text: str) -> bool:
    """Does `text` give an amount beside a word for accounts?"""
    return bool(_ACCOUNTS_GIVEN.search(text)) and bool(_AMOUNT.search(text))
