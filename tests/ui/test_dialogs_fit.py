"""Every dialog and page (tests/ui/dialog_catalogue.py) shown at 100 %, 125 % and 150 % text size, grabbed,
and checked for text that does not fit its widget (tests/ui/fit.py): labels, buttons, check boxes, group box
titles, tabs and table headers at their default sizes.

How the scale is applied: the application font's point size times the factor, in this process, before the
widget is made. Why not QT_SCALE_FACTOR in a subprocess per factor: Qt 6 scales device-independent pixels,
so fonts and fixed pixel sizes grow together and a layout that clips at 1.0 clips the same way at 1.5 while
one that fits keeps fitting; the layout only breaks where text grows and pixel sizes do not, which is what
a bigger font (Windows "make text bigger", a 120-DPI display with per-monitor fonts, the English strings
being longer) does. Font scaling is therefore the stricter test, and it runs in one process in seconds.
Each grab is written to $DEALERDESK_FIT_SHOTS (when set) so a reviewer can look at the pictures.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

from dealerdesk import config
from dealerdesk.app import pick_cjk_font
from dealerdesk.ui import fit
from tests.ui.dialog_catalogue import catalogue
from tests.ui.fit import clipped

FACTORS = (1.0, 1.25, 1.5)
PAGE_SIZE = (1130, 700)  # the page area of the main window at its default 1280×800


@pytest.fixture()
def scaled_font(qapp):
    """The application font as the program sets it (app.setup_application: the bundled WenQuanYi Micro Hei
    first, 9.5 pt at least) times the factor; measuring with a fallback font would miss CJK widths."""
    base = QFont(qapp.font())
    for font_file in sorted((config.resources_dir() / "fonts").glob("*.[ot]t[fc]")):
        QFontDatabase.addApplicationFont(str(font_file))
    program = QFont(base)
    program.setFamilies(pick_cjk_font(QFontDatabase.families(), sys.platform == "win32") + [base.family()])
    program.setPointSizeF(max(base.pointSizeF(), 9.5))

    def apply(factor: float) -> None:
        font = QFont(program)
        font.setPointSizeF(program.pointSizeF() * factor)
        qapp.setFont(font)

    fitter = fit.install(qapp)  # what app.setup_application installs: fields as wide as their hints
    yield apply
    qapp.removeEventFilter(fitter)
    qapp.setFont(base)


@pytest.mark.parametrize("factor", FACTORS, ids=lambda f: f"{int(f * 100)}pct")
def test_every_dialog_and_page_fits_its_text(qtbot, ctx, scaled_font, factor):
    scaled_font(factor)
    shots = os.environ.get("DEALERDESK_FIT_SHOTS")
    problems = []
    entries = catalogue(ctx)
    assert len(entries) > 40
    for entry in entries:
        widget = entry.make()
        qtbot.addWidget(widget)
        if not isinstance(widget, QDialog) and entry.name.startswith("page:"):
            widget.resize(*PAGE_SIZE)
        widget.show()
        QApplication.processEvents()
        image = widget.grab()
        assert not image.isNull(), entry.name
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            image.save(str(Path(shots) / f"{entry.name.replace(':', '_')}_{int(factor * 100)}.png"))
        problems += [f"{entry.name}: {p}" for p in clipped(widget)]
        for tabs in widget.findChildren(QTabWidget):  # the other tabs too, each as the user opens it
            if not tabs.isVisibleTo(widget):
                continue
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                problems += [f"{entry.name} [{tabs.tabText(i)}]: {p}" for p in clipped(tabs.widget(i))]
            tabs.setCurrentIndex(0)
        widget.hide()
    assert not problems, "\n".join(problems)


def test_the_checker_finds_a_clipped_label_and_button(qtbot, scaled_font):
    scaled_font(1.0)
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("这一天没有可约的时段，请换一天", box)
    label.setFixedWidth(60)
    button = QPushButton("保存并打印结算单", box)
    button.setFixedWidth(40)
    layout = QVBoxLayout(box)
    layout.addWidget(label)
    layout.addWidget(button)
    box.show()
    found = clipped(box)
    assert any("QLabel" in f for f in found) and any("QPushButton" in f for f in found)
    label.setWordWrap(True)
    label.setMinimumHeight(label.heightForWidth(60))
    button.setMinimumWidth(button.sizeHint().width())
    button.setMaximumWidth(16777215)
    box.adjustSize()
    assert not clipped(box)


def test_the_checker_finds_controls_drawn_over_each_other_and_accepts_a_hint_in_the_tooltip(qtbot, scaled_font):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

    scaled_font(1.0)
    box = QWidget()
    qtbot.addWidget(box)
    edit = QLineEdit(box)
    edit.setPlaceholderText("筛选：姓名、拼音、电话尾号、车牌、车架号")
    edit.setGeometry(0, 0, 200, 24)
    check = QCheckBox("有逾期跟进", box)
    check.setGeometry(150, 0, 120, 24)
    box.resize(300, 30)
    box.setProperty("_dealerdesk_hints_fitted", True)  # laid out by hand here, not by ui/fit.py
    box.show()
    found = clipped(box)
    assert any("overlap" in f for f in found) and any("placeholder" in f for f in found)
    check.move(210, 0)
    edit.setToolTip(edit.placeholderText())  # what ui/fit.py does for a page's field
    assert not clipped(box)
