"""The test modules' rewritten bytecode made once, by pytest-xdist's controller, before its workers start.

pytest rewrites every test module's asserts (parse, rewrite, compile from the tree: ~2.5-3 s of CPU for
the ~150 test modules) and caches the result in a pyc of its own beside each module. On a clean clone
no such pyc exists yet, and the workers start together, so each worker rewrote every module itself
(three workers: ~8 s of CPU, the clean-clone CI's case). The controller, which collects nothing, now
writes them first, with pytest's own rewriting, in the file pytest reads; a worker then finds them and
only reads them. The product's own modules are compiled the same way (plain bytecode, `compileall`).
When every pyc is current (a second run) this costs a stat and a 16-byte read a module.

pytest's rewriting is not a public API: if this pytest lacks the functions used, nothing is written
and each worker rewrites as before (slower, never wrong: a pyc pytest cannot use is rewritten again).
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import re
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest


def rewritten_modules(config: pytest.Config) -> list[Path]:
    """Every file under the run's test paths whose name pytest rewrites (`python_files`, conftest.py)."""
    root = config.rootpath
    patterns = [*config.getini("python_files"), "conftest.py"]
    found: set[Path] = set()
    for top in config.getini("testpaths") or ["."]:
        for pattern in patterns:
            found.update(p for p in (root / top).rglob(pattern) if "__pycache__" not in p.parts)
    return sorted(found)


def _current(source: Path, pyc: Path) -> bool:
    """The pyc's header names the source's size and modification time (as pytest checks it)."""
    try:
        stat = source.stat()
        with open(pyc, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    want = importlib.util.MAGIC_NUMBER + b"\x00\x00\x00\x00" + struct.pack(
        "<LL", int(stat.st_mtime) & 0xFFFFFFFF, stat.st_size & 0xFFFFFFFF)
    return head == want


def rewrite_once(config: pytest.Config, modules: Iterable[Path]) -> int:
    """Write pytest's rewritten pyc of each module that lacks a current one; the number written."""
    try:
        from _pytest.assertion import rewrite
        from _pytest.assertion.rewrite import assertstate_key
    except ImportError:
        return 0
    needed = ("PYC_TAIL", "get_cache_dir", "try_makedirs", "_rewrite_test", "_write_pyc")
    if sys.dont_write_bytecode or not all(hasattr(rewrite, name) for name in needed):
        return 0
    state = config.stash.get(assertstate_key, None)
    if state is None:  # --assert=plain: nothing is rewritten
        return 0
    written = 0
    for source in modules:
        cache = rewrite.get_cache_dir(source)
        pyc = cache / (source.name[:-3] + rewrite.PYC_TAIL)
        if _current(source, pyc) or not rewrite.try_makedirs(cache):
            continue
        source_stat, code = rewrite._rewrite_test(source, config)
        written += bool(rewrite._write_pyc(state, code, source_stat, pyc))
    return written


def compile_plain(folders: Iterable[Path]) -> None:
    """Plain bytecode of the product's modules and the tests' helpers, where missing or stale (as an
    import writes it); the modules pytest rewrites are left to `rewrite_once`."""
    for folder in folders:
        if folder.is_dir():
            compileall.compile_dir(os.fspath(folder), quiet=1, rx=_REWRITTEN)


_REWRITTEN = re.compile(r"(^|/)(test_[^/]*|[^/]*_test|conftest)\.py$")
