"""A shown passage cut to its length around what matched, the cuts marked "…".

Every piece between the marks is the item's own text (`verbatim_pieces`), so a reader (or a
test) can check it; highlights keep pointing at the matched words in the cut text.
"""

from __future__ import annotations

__all__ = ["CUT", "cut", "verbatim_pieces"]

CUT = "…"  # marks where a shown passage leaves out text of the item
MIN_PIECE = 150  # a matched line of a list cut to fit is worth showing in at least this much


def verbatim_pieces(text: str) -> list[str]:
    """The parts of a shown passage between its cut marks: each is the item's own text."""
    return [p.strip() for p in text.split(CUT) if p.strip()]


def cut(text: str, matched: list[tuple[int, int]], limit: int, first: tuple[tuple[int, int], ...] = (),
        centre: int | None = None, fit: tuple[tuple[int, int], ...] = (),
        weights: tuple[float, ...] = ()) -> tuple[str, tuple[tuple[int, int], ...]]:  # fmt: skip
    """`text` whole when short, else the part around its matches marked with "…": a list keeps
    its lead-in and the lines that matched (the lines holding a span of `first` — the value
    asked for — before the others; when the lead-in holds none of the words, those that matched
    most first, one too long for what is left cut around its matches; a matched line holding a span
    of `fit` — a reason asked for — too long for what the other lines leave is cut to it, around
    that span), a
    sentence the window around its matches (or around `centre`)."""
    if len(text) <= limit:
        return text, tuple(matched)
    if "\n" in text:
        return _cut_lines(text, matched, limit, first, fit, weights)
    if centre is None:
        centre = (matched[0][0] + matched[-1][1]) // 2 if matched else 0
    a = max(0, min(centre - limit // 2, len(text) - limit))
    b = min(len(text), a + limit)
    while a > 0 and not text[a - 1].isspace():
        a += 1
    while b < len(text) and b > a and not text[b].isspace():
        b -= 1
    head, tail = (f"{CUT} " if a > 0 else ""), (f" {CUT}" if b < len(text) else "")
    shift = len(head) - a
    spans = tuple((x + shift, y + shift) for x, y in matched if a <= x and y <= b)
    return head + text[a:b].strip() + tail, spans


def _holding(lines: list[tuple[int, int]], spans: tuple[tuple[int, int], ...]) -> list[int]:
    """The lines after the lead-in (by index, in order) where one of `spans` starts: those holding
    a value asked for (`first`) or a reason asked for (`fit`)."""
    return [k for k in range(1, len(lines)) if any(lines[k][0] <= x < lines[k][1] for x, _ in spans)]


def _cut_lines(text: str, matched: list[tuple[int, int]], limit: int, first: tuple[tuple[int, int], ...] = (),
               fit: tuple[tuple[int, int], ...] = (), weights: tuple[float, ...] = ()) -> tuple[str, tuple[tuple[int, int], ...]]:  # fmt: skip
    lines, at = [], 0
    for raw in text.split("\n"):
        lines.append((at, at + len(raw)))
        at += len(raw) + 1
    count = [sum(a <= x < b for x, _ in matched) for a, b in lines]
    hit = [k for k in range(1, len(lines)) if count[k]]
    members_asked = not count[0]  # the lead-in holds none of the words: the members that do are the answer
    if members_asked:
        hit.sort(key=lambda k: -count[k])
    valued = _holding(lines, first)
    hit = valued + [k for k in hit if k not in valued]
    fitted = set(_holding(lines, fit))
    if fit and weights:  # the reason asked, in the line holding most of the question's weight (each word once): first
        held = [sum(dict((text[x:y].lower(), w) for (x, y), w in zip(matched, weights) if a <= x < b).values()) for a, b in lines]
        top = max(hit, key=lambda k: held[k], default=None)
        if top in fitted and all(held[j] < held[top] for j in hit if j != top):
            hit = [top] + [k for k in hit if k != top]
    keep: set[int] = set()
    room: dict[int, int] = {}  # a matched line too long for what is left: cut to this around its matches
    budget = limit
    for k in [0] + hit + list(range(1, len(lines))):  # the lead-in, the lines that matched most, then the rest in order
        size = lines[k][1] - lines[k][0] + 2
        if k in keep:
            continue
        if size <= budget or not keep:
            keep.add(k)
            budget -= size
        elif members_asked and count[k] and budget >= MIN_PIECE:
            keep.add(k)
            room[k] = budget - 2
            budget = 0
    for k in sorted(fitted - keep):  # a line giving the reason asked: in what the others leave, cut around the reason
        if count[k] and budget >= MIN_PIECE:
            keep.add(k)
            room[k] = budget - 2
            budget = 0
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    skipped = False
    for k, (a, b) in enumerate(lines):
        if k not in keep:
            skipped = True
            continue
        if skipped and out:
            out.append(CUT)
        skipped = False
        start = sum(len(x) + 1 for x in out)
        piece = text[a:b]
        inner = [(x - a, y - a) for x, y in matched if a <= x and y <= b]
        if len(piece) > room.get(k, limit):  # one very long line: its own window (around the reason asked, if it gives one)
            size = room.get(k, limit - 2)
            reasons = [x - a for x, _ in fit if a <= x < b]  # the one with most of the question's weight around it
            weighed = [(x - a, y - a, w) for (x, y), w in zip(matched, weights) if a <= x and y <= b] if len(weights) == len(matched) else []
            around = max(reasons, key=lambda r: (_near(piece, inner, weighed, r, size // 2), -r), default=None)
            piece, inside = cut(piece, inner, size, centre=around)
            spans += [(x + start, y + start) for x, y in inside]
        else:
            spans += [(x + start, y + start) for x, y in inner]
        out.append(piece)
    if skipped:
        out.append(CUT)
    return "\n".join(out), tuple(spans)


def _near(piece: str, inner: list[tuple[int, int]], weighed: list[tuple[int, int, float]], at: int, reach: int) -> float:
    """How much of the question lies within `reach` of `at` in a line: the weight of each word once
    (when the words' weights are known), else the count of matched words."""
    if weighed:
        return sum(dict((piece[x:y].lower(), w) for x, y, w in weighed if abs(x - at) <= reach).values())
    return sum(abs(x - at) <= reach for x, _ in inner)
