"""index/pattern_cache.py: a pattern made from its kept compiled form is the pattern `re.compile` makes
(source, flags and compiled code equal) for every module-level pattern of index/; a process keeps what it
compiled for the next one, which then does not parse it again; no file is written where Python writes no
bytecode; a damaged file is no file."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import sys

import pytest

import index
from index import pattern_cache
from index.lazy_patterns import _Lazy


def _index_patterns() -> list[_Lazy]:
    """Every module-level stand-in of index/ (each module imported)."""
    for module in pkgutil.walk_packages(index.__path__, "index."):
        importlib.import_module(module.name)
    return [value for name, module in sorted(sys.modules.items()) if name == "index" or name.startswith("index.")
            for value in vars(module).values() if isinstance(value, _Lazy)]  # fmt: skip


def test_every_pattern_of_index_made_from_its_kept_form_is_re_compiles():
    patterns = _index_patterns()
    assert len(patterns) > 300
    for stand_in in patterns:
        form = pattern_cache.form_of(stand_in.pattern, stand_in._flags)
        kept = marshal.loads(marshal.dumps(form))  # as the file gives it back
        assert pattern_cache.from_form(stand_in.pattern, kept) == re.compile(stand_in.pattern, stand_in._flags), stand_in


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """The module as a new process finds it, with its file in tmp_path."""
    monkeypatch.setattr(pattern_cache, "FILE", tmp_path / "patterns.marshal")
    monkeypatch.setattr(pattern_cache, "_kept", None)
    monkeypatch.setattr(pattern_cache, "_new", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return pattern_cache.FILE


PATTERN, FLAGS = r"(?P<council>KKR\s+(?:Nord|Midt)jylland)\s+(?:godkendte|besluttede)\b", re.IGNORECASE


def test_what_a_process_compiled_the_next_makes_without_parsing(fresh, monkeypatch):
    first = pattern_cache.compile_kept(PATTERN, FLAGS)
    assert first == re.compile(PATTERN, FLAGS) and not fresh.exists()
    assert pattern_cache.write() and fresh.exists()
    monkeypatch.setattr(pattern_cache, "_kept", None)  # the next process
    monkeypatch.setattr(pattern_cache, "_new", {})

    parsed: list[str] = []
    parse = pattern_cache._parser.parse
    monkeypatch.setattr(pattern_cache._parser, "parse", lambda source, *more: parsed.append(source) or parse(source, *more))
    again = pattern_cache.compile_kept(PATTERN, FLAGS)
    assert parsed == [] and again == first
    assert again.search("KKR Midtjylland godkendte").group("council") == "KKR Midtjylland"
    pattern_cache.compile_kept(PATTERN + "x", FLAGS)  # a pattern not kept is parsed
    assert parsed == [PATTERN + "x"]


def test_no_file_where_python_writes_no_bytecode_and_a_damaged_file_is_none(fresh, monkeypatch):
    pattern_cache.compile_kept(PATTERN, FLAGS)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not pattern_cache.write() and not fresh.exists()
    fresh.write_bytes(b"\x00not marshal")
    monkeypatch.setattr(pattern_cache, "_kept", None)
    assert pattern_cache.compile_kept(PATTERN, FLAGS) == re.compile(PATTERN, FLAGS)
    with pytest.raises(re.error):  # an invalid pattern raises on its first use, as before
        pattern_cache.compile_kept("(unclosed", 0)


def test_a_python_whose_sre_compile_takes_other_arguments_compiles_with_re_and_keeps_nothing(fresh, monkeypatch):
    class OtherSre:  # a later CPython's private _sre.compile with another signature
        MAGIC = pattern_cache._sre.MAGIC

        @staticmethod
        def compile(*args):
            raise TypeError("compile() takes 7 positional arguments")

    monkeypatch.setattr(pattern_cache, "_sre", OtherSre)
    assert pattern_cache.compile_kept(PATTERN, FLAGS) == re.compile(PATTERN, FLAGS)
    assert not pattern_cache.write() and not fresh.exists()
