"""`kkrbot ask`: an answer's notes (index.model.Note) printed as text in the asker's language,
in the terminal text and in `--json`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from bot.cli.main import main
from tests.support.sample import TODAY


def ask(sample_index, *args: str) -> str:
    result = CliRunner().invoke(main, ["ask", "--index", str(sample_index.index_dir), "--today", TODAY.isoformat(), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_notes_are_said_in_the_language_of_the_question(sample_index) -> None:
    da = json.loads(ask(sample_index, "--json", "hvad blev besluttet om SOSU i 2015"))
    en = json.loads(ask(sample_index, "--json", "KKR Midtjylland meeting minutes from 2015"))
    assert not da["answered"] and da["notes"][0] == "intet fra 2015 i indekset"
    # the nearest items are the hits, shown by their lines (round 13), not a note
    assert da["hits"] and not any(n.startswith("nærmeste: ") for n in da["notes"])
    assert not en["answered"] and "nothing from 2015 in the index" in en["notes"]
    text = ask(sample_index, "hvad blev besluttet om SOSU i 2015")
    assert text.startswith("Nothing in the index answers that.\n(intet fra 2015 i indekset)\nNearest items:\n1. KKR ")
