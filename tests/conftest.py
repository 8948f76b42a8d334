"""Fixtures every test may use without importing them.

- `sample_index` / `sample_engine`: the bundled sample corpus in one real index, built once per
  run and opened by each test process (read-only: tests that write build their own index);
- `kl_sample_engine`: the samples as KL publishes them (front matter, participants), likewise;
- `sample_answers`: that engine with each question asked once per test process, for the tests that
  ask the question sets in tests/data (tests/support/sample.py `AskedOnce`; `per_set` puts each set's
  tests on one process and spreads the sets over all of them);
- `sample_vocabulary`: the samples' words with their counts, for question parsing without an index;
- `fake_slack`, `slack` (tests/support/fakeslack.py) and `slack_app` (tests/support/slackapp.py);
- `kl`: a local KL web site with listing pages, PDFs and faults (tests/support/klsite.py);
- `state_url` (SQLite and PostgreSQL) and `pg_url` (tests/support/postgres.py: a real PostgreSQL).
"""

from __future__ import annotations

import gc
import os
import re
import sys
import tempfile
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# Bytecode is cached even where PYTHONDONTWRITEBYTECODE is set (this machine's shells set it): without
# the cache each test process compiles the whole package, pytest rewrites every test module again, and
# every `kkrbot` process a test starts compiles what it imports (collection: 4.8 -> 2.9 s CPU). Set before the
# imports below, so they are cached too; __pycache__/ is in .gitignore.
sys.dont_write_bytecode = False
# The collector runs after 10,000 new container objects, not Python's 700: a test process holds large
# indexes, answers and printed PDFs for the whole session, and each full collection walks all of them
# (tests/index/search + render + read: 44 full collections -> 3, 53.2 -> 46.9 s CPU). Cycles are still
# collected, a little later.
gc.set_threshold(10_000, 10, 10)


def _files_in_memory(shm: str = "/dev/shm", room: int = 2 * 1024**3) -> None:
    """The tests' files (tmp_path, PostgreSQL's folder, what `kkrbot` processes write) go to the
    machine's memory-backed tmpfs when it has `room` and nobody chose a TMPDIR: on this machine's disk
    every SQLite commit waited ~25 ms for fsync and every unlink ~3 ms (ext4 mounted with discard),
    seconds a test of the state database or the fetcher. No test checks what survives a power cut,
    which is all a tmpfs gives up. A run writes ~100 MB; pytest keeps the last three."""
    if os.environ.get("TMPDIR") or not os.access(shm, os.W_OK | os.X_OK):
        return
    try:
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            if not any(line.split()[1:3] == [shm, "tmpfs"] for line in mounts):
                return
        free = os.statvfs(shm)
    except OSError:
        return
    if free.f_bavail * free.f_frsize >= room:
        os.environ["TMPDIR"] = shm  # for the processes tests start, too
        tempfile.tempdir = None  # read again


_files_in_memory()

# The package is imported by the fixtures that use it: pytest-xdist's controller loads this file and the
# plugins below too, runs no test, and starts the workers only once it has (~0.5 s of imports before).
if TYPE_CHECKING:
    from index.engine import AnswerEngine
    from tests.support.sample import AskedOnce, SampleIndex

pytest_plugins = ["tests.support.fakeslack", "tests.support.slackapp", "tests.support.klsite", "tests.support.postgres"]


def _run_folder(request: pytest.FixtureRequest, name: str) -> Path:
    """A folder that every test process of this run finds under `name`: in the folder pytest-xdist's
    workers' temp folders share, named with the run's id, so that no run can open another's index
    whatever folder it is given; with one process (-n 0), a temp folder of its own."""
    factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
    if request.getfixturevalue("worker_id") == "master":
        return factory.mktemp(name)
    return factory.getbasetemp().parent / f"{name}-{request.getfixturevalue('testrun_uid')}"


@pytest.fixture(scope="session")
def sample_index(request: pytest.FixtureRequest) -> SampleIndex:
    from tests.support.sample import SampleIndex, index_built_once, sample_meetings

    folder = _run_folder(request, "sample")
    built = SampleIndex(folder / "index", index_built_once(folder, sample_meetings))
    gc.collect()
    gc.freeze()  # read all session long: the collector need not walk its objects again and again
    return built


@pytest.fixture(scope="session")
def kl_sample_engine(request: pytest.FixtureRequest) -> Iterator[AnswerEngine]:
    """The samples as KL publishes them (cover, contents, participants for minutes: tests/support/
    kltext.py), read through the text path, in one read-only index."""
    from index.samples import sample_paths
    from tests.support.kltext import kl_text_meeting
    from tests.support.sample import index_built_once

    engine = index_built_once(_run_folder(request, "kl-sample"),
                              lambda: (kl_text_meeting(path.name[:3]) for path in sample_paths()))
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def sample_engine(sample_index: SampleIndex) -> AnswerEngine:
    return sample_index.engine


@pytest.fixture(scope="session")
def sample_answers(sample_engine: AnswerEngine) -> AskedOnce:
    from tests.support.sample import AskedOnce

    return AskedOnce(sample_engine)


@pytest.fixture(scope="session")
def sample_vocabulary() -> Counter[str]:
    from index.samples import sample_paths

    words: Counter[str] = Counter()
    for path in sample_paths():
        words.update(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", path.read_text(encoding="utf-8").lower()))
    return words



def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` starts one worker more than the machine has cores: a worker spends a sixth to a
    fifth of its time waiting (servers starting, Retry-After, the timeouts and SIGTERMs the tests
    are about), and a third worker's CPU fills those waits on two cores (docs/benchmarks.md,
    "Round 7, the lead's measure at the end"). PYTEST_XDIST_AUTO_NUM_WORKERS still decides."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # pytest-xdist's own hook reads it
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity else (os.cpu_count() or 1)
    return cores + 1


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """pytest-xdist's controller writes the bytecode its workers would each write on a clean clone
    (the test modules as pytest rewrites them, the package's modules), before it starts them: once
    instead of once a worker (tests/support/bytecode.py). Runs before xdist's own sessionstart."""
    config = session.config
    if hasattr(config, "workerinput") or not config.pluginmanager.has_plugin("dsession"):
        return
    from tests.support.bytecode import compile_plain, rewrite_once, rewritten_modules

    compile_plain([config.rootpath / "index", config.rootpath / "bot", config.rootpath / "tests"])
    rewrite_once(config, rewritten_modules(config))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under `--dist loadgroup`, xdist groups a worker's tests by the "@group" it appends to their
    ids; when a pytest release stops that taking effect (pytest 9.2 did, pytest-xdist issue 1386),
    each worker builds again what a group shares: say so in the run's summary."""
    if not config.getoption("loadgroup", default=False):
        return
    lost = [item.nodeid for item in items if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if lost:
        warnings.warn(pytest.PytestWarning(
            f"--dist loadgroup did not group {lost[0]} and {len(lost) - 1} more: this pytest and pytest-xdist "
            "do not work together; pip install -e '.[test]' installs the pytest pyproject.toml names"))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """What the run made is left for the process's end to free without the garbage collector: its
    last full collections, at interpreter exit, walked every object the session's indexes and caches
    made, 5-10 s of CPU per test process, and xdist kills a worker still exiting after 10 s."""
    gc.freeze()

