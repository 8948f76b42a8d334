"""The text path end to end on the five bundled sample documents (issue 2's acceptance)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import index
from index.errors import EmptyFile, IngestError, NotAnAgenda, NotUtf8Text
from index.model import BESLUTNING, Meeting
from index.read.document import read_document
from index.read.segment import item_id

SAMPLES = Path(index.__file__).parent / "samples"
FILES = {
    "000": "000_cdc91a78ce8a19e6.txt",
    "001": "001_37866b4be7b1cc74.txt",
    "002": "002_af7a03fe60365536.txt",
    "003": "003_d10211b4844be3a2.txt",
    "004": "004_00b6fdc18451f266.txt",
}

# Every item: number → (title, case number, case workers). Titles that wrap in the text
# (and the in-line "it- driftsenheder") must come out whole and clean.
EXPECTED = {
    "000": {
        "1.1": ("Godkendelse af referat fra møde i KKR Midtjylland den 8. juni 2021", "SAG-2021-03487", ("jhp",)),
        "2.1": ("Orientering", "SAG-2021-03487", ("jhp",)),
        "3.1": ("Ny femårig aftale og fordeling af lærepladser på SOSU-uddannelserne 2022", "SAG-2021-03487", ("udy", "jhp")),
        "5.1": ("Aktuelt om kommunestyret", "SAG-2021-03487", ("jhp",)),
        "5.2": ("Liste over udpegelser i næste valgperiode", "SAG-2021-03487", ("jhp",)),
        "6.1": ("Foreløbig oversigt over punkter til KKR Midtjyllands næste møde", "SAG-2021-03487", ("jhp",)),
        "7.1": ("Eventuelt", "SAG-2021-03487", ("jhp",)),
    },
    "001": {
        "1.1": ("Godkendelse af referat fra mødet den 18. juni 2025", "SAG-2025-03032", ("chbn",)),
        "2.1": ("Orientering", "SAG-2025-03032", ("chbn", "jhp")),
        "3.1": ("Status på sundhedsreformen og efterårets milepæle", "SAG-2025-03032", ("ambc", "jhp")),
        "3.2": ("Fordeling af lærepladser for SOSU-uddannelserne i 2026", "SAG-2025-03032", ("lifo", "jhp")),
        "3.3": ("Central Denmark EU Office, klimasekretariat, kultursamarbejde samt projektkontor", "SAG-2025-03032", ("chbn", "jhp")),
        "3.4": ("Status på drift af fælles it-driftsenheder", "SAG-2025-03032", ("lar", "chch", "chbn")),
        "5.1": ("Oversigt over organisationer mv. som KKR Midtjylland udpeger til i den kommende periode", "SAG-2025-03032", ("chbn", "jhp")),
        "5.2": ("Drøftelse af anbefalinger for KKR Midtjylland i den kommende valgperiode", "SAG-2025-03032", ("chbn", "jhp")),
        "6.1": ("Punkter til kommende møde", "SAG-2025-03032", ("chbn",)),
    },
    "002": {
        "1.1": ("Godkendelse af dagsorden", "SAG-2021-04115", ("hast",)),
        "1.2": ("Godkendelse af referat", "SAG-2021-04115", ("hast",)),
        "2.1": ("Siden sidst", "SAG-2021-04115", ("hast",)),
        "3.1": ("Temadrøftelse – Udsatte unge", "SAG-2021-04115", ("hast",)),
        "3.2": ("KKR’s beskæftigelsesmæssige fokusområder – borgere på kanten", "SAG-2021-04115", ("hlth",)),
        "3.3": ("Evaluering af De Særlige Psykiatriske Pladser", "SAG-2021-04115", ("hlth",)),
        "3.4": ("Socialtilsyn Nords Budget og takster for 2022", "SAG-2021-04115", ("hlth",)),
        "3.5": ("Ny femårige aftale og fordeling af lærepladser på SOSU-uddannelserne for 2022", "SAG-2021-04115", ("hast",)),
        "3.6": ("Proces for udarbejdelse af Resultatkontrakt 2022 mellem Erhvervshus Nordjylland og KKR Nordjylland", "SAG-2021-04115", ("hlth",)),
        "4.1": ("Udpegning til KKR Nordjylland", "SAG-2021-04115", ("hlth",)),
        "5.1": ("KKR evaluering", "SAG-2021-04115", ("hast",)),
        "6.1": ("Punkter til næste møde", "SAG-2021-04115", ("hast",)),
    },
    "003": {
        "1.1": ("Godkendelse af dagsorden", "SAG-2026-00792", ("chbn",)),
        "1.2": ("Godkendelse af referat fra mødet den 13. april 2026", "SAG-2026-00792", ("chbn",)),
        "2.1": ("Siden sidst", "SAG-2026-00792", ("chbn",)),
        "3.1": ("Årsberetning fra Central Denmark EU-Office", "SAG-2026-00792", ("chbn",)),
        "3.2": ("Samfundssikkerhed og beredskab og fælleskommunalt samarbejde", "SAG-2026-00613", ("miem", "acd", "snm")),
        "3.3": ("Uddannelsesområdet og det fælleskommunale samarbejde i KKR", "SAG-2026-00613", ("chbn",)),
        "3.4": ("Fordeling af lærepladser på SOSU-uddannelserne for 2027", "SAG-2026-00837", ("lifo",)),
        "3.5": ("Udmelding fra Udlændingestyrelsen om fordeling af flygtninge 2027 - kommunekvoter", "SAG-2026-01824", ("adr",)),
        "3.6": ("Status på implementering af sundhedsreformen i Midtjylland", "SAG-2026-00792", ("chbn", "jhp")),
        "6.1": ("Punkter til kommende møde i KKR Midtjylland", "SAG-2026-00792", ("chbn",)),
        "7.1": ("Eventuelt", "SAG-2026-00792", ("chbn",)),
    },
    "004": {
        "1.1": ("Godkendelse af referat fra mødet i KKR Midtjylland den 21. november 2023", "SAG-2024-00270", ("chbn", "jhp")),
        "2.1": ("Orientering", "SAG-2024-00270", ("chbn", "jhp")),
        "3.1": ("De kommende økonomiforhandlinger for 2025", "SAG-2023-05223", ("haan",)),
        "3.2": ("Temarække i KKR - fremtidens kollektive mobilitet", "SAG-2022-03426", ("ljo", "jhp")),
        "3.3": ("Sundhedsstrukturkommissionen", "SAG-2024-00270", ("jhp",)),
        "3.4": ("Ny lovgivning om sygeplejerskers mulighed for at udføre lægeopgaver", "SAG-2023-04380", ("JJC", "KMM", "EMMJ")),
        "3.5": ("Status på lånepulje vedrørende udvidelse af den kommunale botilbudskapacitet for 2025 og 2026", "SAG-2022-03426", ("anw",)),
        "3.6": ("Opfølgning på statslige krav, regler mv. som genererer administration i kommunerne", "SAG-2024-00270", ("chbn",)),
        "3.7": ("Dimensionering af pædagoguddannelsen 2024 og 2025", "SAG-2024-00270", ("jhp",)),
        "3.8": ("Godkendelse af resultatkontrakt mellem KKR Midtjylland og Erhvervshus Midtjylland for 2024", "SAG-2024-00270", ("chbn",)),
        "4.1": ("Indstilling af medlemmer til RAR Østjylland", "SAG-2024-00270", ("chbn",)),
        "6.1": ("Punkter til møde i KKR Midtjylland den 17. april 2024", "SAG-2024-00270", ("chbn", "jhp")),
    },
}
# (council, meeting date, kind, date window)
MEETINGS = {
    "000": ("KKR Midtjylland", date(2021, 8, 30), "agenda", (None, None)),
    "001": ("KKR Midtjylland", None, "minutes", (date(2025, 6, 18), date(2025, 10, 20))),
    "002": ("KKR Nordjylland", date(2021, 9, 3), "minutes", (None, None)),
    "003": ("KKR Midtjylland", date(2026, 6, 17), "minutes", (None, None)),
    "004": ("KKR Midtjylland", None, "agenda", (date(2023, 11, 21), date(2024, 4, 17))),
}
EMPTY_SECTIONS = {"000": {4}, "001": {4, 7}, "002": {7}, "003": {4, 5}, "004": {5, 7}}
TEMPLATE = ["Godkendelse af referat", "Siden sidst", "Regionalpolitiske sager", "Udpegninger", "KKR",
            "Punkter til næste møde", "Eventuelt"]


@pytest.fixture(scope="module")
def meetings() -> dict[str, Meeting]:
    return {key: read_document(SAMPLES / name) for key, name in FILES.items()}


def raw(key: str) -> str:
    return (SAMPLES / FILES[key]).read_text(encoding="utf-8")


def stored_texts(m: Meeting) -> list[str]:
    """Everything ingest hands to the store as text."""
    out = [s.title for s in m.sections]
    for it in m.items:
        out += [it.title, it.section, *it.attachments, *(s.text for s in it.sections)]
    return out


@pytest.mark.parametrize("key", FILES)
def test_items_numbers_titles_and_case_lines(meetings, key):
    m = meetings[key]
    got = {it.item_number: (it.title, it.case_number, it.case_workers) for it in m.items}
    assert list(got) == list(EXPECTED[key])  # exactly these items, in document order
    assert got == EXPECTED[key]


@pytest.mark.parametrize("key", FILES)
def test_council_date_kind_and_window(meetings, key):
    m = meetings[key]
    council, when, kind, window = MEETINGS[key]
    assert (m.council, m.meeting_date, m.document_kind, m.date_window) == (council, when, kind, window)
    assert {(it.council, it.meeting_date, it.document_kind) for it in m.items} == {(council, when, kind)}
    assert m.source == str(SAMPLES / FILES[key])


@pytest.mark.parametrize("key", FILES)
def test_sections_follow_the_template_and_empty_ones_are_kept(meetings, key):
    m = meetings[key]
    assert [(s.number, s.title) for s in m.sections] == list(enumerate(TEMPLATE, start=1))
    assert {s.number for s in m.sections if not s.item_numbers} == EMPTY_SECTIONS[key]
    by_number = {s.number: s for s in m.sections}
    for it in m.items:
        number = int(it.item_number.split(".")[0])
        assert it.item_number in by_number[number].item_numbers
        assert it.section == f"{number}. {TEMPLATE[number - 1]}"


@pytest.mark.parametrize("key", FILES)
def test_decisions_exactly_where_the_text_has_a_beslutning(meetings, key):
    m = meetings[key]
    headings_in_text = sum(1 for line in raw(key).splitlines() if line.strip() == BESLUTNING)
    with_decision = [it for it in m.items if it.decision is not None]
    assert len(with_decision) == headings_in_text
    if MEETINGS[key][2] == "agenda":
        assert with_decision == []
    else:
        assert all(it.decision for it in with_decision)


def test_named_decisions(meetings):
    items = {(k, it.item_number): it for k, m in meetings.items() for it in m.items}
    assert items["003", "3.4"].decision == "KKR Godkendte indstillingerne."
    assert items["002", "3.1"].decision == "Sagen blev aflyst."
    assert items["001", "3.4"].decision == "Taget til efterretning."
    assert items["001", "5.1"].text_of("Bemærkninger")  # the rarer sub-heading is kept too
    assert items["000", "3.1"].recommendation.startswith("Det indstilles, KKR Midtjylland\n– tiltræder")
    assert items["000", "7.1"].sections == ()  # "Eventuelt" with nothing under it


@pytest.mark.parametrize("key", FILES)
def test_preamble_is_not_an_item(meetings, key):
    m = meetings[key]
    assert m.items[0].item_number == "1.1"
    for text in stored_texts(m):
        assert "KL bidrager til at udvikle" not in text and "Mission" not in text.split()


def test_item_ids():
    assert item_id("KKR Midtjylland", date(2026, 6, 17), "x.pdf", "minutes", "3.4") == (
        "kkr-midtjylland/2026-06-17/minutes/3.4"
    )
    assert item_id("KKR Midtjylland", None, "index/samples/004_00b6fdc18451f266.txt", "agenda", "3.7") == (
        "kkr-midtjylland/004_00b6fdc18451f266/agenda/3.7"
    )
    assert item_id("KKR Sjælland", None, "https://kl.dk/m/referat-x.pdf?format=noformat", "minutes", "1.1") == (
        "kkr-sjaelland/referat-x/minutes/1.1"
    )


def test_item_ids_of_the_samples_are_unique_and_stable(meetings):
    ids = [it.id for m in meetings.values() for it in m.items]
    assert len(ids) == len(set(ids))
    assert "kkr-midtjylland/2026-06-17/minutes/3.4" in ids
    assert "kkr-midtjylland/004_00b6fdc18451f266/agenda/3.7" in ids
    assert [it.id for it in read_document(SAMPLES / FILES["004"]).items] == [it.id for it in meetings["004"].items]


def test_page_numbers_follow_the_page_headers(meetings):
    m = meetings["000"]
    item = {it.item_number: it for it in m.items}["3.1"]
    assert (item.page_start, item.page_end) == (8, 10)
    case = item.sections[-1]  # Sagsfremstilling runs over pages 8, 9 and 10
    assert case.heading == "Sagsfremstilling"
    assert case.page_at(case.text.index("Alle kommuner gør en ekstraordinær")) == 8
    assert case.page_at(case.text.index("Minimumsdimensioneringen på 6.000")) == 9  # "SIDE | 9"
    assert case.page_at(case.text.index("Opdateringen medvirker")) == 10  # "SIDE | 10"
    m3 = meetings["003"]
    item3 = {it.item_number: it for it in m3.items}
    assert item3["2.1"].page_start == 6  # the page headed "SIDE | 6"
    assert item3["1.2"].page_end == 5
    assert m3.page_count >= item3["7.1"].page_end


def test_page_breaks_without_headers_come_from_the_page_joins(meetings):
    item = {it.item_number: it for it in meetings["001"].items}["3.2"]
    s = next(s for s in item.sections if "ner i løbet af 2026" in s.text)
    at = s.text.index("ner i løbet af 2026")
    # "Næste ansøgningsrunde åb-" ends one page; the next page goes on "ner i løbet ..."
    assert "åbner i løbet af 2026" in s.text
    assert s.page_at(at + len("ner ")) == s.page_at(s.text.index("Næste ansøgningsrunde")) + 1


@pytest.mark.parametrize("key", FILES)
def test_item_pages_are_ordered(meetings, key):
    m = meetings[key]
    previous = 0
    for it in m.items:
        assert previous <= it.page_start <= it.page_end <= m.page_count
        for s in it.sections:
            assert it.page_start <= s.page_start <= s.page_at(len(s.text)) <= it.page_end
        previous = it.page_start


def test_links_stay_with_their_items(meetings):
    items = {(k, it.item_number): it for k, m in meetings.items() for it in m.items}
    assert "https://www.kl.dk/politik/kkr/kkr-midtjylland/moededatoer-dagsordener-og-referater/" in items["000", "1.1"].links
    url = "https://www.kl.dk/media/liinn5uq/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025.pdf?format=noformat"
    assert items["001", "1.1"].links == (url,)
    # the wrapped URL in the body is whole again
    assert url in items["001", "1.1"].text_of("Baggrund")
    assert "https://www.kl.dk/media/27694/aftale-om-sammenhaeng-og-naerhed-sundhedsklynger.pdf" in items["000", "2.1"].links


@pytest.mark.parametrize("key", FILES)
def test_every_foot_link_line_is_kept_as_a_link(meetings, key):
    links = {u for it in meetings[key].items for u in it.links}
    # whole URL lines (a URL the body wraps ends its line with "-")
    foot = {line.strip() for line in raw(key).split("\n") if re.fullmatch(r"\s*https?://\S+[^-\s]\s*", line)}
    assert foot <= links


def test_attachment_lines(meetings):
    items = {(k, it.item_number): it for k, m in meetings.items() for it in m.items}
    assert "Tabel over fordeling for de enkelte kommuner i KKR Midtjylland." in items["000", "3.1"].attachments
    assert items["002", "3.3"].attachments == (
        "Statistik for De særlige pladser",
        "Evaluering af de særlige pladser",
        "Bilagsrapport til evaluering af de særlige pladser",
    )
    # the attachment line stays readable in the text, on its own line, without the marker
    assert "\nStatistik for De særlige pladser\nEvaluering af de særlige pladser\n" in items["002", "3.3"].full_text
    # wrapped attachment line: its whole sentence
    assert items["004", "3.8"].attachments == (
        "Udkast til resultatkontrakt for 2024 mellem KKR Midtjylland og Erhvervshus Midtjylland.",
    )
    # the marker split over three lines (".", "/", "."): the page's sentence naming the attachment
    assert any("jf. bilag" in a for a in items["003", "3.5"].attachments)


def test_bullets_and_table_rows_keep_their_lines(meetings):
    items = {(k, it.item_number): it for k, m in meetings.items() for it in m.items}
    background = items["000", "2.1"].text_of("Baggrund")
    assert "om:\n– Aftale om sammenhæng og nærhed (sundhedsklynger)\n– Ungetopmødet 8. juni 2021\n" in background
    table = items["003", "3.4"].full_text
    assert "\n2025 4.841 3.939 8.780\n" in table
    assert "Gennemsnit 2021-25 5.448 4.007 9.455" in table


def test_paragraphs_are_kept_and_wrapped_lines_joined(meetings):
    items = {(k, it.item_number): it for k, m in meetings.items() for it in m.items}
    text = items["000", "3.1"].text_of("Baggrund")
    assert text.count("\n\n") == 1  # two paragraphs
    assert "garanterer minimum 9.000 lærepladser for elever på social- og sundhedsuddannelserne i 2022 - 2026." in text


@pytest.mark.parametrize(
    "key, fragment",
    [
        ("000", "det kommunale udviklingsbidrag fastsættes til 115 kr."),  # udvik- / lingsbidrag
        ("000", "til SOSU-assistentuddannelsen i 2021"),  # SOSU- / assistentuddannelsen
        ("000", "rekrutteringen til SSH- og SSA -uddannelserne"),  # a suspended compound stays
        ("000", "PLO-Midtjylland inviteret"),  # "PLO- Midtjylland" in one line
        ("001", "Børne- og Undervisningsministeriet"),
        ("002", "lokalt aftalte mål. Da Den Nationale Rammeaftale gælder for perioden 2021-2023"),
        ("002", "med fokus på at løse udfordringer, herunder"),  # "udford-" / "– ringer"
        ("003", "Social- og sundhedshjælpere"),
        ("004", "større i Øst- end i Vestjylland"),
        ("001", "KD-Net"),
    ],
)
def test_words_broken_at_line_ends_are_whole(meetings, key, fragment):
    assert any(fragment in t for t in stored_texts(meetings[key]))


HYPHEN_DEBRIS = re.compile(r"\w+- (?!(?:og|eller|samt|end)\b)[a-zæøå]+|\w+-\n+[a-zæøå]+")
HEADER_DEBRIS = re.compile(r"SIDE\s*\||\|\s*\d{1,2}-\d{1,2}-\d{4}|^KKR \w+\s*\|", re.MULTILINE)
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.MULTILINE)


@pytest.mark.parametrize("key", FILES)
def test_no_hyphenation_or_page_debris_in_any_stored_text(meetings, key):
    source = raw(key)
    in_line_tokens = {tok.strip(".,;:()”“’") for line in source.split("\n") for tok in line.split()[:-1]}
    in_line_tokens |= {tok.strip(".,;:()”“’") for line in source.split("\n") for tok in line.split()[-1:]
                       if not tok.endswith("-")}
    prefixes = {t.split("-")[0].lower() + "-" for t in in_line_tokens if re.match(r"^\w+-\w\w", t)}
    for text in stored_texts(meetings[key]):
        assert not HYPHEN_DEBRIS.search(text), HYPHEN_DEBRIS.search(text).group()
        assert not HEADER_DEBRIS.search(text), HEADER_DEBRIS.search(text).group()
        assert "./." not in text
        # a hyphen between two lowercase letters that the source never wrote inside a line
        # ("dagsor-den") is a line-break hyphen left behind
        for word in re.findall(r"\b[a-zæøå]+-[a-zæøå]+\b", text):
            assert word in source or word.split("-")[0] + "-" in prefixes, word
        # footer link lines are links, not body text: no URL line repeated in the body
        url_lines = URL_LINE.findall(text)
        assert len(url_lines) == len(set(url_lines)), url_lines


def test_meeting_date_falls_back_to_file_name_then_argument(tmp_path):
    text = raw("001")
    named = tmp_path / "referat-fra-moede-i-kkr-midtjylland-den-17-september-2025.txt"
    named.write_text(text, encoding="utf-8")
    assert read_document(named).meeting_date == date(2025, 9, 17)
    plain = tmp_path / "001.txt"
    plain.write_text(text, encoding="utf-8")
    m = read_document(plain, meeting_date=date(2025, 9, 18))
    assert m.meeting_date == date(2025, 9, 18) and m.date_window == (None, None)
    assert m.items[0].id == "kkr-midtjylland/2025-09-18/minutes/1.1"
    # the page header outranks the argument
    assert read_document(SAMPLES / FILES["000"], meeting_date=date(2020, 1, 1)).meeting_date == date(2021, 8, 30)


def test_council_from_header_outranks_argument():
    m = read_document(SAMPLES / FILES["000"], council="KKR Sjælland")
    assert m.council == "KKR Midtjylland"


def test_source_is_recorded():
    m = read_document(SAMPLES / FILES["003"], source="https://www.kl.dk/media/x/referat.pdf")
    assert m.source == "https://www.kl.dk/media/x/referat.pdf"
    assert {it.source for it in m.items} == {m.source}


@pytest.mark.parametrize(
    "content, error, reason",
    [
        (b"", EmptyFile, "empty file"),
        (b"  \n\n \n", EmptyFile, "empty file"),
        (b"\xff\xfe\x00K\x00K\x00R", NotUtf8Text, "not UTF-8 text"),
        (b"Indk\xf8bsliste: m\xe6lk, \xe6g", NotUtf8Text, "not UTF-8 text"),
        ("En huskeliste\n\n1. Mælk\n\n2. Æg\n".encode(), NotAnAgenda, "no agenda items found"),
    ],
)
def test_bad_text_inputs_raise_typed_errors_naming_the_file(tmp_path, content, error, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        read_document(path)
    assert isinstance(info.value, IngestError)
    assert str(info.value) == reason
    assert info.value.message == f"{path}: {reason}"
    assert "\n" not in info.value.message


def test_missing_file_is_an_ingest_error(tmp_path):
    with pytest.raises(IngestError) as info:
        read_document(tmp_path / "nope.txt")
    assert str(tmp_path / "nope.txt") in info.value.message
