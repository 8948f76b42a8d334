"""tests/support/bytecode.py: the controller's rewritten pyc is the one pytest itself reads, with the
asserts rewritten, and a current one is not written again."""

from __future__ import annotations

import pytest
from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, get_cache_dir

from tests.support.bytecode import compile_plain, rewrite_once, rewritten_modules


def test_the_rewritten_pyc_is_pytests_own_and_written_once(pytestconfig: pytest.Config, tmp_path) -> None:
    module = tmp_path / "test_sample.py"
    module.write_text("def test_it():\n    x = 1\n    assert x == 2\n", encoding="utf-8")
    assert rewrite_once(pytestconfig, [module]) == 1
    pyc = get_cache_dir(module) / (module.name[:-3] + PYC_TAIL)
    code = _read_pyc(module, pyc)  # what a worker's import reads: None would mean "rewrite it again"
    assert code is not None
    space: dict = {}
    exec(code, space)
    with pytest.raises(AssertionError) as failed:
        space["test_it"]()
    assert "assert 1 == 2" in str(failed.value)  # pytest's rewritten message, not a bare AssertionError
    assert rewrite_once(pytestconfig, [module]) == 0  # current: not written again
    module.write_text("def test_it():\n    assert True\n", encoding="utf-8")
    assert rewrite_once(pytestconfig, [module]) == 1  # changed source: written again


def test_every_test_module_and_conftest_is_listed_and_helpers_compile_plain(pytestconfig: pytest.Config, tmp_path) -> None:
    names = {p.relative_to(pytestconfig.rootpath).as_posix() for p in rewritten_modules(pytestconfig)}
    assert {"tests/conftest.py", "tests/support/test_bytecode.py", "tests/test_layout.py"} <= names
    assert not any(n.endswith("support/bytecode.py") for n in names)
    (tmp_path / "helper.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "test_skipped.py").write_text("X = 2\n", encoding="utf-8")
    compile_plain([tmp_path])
    cached = {p.name.split(".")[0] for p in (tmp_path / "__pycache__").iterdir()}
    assert cached == {"helper"}  # a test module gets pytest's rewritten pyc, not a plain one
