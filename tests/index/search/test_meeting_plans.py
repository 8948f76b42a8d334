"""The one definition of the item that plans a coming meeting (index/search/meeting_plans.py)."""

from __future__ import annotations

import pytest

from index.search.meeting_plans import plans_a_meeting


@pytest.mark.parametrize("title", [
    "Punkter til næste møde",
    "Punkter til kommende møde i KKR Midtjylland",
    "Foreløbig oversigt over punkter til KKR Midtjyllands næste møde",
    "Punkter til møde i KKR Midtjylland den 17. april 2024",
    "Sager til kommende dagsorden",
])  # fmt: skip
def test_an_item_titled_as_a_meetings_points_plans_it(title: str) -> None:
    assert plans_a_meeting(title, "3. Sager")


def test_a_bare_title_plans_a_meeting_by_its_section_not_its_number() -> None:
    assert plans_a_meeting("Oversigt", "6. Punkter til næste møde")
    assert not plans_a_meeting("Oversigt", "6. Eventuelt")
    for title in ("Drøftelse af anbefalinger for KKR Midtjylland i den kommende valgperiode", "Punkter til drøftelse",
                  "Godkendelse af referat fra møde i KKR Midtjylland den 8. juni 2021"):  # fmt: skip
        assert not plans_a_meeting(title, "5. KKR"), title
