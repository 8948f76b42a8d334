"""Every benchmark and check script in scripts/ still imports against today's code.

The scripts are run by hand (docs/benchmarks.md), so a renamed module or constant would
otherwise only show on the day someone measures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPTS = sorted((Path(__file__).resolve().parents[1] / "scripts").glob("*.py"))


def test_there_are_scripts_to_check():
    assert len(SCRIPTS) >= 5


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_a_script_imports(path: Path, monkeypatch):
    monkeypatch.setattr(sys, "argv", [str(path), "--help"])
    spec = importlib.util.spec_from_file_location(f"kkrbot_script_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)  # not as __main__: defines, does not run
    assert callable(getattr(module, "main", None)), f"{path.name} has no main()"
