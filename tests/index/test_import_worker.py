"""An import's worker process reads and prepares a file without importing the store or Whoosh's
searching (index/import_worker.py): what it imports is its start-up cost, paid per worker."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from index.samples import sample_paths

ROOT = Path(__file__).resolve().parents[2]


def test_a_worker_reads_a_file_without_the_store_or_whooshs_searching(tmp_path):
    probe = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from index.import_worker import FileTask, read_file\n"
        f"read = read_file(FileTask(Path({str(sample_paths()[3])!r}), 'sample'), None, None)\n"
        "loaded = sorted(m for m in ('index.store', 'index.engine', 'whoosh.searching') if m in sys.modules)\n"
        "print(json.dumps([len(read.prepared.meeting.items), loaded]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    items, loaded = json.loads(done.stdout.splitlines()[-1])
    assert items > 0 and loaded == []
