"""The answer line: the shortest span of an item that answers the question's type.

- a number or a comparison of two years a table gives: both cells, the row asked under each
  year's column or the two years' rows under the column asked (index.search.cell_pair);
- a number: the table cell picked by row label and column header (index.search.cells), with
  its labels; else a number of the unit asked whose own sentence holds a good share of the
  question (NUMBER_ANCHOR), the one counting what was asked ("4 medlemmer") or the only one;
- a date or a person: the one of the sentence that holds most of the question (a short line
  read with its neighbours; the decision first in minutes: what happened at the meeting), the
  only one there or the one right beside the question's words; a person the item names once
  beside a role answers a "who" even without question words beside it;
- a list or a meeting's plan: the items of the list shown;
- a decision: the sentence of the Beslutning that holds most of the question.
A sentence that names only other years than the question, or a tie between two values,
answers nothing: no answer line rather than a guess. Every value is verbatim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from index.lazy_patterns import lazy
from index.search.deciding import states_decision
from index.model import BESLUTNING, AgendaItem, AnswerLine
from index.read.passages import BULLET
from index.search.cell_pair import row_pair, year_pair
from index.search.cells import Cell, years_of
from index.question.years_asked import years_asked
from index.search.date_kinds import asked_date_kind, of_kind
from index.search.two_dates import both_dates
from index.search.figure import counts
from index.search.units import ANSWER_TYPES_WITH_VALUES, Asked, Unit, Value, Window, windows_of
from index.search.values import values_in
from index.search.years_named import names_years

__all__ = ["answer_line"]

LIST_ITEMS = 12  # a list answers as a line of its items when it has at most this many ...
LIST_ITEM_CHARS = 160  # ... each at most this long (titles, names, areas; not paragraphs)
LONG_CELL = 40  # a table cell longer than this answers with the figure in it
COUNTED_BONUS = 2.0  # × the weight of the question's word a number counts
LONG_UNIT = 200  # in a unit longer than this (a list, a long sentence) ...
NEAR_LONG = 100  # ... a value this close to the question's words answers
NUMBER_ANCHOR = 0.4  # a figure's own sentence holds this share of the question's words the item has
FRAGMENT_WORDS = 6  # a line this short is read with its neighbours
NEAR_CHARS = 25  # a value this close to the question's words, and no other, is the one


def _distance(u: Unit, v: Value) -> int:
    return min((max(a - v.end, v.start - b, 0) for a, b in u.matched), default=10_000)


def _counted(u: Unit, v: Value) -> float:
    """The weight of the question's words a number counts ("4 medlemmer" for "hvor mange
    medlemmer"; "4-5 kommunale it-serviceorganisationer" for "how many IT organisations")."""
    digits = next((k for k, ch in enumerate(v.text) if ch.isdigit()), 0)
    return max((w for (a, b), w in zip(u.matched, u.weighed) if v.start + digits < a and b <= v.end), default=0.0)


_CLAUSE_END = lazy(r",\s|;|\.\s|\.$|\n|\s(?:og|samt|men|and|or|but)\s")


def _clause(u: Unit, v: Value) -> float:
    """The weight of the question's words in the number's clause, from the number on to the
    next comma or "og" ("18 kommuner har valgt … om den patientrettede forebyggelse og 1
    kommune om akutsygeplejen": the forebyggelse is 18's)."""
    m = _CLAUSE_END.search(u.passage.text, v.end)
    end = m.start() if m else len(u.passage.text)
    return sum(w for (a, b), w in zip(u.matched, u.weighed) if v.start <= a and b <= end)


def _lines(u: Unit) -> list[Unit]:
    """A list passage read line by line (a bullet's figure belongs to its bullet); other
    units as they are."""
    if u.passage.kind != "list":
        return [u]
    out, at = [], 0
    for raw in u.passage.text.split("\n"):
        a, b = at, at + len(raw)
        at = b + 1
        pairs = [(m, w) for m, w in zip(u.matched, u.weighed) if a <= m[0] < b]
        values = [v for v in u.values if a <= v.start < b]
        if values:
            out.append(replace(u, matched=[m for m, _ in pairs], weighed=[w for _, w in pairs], values=values,
                               score=sum(w for _, w in pairs), line=(a, b)))  # fmt: skip
    return out


def _confident(u: Unit, kind: str, context: float = 0.0, counted: tuple[str, ...] = (), marked: Sequence[Value] = ()) -> Value | None:
    """The value of `u` that answers, when one can be told: for a number, the one counting a
    question word ("4 medlemmer"), else the one whose clause holds most of the question, else
    the only one; a date or a name, the only one or the one right beside the question's words.
    `context`: the question words of a short line's neighbours ("Orientering fra Danmarks
    Erhvervsfremmebestyrelse" / "Arne Boelt giver en kort orientering."), which count for it;
    `marked`: its dates of the kind asked (date_kinds.of_kind)."""
    if not u.values or u.score + context <= 0:
        return None
    heads = [v for v in u.values if kind == "number" and counts(v.text, counted)]
    if len(heads) == 1:  # the one number counting what "hvor mange <X>" asks for, however far from the other words
        return heads[0]
    if len(marked) == 1:  # the one date of the kind asked: "… med en ansøgningsfrist primo maj 2024"
        return marked[0]
    values = [v for v in u.values if len(u.text) <= LONG_UNIT or _distance(u, v) <= NEAR_LONG]
    if not values:
        return None
    if kind == "number":
        ranked = sorted(values, key=lambda v: (-_counted(u, v), -_clause(u, v)))
        key = (_counted(u, ranked[0]), _clause(u, ranked[0]))
        if key > ((_counted(u, ranked[1]), _clause(u, ranked[1])) if len(ranked) > 1 else (0.0, 0.0)):
            return ranked[0]
    if len(values) == 1:
        return values[0]
    near = sorted(values, key=lambda v: _distance(u, v))
    if kind != "number" and _distance(u, near[0]) <= NEAR_CHARS < _distance(u, near[1]):
        return near[0]
    return None


def _valued(item: AgendaItem, units: list[Unit], windows: list[Window], kind: str, total: float,
            question: str, counted: tuple[str, ...] = ()) -> tuple[Unit, Value] | None:  # fmt: skip
    """The unit and value of the asked type that answer: the units holding such a value
    ranked by their own question words (a fragment of a few words, a line of a table the
    extractor flattened, by those of its best window), a decision's first (what happened at the meeting); a tie
    between two values answers nothing. A number's own sentence must hold at least
    NUMBER_ANCHOR of the weight of the question's words the item has (`total`): a figure
    among loosely related words is no answer. A sentence naming only other years than
    the question does answers nothing."""
    context: dict[int, float] = {}
    for w in windows:
        for u in w.units:
            context[u.index] = max(context.get(u.index, 0.0), w.score)
    ranked: list[tuple[float, Unit, Value]] = []
    of_asked_kind: list[tuple[float, Unit, Value]] = []
    asked_years = years_asked(question)
    date_kind = asked_date_kind(question) if kind == "date" else None
    for u in (line for unit in units for line in _lines(unit)):
        near = context.get(u.index, 0.0) if len(u.text.split()) <= FRAGMENT_WORDS else 0.0
        marked = of_kind(u.passage.text, u.values, date_kind)
        if marked:  # "Loven trådte i kraft den 1. januar 2024." after the law's name
            near = max(near, context.get(u.index, 0.0))
        v = _confident(u, kind, near, counted, marked)
        if v is None:
            continue
        # the year of a date of the kind asked is that date's, not another year's ("ansøgningsfrist primo maj 2024")
        named = years_of(_without_dates(u) if v in marked else u.text)
        if asked_years and named and not named & asked_years:
            continue  # "Lånepuljen for 2024 på 0,2 mia. kr." does not answer for 2025
        if kind == "number" and u.score < NUMBER_ANCHOR * total and not (len(asked_years) >= 2 and names_years(u.text, asked_years)):
            continue  # (a sentence naming both years asked beside its figure anchors it: "… 0,6 og 0,7 mia. kr. for 2025 og 2026")
        rank = u.score + near
        if kind == "number":
            rank += COUNTED_BONUS * _counted(u, v)  # it counts what was asked about
        if u.passage.section == BESLUTNING and item.document_kind == "minutes":
            rank *= 1.2
        ranked.append((rank, u, v))
        if v in marked:
            of_asked_kind.append((rank, u, v))
    ranked = of_asked_kind or ranked  # a deadline asked: a date the item marks as one ("ansøgningsfrist primo maj 2024")
    if kind == "number" and len(asked_years) >= 2:  # two years asked: a sentence naming both (index/search/years_named.py)
        ranked = [t for t in ranked if names_years(t[1].text, asked_years)] or ranked
    if not ranked:
        return None
    ranked.sort(key=lambda t: -t[0])
    rank, u, v = ranked[0]
    if any(r == rank and w.text != v.text for r, _, w in ranked[1:]):
        return None
    return u, v


def answer_line(item: AgendaItem, chosen: list[Window], units: list[Unit], windows: list[Window], cell: Cell | None,
                 asked: Asked) -> tuple[AnswerLine | None, Unit | None]:  # fmt: skip
    """The answer line and the unit it comes from (None for a table cell or a decision)."""
    kind = asked.answer_type
    if kind in ("number", "compare") and (pair := year_pair(item, asked.text, asked.terms, asked.councils)
                                           or row_pair(item, asked.text, asked.terms, asked.councils)) is not None:
        # a figure of two years, or of two councils (a council and the country), from one table: both cells with their labels (index/search/cell_pair.py)
        row = next((u for u in units if (u.passage.table, u.passage.row) == (pair.table, pair.rows[0])), None)
        if row is not None:
            return AnswerLine(kind, pair.values, row.passage.section, row.passage.page, pair.labels), row
    if kind == "number" and cell is not None:
        row = next((u for u in units if (u.passage.table, u.passage.row) == (cell.table, cell.row)), None)
        value = cell.value
        if len(value) > LONG_CELL:  # "4 medlemmer, heraf 1 formand. Endvidere står KKR for …": its figure
            value = next((v.text for v in values_in(value, "number") if v.strength >= 1.0), "")
        if row is not None and value:
            return AnswerLine(kind, (value,), row.passage.section, row.passage.page, cell.labels), row
    if kind == "date" and (both := both_dates(units, asked.text)) is not None:  # "i kraft … og bortfalder …": both dates (two_dates.py)
        return AnswerLine(kind, tuple(v.text for v in both[1]), both[0].passage.section, both[0].passage.page), both[0]
    if kind in ANSWER_TYPES_WITH_VALUES:
        total = sum({k: w for u in units for k, w in u.concepts.items()}.values())
        found = _valued(item, units, windows_of(units), kind, total, asked.text, asked.counted)
        if found is None and kind == "person":  # the one person the item names beside a role
            names = {v.text: (u, v) for u in units for v in u.values}
            found = next(iter(names.values())) if len(names) == 1 else None
        if found is None:
            return None, None
        u, v = found
        return AnswerLine(kind, (v.text,), u.passage.section, u.passage.page), u
    if kind == "list" and chosen and chosen[0].first.passage.kind == "row" and len(chosen[0].units) > 1:
        rows = chosen[0].units  # a table group's rows (index.search.table_groups): the bodies they name
        labels = tuple(item.tables[u.passage.table].rows[u.passage.row][0] for u in rows)  # type: ignore[index]
        return AnswerLine(kind, labels, rows[0].passage.section, rows[0].passage.page), rows[0]
    if kind in ("list", "plan"):
        u = next((u for w in chosen for u in w.units if u.passage.kind == "list" and (u.score > 0 or kind == "plan")), None)
        if u is None and kind == "plan":  # a meeting's plan: the item's list of planned items
            u = next((u for u in units if u.passage.kind == "list"), None)
        if u is not None:
            items = _bullets(u.passage.text)
            if len(items) > LIST_ITEMS or any(len(i) > LIST_ITEM_CHARS for i in items):
                return None, None  # a list of paragraphs: its passage shows it, no line repeats it
            return AnswerLine(kind, items, u.passage.section, u.passage.page), u
        return None, None
    if kind == "decision" and item.decision:
        decided = [u for u in units if u.passage.section == BESLUTNING]
        if decided:
            u = max(decided, key=lambda u: (states_decision(u.passage.text), u.score, -u.index))  # the decision, not a talk reported (deciding.py)
            return AnswerLine(kind, (u.passage.text,), u.passage.section, u.passage.page), u
    return None, None


def _without_dates(u: Unit) -> str:
    """A unit's text with its dates blanked: the years it names of other things."""
    text = u.passage.text
    for v in reversed(u.values):
        text = text[: v.start] + " " * (v.end - v.start) + text[v.end :]
    return text[u.line[0] : u.line[1]] if u.line else text


def _bullets(text: str) -> tuple[str, ...]:
    """The items of a list passage, without their bullets (each verbatim)."""
    out = []
    for line in text.split("\n"):
        m = BULLET.match(line)
        if m:
            item = line[m.end() :].strip()
            if item:
                out.append(item)
        elif out and line.strip():
            out[-1] = f"{out[-1]} {line.strip()}"  # a bullet's wrapped rest
    return tuple(out)
