"""The shape of the code, checked: no import cycle (imports inside functions counted), packages
import only from the layers below them, and no package holds more than a third of the lines.

The README's code-layout section describes the same layers; change both together."""

from __future__ import annotations

import ast
import textwrap
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_APPLICATION = {"tests", "benchmarks", "scripts", "docs", "static", "geodata", "data"}

# Bottom to top: a package may import from its own layer's packages' modules only without a cycle
# (the cycle check covers that) and from any layer below. Entry points (``__main__``) sit above
# everything: ``python -m loaders`` starts the command line in ``cli``.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("i18n", "config"),
    ("domain",),
    ("storage",),
    ("loaders",),
    ("indicators", "accounts", "exports"),
    ("maps",),
    ("views", "server"),
    ("reports", "ui", "cli"),
    ("pages", "dashboard"),
)


def application_modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the application: the packages at the top (a folder with ``__init__.py``),
    ``pages/``, and the top-level ``*.py`` files, found on disk so a new package is included."""
    modules: dict[str, Path] = {}
    for top in sorted(root.iterdir()):
        if top.name.startswith(".") or top.name in NOT_APPLICATION:
            continue
        if top.is_file() and top.suffix == ".py":
            modules[top.stem] = top
        elif top.is_dir() and ((top / "__init__.py").exists() or top.name == "pages"):
            for path in sorted(top.rglob("*.py")):
                parts = path.relative_to(root).with_suffix("").parts
                name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
                modules[name] = path
    return modules


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the application modules it imports, wherever the import statement stands (top
    of the file, inside a function, under ``if TYPE_CHECKING``)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                # ``from pkg import module`` imports the module; ``from module import name`` the
                # module itself.
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                           for a in node.names]
            for target in targets:
                resolved = _resolve(target, modules)
                if resolved and resolved != name:
                    graph[name].add(resolved)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    nodes = set(graph) | {d for ds in graph.values() for d in ds}
    for start in sorted(nodes):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def layer_of(module: str) -> int:
    top = module.split(".")[0]
    for level, packages in enumerate(LAYERS):
        if top in packages:
            return level
    raise AssertionError(f"package {top!r} has no layer: add it to LAYERS and to the README")


def test_no_import_cycle_even_through_imports_inside_functions():
    assert cycles(import_graph(application_modules())) == []


def test_every_package_imports_only_from_the_layers_below():
    upward = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph(application_modules()).items()
        if not module.endswith("__main__")
        for target in targets
        if layer_of(target) > layer_of(module)
    )
    assert upward == []


def test_no_package_holds_more_than_a_third_of_the_lines():
    lines: dict[str, int] = defaultdict(int)
    for name, path in application_modules().items():
        lines[name.split(".")[0]] += len(path.read_text(encoding="utf-8").splitlines())
    total = sum(lines.values())
    assert total > 10_000  # the whole application was found, not one folder
    assert {p: n for p, n in lines.items() if n > total / 3} == {}


def test_the_checker_finds_a_cycle_hidden_in_a_function(tmp_path):
    """The cycle the split removed (store <-> datasets through a deferred import), rebuilt small:
    the check must see it."""
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "store.py").write_text("from pkg import datasets\n")
    (tmp_path / "pkg" / "datasets.py").write_text(textwrap.dedent("""
        def load():
            from pkg.store import open_store
            return open_store()
    """))
    (tmp_path / "pkg" / "other.py").write_text("from . import store\n")
    modules = application_modules(tmp_path)
    graph = import_graph(modules)
    assert graph["pkg.other"] == {"pkg.store"}  # a relative import resolves too
    assert cycles(graph) == [["pkg.datasets", "pkg.store"]]


# --- the rooms of the tests (tests/README.md) ------------------------------------------------------

TESTS = ROOT / "tests"
BROWSER = ("playwright", "tests.e2e")
APPTEST = ("streamlit.testing", "tests.helpers.pages")


def _imported(path: Path) -> set[str]:
    """Every module a file imports, wherever the import stands (a function's too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _uses(names: set[str], prefixes: tuple[str, ...]) -> bool:
    return any(n == p or n.startswith(p + ".") for n in names for p in prefixes)


def room_problems(tests: Path = TESTS) -> list[str]:
    """What breaks the rooms: a unit test that runs a page or a browser, a page test that drives
    a browser or no page, a browser test without the e2e marker, a test module importing another."""
    problems = []
    for path in sorted(tests.rglob("test_*.py")):
        room = path.relative_to(tests).parts[0]
        names = _imported(path)
        if _uses(names, ("tests.unit.test_", "tests.app.test_", "tests.e2e.test_")) or any(
                n.split(".")[-1].startswith("test_") and n.startswith("tests.") for n in names):
            problems.append(f"{path.name} imports another test module: use tests/helpers")
        if room == "unit" and _uses(names, BROWSER + APPTEST):
            problems.append(f"unit/{path.name} runs a page or a browser")
        if room == "app" and (_uses(names, BROWSER) or not _uses(names, APPTEST)):
            problems.append(f"app/{path.name} must run pages through AppTest, without a browser")
        if room == "e2e" and "pytest.mark.e2e" not in path.read_text(encoding="utf-8"):
            problems.append(f"e2e/{path.name} has no e2e marker")
    return problems


def test_each_test_room_drives_only_its_layer():
    assert room_problems() == []


def test_the_room_check_sees_a_test_in_the_wrong_room(tmp_path):
    for room in ("unit", "app", "e2e"):
        (tmp_path / room).mkdir()
    (tmp_path / "unit" / "test_a.py").write_text(
        "def test_x():\n    from streamlit.testing.v1 import AppTest\n")
    (tmp_path / "app" / "test_b.py").write_text("from tests.e2e.test_c import helper\n")
    (tmp_path / "e2e" / "test_c.py").write_text("import pytest\n")
    assert room_problems(tmp_path) == [
        "test_b.py imports another test module: use tests/helpers",
        "app/test_b.py must run pages through AppTest, without a browser",
        "e2e/test_c.py has no e2e marker",
        "unit/test_a.py runs a page or a browser",
    ]
