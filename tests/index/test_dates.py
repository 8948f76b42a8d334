"""Danish dates in the forms KL writes them (index/dates.py)."""

import re
from datetime import date

import pytest

from index.dates import DAY_MONTH, DAY_NAMED, MONTH_NAME_ALT, NUMERIC_DAY, date_from_filename, find_dates, parse_danish_date, parse_numeric_date
from index.search import asked, value_kinds, values, year_written


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mødet den 17. juni 2026", date(2026, 6, 17)),
        ("møde d. 3. sept. 2021", date(2021, 9, 3)),
        ("d. 3. september 2021", date(2021, 9, 3)),
        ("den 1. jan. 2024", date(2024, 1, 1)),
        ("den 12. februar 2024", date(2024, 2, 12)),
        ("4. feb 2024", date(2024, 2, 4)),
        ("30. marts 2025", date(2025, 3, 30)),
        ("30. mar. 2025", date(2025, 3, 30)),
        ("13. april 2026", date(2026, 4, 13)),
        ("13. apr. 2026", date(2026, 4, 13)),
        ("den 8. maj 2026", date(2026, 5, 8)),
        ("18. jun. 2025", date(2025, 6, 18)),
        ("1. juli 2022", date(2022, 7, 1)),
        ("1. jul. 2022", date(2022, 7, 1)),
        ("26. august 2021", date(2021, 8, 26)),
        ("26. aug. 2021", date(2021, 8, 26)),
        ("24. sep. 2025", date(2025, 9, 24)),
        ("20. oktober 2025", date(2025, 10, 20)),
        ("20. okt. 2025", date(2025, 10, 20)),
        ("21. november 2023", date(2023, 11, 21)),
        ("21. nov. 2023", date(2023, 11, 21)),
        ("1. december 2026", date(2026, 12, 1)),
        ("1. dec. 2026", date(2026, 12, 1)),
        ("den 17. Juni 2026", date(2026, 6, 17)),
        ("mødet den 17.\njuni 2026", date(2026, 6, 17)),  # a line break between the parts
        ("17-06-2026", date(2026, 6, 17)),
        ("KKR Midtjylland  | 30-08-2021", date(2021, 8, 30)),
    ],
)
def test_danish_dates_parse(text, expected):
    assert parse_danish_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["i 2025. Det", "den 18. juni kan findes her", "31. juni 2026", "32-01-2026", "3.1. Ny aftale", ""],
)
def test_non_dates_are_not_read_as_dates(text):
    assert parse_danish_date(text) is None


def test_find_dates_returns_all_in_order_with_spans():
    text = "fra den 26. august 2021 til 17-06-2026 og d. 3. sept. 2021"
    found = list(find_dates(text))
    assert [f.value for f in found] == [date(2021, 8, 26), date(2026, 6, 17), date(2021, 9, 3)]
    assert text[found[0].start : found[0].end] == "26. august 2021"


def test_header_and_file_name_dates():
    assert parse_numeric_date("30-08-2021") == date(2021, 8, 30)
    assert date_from_filename("referat-fra-moede-i-kkr-midtjylland-den-13-april-2026.pdf") == date(2026, 4, 13)
    assert date_from_filename("dagsorden-kkr-nordjylland-den-3-sept-2021.pdf") == date(2021, 9, 3)
    assert date_from_filename("004_00b6fdc18451f266.txt") is None



# The sample documents' own days (003 item 3.5, 002's plan for the autumn, 004 item 3.7).
@pytest.mark.parametrize(
    "text, day, written",
    [
        ("Det skal ske inden den 10. september 2026.", "10. september", "10. september 2026"),
        ("atter en indledende drøftelse i KKR den 3. sept. 2021, mens den", "3. sept.", "3. sept. 2021"),
        ("godkendelse forventes at finde sted den 15. okt. 2021.", "15. okt.", "15. okt. 2021"),
        ("har kunnet besættes ved optaget 1.9.2023. Endvidere", "1.9.", "1.9.2023"),
    ],
)
def test_a_days_parts_are_read_by_one_piece_for_both_readings_of_a_day(text, day, written):
    """Round 22 (HEALTH22): a day and month are read by one piece (DAY_MONTH, NUMERIC_DAY) that the
    documents' dates (values) and year_written's years inside a day's date both compose."""
    part = re.search(f"{DAY_MONTH}|{NUMERIC_DAY}", text, re.IGNORECASE)
    assert part is not None and part.group() == day
    assert [v.text for v in values.dates_in(text)] == [written]
    assert year_written._plain_years(text) == set()  # a day's year is no figure's year
    for reading in (values._DATE, year_written._DAY_YEAR):
        assert DAY_MONTH in reading.pattern and NUMERIC_DAY in reading.pattern


def test_a_day_without_its_year_is_a_date_but_dates_no_year():
    """What the two readings do not share: values reads a day without its year ("den 18. juni"),
    year_written's day's year needs the year."""
    text = "Sagen behandles på mødet den 18. juni, hvor 2026 drøftes."
    assert [v.text for v in values.dates_in(text)] == ["18. juni"]
    assert year_written._DAY_YEAR.search(text) is None
    assert year_written._plain_years(text) == {2026}


def test_a_month_named_in_full_is_one_piece_for_durations_deadlines_and_times():
    """Round 23 (HEALTH23): the names of four letters or more (MONTH_NAME_ALT) and a day with one
    (DAY_NAMED), which value_kinds' durations and deadlines and asked's times read, written once.
    000's deadline for the development contribution is read; 002's "15. okt." is DAY_MONTH's, not
    DAY_NAMED's (a three-letter abbreviation may be another word)."""
    assert all(re.fullmatch(MONTH_NAME_ALT, name) for name in ("marts", "mart", "sept", "september", "juni"))
    assert not any(re.fullmatch(MONTH_NAME_ALT, name) for name in ("mar", "jul", "okt", "maj"))
    deadline = "der skal sendes et tilsagn inden 1. september 2021)"
    found = re.search(DAY_NAMED, deadline)
    assert found is not None and found.group() == "1. september"
    assert value_kinds.gives_duration(deadline)
    abbreviated = "godkendelse forventes at finde sted den 15. okt. 2021."
    assert re.search(DAY_NAMED, abbreviated) is None and re.search(DAY_MONTH, abbreviated, re.IGNORECASE)
    for reading in (value_kinds._DURATION_GIVEN, value_kinds._BY_END):
        assert DAY_NAMED in reading.pattern
    assert MONTH_NAME_ALT in asked._TIME.pattern and MONTH_NAME_ALT in value_kinds._DURATION_GIVEN.pattern
