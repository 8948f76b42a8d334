"""tests/support/postgres.py: the session's server starts in a thread of its own while the first tests
run, and that thread imports nothing. Importing psycopg makes loggers; pytest's log capture iterates
logging's loggers without logging's lock as it enters every test phase, and a logger made by another
thread meanwhile raised "dictionary changed size during iteration" in whatever test was then being
set up or torn down (seen in tests/index/read/test_pdf.py at load ~15, round 20; traced in round 21:
the thread made psycopg, psycopg.pq, psycopg.waiting and psycopg.transaction during the first PDF
tests of each worker)."""

from __future__ import annotations

import dis

from tests.support.postgres import EmbeddedPostgres


def test_the_server_thread_imports_nothing() -> None:
    imports = [i.argval for i in dis.get_instructions(EmbeddedPostgres._run) if i.opname == "IMPORT_NAME"]
    assert imports == []
