"""Danish dates in the forms KL writes them (index/dates.py)."""

from datetime import date

import pytest

from index.dates import date_from_filename, find_dates, parse_danish_date, parse_numeric_date


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
