"""What a hit shows, as mrkdwn: the answer line, the passages, a table as an aligned code block.

The Slack reply, the terminal chat (which prints these blocks) and `kkrbot ask` render the
same `Hit.answer` and `Hit.passages` the engine chose; nothing here picks or cuts text
again. A table row passage is shown with its table's header beside its cells; a whole table
(the whole-item view) as a code block whose columns line up.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from bot.render.labels import labels
from bot.render.mrkdwn import MAX_SECTION, esc
from bot.render.wrapped_table import has_word_cells, wrapped_block
from index.model import AnswerLine, Hit, ShownPassage, Table

__all__ = ["answer_mrkdwn", "bold_sentence", "passages_mrkdwn", "row_lines", "shown_passages", "table_block"]

LIST_LINES = 8  # items of a list answer shown
CELL_CHARS = 28  # a header wider than this is cut in a code block
TABLE_WIDTH = 105  # characters of a code-block line, beyond which labels are cut shorter


def answer_mrkdwn(answer: AnswerLine | None, lang: str, *, list_shown: bool = False) -> str | None:
    """"*Svar:* *1.417* (KKR Midtjylland · … · Dimensionering 2027)"; a list as bullets, or only
    its label when the list passage below shows it (`list_shown`); None for no answer line and
    for a decision (that sentence is bold in the decision itself)."""
    if answer is None or answer.kind == "decision" or not answer.values:
        return None
    head = f"*{labels(lang)['answer']}:*"
    if answer.kind in ("list", "plan"):
        if list_shown:
            return head
        shown = [f"• {esc(' '.join(v.split()))}" for v in answer.values[:LIST_LINES]]
        more = [f"• … (+{len(answer.values) - LIST_LINES})"] if len(answer.values) > LIST_LINES else []
        return "\n".join([head, *shown, *more])
    value = "; ".join(f"*{esc(' '.join(v.split()))}*" for v in answer.values)  # two cells of a figure over two years: both
    if answer.labels:
        value += f" ({esc(' · '.join(answer.labels))})"
    return f"{head} {value}"


def bold_sentence(text: str, sentence: str) -> str:
    """`text` (escaped mrkdwn of a decision) with `sentence` in bold where it occurs (not when
    it is all of the text: a one-sentence decision answers as a whole)."""
    target = esc(" ".join(sentence.split()))
    flat = " ".join(text.split(" "))
    at = flat.find(target)
    if not target or at < 0 or len(target) >= len(flat.strip()) - 1:
        return text
    return f"{flat[:at]}*{target}*{flat[at + len(target):]}"


def row_lines(p: ShownPassage) -> list[str]:
    """A table row as lines "label  value" under its row label, the values aligned right; a group
    spanning columns ("Social- og sundhedshjælpere" over "Dimensionering 2026" and "… 2027") said
    once above its columns' lines, not on each."""
    if not p.cells:
        return [p.text]
    pairs = [(label, cell) for label, cell in zip(p.labels[1:], p.cells[1:])]
    parts = [(label.split(" · ", 1) if " · " in label else ["", label], cell) for label, cell in pairs]
    groups = [g for (g, _), _ in parts]
    if any(groups) and len(set(groups)) < len(groups):
        width = max(len(_short(h)) for (_, h), _ in parts)
        right = max(len(b) for _, b in parts)
        lines, last = [p.cells[0]], None
        for (group, head), cell in parts:
            if group != last:
                lines.append(f"  {_short(group)}")
                last = group
            lines.append(f"    {_short(head).ljust(width)}  {cell.rjust(right)}")
        return lines
    width = max((len(_short(a)) for a, _ in pairs), default=0)
    right = max((len(b) for _, b in pairs), default=0)
    return [p.cells[0]] + [f"  {_short(a).ljust(width)}  {b.rjust(right)}" for a, b in pairs]


def _short(label: str, limit: int = 60) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def shown_passages(hit: Hit) -> tuple[ShownPassage, ...]:
    """The passages a hit shows; a hit made with an excerpt only shows that."""
    if hit.passages or not hit.excerpt.strip():
        return hit.passages
    return (ShownPassage(hit.excerpt, hit.excerpt_heading, hit.page, "sentence", hit.highlights),)


def passages_mrkdwn(passages: Sequence[ShownPassage], quote: Callable[[ShownPassage], str]) -> list[str]:
    """Each passage as mrkdwn (a quote with its matched words bold, a row as a code block),
    packed into section texts under Slack's limit. `quote(passage)` marks a quote."""
    pieces = []
    for p in passages:
        if p.kind == "row" and p.cells:
            pieces.append("```" + esc("\n".join(row_lines(p))) + "```")
        elif p.text.strip():
            pieces.append(quote(p))
    out: list[str] = []
    for piece in pieces:
        if out and len(out[-1]) + len(piece) + 2 <= MAX_SECTION:
            out[-1] += "\n\n" + piece
        else:
            out.append(piece[:MAX_SECTION])
    return out


def table_block(table: Table) -> str:
    """A table as aligned text for a code block: its caption, the groups over their columns,
    the header, then the rows (numbers right-aligned); labels cut with "…" to fit. A table of
    cells of words wraps them instead (bot/render/wrapped_table.py): no word of a cell is lost."""
    if has_word_cells(table):
        return wrapped_block(table, TABLE_WIDTH)
    cols = max([len(table.header), *(len(r) for r in table.rows)])
    rows = [[*r, *[""] * (cols - len(r))] for r in table.rows]
    groups = [table.groups[c] if c < len(table.groups) else "" for c in range(cols)]
    limit = CELL_CHARS
    while True:
        heads = [_short(table.header[c], limit) if c < len(table.header) else "" for c in range(cols)]
        cells = [heads] + [[_short(c, limit) for c in r] for r in rows]
        widths = [max(len(row[c]) for row in cells) for c in range(cols)]
        if sum(widths) + 2 * cols <= TABLE_WIDTH or limit <= 12:
            break
        limit -= 4
    lines = [_short(table.caption, TABLE_WIDTH)] if table.caption else []
    if any(groups):
        line, c = "", 0
        while c < cols:
            run = next((k for k in range(c, cols) if groups[k] != groups[c]), cols)
            span = sum(widths[c:run]) + 2 * (run - c - 1)
            line += _short(groups[c], span).ljust(span) + "  "
            c = run
        lines.append(line.rstrip())
    for k, row in enumerate(cells):
        line = "  ".join(
            cell.rjust(widths[c]) if c and (k or re.match(r"^[(\d]", rows[0][c] if rows else "")) else cell.ljust(widths[c])
            for c, cell in enumerate(row)
        )
        lines.append(line.rstrip())
        if k == 0:
            lines.append("-" * min(max(len(x) for x in lines), TABLE_WIDTH))
    return "\n".join(lines)
