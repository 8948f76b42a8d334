"""Text flow for the fpdf2 generator: our own line breaking with Danish-style hyphenation.

fpdf2's `multi_cell` never hyphenates; KL's Word documents do, so lines are broken here and
each line is placed with `cell()`. Long words that do not fit are split at a syllable
boundary ("lære-|pladser", "forde-|ling") with a hyphen at the line end: the reader must undo
breaks it has never seen, at other places than the extractor's in the sample texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fpdf import FPDF

VOWELS = set("aeiouyæøåéü")
# Consonant pairs that start a Danish syllable together ("lære-pladser", "ud-tryk" aside).
ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "sk",
          "sl", "sm", "sn", "sp", "st", "sv", "tr", "tv"}
MIN_WORD, MIN_LEFT, MIN_RIGHT = 7, 3, 3


def hyphenation_points(word: str) -> list[int]:
    """Indices where `word` may be split (before the index), in order.

    A point lies inside a run of letters, at least three letters from either end of the run,
    before a consonant that starts a syllable: "fordeling" → for|de|ling → [3, 5].
    A hyphen already in the word is a point too when an upper-case letter or a digit stands
    before it ("SOSU-|uddannelserne"); after a lower-case letter it would read as a
    line-end hyphen, which no reader can tell from one.
    """
    points: list[int] = []
    for m in re.finditer(r"[A-Za-zÆØÅæøåéü]+", word):
        run, start = m.group(), m.start()
        if len(run) < MIN_WORD:
            continue
        low = run.lower()
        for i in range(MIN_LEFT, len(run) - MIN_RIGHT + 1):
            if low[i] in VOWELS or low[i + 1] not in VOWELS:
                continue  # a syllable starts with a consonant before a vowel
            j = i - 1 if low[i - 1 : i + 1] in ONSETS and low[i - 2] in VOWELS else i
            if j >= MIN_LEFT:
                points.append(start + j)
    for m in re.finditer(r"(?<=[A-ZÆØÅ0-9])-(?=[A-Za-zæøå])", word):
        points.append(m.end())
    return sorted(set(points))


@dataclass
class Line:
    words: list[str]
    hyphen: bool = False  # the last word is cut and ends in an added "-"
    anchors: dict[int, str] = field(default_factory=dict)  # word index in line → URL

    @property
    def text(self) -> str:
        return " ".join(self.words)


def break_lines(pdf: FPDF, text: str, width: float, anchors: dict[int, str] | None = None,
                hyphenate: bool = True) -> list[Line]:
    """Greedy line breaking of `text` in the current font, hyphenating what does not fit.

    `anchors` maps a word's index in `text.split()` to a link URL; the link follows the
    word, or both its halves when the word is split.
    """
    anchors = anchors or {}
    lines: list[Line] = []
    cur = Line([])
    space = pdf.get_string_width(" ")
    summed = 0.0  # the words' widths and the spaces between them: cur's width, but for rounding

    def used() -> float:
        return pdf.get_string_width(cur.text) + (space if cur.words else 0)

    for idx, word in enumerate(text.split()):
        url = anchors.get(idx)
        while True:
            wide = pdf.get_string_width(word)
            # Measuring the whole line again after each word costs the most of a PDF; the sum
            # decides unless it is within a hair of the edge, where the line is measured as before.
            room = width - (summed + space if cur.words else 0.0)
            if abs(room - wide) < 1e-6:
                room = width - used()
            if wide <= room:
                if url:
                    cur.anchors[len(cur.words)] = url
                summed = summed + space + wide if cur.words else wide
                cur.words.append(word)
                break
            room = width - used()
            head, tail = _split(pdf, word, room) if hyphenate else (None, word)
            if head is None and not cur.words:  # a word wider than the line (a URL): cut it
                head, tail = _hard_split(pdf, word, width)
            if head is not None:
                if url:
                    cur.anchors[len(cur.words)] = url
                cur.words.append(head)
                cur.hyphen = not head.endswith(("-", "/"))
                if cur.hyphen:
                    cur.words[-1] += "-"
                word = tail
            lines.append(cur)
            cur = Line([])
            summed = 0.0
    if cur.words:
        lines.append(cur)
    return lines


def _split(pdf: FPDF, word: str, room: float) -> tuple[str | None, str]:
    """The longest head of `word` that fits `room` with its hyphen, and the rest."""
    for p in reversed(hyphenation_points(word)):
        head = word[:p]
        shown = head if head.endswith("-") else head + "-"
        if pdf.get_string_width(shown) <= room:
            return (head, word[p:])
    return None, word


def _hard_split(pdf: FPDF, word: str, width: float) -> tuple[str, str]:
    """Cut an unbreakable word after its last "/" that fits (URLs), else at the width."""
    cut = len(word) - 1
    while cut > 1 and pdf.get_string_width(word[:cut]) > width:
        cut -= 1
    slash = word.rfind("/", 0, cut)
    if slash > 8:
        cut = slash + 1
    return word[:cut], word[cut:]


def place_lines(pdf: FPDF, lines: list[Line], *, x: float, line_height: float,
                first_x: float | None = None) -> list[int]:
    """Write `lines` from the current y, breaking pages as needed; the page of each line.

    Links are put on anchored words as URI annotations over the word's box.
    """
    pages = []
    for n, line in enumerate(lines):
        if pdf.get_y() + line_height > pdf.page_break_trigger:
            pdf.add_page()
        lx = first_x if (n == 0 and first_x is not None) else x
        y = pdf.get_y()
        pdf.set_x(lx)
        pdf.cell(w=pdf.get_string_width(line.text) + 0.5, h=line_height, text=line.text,
                 new_x="LMARGIN", new_y="NEXT")
        for i, url in line.anchors.items():
            before = " ".join(line.words[:i]) + (" " if i else "")
            wx = lx + pdf.c_margin + pdf.get_string_width(before)
            pdf.link(wx, y, pdf.get_string_width(line.words[i]), line_height, url)
        pages.append(pdf.page_no())
    return pages
