"""Danish sentences as KL's agendas write them: a stop after "ca.", "kr.", "bl.a.", "sept."
or an ordinal ("1. januar", "3. sept. 2021") does not end a sentence.

`sentence_spans` is pure and exact: every span is a slice of the text given, so a passage
made of it is verbatim. A line break always ends a sentence (the readers keep a line of its
own for headings, bullets and table rows; wrapped lines are joined with a space before this).
"""

from __future__ import annotations


from index.lazy_patterns import lazy

__all__ = ["ABBREVIATIONS", "MONTH_WORDS", "sentence_spans"]

# Abbreviations that stand before what they qualify ("ca. 1,5 mio.", "jf. lov om", "bl.a.
# elevløn"): a capital after them does not start a sentence ("jf. Lov om ...").
LEADING = frozenset(
    "ca cirka jf jvf bl.a f.eks fx dvs evt inkl ekskl nr pkt ift iht mht vedr pga hhv ang "
    "kl stk tlf gl ordl s ff d v vs el resp dir pr max min ml".split()
)
# Abbreviations that may end a sentence ("... med 2,6 mio. kr. Baggrunden er ..."): a capital
# after them starts one, anything else (a number, a lower-case word) does not.
TRAILING = frozenset("kr mio mia pct mv m.v osv etc m.fl m.m o.l mfl t.o.m f.o.m".split())
MONTH_WORDS = frozenset(
    "januar februar marts april maj juni juli august september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec".split()
)
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept okt nov dec".split())
ABBREVIATIONS = LEADING | TRAILING | MONTH_ABBREVIATIONS

_STOP = lazy(r"[.!?]+(?=[\s\"'”’)]|$)|\n")
_TOKEN_BEFORE = lazy(r"(\S+)$")
_WORD_AFTER = lazy(r"[\"'“”‘’(]*([^\s\"'“”‘’(]*)")


def _ends_sentence(text: str, start: int, stop: int, end: int) -> bool:
    """Does the stop `text[stop:end]` (".", "?", "!...") end the sentence begun at `start`?"""
    if text[stop] != ".":
        return True
    before = _TOKEN_BEFORE.search(text, start, stop)
    raw = before.group(1).lstrip("(\"'“‘") if before else ""
    token = "" if len(raw) > 1 and raw.isupper() else raw.lower()  # "KL." is KL, not "kl."
    rest = text[end:]
    after = _WORD_AFTER.match(rest.lstrip(" \t\"'”’)"))
    nxt = after.group(1) if after else ""
    if not nxt:
        return True  # end of text or of the line
    first = nxt[0]
    if not first.isalnum() and first not in "–-•":
        return False  # ", svarende til", "); og"
    if first.islower():
        return False  # Danish sentences begin with a capital, a digit, a quote or a dash
    if token.isdigit() and len(token) <= 2 and (nxt.lower().rstrip(".,") in MONTH_WORDS or first.isdigit()):
        return False  # an ordinal: "1. januar", "3. sept. 2021", "den 10. 9."
    if token.isdigit() and len(token) <= 2 and _line_start(text, before.start(1) if before else stop):
        return False  # a numbered point: "1. Udvalg, der ..."
    if len(token) == 1 and token.isalpha():
        return False  # an initial or "d. 10. september"
    if token in LEADING:
        return False
    if token in MONTH_ABBREVIATIONS or token in TRAILING:
        return not first.isdigit()
    if "." in token and token.replace(".", "").isalpha() and len(token) <= 6:
        return False  # an abbreviation of several letters: "f.eks.", "m.a.o."
    return True


def _line_start(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return not text[line:at].strip()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, outer whitespace excluded, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _STOP.finditer(text):
        if m.group() == "\n":
            cut, nxt = m.start(), m.end()
        elif _ends_sentence(text, start, m.start(), m.end()):
            cut, nxt = m.end(), m.end()
            # a closing quote or bracket right after the stop belongs to the sentence
            while cut < len(text) and text[cut] in "\"'”’)":
                cut += 1
            nxt = cut
        else:
            continue
        _add(spans, text, start, cut)
        start = nxt
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
