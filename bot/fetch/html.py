"""The anchors of an HTML page with the text around them, from the stdlib parser.

A listing page's layout is not known in advance: a link may sit in a list item under a dated
heading, in a table row beside a date cell, or in a box that holds one meeting. So each anchor
is returned with the text of every element that encloses it (innermost first) and the text of
the heading before it; `bot.fetch.links` decides which of those tell the meeting's date.

html.parser does not close elements the way browsers do; the few implicit closes that matter
for finding the enclosing element (`<li>`, `<tr>`, `<td>`, `<p>`, `<dt>`/`<dd>`) are done here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["Anchor", "anchors"]

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt", "summary", "legend"})
INLINE = frozenset("a abbr b bdi bdo cite code data dfn em i kbd mark q s small span strong sub sup time u var".split())
SKIP = frozenset({"script", "style", "template", "noscript"})
# A start tag of the key closes an open element of the value's tags, up to (not past) a boundary.
IMPLICIT = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tbody": ({"tbody", "thead", "tr", "td", "th"}, {"table"}),
}
BLOCKS_CLOSING_P = frozenset(
    "address article aside blockquote details div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr main nav ol p pre section table ul".split()
)
_SPACE = re.compile(r"\s+")


@dataclass
class Anchor:
    """One `<a href>`: its text, title, the enclosing elements' texts and the heading before it."""

    href: str
    text: str = ""
    title: str = ""
    enclosing: list[tuple[str, str]] = field(default_factory=list)  # (tag, text), innermost first
    heading: str = ""


@dataclass
class _Open:
    tag: str
    parts: list[str] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)  # anchors closed inside this element
    anchor: Anchor | None = None  # for an `<a>` frame: the anchor it is


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = [_Open("#document")]
        self.done: list[Anchor] = []
        self.base: str | None = None
        self.heading = ""
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping += 1
            return
        a = dict(attrs)
        if tag == "base" and self.base is None:
            self.base = (a.get("href") or "").strip() or None
        if tag in VOID:
            if tag == "br":
                self.handle_data(" ")
            return
        self._close_implicitly(tag)
        if tag not in INLINE:
            self.handle_data(" ")  # "<td>Dagsorden</td><td>Referat</td>" reads as two words
        frame = _Open(tag)
        if tag == "a":
            self._close_up_to({"a"}, set())  # anchors do not nest
            href = (a.get("href") or "").strip()
            if href:
                frame.anchor = Anchor(href, title=_clean(a.get("title") or a.get("aria-label") or ""), heading=self.heading)
        self.stack.append(frame)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        if tag not in INLINE:
            self.handle_data(" ")
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                while len(self.stack) > depth:
                    self._pop()
                return  # an end tag with no open element is ignored, as browsers do

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            for frame in self.stack:
                frame.parts.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            self._pop()

    def _close_implicitly(self, tag: str) -> None:
        if tag in BLOCKS_CLOSING_P:
            self._close_up_to({"p"}, {"div", "section", "article", "td", "th", "li", "table", "blockquote"})
        if tag in IMPLICIT:
            closes, boundary = IMPLICIT[tag]
            self._close_up_to(closes, boundary)

    def _close_up_to(self, closes: set[str], boundary: set[str]) -> None:
        """Close the outermost open element of `closes` below the nearest `boundary` element
        (a new `<tr>` closes the open row and its cell; a `<li>` does not close the item a
        nested list sits in)."""
        target = None
        for depth in range(len(self.stack) - 1, 0, -1):
            t = self.stack[depth].tag
            if t in boundary:
                break
            if t in closes:
                target = depth
        if target is not None:
            while len(self.stack) > target:
                self._pop()

    def _pop(self) -> None:
        frame = self.stack.pop()
        text = _clean("".join(frame.parts))
        if frame.anchor is not None:
            frame.anchor.text = text
            self.done.append(frame.anchor)
            found = [*frame.anchors, frame.anchor]
        else:
            for anchor in frame.anchors:
                anchor.enclosing.append((frame.tag, text))
            found = frame.anchors
        if frame.tag in HEADINGS and text:
            self.heading = text
        if self.stack:
            self.stack[-1].anchors.extend(found)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def anchors(html: str) -> tuple[list[Anchor], str | None]:
    """Every `<a href>` of `html` in document order, and the page's `<base href>` if it has one."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.done, parser.base
