"""`kkrbot ask` imports only what answering needs: not the scheduler, SQLAlchemy, Slack's SDK
or the PDF readers (each command's module loads when that command runs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("apscheduler", "sqlalchemy", "slack_bolt", "slack_sdk", "pdfplumber", "pdfminer", "pypdfium2", "tqdm")


def test_ask_imports_nothing_it_does_not_use(tmp_path, sample_index):
    probe = (
        "import json, sys\n"
        "from bot.cli.main import main\n"
        f"main(['ask', '--index', {str(sample_index.index_dir)!r}, 'hvad blev besluttet om SOSU'], standalone_mode=False)\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "SOSU" in done.stdout or "sosu" in done.stdout.lower()
    assert json.loads(done.stdout.splitlines()[-1]) == []
