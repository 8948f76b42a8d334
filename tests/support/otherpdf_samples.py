"""The five sample texts read back into `meeting` dicts for the fpdf2 generator (`otherpdf`).

This is a reading of the samples of its own, written from the texts and their MANIFEST only
(not from the project's readers), so that a PDF made from it tests the reader independently:
sections "N. Title", items "N.M. Title" (wrapped titles joined), the case line, the
sub-headings, body paragraphs with the extractor's line-end hyphens undone, bullets,
flattened tables put back as tables (hand-written in `otherpdf_tables`), link lines kept as
links of the item; page headers/footers and repeated link lines dropped.

What a sample does not say (time and place of the meeting, its participants, the date of the
two undated ones) comes from `SAMPLE_FACTS`: invented, plausible, inside MANIFEST's windows.
"""

from __future__ import annotations

import re
from typing import Any

from index.samples import sample_paths
from tests.support.otherpdf_tables import TABLES

SUBHEADINGS = ("Baggrund", "Indstilling", "Sagsfremstilling", "Beslutning", "Bemærkninger")

# Per sample: what the cover says. 001 and 004 are undated in the text: dates inside the
# windows MANIFEST.md gives.
SAMPLE_FACTS: dict[str, dict[str, Any]] = {
    "000_cdc91a78ce8a19e6": {
        "council": "KKR Midtjylland", "kind": "agenda", "date": "2021-08-30", "time": "10:00",
        "venue": ["Regionshuset Viborg, Skottenborg 26, 8800 Viborg"],
    },
    "001_37866b4be7b1cc74": {
        "council": "KKR Midtjylland", "kind": "minutes", "date": "2025-09-12", "time": "09:30",
        "venue": ["Hotel Legoland, Aastvej 10", "7190 Billund"],
    },
    "002_af7a03fe60365536": {
        "council": "KKR Nordjylland", "kind": "minutes", "date": "2021-09-03", "time": "09:00",
        "venue": ["Aalborg Kongres & Kultur Center,", "Europa Plads 4, 9000 Aalborg"],
    },
    "003_d10211b4844be3a2": {
        "council": "KKR Midtjylland", "kind": "minutes", "date": "2026-06-17", "time": "13:00",
        "venue": ["Silkeborg Rådhus, Søvej 1, 8600 Silkeborg"],
    },
    "004_00b6fdc18451f266": {
        "council": "KKR Midtjylland", "kind": "agenda", "date": "2024-02-23", "time": "10:00",
        "venue": ["Scandic Aarhus City, Østergade 10", "8000 Aarhus C"],
    },
}

_HEADER = re.compile(r"^\s*KKR [A-ZÆØÅ][a-zæøå]+\s*\|\s*\d\d-\d\d-\d{4}\s*$")
_FOOTER = re.compile(r"^\s*SIDE\s*\|\s*\d+\s*$")
_SECTION = re.compile(r"^\s*(\d)\.\s+([A-ZÆØÅ].*?)\s*$")
_ITEM = re.compile(r"^\s*(\d)\.(\d{1,2})\.\s+(.*)$")
_CASE = re.compile(r"^\s*(SAG-\d{4}-\d{5})\b\s*(.*?)\s*$")
_URL = re.compile(r"^https?://\S+$")
_BULLET = re.compile(r"^\s*([–\-•])\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,2}[.)])\s+[A-ZÆØÅ]")
_LOWER = "a-zæøåéü"


_MUNICIPALITIES = {
    "KKR Midtjylland": ["Aarhus", "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens",
                        "Ikast-Brande", "Lemvig", "Norddjurs", "Odder", "Randers", "Silkeborg",
                        "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg"],
    "KKR Nordjylland": ["Aalborg", "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt",
                        "Læsø", "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerland"],
}
_FIRST = ["Anne", "Lars", "Mette", "Jens", "Karina", "Søren", "Birgitte", "Henrik", "Pia",
          "Torben", "Hanne", "Niels", "Signe", "Kasper", "Dorte", "Ole", "Lise"]
_LAST = ["Holm", "Vestergaard", "Kjærgaard", "Bech", "Dahl", "Lund", "Østergaard", "Brix",
         "Thomsen", "Winther", "Krogh", "Aagaard", "Mørk", "Sejersen", "Friis", "Bundgaard",
         "Riis"]
_PARTIES = "AVCFBOØI"


def sample_participants(name: str) -> list[dict[str, Any]]:
    """An invented Deltagerfortegnelse for sample `name`: one member per municipality, the
    chair and vice-chair first, every fifth member sending apologies ("Afbud")."""
    council = SAMPLE_FACTS[name]["council"]
    seed = int(name[:3])
    people = []
    for n, town in enumerate(_MUNICIPALITIES[council]):
        first, last = _FIRST[(n + seed) % len(_FIRST)], _LAST[(n * 5 + seed) % len(_LAST)]
        role = {0: "Formand", 1: "Næstformand"}.get(n, "Medlem")
        people.append({
            "name": f"{first} {last} ({_PARTIES[(n + seed) % len(_PARTIES)]})",
            "municipality": f"{town} Kommune",
            "role": f"Borgmester, {role.lower()}" if n < 2 else "Borgmester",
            "present": n < 2 or (n + seed) % 5 != 0,
        })
    return people


def sample_names() -> list[str]:
    return sorted(SAMPLE_FACTS)


def sample_meeting(name: str, participants: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The meeting dict of sample `name` ("000_cdc91a78ce8a19e6"), cover facts included."""
    path = next(p for p in sample_paths() if p.stem == name)
    text = path.read_text(encoding="utf-8")
    meeting = dict(SAMPLE_FACTS[name])
    meeting["sections"] = parse_sample_text(text, TABLES.get(name, []))
    meeting["participants"] = participants
    return meeting


def _raw_lines(text: str) -> list[str]:
    """The extractor's lines: empty lines are its artefact, a line of spaces is a real blank.

    A blank comes back as "". Page headers, footers and the split "./." are dealt with here.
    """
    out: list[str] = []
    for line in text.splitlines():
        if line == "":
            continue
        if _HEADER.match(line) or _FOOTER.match(line):
            continue
        out.append("" if not line.strip() else line.rstrip("\n"))
    joined: list[str] = []
    i = 0
    while i < len(out):
        if [s.strip() for s in out[i : i + 3]] == [".", "/", "."]:
            joined.append("./.")
            i += 3
            continue
        joined.append(out[i])
        i += 1
    return joined


def parse_sample_text(text: str, tables: list[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """Sections with their items, each item with its case line and sub-sections of blocks."""
    lines = _raw_lines(text)
    sections: list[dict[str, Any]] = []
    item: dict[str, Any] | None = None
    body: list[str] = []  # raw lines of the current sub-section
    i = 0

    def flush() -> None:
        if item is not None and item["subsections"]:
            item["subsections"][-1]["blocks"] = _blocks(body, tables)
        body.clear()

    while i < len(lines):
        line = lines[i]
        m_item = _ITEM.match(line)
        m_sec = _SECTION.match(line)
        if m_sec and int(m_sec.group(1)) == len(sections) + 1 and _opens_section(lines, i):
            flush()
            item = None
            sections.append({"number": int(m_sec.group(1)), "title": m_sec.group(2), "items": []})
            i += 1
            continue
        if m_item and sections and int(m_item.group(1)) == len(sections) and \
                int(m_item.group(2)) == len(sections[-1]["items"]) + 1:
            flush()
            title = m_item.group(3)
            i += 1
            while i < len(lines) and not _CASE.match(lines[i]) and lines[i].strip() not in SUBHEADINGS:
                if lines[i].strip():
                    title = _join(title, lines[i])
                i += 1
            case = _CASE.match(lines[i]) if i < len(lines) else None
            if case:
                i += 1
            item = {
                "number": f"{m_item.group(1)}.{m_item.group(2)}",
                "title": re.sub(r"\s+", " ", title).strip(),
                "case": f"{case.group(1)} {case.group(2)}".strip() if case else None,
                "subsections": [],
                "links": [],
            }
            sections[-1]["items"].append(item)
            continue
        if item is not None and line.strip() in SUBHEADINGS:
            flush()
            item["subsections"].append({"heading": line.strip(), "blocks": []})
            i += 1
            continue
        if item is not None and _URL.match(line.strip()):
            url, i = _url_at(lines, i)
            if url is not None:  # a link line at a page's foot: the item's link, not text
                if url not in item["links"]:
                    item["links"].append(url)
                continue
            body.append(line)  # a URL written in the text, wrapped: keep as text
            continue
        if item is not None and item["subsections"]:
            body.append(line)
        i += 1
    flush()
    return sections


def _opens_section(lines: list[str], i: int) -> bool:
    """ "4. Senioranalyse - …" in a numbered list is no section: a section line is followed by
    its first item, the next section, or the end."""
    n = int(_SECTION.match(lines[i]).group(1))
    rest = [s for s in lines[i + 1 :] if s.strip()]
    if not rest:
        return True
    m_item, m_sec = _ITEM.match(rest[0]), _SECTION.match(rest[0])
    return bool((m_item and m_item.group(1) == str(n) and m_item.group(2) == "1")
                or (m_sec and m_sec.group(1) == str(n + 1)))


def _url_at(lines: list[str], i: int) -> tuple[str | None, int]:
    """A whole-line URL is a link line unless it is wrapped into the next line (text)."""
    url = lines[i].strip()
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if url.endswith("-") and nxt and " " not in nxt and not _URL.match(nxt):
        return None, i + 1
    return url, i + 1


def _join(left: str, right: str) -> str:
    """Join two extractor lines, undoing a line-end hyphen ("udvik-" + "lingsbidrag")."""
    right = right.lstrip()  # its trailing space tells "Børne- " (word end) from "udvik-"
    if re.search(rf"[{_LOWER}]-$", left) and re.match(rf"[{_LOWER}]", right):
        return left[:-1] + right
    if left.endswith("-") and not left.endswith(" -"):  # SOSU- / assistent: a real hyphen
        return left + right
    return left.rstrip() + " " + right


def _blocks(raw: list[str], tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Paragraphs, bullets and tables of one sub-section's raw lines."""
    blocks: list[dict[str, Any]] = []
    full = 60  # a line shorter than this (and not hyphenated) ends its paragraph
    para: str | None = None
    kind = "p"

    def end() -> None:
        nonlocal para
        text = re.sub(r"\s+", " ", para or "").strip()
        para = None
        if kind == "bullet" and " " in text:
            marker, text = text.split(" ", 1)
            blocks.append({"kind": "bullet", "marker": marker, "text": text})
        elif text and text != "./.":  # a marker left alone at an item's end says nothing
            blocks.append({"kind": "p", "text": text})

    i = 0
    while i < len(raw):
        line = raw[i]
        table = _table_at(raw, i, tables)
        if table is not None:
            end()
            blocks.append({"kind": "table", "rows": table["rows"],
                           "header_rows": table.get("header_rows", 1),
                           "widths": table.get("widths")})
            i += table["span"]
            continue
        i += 1
        if not line.strip():
            end()
            continue
        if para and re.search(rf"[{_LOWER}]-\s*$", para) and re.match(rf"\s*[–-]\s+[{_LOWER}]", line):
            line = _BULLET.sub("", line)  # "løse udford- " / "– ringer": one word, not a bullet
            para = para.rstrip()
        starts = _BULLET.match(line) or _NUMBERED.match(line) or line.strip().startswith("./.")
        if starts or para is None:
            end()
            kind = "bullet" if _BULLET.match(line) else "p"
            para = line.lstrip()
        else:
            para = _join(para, line)
        stripped = line.rstrip()
        hyphenated = stripped.endswith("-") and not line.endswith(" ")
        if len(stripped) < full and not hyphenated:
            end()
    end()
    return blocks


def _table_at(raw: list[str], i: int, tables: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The table whose flattened lines start at raw[i], with how many raw lines it spans."""
    for t in tables:
        if raw[i].strip() != t["first"]:
            continue
        for j in range(i, len(raw)):
            if raw[j].strip() == t["last"]:
                return {**t, "span": j + 1 - i}
    return None
