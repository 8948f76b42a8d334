"""The layout's rules, checked on the source: no import cycles (imports inside functions count
too; imports only for type checkers do not), and `index/` never imports `bot/`."""

from __future__ import annotations

import ast
from collections.abc import Mapping, Set as AbstractSet
from functools import cache
from pathlib import Path

import pytest

# The three tests of the import graph share one worker, so one walk of the source (~0.35 s).
GRAPH = pytest.mark.xdist_group("import_graph")

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("index", "bot")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def our_modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _runtime_nodes(tree: ast.AST):
    """Every node, except what sits under `if TYPE_CHECKING:` (never executed)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            continue
        yield node
        yield from _runtime_nodes(node)


def imports_of(path: Path, modules: dict[str, Path]) -> set[str]:
    """Our modules that `path` imports anywhere in its body (`from pkg import module` included)."""
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        found |= {n for n in names if n in modules}
    found.discard(module_name(path))
    return found


@cache
def import_graph() -> dict[str, frozenset[str]]:
    """Each of our modules → ours that it imports; parsed once per test process."""
    modules = our_modules()
    return {name: frozenset(imports_of(path, modules)) for name, path in modules.items()}


def cycles(graph: Mapping[str, AbstractSet[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


@GRAPH
def test_the_import_graph_has_no_cycles() -> None:
    graph = import_graph()
    assert len(graph) > 60 and sum(map(len, graph.values())) > 150  # the walk did find the code
    assert cycles(graph) == []


def test_a_cycle_is_found_when_there_is_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@GRAPH
def test_index_never_imports_bot() -> None:
    graph = import_graph()
    assert {(m, d) for m, deps in graph.items() if m.startswith("index") for d in deps if d.startswith("bot")} == set()


@GRAPH
def test_no_module_imports_a_cli_module() -> None:
    """bot/cli/ is the outermost layer: only its `main` registers the commands, and a command
    module uses nothing of another but the shared helpers (options, progress)."""
    graph = import_graph()
    helpers = ("bot.cli.options", "bot.cli.progress")
    commands = {m for m in graph if m.startswith("bot.cli.") and m not in ("bot.cli.main", "bot.cli.__main__", *helpers)}
    wrong = set()
    for module, deps in graph.items():
        for dep in deps:
            if not dep.startswith("bot.cli"):
                continue
            allowed = module.startswith("bot.cli") and (dep in helpers or module in ("bot.cli.main", "bot.cli.__main__"))
            if not allowed:
                wrong.add((module, dep))
    assert commands and wrong == set()


def listed_modules(doc: str) -> set[str]:
    """Module paths of the "Module by module" tree: a top line `index/: …` or `bot/: …`, then
    folders (`read/`) and files (`clean.py`) indented two spaces per level."""
    block = doc[doc.index("## Module by module"):]
    block = block[block.index("```") + 3 : block.index("```", block.index("```") + 3)]
    found, stack = set(), []
    for line in block.splitlines():
        if not line.strip():
            continue
        name = line.split()[0]
        depth = (len(line) - len(line.lstrip())) // 2
        if depth == 0:
            stack = [name.rstrip(":").rstrip("/")]
        elif name.endswith("/"):
            stack = stack[:depth] + [name.rstrip("/")]
        elif name.endswith(".py"):
            found.add("/".join(stack[:depth] + [name]))
    return found


def test_every_module_is_listed_in_the_architecture_doc() -> None:
    """docs/architecture.md lists every module under its package, and no module that is gone."""
    listed = listed_modules((ROOT / "docs" / "architecture.md").read_text(encoding="utf-8"))
    actual = {str(path.relative_to(ROOT)) for path in our_modules().values() if path.name != "__init__.py"}
    assert (sorted(actual - listed), sorted(listed - actual)) == ([], [])
