"""What the bundle is built from must exist and be well-formed, checked without running PyInstaller.

A missing data folder in the spec, a help link to a section that was renamed, or a .ts file Qt Linguist
cannot open only shows up on a Windows build machine or a clerk's PC otherwise.
"""
from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dealerdesk import config
from dealerdesk.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "dealerdesk.spec"
HELP_FILES = [ROOT / "resources" / "help" / "index.html", ROOT / "resources" / "help" / "index.en.html"]
TS_FILES = [ROOT / "resources" / "translations" / f"dealerdesk_{lang}.ts" for lang in ("zh_CN", "en")]


def spec_data_sources() -> list[Path]:
    """The source folders of RESOURCE_DATAS in the spec, e.g. (RESOURCES / "fonts", "resources/fonts")."""
    text = SPEC.read_text(encoding="utf-8")
    block = text[text.index("RESOURCE_DATAS = ["):]
    block = block[:block.index("]")]
    bases = {"RESOURCES": ROOT / "resources", "ROOT": ROOT}
    found = [bases[base] / sub for base, sub in re.findall(r'\((RESOURCES|ROOT) / "([^"]+)"', block)]
    assert found, "no RESOURCE_DATAS entries found in the spec"
    return found


def test_spec_data_paths_exist_and_are_not_empty():
    for folder in spec_data_sources():
        assert folder.is_dir(), folder
        assert any(p.is_file() for p in folder.rglob("*")), f"{folder} is empty"


def test_spec_entry_script_and_icon_exist():
    text = SPEC.read_text(encoding="utf-8")
    assert '"main.py"' in text and (ROOT / "main.py").is_file()
    assert "collect_submodules(\"dealerdesk\")" in text  # pages and commands are imported by name
    assert (ROOT / "resources" / "icons" / "dealerdesk.ico").is_file()


def test_bundle_layout_matches_resources_dir():
    """The spec puts resources/ beside the package, which is where config.resources_dir() looks."""
    assert '"resources/help"' in SPEC.read_text(encoding="utf-8")
    assert config.resources_dir() == ROOT / "resources"


def test_icon_is_a_multi_size_ico_and_png():
    data = (ROOT / "resources" / "icons" / "dealerdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    png = (ROOT / "resources" / "icons" / "dealerdesk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.anchors: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("name", "id"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.anchors.add(values[key])
        for key in ("href", "src"):
            if values.get(key):
                self.links.append(values[key])


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("path", HELP_FILES, ids=lambda p: p.name)
def test_help_links_resolve(path: Path):
    assert path.is_file()
    page = _parse(path)
    for link in page.links:
        if re.match(r"^(https?|mailto):", link):
            continue
        target, _, fragment = link.partition("#")
        if target:
            linked = path.parent / target
            assert linked.is_file(), f"{path.name}: {link} does not exist"
            anchors = _parse(linked).anchors if linked.suffix == ".html" else set()
        else:
            anchors = page.anchors
        if fragment:
            assert fragment in anchors, f"{path.name}: no anchor for {link}"


@pytest.mark.parametrize("path", HELP_FILES, ids=lambda p: p.name)
def test_help_has_a_section_per_page_and_the_shortcuts(path: Path):
    """F1 opens the section named after the current page (ui/help.py), so each page needs one."""
    anchors = _parse(path).anchors
    missing = [name for name, *_ in PAGES if name not in anchors]
    assert not missing, f"{path.name} has no section for {missing}"
    assert {"shortcuts", "search", "data", "backup"} <= anchors
    text = path.read_text(encoding="utf-8")
    for key in ("F1", "F2", "Ctrl+F", "Ctrl+1", PAGES[-1][3]):  # the first and the last page's shortcut
        assert key in text


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_ts_files_are_valid_qt_ts(path: Path):
    root = ET.parse(path).getroot()
    assert root.tag == "TS" and root.get("sourcelanguage") == "zh_CN"
    assert root.get("language") == path.stem.split("_", 1)[1]
    contexts = root.findall("context")
    assert len(contexts) > 10
    for context in contexts:
        assert context.findtext("name")
        for message in context.findall("message"):
            assert message.findtext("source")
            assert message.find("translation") is not None
    names = {c.findtext("name") for c in contexts}
    assert {"nav", "MainWindow", "HelpDialog", "errors"} <= names


def test_en_translates_the_navigation():
    root = ET.parse(TS_FILES[1]).getroot()
    nav = next(c for c in root.findall("context") if c.findtext("name") == "nav")
    done = {m.findtext("source"): m.findtext("translation") for m in nav.findall("message")
            if m.find("translation").get("type") is None}
    assert done.get("客户") == "Customers"


def test_help_dialog_opens_the_page_section(qtbot):
    from PySide6.QtCore import QLocale

    from dealerdesk.ui.help import HelpDialog, help_file

    assert help_file(QLocale("en_US")).name == "index.en.html"
    assert help_file(QLocale("zh_CN")).name == "index.html"
    dialog = HelpDialog(None, QLocale("zh_CN"))
    qtbot.addWidget(dialog)
    assert "DealerDesk" in dialog.browser.toPlainText()
    dialog.show_topic("worklist")
    assert dialog.browser.source().fragment() == "worklist"
    dialog.find_edit.setText("F2")
    assert dialog.find_next()
