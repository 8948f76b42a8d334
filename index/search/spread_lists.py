"""A list spread over sentences (round 16, LISTS16): a sentence saying how many things there are
("KKR Nordjylland har … besluttet to tværkommunale fokusområder på beskæftigelsesområdet.",
"Konferencen bliver todelt.") and the sentences right after it naming them one by one, each
opening with its ordinal ("Det ene er Økonomien på beskæftigelsesområdet. Det andet er
Kvalificeret arbejdskraft.", "Første del vil omhandle … Anden halvdel vil omhandle …"). The named
things hold none of the question's words, so a list question showed the announcing sentence
alone. Here, for a list question, a shown window of sentences is followed by such a run (a first
ordinal, then at least one later one, in its sub-section): the run joins the window while the
whole stays within WINDOW_CHARS, else it is shown beside it, second; a run a few sentences on is
shown beside it with the sentence announcing it."""

from __future__ import annotations

import re

from index.lazy_patterns import lazy
from index.search.units import WINDOW_CHARS, Unit, Window, window_of

__all__ = ["SPREAD_REACH", "ordinal_run", "spread_list"]

SPREAD_REACH = 3  # sentences between the best window and the announcing sentence of a run it is about

# "Det ene er …", "Den første …", "Første del …", "For det første …"
_FIRST = lazy(r"^\s*(?:(?:det|den)\s+(?:ene|første)|første|for\s+det\s+første|the\s+(?:one|first)|first(?:ly)?)\b", re.IGNORECASE)
# "Det andet er …", "Anden halvdel …", "Den tredje …", "For det andet …"
_LATER = lazy(
    r"^\s*(?:(?:det|den)\s+(?:andet|anden|tredje|fjerde|femte|sidste)|anden|andet|tredje|fjerde|femte"
    r"|for\s+det\s+(?:andet|tredje|fjerde)|the\s+(?:other|second|third|last)|second(?:ly)?|third(?:ly)?)\b",
    re.IGNORECASE,
)


def ordinal_run(units: list[Unit], after: int) -> list[Unit]:
    """The sentences right after unit `after`, in its sub-section, naming things one by one by
    their ordinals: a first one, then every later one that follows; [] when fewer than two."""
    if not 0 <= after < len(units) - 2:
        return []
    section = units[after].passage.section_index
    run: list[Unit] = []
    for u in units[after + 1 :]:
        p = u.passage
        if p.kind != "sentence" or p.section_index != section or not (_LATER if run else _FIRST).match(p.text):
            break
        run.append(u)
    return run if len(run) >= 2 else []


def spread_list(best: Window, beside: list[Window], units: list[Unit], answer_type: str) -> tuple[Window, list[Window]]:
    """For a list question, the best window grown with the ordinal sentences right after it
    (`ordinal_run`), or with them beside it when the whole would pass WINDOW_CHARS; a run that
    starts up to SPREAD_REACH sentences further on ("… konference 27. september 2021" … "Konferencen
    bliver todelt." + "Første del …" + "Anden halvdel …") is shown beside it, second, with the
    sentence announcing it; as it was else."""
    last = best.units[-1]
    if answer_type != "list" or last.passage.kind != "sentence":
        return best, beside
    for gap in range(SPREAD_REACH + 1):
        at = last.index + gap
        if at >= len(units) or units[at].passage.kind != "sentence" or units[at].passage.section_index != last.passage.section_index:
            break
        run = ordinal_run(units, at)
        if not run:
            continue
        if gap == 0 and best.first.passage.kind == "sentence" and run[-1].passage.end - best.first.passage.start <= WINDOW_CHARS:
            return window_of(best.units + run), beside
        announced = [units[at]] if gap and run[-1].passage.end - units[at].passage.start <= WINDOW_CHARS else []
        return best, [window_of(announced + run), *beside]
    return best, beside
