"""Architecture guard: the layers import downwards only, Qt stays in ui/, and the modules form no cycle.

    entry (app.py, cli, __main__)  →  ui  →  services  →  store  →  domain
                                      reports ↗ (reads services' DTOs, draws; no store, no Qt)

Each check is a function of parsed sources, so each has a self-test that feeds it a violating snippet.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dealerdesk"
QT_ALLOWED = {"app.py", "__main__.py"}
#: entry modules wire the layers together and may import any of them
ENTRY = {"dealerdesk.app", "dealerdesk.__main__", "dealerdesk.cli"}
#: layer → the layers it must not import
FORBIDDEN = {
    "domain": {"store", "services", "ui", "reports"},
    "services": {"ui"},
    "store": {"services", "ui"},
    "reports": {"store", "ui"},
    "ui": {"store"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _py_files():
    return sorted(PACKAGE.rglob("*.py"))


# --- the module graph -------------------------------------------------------------------------------

def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _parse_package(root: Path = PACKAGE) -> dict[str, tuple[ast.Module, bool]]:
    """module name → (tree, is a package __init__)."""
    return {_module_name(p, root): (ast.parse(p.read_text(encoding="utf-8"), filename=str(p)),
                                    p.name == "__init__.py")
            for p in sorted(root.rglob("*.py"))}


def _target(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module a `from … import` names (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[:len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _imported(modules: dict[str, tuple[ast.Module, bool]]):
    """(importer, imported module, imported name or None, line) for every import, inside functions too.

    `from pkg import name` is an import of the module pkg.name when that is a module, else of pkg.
    """
    for module, (tree, is_package) in modules.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield module, alias.name, None, node.lineno
            elif isinstance(node, ast.ImportFrom):
                target = _target(module, is_package, node)
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    if sub in modules:
                        yield module, sub, None, node.lineno
                    else:
                        yield module, target, alias.name, node.lineno


def import_graph(modules: dict[str, tuple[ast.Module, bool]]) -> dict[str, set[str]]:
    """Edges between the package's own modules (a package __init__ importing its submodules counts)."""
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for module, target, _name, _line in _imported(modules):
        if target in modules and target != module:
            graph[module].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
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


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in FORBIDDEN else None


def _is_entry(module: str) -> bool:
    return module in ENTRY or module.startswith("dealerdesk.cli.")


def forbidden_imports(modules: dict[str, tuple[ast.Module, bool]]) -> list[str]:
    out = []
    for module, target, _name, line in _imported(modules):
        layer = _layer(module)
        if layer is None or _is_entry(module) or not target.startswith("dealerdesk."):
            continue
        if _layer(target) in FORBIDDEN[layer]:
            out.append(f"{module}:{line} imports {target} ({layer} → {_layer(target)})")
    return out


def star_imports(modules: dict[str, tuple[ast.Module, bool]]) -> list[str]:
    return [f"{module}:{line} imports * from {target}" for module, target, name, line in _imported(modules)
            if name == "*"]


def module_getattrs(modules: dict[str, tuple[ast.Module, bool]]) -> list[str]:
    return [module for module, (tree, _) in modules.items()
            if any(isinstance(n, ast.FunctionDef) and n.name == "__getattr__" for n in tree.body)]


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_imports(modules: dict[str, tuple[ast.Module, bool]]) -> list[str]:
    """`from X import _name` across modules, and a `_private` module imported from outside its package."""
    out = []
    for module, target, name, line in _imported(modules):
        if not target.startswith("dealerdesk"):
            continue
        if name is not None and _private(name) and target != module:
            out.append(f"{module}:{line} imports {target}.{name}")
        parts = target.split(".")
        for depth, part in enumerate(parts):
            owner = ".".join(parts[:depth])
            if _private(part) and not (module == owner or module.startswith(owner + ".")):
                out.append(f"{module}:{line} imports {target}, private to {owner}")
    return out


def _snippets(sources: dict[str, str]) -> dict[str, tuple[ast.Module, bool]]:
    """Fake modules for the self-tests: {"dealerdesk.a.__init__": "…", "dealerdesk.a.b": "…"}."""
    return {name.removesuffix(".__init__"): (ast.parse(src), name.endswith(".__init__"))
            for name, src in sources.items()}


MODULES = _parse_package()


# --- the checks on dealerdesk/ -----------------------------------------------------------------------

def test_package_has_sources():
    assert len(_py_files()) > 20


@pytest.mark.parametrize("path", _py_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_pyside_only_in_ui_and_entry_modules(path):
    rel = path.relative_to(PACKAGE)
    if rel.parts[0] == "ui" or str(rel) in QT_ALLOWED:
        return
    assert not ({"PySide6", "shiboken6"} & _imports(path)), f"{rel} imports Qt outside dealerdesk/ui"


@pytest.mark.parametrize("path", sorted((PACKAGE / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_domain_is_storage_and_qt_free(path):
    assert not ({"peewee", "playhouse", "PySide6", "sqlite3"} & _imports(path)), f"{path.name} leaks I/O"


def test_layers_import_downwards_only():
    assert forbidden_imports(MODULES) == []


def test_no_import_cycle_between_modules():
    assert cycles(import_graph(MODULES)) == []


def test_no_star_import():
    assert star_imports(MODULES) == []


def test_no_module_getattr():
    assert module_getattrs(MODULES) == []


def test_no_import_of_another_modules_private_names():
    assert private_imports(MODULES) == []


# --- each check can fail ----------------------------------------------------------------------------

def test_guard_detects_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in _imports(bad)


def test_forbidden_direction_is_reported_and_entry_modules_are_exempt():
    modules = _snippets({
        "dealerdesk.domain.rules": "def f():\n    from dealerdesk.store import models\n",
        "dealerdesk.ui.page": "from dealerdesk.store.models import Customer\n",
        "dealerdesk.reports.pdf": "import dealerdesk.ui.widgets\n",
        "dealerdesk.services.x": "from dealerdesk.domain import rules\n",  # downwards: fine
        "dealerdesk.app": "from dealerdesk.store import db\nfrom dealerdesk.ui import page\n",
        "dealerdesk.cli.common": "from dealerdesk.store import db\n",
    })
    found = forbidden_imports(modules)
    assert len(found) == 3
    assert any("dealerdesk.domain.rules" in f and "(domain → store)" in f for f in found)
    assert any("dealerdesk.ui.page" in f and "(ui → store)" in f for f in found)
    assert any("dealerdesk.reports.pdf" in f and "(reports → ui)" in f for f in found)


def test_cycle_is_found_through_inner_imports_and_through_a_package_init():
    modules = _snippets({
        "dealerdesk.a": "from dealerdesk import b\n",
        "dealerdesk.b": "def f():\n    from dealerdesk.a import g\n",
        "dealerdesk.p.__init__": "from dealerdesk.p.one import x\n",
        "dealerdesk.p.one": "x = 1\n",
        "dealerdesk.p.two": "from dealerdesk.p import x\n",  # via the package: p → one, not two → fine
        "dealerdesk.q.__init__": "from dealerdesk.q.one import y\n",
        "dealerdesk.q.one": "from dealerdesk.q import z\ny = 1\n",
        "dealerdesk.q.z": "",
    })
    graph = import_graph(modules)
    assert graph["dealerdesk.q.one"] == {"dealerdesk.q.z"}  # `from q import z` is the module q.z
    # a submodule taking a sibling's name through its package: q → q.one → q
    modules["dealerdesk.q.one"] = (ast.parse("from dealerdesk.q import y2\ny = 1\n"), False)
    assert sorted(cycles(import_graph(modules))) == [["dealerdesk.a", "dealerdesk.b"],
                                                     ["dealerdesk.q", "dealerdesk.q.one"]]


def test_star_import_is_reported():
    assert star_imports(_snippets({"dealerdesk.a": "from dealerdesk.b import *\n", "dealerdesk.b": ""})) == [
        "dealerdesk.a:1 imports * from dealerdesk.b"]


def test_module_getattr_is_reported():
    modules = _snippets({"dealerdesk.a": "def __getattr__(name):\n    raise AttributeError(name)\n",
                         "dealerdesk.b": "class C:\n    def __getattr__(self, name):\n        return 1\n"})
    assert module_getattrs(modules) == ["dealerdesk.a"]


def test_private_names_and_private_modules_are_reported_across_modules():
    modules = _snippets({
        "dealerdesk.a": "def f():\n    from dealerdesk.b import _row, public, __version__\n",
        "dealerdesk.b": "",
        "dealerdesk.p.__init__": "",
        "dealerdesk.p._common": "",
        "dealerdesk.p.one": "from dealerdesk.p._common import helper\n",  # inside its package: fine
        "dealerdesk.q": "from dealerdesk.p._common import helper\n",
    })
    assert private_imports(modules) == ["dealerdesk.a:2 imports dealerdesk.b._row",
                                        "dealerdesk.q:1 imports dealerdesk.p._common, private to dealerdesk.p"]
