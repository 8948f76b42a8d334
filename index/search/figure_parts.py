"""Two figures asked at once, each in a part of its own ("How many municipalities answered KL's
survey …, and what share of the municipalities set aside more money …?", "hvor mange … i 2024,
og hvor stor en andel …"): what each part asks for is read in that part.

The refusal gate asks whether the item gives the figure asked (index.search.figure.missing_figure):
a value of the asked unit beside the head of what is counted. Read over the whole asking sentence,
a pair mixes its parts: the head came from the first ("svar", of "how many municipalities
answered") and the unit from the whole sentence (a share, of the second's "what share"), so the
item whose passages give "82 kommuner har svaret." (a count, no share beside "svar") and "50 pct.
af kommunerne har afsat flere midler …" was refused as giving nothing on "svar", the right item
kept as the nearest with both facts in its passages. Each part is now read on its own too: the
item gives the asked figure when the whole question's reading or one part's finds it. Not "each
part's": a second part's value is as often written without the unit its asking words say ("and
what response rate did that give": "Det giver en svarprocent på knap 84", no "pct."; "how much
EU money …, and what leverage": "ca. 15 gange"), and reading each part strictly refused 13 answerable
questions of the committed sets whose items give both facts. An item of another year or council
is refused by the year's and council's own checks (answer.lacks_named), not here.

Only a pair of asking words in the asking sentence splits it (index.search.two_parts'
`value_parts`), at ", and / og / samt" or a comma before the second asking word; a part
that asks no figure of its own ("… and what did the council decide") has no head and passes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from index.question.parse import ParsedQuestion
from index.search.figure import asked_head, missing_figure
from index.search.rank import Concept, Ranked
from index.search.two_parts import value_parts

__all__ = ["missing_figure_of_parts"]


def missing_figure_of_parts(r: Ranked, concepts: Sequence[Concept], parsed: ParsedQuestion) -> str | None:
    """`missing_figure` of the whole question; for a question asking two values, None too when
    the item gives one part's figure read in that part alone: its head, read, with its own unit
    (a part whose head cannot be read, "hvad betaler det i <husleje>", a word no item has, gives
    nothing)."""
    whole = missing_figure(r, concepts, parsed)
    parts = value_parts(parsed.text)
    if whole is None or len(parts) < 2:
        return whole
    read = [replace(parsed, text=part) for part in parts]
    given = any(asked_head(concepts, p) is not None and missing_figure(r, concepts, p) is None for p in read)
    return None if given else whole
