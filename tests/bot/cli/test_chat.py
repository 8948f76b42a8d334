"""`kkrbot chat`: the README's first command, on an empty index, with piped stdin."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bot.cli.main import main

QUESTION = "what was decided on SOSU places in 2027\n"


def run_chat(tmp_path: Path, *args: str, stdin: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KKRBOT_", "SLACK_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat", *args], input=stdin, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )


def test_sample_chat_answers_the_readme_question_from_an_empty_index(tmp_path, monkeypatch):
    first = run_chat(tmp_path, "--sample", stdin=QUESTION)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "var" / "index").is_dir()  # the default index, under the working directory
    assert "003_d10211b4844be3a2.txt: added 11 items" in first.stdout
    answer = first.stdout.split("items\n")[-1]
    head, decision = answer.splitlines()[:2], answer.splitlines()[2]
    assert head == ["*Fordeling af lærepladser på SOSU-uddannelserne for 2027*",
                    "KKR Midtjylland · 17 June 2026 · punkt 3.4 · referat (minutes)  [1 Show the whole item]"]  # fmt: skip
    assert decision == "*Beslutning:* KKR Godkendte indstillingerne."
    # "Godkendte indstillingerne": the Indstilling it approved is quoted first, then the background
    assert "SAG-2026-00837 · page 14 (Indstilling), 14 (Baggrund) · 003_d10211b4844be3a2.txt" in answer

    # idempotent: nothing ingested twice (the same command, run in this process)
    monkeypatch.chdir(tmp_path)
    env = {name: None for name in os.environ if name.startswith(("KKRBOT_", "SLACK_"))}
    again = CliRunner().invoke(main, ["chat", "--sample"], input=QUESTION, env=env)
    assert again.exit_code == 0, again.output
    assert again.stdout.count(": unchanged") == 5 and "added" not in again.stdout
    assert "*Beslutning:* KKR Godkendte indstillingerne." in again.stdout


def test_chat_presses_buttons_by_number_runs_kkr_commands_and_stops_at_an_empty_line(tmp_path, monkeypatch, sample_index):
    monkeypatch.chdir(tmp_path)
    for name in [k for k in os.environ if k.startswith(("KKRBOT_", "SLACK_"))]:
        monkeypatch.delenv(name)
    index = str(shutil.copytree(sample_index.index_dir, tmp_path / "idx"))  # --sample finds them stored
    lines = QUESTION + "1\n/kkr hjælp\n/kkr next Midtjylland\n/kkr follow sosu\n\nhvad med budgettet\n"
    result = CliRunner().invoke(main, ["chat", "--index", index, "--sample", "--today", "2026-06-18"], input=lines)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "== punkt 3.4 Fordeling af lærepladser på SOSU-uddannelserne for 2027 ==" in out  # button 1: the whole item
    assert "*Sagsfremstilling*" in out and re.search(r"Hele landet +3\.000 +4\.500 +6\.000 +6\.500", out)  # a table, aligned
    assert "`/kkr next [råd]`" in out  # help
    assert "KKR Midtjylland · 1 September 2026" in out  # next, on the fixed date, in the language last asked in
    assert "virker kun i Slack" in out
    assert "budget" not in out.lower()  # the empty line ended the session
    assert (tmp_path / "kkrbot.sqlite").is_file()  # state beside the index folder


def test_chat_on_an_empty_index_says_how_to_fill_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["chat", "--index", str(tmp_path / "idx")], input=QUESTION)
    assert result.exit_code == 0, result.output
    assert "The index is empty" in result.output and "kkrbot ingest --sample" in result.output


def test_a_vote_in_chat_is_stored_and_exported_by_kkrbot_feedback(tmp_path, monkeypatch, sample_index):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(sample_index.index_dir, tmp_path / "idx")  # --sample finds them stored
    env = {"KKRBOT_INDEX": str(tmp_path / "idx"), "KKRBOT_STATE_DB": ""}
    runner = CliRunner()
    assert "no votes yet" in runner.invoke(main, ["feedback"], env=env).output
    shown = runner.invoke(main, ["chat", "--sample", "--today", "2026-11-23"], input=QUESTION, env=env).output
    down = re.search(r"\[(\d+) 👎\]", shown).group(1)  # the buttons are numbered in reading order
    chat = runner.invoke(main, ["chat", "--today", "2026-11-23"], input=QUESTION + down + "\n", env=env)
    assert "Thanks for your feedback 👎" in chat.output
    out = runner.invoke(main, ["feedback", "--json"], env=env).output
    vote = json.loads(out.splitlines()[0])
    assert vote["vote"] == "down" and vote["user"] == "terminal" and vote["question"] == QUESTION.strip()
    assert vote["item_ids"][0] == "kkr-midtjylland/2026-06-17/minutes/3.4"
    assert "👎 terminal: what was decided on SOSU places in 2027 → kkr-midtjylland/2026-06-17/minutes/3.4" in runner.invoke(main, ["feedback"], env=env).output
