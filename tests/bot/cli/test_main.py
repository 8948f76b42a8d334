"""The `kkrbot` group: every command listed, and `--help` stays light (what a fresh process
imported is read from `python -X importtime`; `kkrbot ask` is checked in test_lean.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bot.cli.main import main

HEAVY = ("apscheduler", "sqlalchemy", "slack_sdk", "slack_bolt")
COMMANDS = ("ingest", "items", "ask", "eval", "next", "digest", "chat", "feedback", "fetch", "sources", "serve")


def imported_by(args: list[str], cwd) -> set[str]:
    """Top-level packages a `kkrbot ARGS` process imported."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KKRBOT_", "SLACK_"))}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "bot.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    return {name.split(".")[0] for name in lines}


def test_help_lists_every_command():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert all(f"  {name} " in result.output for name in COMMANDS), result.output


@pytest.mark.parametrize("args", [["--help"], ["ask", "--help"]])
def test_help_imports_no_slack_scheduler_or_database_library(args, tmp_path):
    modules = imported_by(args, tmp_path)
    assert "click" in modules and not modules & set(HEAVY)

