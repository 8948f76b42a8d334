"""Compiled regular expressions kept between processes, as Python keeps bytecode.

Why: index/'s patterns compile on first use (index/lazy_patterns.py), but every new process compiles
again each one it uses, and Python's `re` parses and compiles in pure Python: ~60 ms of the ~0.45 s
of CPU a whole `kkrbot ask` takes on the sample index, for the ~150 patterns one question uses
(round 18, SPEED18's "what is left"), in every `kkrbot` command, `serve` start, importer worker and
test process. What `re` makes of a pattern is a list of integers and its groups' names; `_sre.compile`
makes the pattern from them in C, in microseconds. This module keeps those forms in one file beside
the package's bytecode (index/__pycache__/, one file per interpreter build), reads it at the first
compile of a process and, at the process's exit, writes back what the process compiled anew, unless
Python writes no bytecode either (`sys.dont_write_bytecode`, PYTHONDONTWRITEBYTECODE).

What a pattern matches cannot change: a pattern made from a kept form equals `re.compile`'s of the
same source and flags (`re.Pattern`'s `==` compares the source, the flags and the compiled code;
tests/index/test_pattern_cache.py checks every pattern of index/), and the file is named by the exact
interpreter (its version and `_sre.MAGIC`), whose `re` wrote it. Anything unexpected (another Python's
private `re` API, a missing or unreadable file, a read-only package folder) falls back to `re.compile`
or to not writing; an invalid pattern still raises `re.error` on its first use.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["compile_kept"]

try:  # the private parts of `re` that `re.compile` itself uses (CPython 3.11+)
    import _sre
    from re import _compiler, _parser

    _TAG = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # another implementation: plain re.compile
    _sre = None  # type: ignore[assignment]
    _TAG = ""

# A compiled form: (flags with the pattern's inline flags, code, groups - 1, groupindex, indexgroup),
# the arguments `re._compiler.compile` gives `_sre.compile` after the source.
Form = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

FILE = Path(__file__).resolve().parent / "__pycache__" / f"patterns.{_TAG}.marshal"

# (source, flags) -> the form, marshalled on its own: a process reads the file whole (~1 MB, ~0.3 ms) and
# unpacks only the forms it uses (all of them unpacked: ~2 MB held and ~4 ms).
_kept: dict[tuple[str, int], bytes] | None = None  # read from FILE at the first compile
_new: dict[tuple[str, int], bytes] = {}  # compiled by this process, written at its exit


def _read(path: Path) -> dict[tuple[str, int], bytes]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def form_of(pattern: str, flags: int) -> Form | None:
    """What `re._compiler.compile` hands `_sre.compile` for `pattern` and `flags` (None where this
    Python's `re` is not laid out so); raises re.error for an invalid pattern, as re.compile does."""
    if _sre is None or flags & re.DEBUG:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - a private API changed: re.compile decides
        return None
    for name, number in groupindex.items():
        indexgroup[number] = name
    # plain ints (the code holds named opcode constants, the flags a RegexFlag): marshal keeps only exact types
    return (int(flags | parsed.state.flags), list(map(int, code)), parsed.state.groups - 1, groupindex, tuple(indexgroup))


def from_form(pattern: str, form: Form) -> re.Pattern[str]:
    """The pattern `_sre.compile` makes of a kept form (what re.compile returns for it)."""
    return _sre.compile(pattern, *form)


def compile_kept(pattern: str, flags: int) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, made from the kept form when this interpreter kept one."""
    global _kept
    if _sre is None:
        return re.compile(pattern, flags)
    if _kept is None:
        _kept = _read(FILE)
    flags = int(flags)  # a RegexFlag is no key marshal keeps
    key = (pattern, flags)
    blob = _kept.get(key)
    if blob is not None:
        try:
            return from_form(pattern, marshal.loads(blob))
        except Exception:  # noqa: BLE001 - a damaged entry: compile as if none were kept
            _kept.pop(key, None)
    form = form_of(pattern, flags)
    if form is None:
        return re.compile(pattern, flags)
    try:
        compiled = from_form(pattern, form)
    except Exception:  # noqa: BLE001 - another Python's _sre.compile takes other arguments: re decides
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(write)
    _new[key] = marshal.dumps(form)
    return compiled


def write(path: Path | None = None) -> bool:
    """Add what this process compiled anew to the kept file (atomically: a process reading it at the
    same time sees the old file or the new one). False when nothing is written."""
    path = path or FILE
    if not _new or sys.dont_write_bytecode:
        return False
    merged: dict[Any, bytes] = {**_read(path), **(_kept or {}), **_new}
    tmp = None
    try:
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(merged))
        os.chmod(tmp, 0o644)  # readable as the package's bytecode is (mkstemp makes it the owner's only)
        os.replace(tmp, path)
    except (OSError, ValueError):  # a read-only install, a full disk: the next process compiles again
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
    _new.clear()
    return True
