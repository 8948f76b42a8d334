"""index/lazy_patterns.py: a module-level pattern is compiled on its first use, and then behaves as
`re.compile` of the same source and flags; no module of index/ compiles one at import (bot/ hands some
to Slack's Bolt, which takes only a real `re.Pattern`; its few are compiled as before)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from index.lazy_patterns import first_search, lazy, lazy_tuple

ROOT = Path(__file__).resolve().parents[2]

TEXT = "KKR Midtjylland godkendte den 3. september 2021 budgettet for 2022; KKR Nordjylland tog det til efterretning."
CASES = [  # (pattern, flags, method, args)
    (r"\bKKR\s+(\w+)", 0, "search", (TEXT,)),
    (r"kkr", re.IGNORECASE, "match", (TEXT,)),
    (r"\d+", 0, "fullmatch", ("2022",)),
    (r"(?P<year>(?:19|20)\d\d)", 0, "findall", (TEXT,)),
    (r"\b\w+jylland\b", 0, "sub", ("X", TEXT)),
    (r"\b\w+jylland\b", 0, "subn", (lambda m: m.group().upper(), TEXT)),
    (r"[;.]\s*", 0, "split", (TEXT,)),
]


@pytest.mark.parametrize(("pattern", "flags", "method", "args"), CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern, flags, method, args):
    compiled, stand_in = re.compile(pattern, flags), lazy(pattern, flags)
    for _ in range(2):  # the first call compiles, the second is the compiled pattern's own method
        got, want = getattr(stand_in, method)(*args), getattr(compiled, method)(*args)
        assert (got.span(), got.groups()) == (want.span(), want.groups()) if isinstance(want, re.Match) else got == want
    finds = [m.span() for m in lazy(pattern, flags).finditer(TEXT)]
    assert finds == [m.span() for m in compiled.finditer(TEXT)]
    fresh = lazy(pattern, flags)
    assert (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex) == (
        compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)


def test_a_readings_wordings_are_tried_in_their_order():
    """Round 22 (HEALTH22): one reading's wordings as one tuple of lazy patterns, the first that finds
    wins (choice_asked's asking of a body's choice, opinion_asked's of a view, document_asked's frames)."""
    wordings = lazy_tuple((r"\bkkr\s+(?P<who>\w+)\s+tog\b", r"\b(?P<who>budget\w*)"), re.IGNORECASE)
    assert [(p.pattern, p.flags & re.IGNORECASE) for p in wordings] == [
        (r"\bkkr\s+(?P<who>\w+)\s+tog\b", re.IGNORECASE), (r"\b(?P<who>budget\w*)", re.IGNORECASE)]
    found = first_search(wordings, TEXT)  # the first wording's, though the second's stands earlier in the text
    assert found is not None and found.group("who") == "Nordjylland"
    assert first_search(wordings[1:], TEXT).group("who") == "budgettet"
    assert first_search(wordings, "Mødet blev aflyst.") is None
    assert first_search((), TEXT) is None


def test_a_lazy_pattern_is_not_compiled_before_its_first_use():
    broken = lazy(r"(unclosed")  # re.compile would raise here
    assert broken.pattern == "(unclosed"
    with pytest.raises(re.error):
        broken.search("x")


def _module_level_compiles(source: str) -> list[int]:
    """The lines of `source` where `re.compile` runs at import (outside any function or lambda)."""
    found: list[int] = []

    def walk(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if (not inside and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name) and child.func.value.id == "re"):
                found.append(child.lineno)
            walk(child, inside)

    walk(ast.parse(source), False)
    return found


def test_no_module_compiles_a_pattern_at_import():
    compiled = {str(p.relative_to(ROOT)): lines for p in sorted((ROOT / "index").rglob("*.py"))
                if (lines := _module_level_compiles(p.read_text(encoding="utf-8")))}  # fmt: skip
    assert compiled == {}, "use index.lazy_patterns.lazy for a module-level pattern"
    made = 'import re\nA = re.compile("a")\nB = (re.compile(p) for p in "bc")\n\ndef f():\n    return re.compile("d")\n'
    assert _module_level_compiles(made) == [2, 3]  # the check sees one when there is one
