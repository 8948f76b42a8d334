"""Upcoming meetings: the item 6.1 parser on every sample, and `upcoming_meetings` on built meetings."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from index.model import AgendaItem, ItemSection, Meeting
from index.search.upcoming import find_plan_item, one_line, parse_next_meeting_plan, upcoming_meetings


def sample_text(stem: str) -> str:
    name = next(p.name for p in resources.files("index").joinpath("samples").iterdir() if p.name.startswith(stem))
    return resources.files("index").joinpath("samples", name).read_text(encoding="utf-8")


def raw_item_61(stem: str) -> tuple[str, str]:
    """Title and text of item 6.1 as the extractor left it (blank lines, case line, headings)."""
    text = sample_text(stem)
    start = text.index("\n6.1. ") + 1
    chunk = text[start : text.index(" 7. Eventuelt", start)]
    first, rest = chunk.split("\n", 1)
    return first.removeprefix("6.1. "), rest


SAMPLE_PLANS = {
    "000": (date(2021, 10, 11), (
        "Godkendelse af liste over udpegelser til næste valgperiode",
        "Godkendelse af Erhvervshus Midtjyllands kontrakt for 2022",
        "Status på DK2020 (2. ansøgningsrunde)",
        "Proces og tidsplan for valgperioden 2022",
    )),
    "001": (date(2025, 10, 20), (
        "Status på implementering af sundhedsreformen",
        "Resultatkontrakt med Erhvervshus Midtjylland",
        "Anbefalinger til kommende KKR Midtjylland",
        "Udpegningsliste for KKR Midtjylland",
        "Forretningsorden for KKR Midtjylland",
    )),
    "002": (date(2021, 10, 15), (
        "Valg og udpegninger – ny valgperiode",
        "Godkendelse af Resultatkontrakt 2022 mellem Erhvervshus Nordjylland og KKR Nordjylland",
    )),
    "003": (date(2026, 9, 1), (
        "Dialog med regionsrådsformanden om sundhedsområdet, ungdomsuddannelser mv.",
        "Godkendelse af rammeaftale for det specialiserede socialområde, herunder oplæg om forslag til "
        "”Fælles principper for samarbejdet på det specialiserede socialområde”",
        "Drøftelse af prioriteter for det tværkommunale arbejde inden for klima og grøn omstilling",
        "Evt. kapacitetsfastsættelse på herbergsområdet",
        "Evt. tema med fokus på midtjysk interessevaretagelse",
    )),
    "004": (date(2024, 4, 17), (
        "Endeligt oplæg til fælleskommunal koordinering vedrørende lånepuljen for botilbud",
        "Forbeholdt virksomhedsområde for sygeplejersker",
        "Status på arbejdet i KKR Midtjylland",
    )),
}  # fmt: skip


@pytest.mark.parametrize("stem", sorted(SAMPLE_PLANS))
def test_item_61_of_every_sample_gives_date_and_topics(stem):
    title, text = raw_item_61(stem)
    plan = parse_next_meeting_plan(title, text)
    assert (plan.meeting_date, plan.topics) == SAMPLE_PLANS[stem]


@pytest.mark.parametrize("stem", sorted(SAMPLE_PLANS))
def test_item_61_parses_the_same_without_blank_lines_or_wraps_joined(stem):
    """A cleaner extractor (no blank lines, hyphenated words already joined) gives the same plan."""
    title, text = raw_item_61(stem)
    tidy = "\n".join(line for line in text.splitlines() if line.strip())
    assert parse_next_meeting_plan(title, tidy) == parse_next_meeting_plan(title, text)


def test_date_before_the_meeting_itself_is_not_the_next_meeting():
    text = "Baggrund\nPå mødet den 3. maj 2026 blev det aftalt. Næste møde er den 14-09-2026.\n- Budget 2027"
    assert parse_next_meeting_plan("Punkter til næste møde", text, after=date(2026, 6, 1)).meeting_date == date(
        2026, 9, 14
    )


@pytest.mark.parametrize(
    "body",
    [
        "• Budget 2027\n• Klima og grøn omstilling\n• Status på DK2020",
        "1. Budget 2027\n2. Klima og grøn\nomstilling\n3. Status på DK2020.",
        "1) Budget 2027\n2) Klima og grøn omstilling\n3) Status på DK2020",
        "Budget 2027 | chbn\nKlima og grøn omstilling | jhp\nStatus på DK2020 | lifo",
        "Budget 2027\t\tchbn\nKlima og grøn omstilling\t\tjhp\nStatus på DK2020",
        "Budget 2027\nKlima og grøn omstilling\nStatus på DK2020",
    ],
    ids=["bullets", "numbered-wrapped", "numbered-paren", "table-pipes", "table-tabs", "plain-lines"],
)
def test_topic_layouts(body):
    text = f"Sagsfremstilling\nDer er følgende punkter til mødet den\n1. september 2026:\n{body}\nIndstilling\n- ikke et punkt"
    plan = parse_next_meeting_plan("Punkter til næste møde", text)
    assert plan.meeting_date == date(2026, 9, 1)
    assert plan.topics == ("Budget 2027", "Klima og grøn omstilling", "Status på DK2020")


def test_bullets_run_into_one_line_are_split():
    text = "Der er følgende punkter til mødet den 1. september 2026: - Budget 2027 - Klima og grøn omstilling"
    assert parse_next_meeting_plan("Punkter til kommende møde", text).topics == (
        "Budget 2027",
        "Klima og grøn omstilling",
    )


def test_one_line_recommendation():
    assert one_line("Det indstilles, at KKR\nMidtjylland godkender referatet.  Dernæst mere.") == (
        "Det indstilles, at KKR Midtjylland godkender referatet."
    )
    long = one_line("ord " * 100, limit=50)
    assert long.endswith("…") and len(long) <= 50
    assert one_line(None) is None


# --- upcoming_meetings on meetings built here (the sample-based acceptance is further down) ----


def _item(council, d, kind, number, title, sections=(), section="3. Sager", source="x.pdf"):
    iid = f"{council.lower().replace(' ', '-')}/{d}/{kind}/{number}"
    secs = tuple(ItemSection(h, t, 1) for h, t in sections)
    return AgendaItem(iid, council, d, kind, source, section, number, title, None, (), secs)


def _meeting(council, d, kind, items, source="x.pdf", window=(None, None)):
    return Meeting(council, d, kind, source, 3, (), tuple(items), window)


PLAN = (("Baggrund", "Næste møde er den 1. oktober 2026.\n- Budget 2027\n- Klima"),)


def test_agenda_of_future_meeting_wins_over_the_plan_for_it():
    c = "KKR Sjælland"
    past = _meeting(c, date(2026, 6, 1), "minutes", [_item(c, date(2026, 6, 1), "minutes", "6.1", "Punkter til næste møde", PLAN)])
    agenda = _meeting(c, date(2026, 10, 1), "agenda", [
        _item(c, date(2026, 10, 1), "agenda", "3.1", "Budget 2027", (("Indstilling", "Det indstilles, at KKR godkender budgettet."),)),
    ], source="agenda.pdf")  # fmt: skip
    before = upcoming_meetings([past], today=date(2026, 9, 1))
    assert [(u.meeting_date, u.preliminary, [i.title for i in u.items]) for u in before] == [
        (date(2026, 10, 1), True, ["Budget 2027", "Klima"])
    ]
    assert before[0].based_on == "kkr-sjælland/2026-06-01/minutes/6.1"
    after = upcoming_meetings([past, agenda], today=date(2026, 9, 1))
    assert [(u.meeting_date, u.preliminary, u.source) for u in after] == [(date(2026, 10, 1), False, "agenda.pdf")]
    assert after[0].items[0] == ("3.1", "Budget 2027", "Det indstilles, at KKR godkender budgettet.")


def test_horizon_council_filter_and_held_meetings():
    c, n = "KKR Sjælland", "KKR Nordjylland"
    docs = [
        _meeting(c, date(2026, 10, 1), "agenda", [_item(c, date(2026, 10, 1), "agenda", "3.1", "A")]),
        _meeting(n, date(2026, 9, 3), "agenda", [_item(n, date(2026, 9, 3), "agenda", "3.1", "B")]),
        _meeting(n, date(2026, 9, 3), "minutes", [_item(n, date(2026, 9, 3), "minutes", "3.1", "B")]),
    ]
    assert [u.council for u in upcoming_meetings(docs, today=date(2026, 9, 1))] == [c]
    assert upcoming_meetings(docs, today=date(2026, 9, 1), horizon_days=14) == []
    assert upcoming_meetings(docs, today=date(2026, 9, 1), council="kkr nordjylland") == []


def test_plan_of_a_meeting_with_unknown_date_counts_once_its_window_has_passed():
    c = "KKR Midtjylland"
    doc = _meeting(c, None, "agenda", [_item(c, None, "agenda", "6.1", "Punkter til møde i KKR Midtjylland den 17. april 2024", (("Baggrund", "- Budget"),))], window=(date(2024, 1, 25), date(2024, 3, 4)))  # fmt: skip
    assert upcoming_meetings([doc], today=date(2024, 3, 1)) == []
    [u] = upcoming_meetings([doc], today=date(2024, 3, 10))
    assert (u.meeting_date, u.preliminary, u.items) == (date(2024, 4, 17), True, ((None, "Budget", None),))


def test_find_plan_item_by_title_or_section():
    c, d = "KKR Sjælland", date(2026, 6, 1)
    assert find_plan_item([_item(c, d, "agenda", "3.1", "Budget")]) is None
    by_section = _item(c, d, "agenda", "6.1", "Oversigt", section="6. Punkter til næste møde")
    assert find_plan_item([_item(c, d, "agenda", "3.1", "Budget"), by_section]) is by_section


# --- acceptance: `kkrbot next` on the bundled samples in a real index ---------------------------

import json  # noqa: E402

from click.testing import CliRunner  # noqa: E402

from bot.cli.main import main  # noqa: E402


def run_next(sample_index, *args: str):
    result = CliRunner().invoke(main, ["next", *args], env={"KKRBOT_INDEX": str(sample_index.index_dir)})
    assert result.exit_code == 0, result.output
    return result.output


def test_next_midtjylland_on_2021_08_01_is_the_agenda_of_000(sample_index):
    out = run_next(sample_index, "KKR Midtjylland", "--today", "2021-08-01")
    assert out.splitlines()[0].startswith("KKR Midtjylland · 30. august 2021 (2021-08-30) · agenda 000_cdc91a78ce8a19e6.txt")
    assert "PRELIMINARY" not in out and "3.1   Ny femårig aftale og fordeling af lærepladser på SOSU-uddannelserne 2022" in out
    [meeting] = json.loads(run_next(sample_index, "KKR Midtjylland", "--today", "2021-08-01", "--json"))
    source = sample_index.engine.meetings()
    agenda_000 = next(m for m in source if m.source.startswith("000_"))
    assert (meeting["council"], meeting["meeting_date"], meeting["preliminary"]) == ("KKR Midtjylland", "2021-08-30", False)
    assert [(i["item_number"], i["title"]) for i in meeting["items"]] == [(i.item_number, i.title) for i in agenda_000.items]
    assert len(meeting["items"]) == 7


def test_next_midtjylland_on_2026_06_20_is_the_preliminary_plan_from_003(sample_index):
    out = run_next(sample_index, "KKR Midtjylland", "--today", "2026-06-20")
    assert "1. september 2026 (2026-09-01) · PRELIMINARY, from item 6.1 of 003_d10211b4844be3a2.txt" in out
    [meeting] = json.loads(run_next(sample_index, "KKR Midtjylland", "--today", "2026-06-20", "--json"))
    assert (meeting["council"], meeting["meeting_date"], meeting["preliminary"]) == ("KKR Midtjylland", "2026-09-01", True)
    assert [i["title"] for i in meeting["items"]] == list(SAMPLE_PLANS["003"][1])
    assert meeting["based_on"] == "kkr-midtjylland/2026-06-17/minutes/6.1"


def test_next_without_council_and_unknown_council(sample_index):
    data = json.loads(run_next(sample_index, "--today", "2021-08-01", "--json"))
    assert [(m["council"], m["meeting_date"], m["preliminary"]) for m in data] == [("KKR Midtjylland", "2021-08-30", False)]
    data = json.loads(run_next(sample_index, "--today", "2021-09-10", "--json"))
    assert [(m["council"], m["meeting_date"], m["preliminary"]) for m in data] == [
        ("KKR Midtjylland", "2021-10-11", True),
        ("KKR Nordjylland", "2021-10-15", True),
    ]
    bad = CliRunner().invoke(main, ["next", "Fyn"], env={"KKRBOT_INDEX": str(sample_index.index_dir)})
    assert bad.exit_code == 1 and "unknown council 'Fyn'" in bad.output
