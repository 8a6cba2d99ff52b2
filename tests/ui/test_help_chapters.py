"""The in-app help: one chapter per role plus a common chapter, in Chinese and English, with screenshots, and
F1 on each page opening that page's section (ui/pages.PAGE_HELP)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage

from dealerdesk import config
from dealerdesk.domain.labels import ROLE
from dealerdesk.ui.help import HelpDialog
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.pages import HELP_CHAPTERS, PAGE_HELP, PAGES, may_open

HELP = config.resources_dir() / "help"
FILES = [HELP / "index.html", HELP / "index.en.html"]


def _anchors_in_order(path: Path) -> list[str]:
    return re.findall(r'<a name="([^"]+)"></a>', path.read_text(encoding="utf-8"))


def test_every_page_declares_its_help_anchor_once():
    assert set(PAGE_HELP) == {name for name, *_ in PAGES}
    covered = [page for _anchor, _role, pages in HELP_CHAPTERS for page in pages]
    assert sorted(covered) == sorted(PAGE_HELP)  # each page in exactly one role chapter


def test_one_chapter_per_role():
    assert {role for _anchor, role, _pages in HELP_CHAPTERS} == set(ROLE)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_page_section_sits_in_its_roles_chapter_with_a_screenshot(path: Path):
    order = _anchors_in_order(path)
    chapters = [anchor for anchor, *_ in HELP_CHAPTERS] + ["common"]
    assert [a for a in order if a in chapters] == chapters
    text = path.read_text(encoding="utf-8")
    for anchor, _role, pages in HELP_CHAPTERS:
        start = order.index(anchor)
        following = chapters[chapters.index(anchor) + 1]
        inside = order[start:order.index(following)]
        for page in pages:
            assert PAGE_HELP[page] in inside, f"{path.name}: {page} is not in chapter {anchor}"
            folder = "img/en/" if path.name == "index.en.html" else "img/"  # each language's own pictures
            assert f'src="{folder}{page}.png"' in text
            assert (path.parent / folder / f"{page}.png").is_file()


def test_the_english_help_has_the_same_chapters_and_sections():
    zh, en = (_anchors_in_order(p) for p in FILES)
    assert zh == en


def test_screenshots_are_small_pngs_about_1000_px_wide():
    for name in PAGE_HELP:
        image = QImage(str(HELP / "img" / f"{name}.png"))
        assert not image.isNull(), name
        assert 900 <= image.width() <= 1200, (name, image.width())
        assert (HELP / "img" / f"{name}.png").stat().st_size < 80_000, name


@pytest.fixture()
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_f1_on_each_page_opens_its_section(qtbot, window):
    for name, *_ in PAGES:
        if not may_open(window.ctx.actor, name):
            continue
        window.show_page(name)
        qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
        dialog = window.findChild(HelpDialog, "helpDialog")
        assert dialog is not None and dialog.isVisible()
        assert dialog.browser.source().fragment() == PAGE_HELP[name], name
        dialog.close()


def test_english_help_opens_with_pictures(qtbot):
    dialog = HelpDialog(None, QLocale("en_US"))
    qtbot.addWidget(dialog)
    assert dialog.path.name == "index.en.html"
    dialog.show_topic("role-manager")
    assert "Chapter 4" in dialog.browser.toPlainText()
    assert 'img/en/reports.png' in dialog.browser.toHtml()  # the English pictures
