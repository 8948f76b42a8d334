"""A year written with two digits after a preposition, read as the year (round 19, REFUSED19).

Why: staff and journalists clip a year that ends what they ask ("hvad landede KKR Midt på ift.
flygtningekvoterne for 27?", "… hvor mange flygtninge hver tager i 27?", "the national figure for
refugees for 27?", "udpegningslisten for 26-30", "ændret fra 25 til 26?"). The question reader took
"27" for a number word, the rarest of the question (one item holds a 27), and the gate refused the
item that gives the year's figure, first and kept ("Hvor mange … i '27?", with its apostrophe, was
answered). A month's, a meeting's or a period word's clipped year is read already (dates.py:
"sept 21", "augustmødet 21", "i perioden 18-22", "23/24").

Read here as a year, and only so: two digits 10-49 straight after "for", "i", "in", "fra" or "from"
(a year or a span of years: "fra 25 til 26", "for 26-30", a span at most ten years and rising),
ending the clause: a stop, a comma, a question mark, the end, or "og"/"and"/"eller"/"or" after it.
A count is followed by what it counts ("i 27 kommuner", "fra 15 til 20 mio. kr."), a day by its
month; neither ends a clause, so neither is read.
"""

from __future__ import annotations

__all__ = ["CLIPPED_YEAR", "CLIPPED_YEARS"]

_AFTER = r"(?:(?<=\bfor )|(?<=\bi )|(?<=\bin )|(?<=\bfra )|(?<=\bfrom ))"
_ENDS_CLAUSE = r"(?![\w%.,/:-]?\d)(?![\w%])(?=\s*(?:[?!.,;:)]|$)|\s+(?:og|and|eller|or)\b)"

# "for 27?", "i 27.", "for '22 og …" (dates.py's "year" kind: group yy)
CLIPPED_YEAR = _AFTER + r"['’]?(?P<yy>[1-4]\d)" + _ENDS_CLAUSE
# "for 26-30?", "fra 25 til 26?" (dates.py's "years" kind: groups yy and year2)
CLIPPED_YEARS = _AFTER + r"(?P<yy>[1-4]\d)\s*(?:-|–|til|to)\s*(?P<year2>[1-4]\d)" + _ENDS_CLAUSE
