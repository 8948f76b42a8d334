"""Who took part, who sent apologies: questions about a meeting's participant list are
answered from the list stored with the meeting (issue 9), in Danish and English; other
questions (and ones no stored list answers) go on to the search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.read.document import read_document
from index.search.attendance import attendance_asked
from tests.index.read.test_textfile import FILES, SAMPLES
from tests.support.kl_front import participants_for

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("question, asked", [
    ("hvem deltog i KKR Hovedstadens møde i februar", "present"),
    ("Hvem var til stede på mødet i KKR Nordjylland?", "present"),
    ("who attended the KKR Midtjylland meeting in September 2025", "present"),
    ("Which mayors were present at the meeting?", "present"),
    ("deltagere på mødet 3. september 2021", "present"),
    ("who sent apologies", "absent"),
    ("Hvem meldte afbud til mødet i juni 2026?", "absent"),
    ("hvem var fraværende", "absent"),
    ("deltagerliste KKR Midtjylland juni 2026", "all"),
    ("hvem deltog i arbejdsgruppen om sundhedsklynger", None),  # not a meeting's participants
    ("hvad blev besluttet om SOSU-pladser i 2027", None),
    ("who presented the annual report of the EU office", None),
    ("which municipalities take part in the climate secretariat", None),
])
def test_which_questions_ask_for_the_participant_list(question, asked):
    assert attendance_asked(question) == asked


def test_participants_are_stored_with_the_meeting(kl_sample_engine):
    stored = {m.source[:3]: m for m in kl_sample_engine.meetings()}
    for key in ("001", "002", "003"):
        assert sorted(stored[key].participants, key=lambda p: p.name) == sorted(
            participants_for(stored[key].council), key=lambda p: p.name)
    assert stored["000"].participants == () and stored["000"].venue.startswith("Regionshuset Viborg")
    assert stored["001"].meeting_date == date(2025, 9, 15) and stored["001"].start_time == "09:30"


def test_who_took_part_in_a_named_meeting(kl_sample_engine):
    att = kl_sample_engine.attendance("hvem deltog i KKR Nordjyllands møde i september 2021", today=TODAY)
    assert (att.meeting.council, att.meeting.meeting_date, att.asked) == ("KKR Nordjylland", date(2021, 9, 3), "present")
    assert att.meeting_id == "kkr-nordjylland/2021-09-03/minutes"
    assert {p.name for p in att.meeting.participants if p.present} >= {"Kirsten Ravn", "Leif Brøndum"}


def test_who_sent_apologies_is_the_latest_list_and_a_guessed_month_finds_its_year(kl_sample_engine):
    att = kl_sample_engine.attendance("who sent apologies", today=TODAY)
    assert (att.meeting.meeting_date, att.asked, att.language, att.others) == (date(2026, 6, 17), "absent", "en", 2)
    # "i september" on 2026-11-22 guesses September 2026; no list then: the latest September with one
    att = kl_sample_engine.attendance("hvem deltog i KKR Midtjyllands møde i september", today=TODAY)
    assert att.meeting.meeting_date == date(2025, 9, 15)


def test_no_stored_list_leaves_the_question_to_the_search(kl_sample_engine):
    assert kl_sample_engine.attendance("hvem deltog i KKR Hovedstadens møde i februar", today=TODAY).meeting is None
    # an agenda has no participant list
    assert kl_sample_engine.attendance("hvem deltog i KKR Midtjyllands møde 30. august 2021", today=TODAY).meeting is None
    assert kl_sample_engine.attendance("hvad blev besluttet om lærepladser", today=TODAY) is None


def test_the_whole_meeting_is_read_back_by_its_id(kl_sample_engine, tmp_path: Path):
    m = kl_sample_engine.meeting("kkr-midtjylland/2026-06-17/minutes")
    assert [i.item_number for i in m.items] == [i.item_number for i in read_document(SAMPLES / FILES["003"]).items]
    assert len(m.participants) == 10 and m.contents and m.venue == "Silkeborg Rådhus, Søvej 1, 8600 Silkeborg"
    assert kl_sample_engine.meeting("kkr-midtjylland/2099-01-01/minutes") is None


def test_kkrbot_ask_answers_a_participant_question_as_the_chat_does(kl_sample_engine):
    """One path: `kkrbot ask` (text and --json) gives the participant list, as Slack and chat do;
    a question no stored list answers goes on to the search."""
    import json

    from click.testing import CliRunner

    from bot.cli.main import main

    index = ["ask", "--index", str(kl_sample_engine.index_dir), "--today", TODAY.isoformat()]
    result = CliRunner().invoke(main, [*index, "--json", "hvem deltog i KKR Nordjyllands møde i september 2021"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert (got["kind"], got["answered"], got["meeting"]["id"]) == ("attendance", True, "kkr-nordjylland/2021-09-03/minutes")
    assert {p["name"] for p in got["present"]} >= {"Kirsten Ravn", "Leif Brøndum"}
    text = CliRunner().invoke(main, [*index, "who sent apologies"])
    assert text.exit_code == 0 and "KKR Midtjylland" in text.output and "Afbud" not in text.output.split("\n")[0]
    other = CliRunner().invoke(main, [*index, "--json", "hvem deltog i KKR Hovedstadens møde i februar"])
    assert "kind" not in json.loads(other.output)
