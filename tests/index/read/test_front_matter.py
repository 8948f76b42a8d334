"""Issue 9, the text path: KL's front matter (cover, contents, participant list) put back in
front of the five samples, in the extractor's own layout, changes none of the items; the
cover dates the meeting; the contents are a cross-check, never the document's sections."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from index.model import Meeting
from index.read.document import meeting_from_extracted, read_document
from index.read.front_matter import contents_check, read_cover
from index.read.lines import Line
from index.read.segment import segment
from index.read.textfile import read_text
from tests.index.read.test_textfile import FILES, SAMPLES
from tests.support.kl_front import COVERS, front_for
from tests.support.kltext import extractor_text, front_matter_text

VARIANTS = {  # contents, participants' cells each on a line of their own
    "one-column": ("one", False),
    "two-columns-out-of-order": ("two", True),
    "no-contents": (None, True),
}


@pytest.fixture(scope="module")
def plain() -> dict[str, Meeting]:
    return {key: read_document(SAMPLES / name) for key, name in FILES.items()}


def _with_front(plain: dict[str, Meeting], key: str, variant: str, **kw):
    contents, apart = VARIANTS[variant]
    front = front_for(key, plain[key])
    made = front_matter_text((SAMPLES / FILES[key]).read_text(encoding="utf-8"), plain[key], front,
                             contents=contents, cells_apart=apart, **kw)
    return made, front, meeting_from_extracted(read_text(made.text), source=FILES[key])


def _as_read(meeting: Meeting, shift: int = 0) -> list[tuple]:
    """What an item says and where, its pages moved by `shift` (the pages put in front)."""
    return [
        (i.item_number, i.section, i.title, i.case_number, i.case_workers, i.decision, i.links, i.attachments,
         i.page_start + shift, i.page_end + shift, tuple(replace(t, page=t.page + shift) for t in i.tables),
         tuple(replace(s, page_start=s.page_start + shift) for s in i.sections),
         tuple(replace(p, page=p.page + shift) for p in i.passages))
        for i in meeting.items
    ]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("key", FILES)
def test_front_matter_changes_no_item(plain, key, variant):
    made, _, m = _with_front(plain, key, variant)
    assert [i.item_number for i in m.items] == [i.item_number for i in plain[key].items]
    assert _as_read(m) == _as_read(plain[key], made.shift)  # titles, case lines, decisions, text, pages
    assert m.sections == plain[key].sections


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("key", FILES)
def test_the_cover_dates_the_meeting_and_names_council_and_kind(plain, key, variant):
    _, front, m = _with_front(plain, key, variant, running_header=False)
    day, time, venue = COVERS[key]
    assert (m.meeting_date, m.start_time, m.venue) == (day, time, ", ".join(venue))
    assert (m.council, m.document_kind) == (plain[key].council, plain[key].document_kind)
    assert m.date_window == (None, None)
    assert all(i.meeting_date == day and f"/{day.isoformat()}/" in i.id for i in m.items)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("key", FILES)
def test_contents_and_participants_are_read(plain, key, variant):
    made, front, m = _with_front(plain, key, variant)
    numbers = tuple(i.item_number for i in plain[key].items)
    assert m.contents == (numbers if VARIANTS[variant][0] else ())
    assert contents_check(m) is None
    present_first = sorted(front.participants, key=lambda p: not p.present)
    assert list(m.participants) == present_first
    if m.document_kind == "minutes":
        assert any(not p.present for p in m.participants) and made.participants_page is not None
    else:
        assert m.participants == ()


# The issue's own words, as an extractor gave them ----------------------------------------

ISSUE_EXAMPLE = extractor_text([
    ["D AG S O R D E N 2 0 1 5", "K K R H O V E D S T A D E N", "Dato:", "Sted:", "23-02-2015 kl. 10:00",
     "Uddannelsescenteret, Kongens Vænge 2", "3400 Hillerød"],
    ["Mission", "KL bidrager til at udvikle og fastholde et stærkt lokalt demokrati."],
    ["KKR Hovedstaden  | 23-02-2015", "SIDE  |  3", "1.1.", "2.", "Siden sidst ....... 4", "2.1.", "3.", "4.",
     "Godkendelse af referat ...... 4", "Meddelelser ......... 4",
     "Godkendelse af referat fra sidste møde ....... 4", "Udpegninger ....... 5", "1.",
     "Regionalpolitiske sager ...... 5"],
    ["1. Godkendelse af referat", "1.1. Godkendelse af referat fra sidste møde", "SAG-2015-00101 abc",
     "Indstilling", "Det indstilles, at referatet godkendes.", "2. Siden sidst", "2.1. Meddelelser",
     "SAG-2015-00101 abc", "Indstilling", "Det indstilles, at orienteringen tages til efterretning."],
    ["3. Regionalpolitiske sager", "4. Udpegninger", "4.1. Udpegning til Vækstforum", "SAG-2015-00230 def",
     "Indstilling", "Det indstilles, at KKR Hovedstaden udpeger et medlem."],
])


def test_the_issue_example_out_of_order_contents_and_cover_in_separate_runs():
    m = meeting_from_extracted(read_text(ISSUE_EXAMPLE), source="dagsorden.txt")
    assert [(i.item_number, i.title) for i in m.items] == [
        ("1.1", "Godkendelse af referat fra sidste møde"), ("2.1", "Meddelelser"),
        ("4.1", "Udpegning til Vækstforum")]
    assert [s.number for s in m.sections] == [1, 2, 3, 4]
    assert (m.council, m.meeting_date, m.document_kind) == ("KKR Hovedstaden", date(2015, 2, 23), "agenda")
    assert (m.start_time, m.venue) == ("10:00", "Uddannelsescenteret, Kongens Vænge 2, 3400 Hillerød")
    assert m.contents == ("1.1", "2.1")  # the contents on this page do not list 4.1
    assert contents_check(m) == "4.1 found, not in the contents"
    assert [i.page_start for i in m.items] == [4, 4, 5]


def test_contents_without_leaders_or_heading_still_cannot_capture_the_body():
    """Contents lines that lost their dots and page numbers look exactly like headings: only
    the case line under a real item heading tells the body from them."""
    texts = ["1. Godkendelse af referat", "1.1. Godkendelse af referat", "2. Siden sidst",
             "2.1. Orientering", "3. Regionalpolitiske sager", "3.1. Budget 2022",
             "1. Godkendelse af referat", "1.1. Godkendelse af referat", "SAG-2021-00001 ab",
             "Indstilling", "Referatet godkendes.", "2. Siden sidst", "2.1. Orientering",
             "SAG-2021-00001 ab", "Baggrund", "Orientering om status.", "3. Regionalpolitiske sager",
             "3.1. Budget 2022", "SAG-2021-00002 cd", "Beslutning", "Godkendt."]
    lines = tuple(Line(t, 2 if k > 5 else 1) for k, t in enumerate(texts))
    outline = segment(lines)
    assert [(i.number, i.page_start, i.case_number) for i in outline.items] == [
        ("1.1", 2, "SAG-2021-00001"), ("2.1", 2, "SAG-2021-00001"), ("3.1", 2, "SAG-2021-00002")]
    assert [ln.text for ln in outline.front] == texts[:6]


def test_contents_listing_items_the_body_lacks_and_the_other_way_round(plain):
    """The document is ingested as it is; the difference is one warning line."""
    made, _, _ = _with_front(plain, "004", "one-column")
    text = made.text.replace("3.7. ", "3.9. ", 1)  # the contents list 3.9 where the body has 3.7
    m = meeting_from_extracted(read_text(text), source="dagsorden.txt")
    assert [i.item_number for i in m.items] == [i.item_number for i in plain["004"].items]
    assert contents_check(m) == "contents lists 3.9, not found; 3.7 found, not in the contents"


@pytest.mark.parametrize("cover, expected", [
    (["R E F E R A T 2 0 2 4", "KKR NORDJYLLAND", "Dato: 12-03-2024 kl. 9.30",
      "Sted: Aalborg Rådhus, Boulevarden 13, 9000 Aalborg"],
     ("minutes", "KKR Nordjylland", date(2024, 3, 12), "09:30", "Aalborg Rådhus, Boulevarden 13, 9000 Aalborg")),
    (["DAGSORDEN", "KKR Sjælland", "Dato:", "Tid:", "Sted:", "5. marts 2025", "kl. 14:00", "Næstved Rådhus"],
     ("agenda", "KKR Sjælland", date(2025, 3, 5), "14:00", "Næstved Rådhus")),
    (["D AG S O R D E N 2 0 1 5", "K K R S Y D D A N M A R K"],
     ("agenda", "KKR Syddanmark", None, None, None)),
])
def test_cover_variants(cover, expected):
    found = read_cover([Line(t, 1) for t in cover] + [Line("Mission", 2)])
    assert (found.kind, found.council, found.meeting_date, found.start_time, found.venue) == expected


def test_no_cover_no_cover_facts(plain):
    assert read_cover([Line("Mission", 1), Line("Vision", 1)]) is None
    assert all(m.start_time is None and m.venue is None and m.contents == () and m.participants == ()
               for m in plain.values())
