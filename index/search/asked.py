"""Does the item give what the question asks for? A figure (index.search.figure), a date or
deadline, or a person. An item on a nearby topic answered a question asking for a thing it never
gives: "hvornår er fristen for at søge om besøg af SOSU-rejseholdet" of the item that sets up the
travelling team (no deadline in it), "who chairs the board of Erhvervshus Midtjylland" of the
item approving its contract (no name in it), "hvad koster det at deltage i ungekonferencen" of the
item announcing the conference (no price). Coverage and cohesion read the question's words, not
what is asked for, so such an item answered.

What is asked for is read from the question's answer type (index.question.answer_type) and its
asking words; the item gives it when one of its passages (with its neighbouring sentences in one
sub-section; a table row with its column labels) holds a value of that kind *and* at least
NEAR_BEST of what the item's best passage holds of the question's words (their weight, the title
counting in every passage, a word of the question's background weighing half): the value must be
where the item speaks of the question, not anywhere in it. A deadline, a price or a role's holder,
one specific thing, must also be beside ASKED_SHARE of the question's whole weight.

- a deadline ("frist", "senest", "deadline", "by when"): a time beside a word that sets one
  ("frist", "ansøgningsfrist", "senest", "inden", "deadline", "før", "til og med");
- a date ("hvornår", "when", "which date"): a time as the documents write it: a Danish date,
  a month, a season, a quarter or half-year, "primo/medio/ultimo …", "i løbet af efteråret",
  "i begyndelsen af maj 2024", "årsskiftet", a year;
- a person, a role asked ("hvem er formand for", "who chairs"): a name (values.names_in), and
  somewhere in the item a name beside the role's Danish word ("direktør" for "director"; a
  compound counts: "bestyrelsesformand"), not a holder of another role (a member of a chairmanship,
  "formandskab", is no chair unless the chairmanship is asked);
- who, no role asked ("hvem deltog", "who hosted"): a name, a role or a body;
- a price ("hvad koster det at …", "how much is the fee"): an amount in kroner;
- a named person's or body's view ("what did <X> say about", "hvad mener <X> om"): the holder's
  names beside the topic (index.search.opinion_asked).

A question that asks yes or no is not read ("ved man hvornår …": that nothing is settled may be
the answer), nor the next meeting's date, nor a date or price question that writes a full date or
an amount itself (a search).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from index.lazy_patterns import lazy
from index.dates import MONTH_NAME_ALT
from index.model import AgendaItem, Note
from index.question.answer_type import asks_yes_no, number_unit
from index.question.parse import ParsedQuestion
from index.search.value_kinds import (
    asks_accounts, asks_company, asks_duration, asks_pay, duration_of, gives_accounts, gives_company, gives_duration, gives_pay,
)
from index.question.sentences import last_sentence
from index.search.figure import item_text, neighbours, stems_of_text
from index.search.figure_parts import missing_figure_of_parts
from index.search.document_asked import missing_document
from index.search.opinion_asked import missing_opinion
from index.search.choice_asked import missing_choice
from index.search.announced_only import missing_outcome
from index.search.passing_word import in_passing
from index.search.rank import Concept, Ranked
from index.search.share_asked import missing_percent
from index.search.values import dates_in, names_in, numbers_in

__all__ = ["asked_share", "missing_asked"]

ASKED_SHARE = 0.4  # the question's weight beside a deadline, a price or a role's holder (as cohesion's MIN_COHESION)
NEAR_BEST = 0.5  # ... and beside any value asked for, this share of what the item's best passage holds
SPECIFIC = frozenset(("deadline", "price", "person", "pay", "company"))  # one thing, stated with what it is for

_DEADLINE_ASKED = lazy(
    r"\b\w*frist\w*|\bdeadline\w*|\bsenest\b|\bby\s+when\b|\blast\s+(?:date|day)\b|\bno\s+later\s+than\b|\binden\s+hvornår\b",
    re.IGNORECASE,
)
_DEADLINE_GIVEN = lazy(r"\b\w*frist\w*|\bdeadline\w*|\bsenest\b|\binden\b|\bfør\b|\btil\s+og\s+med\b", re.IGNORECASE)
_SEASON = r"(?:efterår(?:et)?|forår(?:et)?|sommer(?:en)?|vinter(?:en)?|sommerferien?|årsskiftet?|jul(?:en)?|påsken?)"
# A time as the documents write it, besides a full date: a month, a season, a part of a year.
_TIME = lazy(
    rf"\b(?:{MONTH_NAME_ALT})\b|\b{_SEASON}\b|\b(?:\d\.|første|andet|anden|tredje|fjerde)\s+(?:kvartal|halvår)\b|\bq[1-4]\b"
    rf"|\b(?:primo|medio|ultimo|udgangen\s+af|slutningen\s+af|starten\s+af|begyndelsen\s+af|midten\s+af|løbet\s+af)\b"
    rf"|(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)",
    re.IGNORECASE,
)
# A role asked for ("who chairs …", "hvem er formand for …", "who moderated …", "who was appointed the
# new chair of …"): only a person's name answers it.
# Asked without one ("hvem deltog", "who hosted"), a role or a body answers too ("VIAs formand og
# rektor", "KKR Midtjylland, Region Midtjylland, RAR Øst og RAR Vest").
_ROLE_ASKED = lazy(
    r"\b(?:hvem|who)\b(?:\s+\S+){0,4}?\s+(?:formand\w*|fmd|forperson\w*|næstformand\w*|direktør\w*|rektor\w*|borgmester\w*"
    r"|leder\w*|chef\w*|ordstyrer\w*|sekretariatschef\w*|minister(?:en)?|chair\w*|head(?:s|ed)?|director\w*|mayor\w*"
    r"|leader\w*|manager\w*|rector\w*|moderat\w*|facilitat\w*|president\w*|ceo|chief\w*|overlæge\w*)\b",
    re.IGNORECASE,
)  # the role right after the asking word ("hvem er formand", "who is the director"), not a body named later ("ministeriet")
# The Danish words of a role asked for: a person's name answers only beside one of them ("who is the
# director" is not answered by "bestyrelsesformand Christian Budde"); compounds count ("kommunaldirektør").
_ROLE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy(asked, re.IGNORECASE), given)
    for asked, given in (
        # a chair is not named by the board around one ("Medlem af … formandskab, Hüseyin Arac"), unless that is asked
        (r"\b(?:formand(?!skab)\w*|fmd|forperson\w*|chair\w*|president\w*)\b", r"formand(?!skab)|forperson|fmd|præsident"),
        (r"\bformandskab\w*", r"formandskab"),
        (r"\bnæstformand\w*|\bvice[\s-]?chair\w*", r"næstformand"),
        (r"\b(?:direktør\w*|director\w*|ceo)\b", r"direktør|direktion|ceo"),
        (r"\b(?:rektor\w*|rector\w*)\b", r"rektor"),
        (r"\b(?:borgmester\w*|mayor\w*)\b", r"borgmest"),
        (r"\b(?:leder\w*|chef\w*|head(?:s|ed)?|leader\w*|manager\w*|chief\w*)\b", r"leder|chef|formand|direktør"),
        (r"\b(?:overlæge\w*|physician\w*)\b", r"læge"),
        (r"\b(?:ordstyrer\w*|moderat\w*|facilitat\w*)\b", r"ordstyrer|moderator|facilitator"),
        (r"\bminister(?:en)?\b", r"minister"),
    )
)


def _role_given(question: str) -> Callable[[str], bool] | None:
    """The test of a passage for the role a question asks the holder of, when it asks one."""
    asked = _ROLE_ASKED.search(question)
    if not asked:
        return None
    given = [re.compile(g, re.IGNORECASE) for pattern, g in _ROLE_WORDS if pattern.search(asked.group())]
    return (lambda text: any(g.search(text) for g in given)) if given else None


_WHO = lazy(
    r"(?i:\b(?:\w*formand\w*|\w*direktør\w*|rektor\w*|\w*borgmest\w*|\w*leder\w*|\w*chef\w*|professor\w*|minist\w*|medlem\w*"
    r"|repræsentant\w*|ambassadør\w*|opm[aæ]nd\w*|deltager\w*|parterne|regeringen|\w*styrelse\w*|\w*udvalg\w*|\w*bestyrelse\w*"
    r"|\w*netværk\w*|\w*forum\w*|kommune[rn]?\w*)\b)|\b(?:KKR|KL|RAR|FOA|VIA)\b|\b(?:Region|Kommune)\b",
)
_PRICE_ASKED = lazy(r"\bhvad\s+koster\b|\bwhat\s+does\s+it\s+cost\b|\bhow\s+much\s+does\s+it\s+cost\b|\bfee\b|\bgebyr\w*", re.IGNORECASE)
# What each kind of asked value is, read in a passage's text.
_GIVES: dict[str, Callable[[str], bool]] = {
    "deadline": lambda text: bool(_DEADLINE_GIVEN.search(text)) and bool(dates_in(text) or _TIME.search(text)),
    "date": lambda text: bool(dates_in(text) or _TIME.search(text)),
    "person": lambda text: bool(names_in(text)),
    "who": lambda text: bool(names_in(text) or _WHO.search(text)),
    "price": lambda text: any(re.search(r"\bkr\b|kroner|mio\.|mia\.", v.text) for v in numbers_in(text)),
}
_GIVES["amount"] = _GIVES["price"]  # an amount of money, asked without a thing it prices
_GIVES["duration"] = gives_duration  # how long a thing lasts or takes (index.search.value_kinds)
_GIVES["pay"] = gives_pay  # what a person or role is paid: an amount beside a word for pay
_GIVES["company"] = gives_company  # which company: a firm, supplier or company named
_GIVES["accounts"] = gives_accounts  # a body's accounts: an amount beside a word for accounts


@lru_cache(maxsize=8192)
def _gives(kind: str, text: str) -> bool:
    """`_GIVES[kind](text)`, kept per passage text: the same passages are read for many questions."""
    return _GIVES[kind](text)


def _asked(parsed: ParsedQuestion) -> str | None:
    """What kind of value the question asks for, beyond a figure (figure.py's)."""
    text = parsed.text
    if asks_yes_no(text):
        return None
    asking = last_sentence(text)  # what is asked is in the last sentence
    if asks_duration(asking):
        return "duration"  # "how long", "hvor længe", "the repayment period": not a figure, not a date
    if parsed.answer_type == "number" and asks_pay(asking):
        return "pay"  # "how much was the chair paid", "hvad får formanden i honorar"
    if asks_company(asking):
        return "company"  # "which company won the contract"
    if asks_accounts(asking):
        return "accounts"  # "its total accounts for 2025", "overskud i regnskabet for 2020"
    if parsed.answer_type == "person":
        return "person" if _ROLE_ASKED.search(text) else "who"
    if parsed.answer_type == "date":
        return "deadline" if _DEADLINE_ASKED.search(text) else "date"
    if parsed.answer_type == "number" and number_unit(text) in ("money", None) and _PRICE_ASKED.search(text):
        return "price"
    if parsed.answer_type == "number" and number_unit(text) == "money":
        return "amount"  # "hvor mange penge har KKR afsat til …", "how much money has been set aside …"
    return None


def _weights(concepts: Sequence[Concept], background: Collection[str]) -> dict[Concept, float]:
    own = [c for c in concepts if not c.expansion and c.df > 0]
    return {c: c.weight_given(background) for c in own}


def asked_share(item: AgendaItem, concepts: Sequence[Concept], parsed: ParsedQuestion, kind: str | None) -> float:
    """The largest share of the question's weight that a passage giving a value of `kind` holds
    (with its neighbours; the title counting in every passage); 0 when no passage gives one.
    `kind` None: any passage."""
    weights = _weights(concepts, parsed.background)
    total = sum(weights.values())
    title = stems_of_text(item.title)
    passages = item.passages
    best = 0.0
    for i, p in enumerate(passages):
        texts = [item_text(item, p)] + [q.text for q in neighbours(passages, i) if q is not p]
        if kind is not None and not any(_gives(kind, t) for t in texts):
            continue
        words = title.union(*(stems_of_text(t) for t in texts))
        held = sum(w * c.credit(words) for c, w in weights.items())
        best = max(best, held / total if total else 1.0)
    return best


def _note(kind: str) -> Note:
    """The note saying what the item does not give (bot/render/labels.toml says it)."""
    if kind == "deadline":
        return Note("note_no_deadline")
    if kind == "date":
        return Note("note_no_date")
    if kind in ("price", "amount", "pay"):
        return Note("note_no_price")
    if kind == "accounts":
        return Note("note_no_accounts")
    if kind == "company":
        return Note("note_no_company")
    if kind == "duration":
        return Note("note_no_duration")
    return Note("note_no_person")


def missing_asked(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> Note | None:
    """A note saying what the question asks for when the item does not give it ("intet om
    studiepladser i punktet", "punktet nævner ingen frist"; see the module docstring); None
    when it does, or when what is asked cannot be read."""
    if (passing := in_passing(r, concepts, parsed)) is not None:
        return passing  # an everyday question whose one word the item holds in passing (passing_word.py, round 22)
    if (opinion := missing_opinion(r, concepts, parsed)) is not None:
        return opinion  # a named person's or body's view, not recorded (opinion_asked.py)
    if (choice := missing_choice(r, concepts, parsed)) is not None:
        return choice  # another body's choice, the item only saying it is to come (choice_asked.py, round 21)
    if (outcome := missing_outcome(r, concepts, parsed)) is not None:
        return outcome  # what came of an event or measure, the item only announcing it (announced_only.py, round 23)
    if (document := missing_document(r, concepts, parsed)) is not None:
        return document  # what a document says, where the item only names it (document_asked.py)
    if (percent := missing_percent(r.item, parsed.text)) is not None:
        return percent  # a share in per cent, of an item writing no value in per cent (share_asked.py, round 18)
    kind = _asked(parsed)
    # ("hvor lang <tid>": no thing counted; two figures asked: each part's, figure_parts.py)
    figure = missing_figure_of_parts(r, concepts, parsed) if kind != "duration" else None
    if figure is not None:
        return Note("note_no_figure", {"what": figure})
    if r.planned or parsed.intent == "next_meeting":
        return None  # the next meeting's items: its date is what they are about
    if kind is None or (kind in ("date", "deadline") and dates_in(parsed.text)) or (kind == "price" and _GIVES[kind](parsed.text)):
        return None  # the question writes a value of the kind: a search for it
    if kind == "duration" and set(duration_of(parsed.text)) & set(parsed.unknown):
        return _note(kind)  # "the <repayment> period", "<waiting> time": of a thing no item names
    share, best = asked_share(r.item, concepts, parsed, kind), asked_share(r.item, concepts, parsed, None)
    if share < NEAR_BEST * best or (kind in SPECIFIC and share < ASKED_SHARE):
        return _note(kind)
    role = _role_given(parsed.text) if kind == "person" else None
    if role is not None and not any(names_in(t) and role(t) for t in (item_text(r.item, p) for p in r.item.passages)):
        return _note(kind)  # names, but none of them beside the role asked ("who is the director" of a chairman)
    return None
