"""The layers import one way, and no two modules import each other (docs/architecture.md, "The
layers").

Every module under giftdesk/ is parsed with `ast`; every import counts, at the top, inside a
function, or under `if TYPE_CHECKING:` (a type-only import is still a dependency a reader has
to follow, and the one that hid the circle between services/profiles and services/security).

An import edge goes to the module named: `from giftdesk.storage import ledger` is an edge to
giftdesk.storage.ledger, `from giftdesk.storage.db import Store` one to giftdesk.storage.db. The
implicit import of a package's __init__ when a module inside it is imported is not an edge:
every module of a package would otherwise be in a circle with the __init__ that re-exports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "giftdesk"

# Lower layers never import higher ones; a module may import its own layer and any below it.
# "x.*" is the package x and every module in it; a plain name is that one module. Each shared
# helper is placed where its own imports put it, said here with why.
LAYERS = (
    # 0: import nothing of GiftDesk's. The domain's messages use formatting ("1,000 coins"),
    # and are marked for translation with i18n's `_()` (the language chosen, and the
    # catalogs of every text outside the window), and the window's About box the package's
    # version (giftdesk/__init__.py), so they sit under the domain. formatting uses i18n for
    # the locale and the plural forms.
    ("base", ("giftdesk.formatting", "giftdesk.i18n", "giftdesk")),
    # 1: pure rules, integers and frozen dataclasses; neither Qt nor SQLite.
    ("domain", ("giftdesk.domain.*",)),
    # 2: small helpers that read the world outside the ledger (the system's time zone, the
    # user's folders, the shipped resources, the new files a user exports to) and raise the
    # domain's errors; the storage's migrations and the services use them, so they sit
    # between the domain and storage.
    ("helpers", ("giftdesk.zones", "giftdesk.paths", "giftdesk.resources", "giftdesk.new_files")),
    # 3: the only layer that knows the engine is SQLite.
    ("storage", ("giftdesk.storage.*",)),
    # 4: one method per user action; the facade wires them.
    ("services", ("giftdesk.services.*",)),
    # 5: the two faces of the services. `arguments` is the command line's parsing (shared by
    # the CLI and the app's entry point); `history_text` and `history_csv` are the
    # words and the CSV file the CLI and the window's export both make from history rows;
    # `desktop_entry` installs the launcher and reports through the CLI's error line;
    # `statement_pdf` prints a statement with Qt's PDF writer for both faces, on the numbered
    # pages `pdf_pages` lays out where `page_cuts` (plain arithmetic, serving it alone) ends
    # them.
    (
        "faces",
        (
            "giftdesk.ui.*",
            "giftdesk.cli.*",
            "giftdesk.arguments",
            "giftdesk.history_text",
            "giftdesk.history_csv",
            "giftdesk.accounting_export",
            "giftdesk.statement_pdf",
            "giftdesk.pdf_pages",
            "giftdesk.page_cuts",
            "giftdesk.desktop_entry",
        ),
    ),
    # 6: the entry point picks a face.
    ("app", ("giftdesk.app", "giftdesk.__main__")),
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The GiftDesk modules `name` imports, wherever the import statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package, up node.level - 1 more
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in MODULES else source)
    return {m for m in found if m == "giftdesk" or m.startswith("giftdesk.")}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(module: str) -> int:
    for index, (_, patterns) in enumerate(LAYERS):
        for pattern in patterns:
            package = pattern.removesuffix(".*")
            if module == package or (pattern.endswith(".*") and module.startswith(package + ".")):
                return index
    raise AssertionError(f"{module} is in no layer: place it in LAYERS, saying why")


def test_every_module_has_a_layer():
    for module in MODULES:
        _layer(module)


def test_every_layer_entry_names_a_module():
    """A module renamed or removed must leave the table too, or it would place nothing."""
    stale = [
        pattern
        for _, patterns in LAYERS
        for pattern in patterns
        if pattern.removesuffix(".*") not in MODULES
    ]
    assert not stale, f"LAYERS names modules that do not exist: {stale}"


def test_no_layer_imports_a_higher_one():
    upward = sorted(
        f"{module} ({LAYERS[_layer(module)][0]}) imports {target} ({LAYERS[_layer(target)][0]})"
        for module, targets in GRAPH.items()
        for target in targets
        if target in MODULES and _layer(target) > _layer(module)
    )
    assert not upward, "imports against the layers:\n" + "\n".join(upward)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module, or a module importing
    itself (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    found.append(sorted(component))
    return found


def test_no_modules_import_each_other():
    cycles = _cycles(GRAPH)
    assert not cycles, "modules that import each other (directly or round a circle):\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"a"}}, [["a"]]),
    ],
)
def test_the_cycle_finder_finds_circles(graph, expected):
    assert _cycles(graph) == expected


def test_the_import_reader_sees_imports_in_functions_and_type_checking_blocks(tmp_path):
    module = tmp_path / "example.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from giftdesk import formatting\n"
        "if TYPE_CHECKING:\n"
        "    from giftdesk.services.facade import Services\n"
        "def later():\n"
        "    import giftdesk.storage.db\n"
        "    from . import context\n",
        encoding="utf-8",
    )
    assert _imports("giftdesk.services.example", module) == {
        "giftdesk.formatting",  # `from giftdesk import formatting` names the module
        "giftdesk.services.facade",
        "giftdesk.storage.db",
        "giftdesk.services.context",
    }
