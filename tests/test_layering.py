"""Architecture guard: Qt stays in ui/ (and the entry modules), peewee stays out of domain/."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dealerdesk"
QT_ALLOWED = {"app.py", "__main__.py"}


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


def test_guard_detects_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in _imports(bad)
