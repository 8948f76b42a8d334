"""The line shapes of KL's template that segmentation and the front matter both read.

Section "N. Title", item "N.M. Title", the case line "SAG-2026-00837 lifo", the item's
sub-headings, and the one shape that is never a heading: a table-of-contents line, known by
its dot leaders ("1. Godkendelse af referat ........ 4").
"""

from __future__ import annotations


from index.lazy_patterns import lazy
from index.model import SUBHEADINGS
from index.read.lines import Line

__all__ = [
    "CASE_LINE",
    "ITEM_LINE",
    "SECTION_LINE",
    "TEMPLATE_SECTIONS",
    "has_leaders",
    "subheading",
]

SECTION_LINE = lazy(r"^(\d)\.\s+(\S.*)$")
ITEM_LINE = lazy(r"^(\d)\.(\d{1,2})(?:\.\s*|\s+)(\S.*)$")
CASE_LINE = lazy(r"^(SAG-\d{4}-\d{3,6})\b\s*(.*)$")
# KL's template: the section titles by number.
TEMPLATE_SECTIONS = {
    1: "Godkendelse af referat",
    2: "Siden sidst",
    3: "Regionalpolitiske sager",
    4: "Udpegninger",
    5: "KKR",
    6: "Punkter til næste møde",
    7: "Eventuelt",
}
# Five or more dots (Word's leader tab, sometimes spaced), ellipses or a rule of underscores.
_LEADERS = lazy(r"(?:\.\s?){5,}|(?:…\s?){2,}|_{5,}")


def has_leaders(text: str) -> bool:
    """A contents line: its title runs into dot leaders before the page number."""
    return bool(_LEADERS.search(text))


def subheading(ln: Line) -> str | None:
    """"Baggrund", "Indstilling", ...: alone on its line, and bold where fonts are known."""
    text = ln.text.strip()
    return text if text in SUBHEADINGS and ln.bold is not False else None
