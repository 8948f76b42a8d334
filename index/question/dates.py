"""Years and meeting dates in a question, Danish or English.

A year on its own ("SOSU places in 2027", "budget 2022-2023") is what the question is about;
a day or a month ("on 17 June 2026", "mødet i juni 2026", "after June 2026"), or a year
tied to a meeting ("the meetings in 2021"), says when the meeting was. Pure: a date without
a year is placed with the `today` passed in, or ignored when there is none.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from index.lazy_patterns import lazy
from index.question import meeting_times
from index.question.month_plan import MONTH_PLAN_WORDS
from index.question.named_agenda import document_bound
from index.question.year_first import SUMMER_BREAK
from index.question.change_words import year_before_named
from index.question.day_month import slash_day_named
from index.question.years_asked import APOSTROPHE_YEAR
from index.question.clipped_years import CLIPPED_YEAR, CLIPPED_YEARS
from index.question.election_bound import election_before
from index.question.election_year import election_year
from index.question.relative_month import relative_month_year
from index.question.next_of_named import named_next, names_bound
from index.question.months import MONTH_ALT, MONTHS

__all__ = ["MIDT_OF_MONTH", "MONTHS", "DateFacts", "dates_asked", "month_of_short_year"]

# Full names stand alone as a month; abbreviations (and "may") need a number beside them.
_BARE_MONTHS = set(
    "januar january februar february marts march april maj juni june juli july august "
    "september oktober october november december".split()
)

# A month with a two-digit year ("juni 26") is Danish shorthand: only month words English does
# not read as "June 26" (the day), or a shared one after Danish "i" ("i august 21").
_SHORT_M = (
    r"(?:(?<=\bi )(?P<month_i>april|august|september|november|december)"
    r"|(?P<month>januar|februar|marts|maj|juni|juli|oktober|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec))\.?"
)
# season word → its first and last month (winter is its January and February: "vinteren 2024")
_SEASONS = {
    **dict.fromkeys(("foråret", "forår", "spring"), (3, 5)),
    **dict.fromkeys(("sommeren", "sommer", "summer"), (6, 8)),
    **dict.fromkeys(("sensommeren", "sensommer", "late summer"), (8, 9)),
    **dict.fromkeys(("efteråret", "efterår", "autumn", "fall"), (9, 11)),
    **dict.fromkeys(("vinteren", "vinter", "winter"), (1, 2)),
}
_M = "(?P<month>" + MONTH_ALT + r")\.?"
# "septembermødet i 2021" (normalise splits it: "september mødet"), "juni-mødet 2026", "the September
# meeting in 2021": a meeting named by its month, its year after the meeting word
_MEETING_MONTH = r"(?P<month>" + "|".join(sorted(_BARE_MONTHS, key=len, reverse=True)) + r")[-\s]?(?:møde[tr]?|meeting)"
_D = r"(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, lazy(p))
    for kind, p in (
        *meeting_times.PATTERNS,  # Christmas, a meeting's order in its year (before "jul 2023" is read as July)
        ("day", r"\b" + _Y + r"-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)\b"),
        ("day", r"\b(?P<day>[0-3]?\d)[./-](?P<mon>[01]?\d)[./-]" + _Y + r"\b"),
        # Shorthand with a two-digit year: "17/6-26", "mødet i juni 26", "sept 21", "okt. 25".
        ("day", r"\b(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)-(?P<yy>\d\d)\b(?![.,/-]?\d)"),
        # ... "11.10.21", "11/10/21"; "3/9 2021"
        ("day", r"\b(?P<day>[0-3]?\d)(?P<sep>[./])(?P<mon>[01]?\d)(?P=sep)(?P<yy>\d\d)\b(?![.,/-]?\d)"),
        ("day", r"\b(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)\s+" + _Y + r"\b"),
        # A quarter of a year: "Q3 2025", "3. kvartal 2025", "q1 26".
        ("quarter", r"\b(?:q(?P<q>[1-4])|(?P<qn>[1-4])\.\s*kvartal)\s+(?:i\s+|of\s+)?(?:" + _Y + r"|['’]?(?P<yy>[12]\d))\b(?![.,/-]?\d)"),
        ("day", r"\b" + _D + r"\s*(?:of\s+)?" + _M + r",?\s*" + _Y + r"\b"),
        ("day", r"\b" + _M + r"\s+" + _D + r",?\s+" + _Y + r"\b"),
        # ... a two-digit year after a month's day: "mødet 11. okt 21", "d. 3. sept. 21", "11 Oct 21"
        ("day", r"\b" + _D + r"\s*(?:of\s+)?" + _M + r"\s+['’]?(?P<yy>[12]\d)\b(?![.,/:-]?\d)(?!\s*(?:st|nd|rd|th)\b)"),
        ("month", r"\b" + _M + r",?\s+" + _Y + r"\b"),
        # ... a two-digit year with an apostrophe is a year, never a day: "the april '24 meeting", "oct '25"
        ("month", r"\b" + _M + r"\s+['’](?P<yy>\d\d)\b(?![.,/:-]?\d)"),
        ("month", r"\b" + _MEETING_MONTH + r"\s+(?:i\s+|in\s+)?" + _Y + r"\b"),
        # ... a two-digit year after a month's meeting, with or without its apostrophe: "oktober-møde '21", "augustmødet 21"
        ("month", r"\b" + _MEETING_MONTH + r"\s+(?:i\s+|in\s+)?['’]?(?P<yy>[12]\d)\b(?![.,/:-]?\d)(?!\s*(?:st|nd|rd|th)\b)"),
        ("month", r"(?:\b|(?<=\bi )|(?<=\bin ))" + _SHORT_M + r"\s+['’]?(?P<yy>[12]\d)\b(?![.,/-]?\d)(?!\s*(?:st|nd|rd|th)\b)"),
        ("dayonly", r"\b" + _D + r"\s*(?:of\s+)?" + _M + r"(?!\w)"),
        # ... English order, the month first: "Oct. 15", "October 15th" (not a year: "juni 26" is read above)
        ("dayonly", r"\b" + _M + r"\s+" + _D + r"(?![\w.,/-]?\d)"),
        ("monthonly", r"\b(?P<month>" + "|".join(sorted(_BARE_MONTHS, key=len, reverse=True)) + r")\b"),
        # ... an abbreviated month glued to a meeting word: "okt-mødet", "sept.-mødet", "the oct meeting"
        ("monthonly", r"\b" + _M + r"(?=[-\s]?(?:møde[tr]?|meeting|mtg)\b)"),
        # ... an abbreviated month after a part of it: "ultimo sept.", "primo okt"
        ("monthonly", r"(?:(?<=\bprimo )|(?<=\bmedio )|(?<=\bultimo ))" + _M + r"(?![\w.]*\s*\d)"),
        # A day and month with no year ("d. 11/10", "mødet 3/9"): only after "d."/"den" or a
        # meeting word, as "2/3" is as often a fraction.
        ("daymonth", r"\b(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)\b(?![.,/-]?\d)"),
        # ... with a dot or a hyphen ("d. 17.4", "mødet 20.10", "den 20-10"): only straight after "d."/"den"/"on"
        # or a meeting word, never after an item's number word ("punkt 3.4"), nor before a unit ("3.5 mio.")
        ("daymonth", r"\b(?P<day>[0-3]?\d)(?P<dot>[.-])(?P<mon>[01]?\d)\b\.?(?![.,/-]?\d)(?!\s*(?:%|mio|mia|mill|million|billion|pct|procent|kr|item|punkt)\b)"),
        # The summer holiday of a year stands for July: "efter sommerferien 2026" is from August.
        ("summer", r"\b" + SUMMER_BREAK + r"\s+(?:i\s+|in\s+|of\s+)?" + _Y + r"\b"),
        # ... the year first: "after the 2025 summer break", "efter 2025-sommerferien"
        ("summer", r"\b" + _Y + r"[\s-]+" + SUMMER_BREAK + r"\b"),
        # ... with no year, as a meeting's bound: "efter sommerferien", "after the summer" (placed by today, guessed: year_placed.py)
        ("summeronly", r"(?:(?<=\befter )|(?<=\bafter )|(?<=\bafter the )|(?<=\bfør )|(?<=\bbefore )|(?<=\bbefore the )|(?<=\binden ))(?:" + SUMMER_BREAK + r"|sommeren|summer)\b(?![\s-]*(?:i\s+|in\s+|of\s+)?['’]?\d)"),
        # A season of a year: "i sensommeren 2025", "efteråret 2021", "in the autumn of 2023".
        ("season", r"\b(?P<season>" + "|".join(sorted(_SEASONS, key=len, reverse=True)) + r")\s+(?:of\s+)?" + _Y + r"\b"),
        # ... a meeting named by its season, the year after it: "the first autumn meeting in 2021", "forårsmødet i 2024"
        ("season", r"\b(?P<season>" + "|".join(sorted(_SEASONS, key=len, reverse=True)) + r")s?[\s-]?(?:meeting|møde[t]?)\s+(?:in\s+|i\s+|of\s+)?" + _Y + r"\b"),
        ("years", r"\b" + _Y + r"\s*(?:-|–|/|til|to)\s*(?P<year2>(?:19|20)?\d\d)\b"),
        # Two-digit years: a school or budget year ("optaget 23/24", "pæd 24/25": the second the next year,
        # never a month), a term after its word ("i perioden 18-22", "valgperioden 22-25")
        ("years", r"(?<![\d/.,-])(?P<yy>[12]\d)/(?P<year2>[1-4]\d)(?![\d/.,-])"),
        ("years", r"\b(?:valg)?period(?:en|e)?\s+(?P<yy>[12]\d)\s*[-–]\s*(?P<year2>[1-4]\d)\b(?![\d/.,-])"),
        ("year", r"\b" + _Y + r"\b"),
        ("year", APOSTROPHE_YEAR),  # "in '23 and '24" (years_asked.py: one reading of the years asked)
        ("years", CLIPPED_YEARS),  # "for 26-30?", "fra 25 til 26?" (clipped_years.py)
        ("year", CLIPPED_YEAR),  # "flygtningekvoterne for 27?" (clipped_years.py)
    )
)
# "midt" is a part of a month only before "i" and not after "KKR": "KKR Midt 17. april" and "kkr midt
# i okt 21" are the council's (also parse.named_words' reading of "midt").
MIDT_OF_MONTH = r"(?<![kK][kK][rR] )midt(?=\s+i\b)"
# A part of a month or season is dated by it: "midt i oktober", "primo maj", "end of August" ("midt"
# as MIDT_OF_MONTH reads it; "sidst" not in "siden sidst", the heading of the minutes' news item:
# "under siden sidst i aug 2021" is at August's meeting).
_PART_OF = lazy(
    r"\b(?:" + MIDT_OF_MONTH + r"|(?<!siden )sidst|først|primo|medio|ultimo|starten|slutningen|begyndelsen|midten|end|beginning|start|middle"
    r"|(?<=\bdet )(?:tidlige|sene))"
    r"(?:\s+(?:i|af|of))?\s+$"
    r"|\b(?:early|late|mid)(?:\s+|-)$"  # "its early-September 2021 meeting", "in late October"
)
_DAY_WORD = lazy(r"\b(?:d\.|den|the|on)\s*$")
_DAY_RIGHT_BEFORE = lazy(r"(?:\bd\.|\bden|\bon|" + r"\b(?:møde[tr]?|meeting|mtg))\s*$")
_PART_OF_YEAR = lazy(r"\b(?:primo|medio|ultimo)\s+$")
_CASE_NUMBER = lazy(r"\bsag-\d{4}-\d+\b")
_RELATIVE_YEARS = {
    r"\b(?:this|current) year\b|\bi år\b|\bindeværende år\b": 0,
    r"\bnext year\b|\bnæste år\b|\bkommende år\b": 1,
    r"\blast year\b|\bsidste år\b|\bforrige år\b|\bi fjor\b": -1,
}
# ... "after its end-of-August 2021 meeting", "efter sit møde i slutningen af juni": its, a part of the month;
# "following" as "after"
# A meeting named as the bound of another: "after the meeting on 17 June 2026", "efter mødet den 13.
# april 2026", "før mødet i oktober 2025", "after KKR Midtjylland's meeting in February 2024"
# ... a council's in Danish, its genitive without an apostrophe: "efter KKR Midtjyllands møde sidst i august 2021"
_NAMED_MEETING = (
    r"(?:(?:the|its|their)\s+)?(?:(?P<council>(?:kkr\s+)?[a-zæøå]+s)\s+)?(?:kkr[- ]?)?(?:meeting|mtg|møde[t]?)\s+(?:held\s+)?(?:on|in|at|of|i|fra)?\s*"
)
_AFTER = lazy(
    r"\b(?:after|following|followed|efter|later than|senere end)\s*"
    # ... "the meeting following the one at the end of August 2021", "mødet efter det i juni"
    r"(?:(?:the|that)\s+one\s+(?:held\s+)?(?:at|in|on|from)?\s*|(?:det|den)\s+(?:i|fra)\s+|" + _NAMED_MEETING + r")?"
    r"(?:the|den|det|d\.|(?P<own>its|their|sit|sin|deres|(?:kkr\s+)?[a-zæøå-]+['’]s|kkr\s+[a-zæøå-]+s))?\s*"  # "after KKR Midtjylland's Feb 2024 meeting"
    r"(?:(?:end|start|beginning|middle|slutningen|starten|begyndelsen|midten)[\s-]+(?:of|af)[\s-]*|(?:early|late|mid)[\s-]+)?$"
)
_PRONOUN = lazy(r"its|their|sit|sin|deres")
_SINCE = lazy(r"\b(?:since|siden|starting|as of|pr\.|between|mellem)\s*(?:the|den|d\.)?\s*$")
# "from"/"fra" opens a range only when a "to" follows: "referat fra juni 2026" is of June.
_FROM = lazy(r"\b(?:from|fra)\s*(?:the|den|d\.)?\s*$")
_BEFORE = lazy(r"\b(?:before|før|inden|prior to|earlier than|tidligere end)\s*(?:" + _NAMED_MEETING + r")?(?:the|den|d\.)?\s*$")
_UNTIL = lazy(r"\b(?:until|till|indtil|up to|to|til|and|og)\s*(?:the|den|d\.)?\s*$")
# "Godkendelse af referat fra mødet den 21. november 2023" is an item of a later meeting:
# that date is part of the title to search for, not the date of the meeting asked about.
_TITLE_DATE = lazy(
    r"(?:godkend\w*\s+(?:af\s+)?(?:referat|dagsorden)\w*|approv\w*\s+(?:of\s+)?(?:the\s+)?"
    r"(?:minutes|agenda))\b[^.?!]{0,50}$"
)
_MEETING_WORDS = (
    r"(?:meetings?|møde[tr]?|møderne|minutes|referat(?:et)?|agendas?|dagsorden(?:en)?|session)"
)
_MEETING_BEFORE_YEAR = lazy(
    _MEETING_WORDS + r"\s+(?:\w+\s+){0,2}?(?:in|i|of|from|fra|during|under|held in|afholdt i)\s+$"
)
_MEETING_IN = lazy(r"(?:møde[tr]?|meeting|mtg)\b")  # "forårsmødet i 2024", "the first meeting of 2024": a meeting's time
_ARTICLE_END = lazy(r"\b(?:the|den|det)\s*$")
_WORD_AFTER = lazy(r"\s+(?!" + _MEETING_WORDS + r"\b)[^\W\d_]{3,}")
_MEETING_AFTER_YEAR = lazy(r"^\s*['’]?s?\s*(?:" + _MEETING_WORDS + r"|one)\b")  # "its August 2021 one"


def _after(before: str, rest: str, matched: str = "") -> bool:
    """Does the time bound what comes after it ("after the end of September 2021")? After a
    possessive only when a meeting word follows or is the time's own (`matched`): "after its August
    2021 meeting", "efter KKR Midtjyllands septembermøde i 2025" are bounds, but "what did it conclude
    after its June 2026 discussion" is of June 2026, the discussion's time."""
    m = _AFTER.search(before)
    # ... "according to the agenda for 3 September 2021, when is the next meeting?": after it (named_agenda.py)
    return (bool(m) and (not m["own"] or bool(_MEETING_AFTER_YEAR.match(rest) or _MEETING_IN.search(matched)))) or document_bound(before, rest)


# What a council does at a meeting: "hvilke sager skal KKR behandle i oktober 2025".
_AT_MEETING_VERBS = (
    r"(?:behandle[rst]?|behandlet|drøfte[rst]?|drøftet|mødes|discuss(?:es|ed)?|meets?|on the agenda|på dagsorde?nen"
    r"|på kkr|at (?:the )?kkr)"  # "skal vi have noget om X på kkr midt i okt 2021": at its meeting
)
# A date names the meeting when a meeting word stands a few words before it ("mødet den 17. juni",
# "kkr midt mødet i juni 26", "mødet i kontaktudvalget i marts 2024", "the meeting on 3 September")
# or right after it ("the June 2026 meeting", "its October 2025 KKR meeting"). Otherwise it is
# the time of what is asked about ("pladser taget i brug i august 2021", "paid from December 2025").
_MEETING_SHORTLY_BEFORE = lazy(
    r"(?:\b(?:kkr-?)?" + _MEETING_WORDS + r"|mødets|møders|" + _AT_MEETING_VERBS + r"|\b" + MONTH_PLAN_WORDS + r")\b(?:\W+[^\W\d]+){0,3}\W+$"
)
# ... a discussion is held at a meeting too ("the June 2026 discussion", "drøftelsen i juni 2026")
_MEETING_RIGHT_AFTER = lazy(
    r"^\W*(?:[^\W\d]+\s+){0,2}?(?:kkr[- ])?(?:" + _MEETING_WORDS + r"|discussions?|debate|" + MONTH_PLAN_WORDS + r")\b"
)


@dataclass(frozen=True)
class DateFacts:
    years: tuple[int, ...] = ()
    meeting_from: date | None = None
    meeting_to: date | None = None
    spans: tuple[tuple[int, int], ...] = ()  # character spans of the text the dates used
    guessed: bool = False  # the range rests on a month or day named without its year
    # The range names a meeting: a meeting word beside a date, or a bound ("after June 2026",
    # "siden 2024"). Untied, a month or a day is rather the time of the fact asked about.
    tied: bool = False
    # ... and, beside a tied range, the time of the fact asked about (not a filter).
    fact_from: date | None = None
    fact_to: date | None = None
    # ... how far a meeting named loosely may lie outside the range, in days before and after (meeting_times.slack)
    slack: tuple[int, int] = (0, 0)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _place_month(month: int, today: date | None, future: bool) -> int | None:
    """The year of the nearest `month` before (or, for `future`, after) today."""
    if today is None:
        return None
    if future:
        return today.year if month >= today.month else today.year + 1
    return today.year if month <= today.month else today.year - 1


_DATED = ("day", "quarter", "month", "summer", "season", "christmas", "christmas_meeting", "order")  # times that carry their year


def _year_of_times(text: str, taken: list[bool]) -> int | None:
    """The one year of every dated time the question names ("i foråret 2024", "juni 2025"), if
    they share one: a month named without a year in the same question is of it ("Jeg skriver om
    foråret 2024. Hvad er planlagt til mødet i april?")."""
    found: set[int] = set()
    for kind, pattern in _PATTERNS:
        if kind in _DATED:
            for m in pattern.finditer(text):
                if not any(taken[m.start() : m.end()]):
                    g = m.groupdict()
                    found.add(int(g["year"]) if g.get("year") else 2000 + int(g["yy"]))
    return found.pop() if len(found) == 1 else None


def _interval(kind: str, m: re.Match[str], today: date | None, future: bool, year_named: int | None = None):
    g = m.groupdict()
    month = MONTHS.get(g.get("month") or g.get("month_i") or "", 0) or int(g.get("mon") or 0)
    year = int(g["year"]) if g.get("year") else (2000 + int(g["yy"]) if g.get("yy") else None)
    if kind in meeting_times.KINDS:
        return meeting_times.interval(kind, m)
    if kind in ("summer", "summeronly"):
        year = year or year_named or _place_month(7, today, future)
        return (date(year, 7, 1), date(year, 7, 31)) if year else None
    if kind == "season":
        first, last = _SEASONS[g["season"]]
        return date(year, first, 1), _month_end(year, last)
    if kind == "quarter":
        last = 3 * int(g["q"] or g["qn"])
        return date(year, last - 2, 1), _month_end(year, last)
    if kind in ("dayonly", "monthonly", "daymonth"):
        year = year_named or _place_month(month, today, future)
        if year is None:
            return None
    try:
        if kind in ("day", "dayonly", "daymonth"):
            d = date(year, month, int(g["day"]))
            return d, d
        return date(year, month, 1), _month_end(year, month)
    except (ValueError, TypeError):
        return None


def dates_asked(text: str, *, today: date | None = None, future: bool = False) -> DateFacts:
    """Years and the meeting-date range named in `text` (lowercase), with the spans used.

    `future` places a month named without a year after `today` (for "next meeting in June").
    """
    spans: list[tuple[int, int]] = []
    taken = [False] * len(text)
    for m in _CASE_NUMBER.finditer(text):  # "SAG-2026-00837" holds no year: leave it be
        taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    years: list[int] = []
    lo: date | None = None
    hi: date | None = None
    bounds_from: list[date] = []
    bounds_to: list[date] = []
    opened: list[tuple[date, date]] = []  # intervals after "from", start of a range or not
    untied: list[tuple[date, date]] = []  # plain intervals with no meeting word beside them
    guessed = False
    tied = False
    slack = (0, 0)
    own_year = _year_of_times(text, taken)
    before_election = election_before(text, today, own_year)  # "op til kommunalvalget", "the last meeting before the 2025 elections" (election_bound.py)
    elected = election_year(text, today) or (before_election[:2] if before_election else None)  # "i valgåret", "the 2021 election year": the election's year (election_year.py)
    relative = None if own_year else relative_month_year(text, today)  # "okt-mødet sidste år" (relative_month.py)
    year_named = own_year or (relative[0] if relative else None) or (elected[0] if elected else None)
    next_phrases = named_next(text)  # "Junimødet: hvad skulle på første møde efter sommerferien?" (next_of_named.py)
    future = future and not next_phrases  # ... the named meeting has been held
    after_named = False

    def take(a: int, b: int) -> bool:
        if any(taken[a:b]):
            return False
        taken[a:b] = [True] * (b - a)
        spans.append((a, b))
        return True

    def take_bound(bound: re.Match[str]) -> None:
        """The bound's words, but not a council named in it ("after KKR Midtjylland's meeting", "efter
        KKR Midtjyllands møde"): the council is the one asked about."""
        start = bound.start()
        for name in ("council", "own"):
            if bound.groupdict().get(name) and not _PRONOUN.fullmatch(bound[name]):
                take(start, bound.start(name))
                start = bound.end(name)
        take(start, bound.end())

    if relative:
        take(*relative[1])  # the meeting's year, not a fact's
    if elected and take(*elected[1]):
        years.append(elected[0])  # a year asked; dropped below when a time of it is named
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            before = text[: m.start()]
            if kind == "summeronly" and not meeting_times.asks_meeting(text):
                continue  # "hvornår åbner kantinen efter sommerferien": no meeting's time
            if kind == "daymonth" and not (_DAY_WORD.search(before) or _MEETING_SHORTLY_BEFORE.search(before)
                                           or (not m.groupdict().get("dot") and slash_day_named(before, text[m.end() :]))):  # day_month.py
                continue
            if kind == "daymonth" and m.groupdict().get("dot") and not _DAY_RIGHT_BEFORE.search(before):
                continue
            if kind == "years":
                short = m.groupdict().get("yy")
                y1, y2 = (2000 + int(short)) if short else int(m["year"]), m["year2"]
                y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
                slash = short is not None and "/" in m.group()  # "24/25": one year and the next, no month
                if (y2 == y1 + 1 and y2 % 100 > 12 if slash else y1 < y2 <= y1 + 10) and take(m.start(short and "yy" or 0), m.end()):
                    years.extend(range(y1, y2 + 1))
                continue
            if kind == "year":
                y = int(m["year"]) if m.groupdict().get("year") else 2000 + int(m["yy"])
                meeting_year = _MEETING_BEFORE_YEAR.search(before) or _MEETING_AFTER_YEAR.match(
                    text[m.end() :]
                )
                # "after the 2021 local elections": the year belongs to the noun, not a time bound.
                attribute = _ARTICLE_END.search(before) and _WORD_AFTER.match(text[m.end() :])
                timed = not attribute and (_after(before, text[m.end() :]) or any(p.search(before) for p in (_SINCE, _BEFORE)))
                if not (meeting_year or timed):
                    if take(*m.span()):
                        years.append(y)
                        if part := _PART_OF_YEAR.search(before):  # "ultimo 2026" (not "Midt i 2022")
                            take(part.start(), m.start())
                    continue
                interval = (date(y, 1, 1), date(y, 12, 31))
            else:
                interval = _interval(kind, m, today, future, year_named)
                if interval is None:
                    take(*m.span())  # a month word with no year to place it: not a search term
                    continue
            if kind in ("day", "month") and _TITLE_DATE.search(before):
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())  # words stay terms
                years.append(interval[0].year)
                continue
            if not take(*m.span()):
                continue
            part = _PART_OF.search(before)
            part_words = ""
            if part and take(part.start(), m.start()):  # "midt i oktober 2021" is October 2021
                before, part_words = text[: part.start()], part.group()
            guessed = guessed or (kind in ("dayonly", "monthonly", "daymonth", "summeronly") and year_named is None)
            this_tied = kind in ("year", "order") or bool(
                _MEETING_IN.search(m.group()) or _MEETING_SHORTLY_BEFORE.search(before) or _MEETING_RIGHT_AFTER.match(text[m.end() :])
                or _after(before, text[m.end() :], m.group()) or any(p.search(before) for p in (_SINCE, _BEFORE))
                or (_UNTIL.search(before) and (bounds_from or opened))  # "fra juni 2025 til juni 2026"
            )
            tied = tied or this_tied
            first, last = interval
            bounded = _after(before, text[m.end() :], m.group()) or _SINCE.search(before) or _BEFORE.search(before)
            if bounded:  # "before summer 2026": before its summer break
                first, last = meeting_times.as_bound(kind, m, first, last, part_words)
            if _after(before, text[m.end() :], m.group()):
                bounds_from.append(last + timedelta(days=1))
                if bound := _AFTER.search(before):  # "following", "the one at": the bound's words, no topic
                    take_bound(bound)
            elif _SINCE.search(before):
                bounds_from.append(first)
            elif bound := _BEFORE.search(before):
                bounds_to.append(first - timedelta(days=1))
                take_bound(bound)  # "før", "inden": the bound's words, no topic
            elif _UNTIL.search(before) and (lo or bounds_from or opened or untied):
                bounds_to.append(last)
            elif _FROM.search(before):
                opened.append(interval)
            elif next_phrases and names_bound(text, m.span(), next_phrases):
                bounds_from.append(last + timedelta(days=1))  # the meeting after the one named (next_of_named.py)
                tied = True
                after_named = True
            elif this_tied:
                slack = max(slack, meeting_times.slack(kind, part_words))  # "early September", "forårsmødet"
                lo = first if lo is None else min(lo, first)
                hi = last if hi is None else max(hi, last)
            else:  # the time of a fact, unless no date in the question names a meeting
                untied.append(interval)
    fact: tuple[date | None, date | None] = (None, None)
    if untied:
        first, last = min(a for a, _ in untied), max(b for _, b in untied)
        if tied:  # "at its October 2025 meeting", with elections "in November 2025": two times
            fact = (first, last)
        else:
            lo, hi = first, last
    for first, last in opened:
        if bounds_to:
            bounds_from.append(first)
        else:
            lo = first if lo is None else min(lo, first)
            hi = last if hi is None else max(hi, last)
    if bounds_from:
        lo = max(bounds_from) if lo is None else max(lo, *bounds_from)
    if bounds_to:
        hi = min(bounds_to) if hi is None else min(hi, *bounds_to)
    lo, hi = meeting_times.closed(text, lo, hi)  # "the first meeting after …", "just before …": one meeting's months
    if after_named and lo is not None and hi is None:  # "… the next one": one meeting, as closed() reads "the first meeting after"
        hi = lo + meeting_times.REACH
    if before_election and lo is None and hi is None:  # no meeting time of its own: the one before the election
        lo, hi, tied = before_election[2] - meeting_times.REACH, before_election[2] - timedelta(days=1), True
    # "next year" is the year after the time the question speaks of, when it names one narrower
    # than a year ("in September 2021 … next year's contract": 2022), else after today's.
    anchor = lo.year if lo is not None and hi is not None and (hi - lo).days < 365 else (today.year if today else None)
    for pattern, delta in _RELATIVE_YEARS.items():
        for m in re.finditer(pattern, text):
            if take(*m.span()) and anchor is not None and not (delta == -1 and year_before_named(text, m.group())):
                years.append(anchor + delta)  # ("i 2023 sammenlignet med forrige år": 2022, change_words.compared_years)
    dated = (lo or hi) is not None
    if elected and dated and lo and hi and lo.year == hi.year == elected[0]:
        years.remove(elected[0])  # "oktobermøde i valgåret": the month of that year is the time asked
    return DateFacts(
        tuple(dict.fromkeys(years)), lo, hi, tuple(sorted(spans)), guessed and dated, tied and dated, *fact, slack if lo and hi else (0, 0)
    )


# English order, a month then two digits: "the april 24 meeting", "oct 25 midt mtg". The digits are a
# day ("April 24") or a year ("April '24") alike; `placed_day` reads them as the year when no meeting
# is known on that day in any year.
_MONTH_THEN_TWO_DIGITS = lazy(r"\b" + _M + r"\s+['’]?(?P<yy>[0-3]\d)\b(?!\s*(?:st|nd|rd|th)\b)(?![.,/-]?\d)")


def month_of_short_year(text: str) -> tuple[date, date] | None:
    """The month of "<month> NN" read with NN as its year ("april 24" → April 2024), when the
    question (lowercase) names one such month; else None."""
    found = [m for m in _MONTH_THEN_TWO_DIGITS.finditer(text) if not re.match(r"\s*,?\s*(?:19|20)\d\d\b", text[m.end():])]
    if len(found) != 1:
        return None
    year, month = 2000 + int(found[0]["yy"]), MONTHS[found[0]["month"]]
    return date(year, month, 1), _month_end(year, month)
