"""No Chinese on screen that a translator cannot reach: a string literal with CJK text passed straight to a
widget, action, dialog or message box under dealerdesk/ui (not through tr()/QCoreApplication.translate/
QT_TRANSLATE_NOOP, nor through ui/format.py's bracket/colon helpers) fails, named by file:line; so does
`parent.tr("…")`, looked up under a context no catalogue has."""
from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "dealerdesk" / "ui"
# ideographs and CJK/full-width punctuation (the ideographic space U+3000 is only a spacer)
CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")
SINKS = {
    # widget and action setters
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis", "setTitle",
    "setSubTitle", "addAction", "addTab", "insertTab", "setTabText", "setTabToolTip", "addItem", "insertItem",
    "addItems", "showMessage", "setLabelText", "setButtonText", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setSpecialValueText", "setSuffix", "setPrefix", "addMenu",
    "addRow", "setCancelButtonText", "setInformativeText", "setDetailedText", "setAccessibleName", "setHtml",
    # constructors
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QCommandLinkButton", "QMenu", "QMessageBox", "QProgressDialog",
    # static dialogs
    "warning", "information", "question", "critical", "about", "getText", "getItem", "getInt", "getDouble",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory",
}
TEXT_METHODS = {"format", "replace", "join", "arg", "strip"}  # "…{n}…".format(n) is still the literal shown


def leaks(node: ast.AST) -> list[ast.AST]:
    """The CJK literals in an argument that reach the screen as they are (a call's result is not followed:
    tr(), helpers and look-ups decide their own text)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if CJK.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = [v for v in node.values if isinstance(v, ast.Constant)]
        return [node] if any(CJK.search(str(v.value)) for v in parts) else []
    if isinstance(node, ast.BinOp):
        return leaks(node.left) + leaks(node.right)
    if isinstance(node, ast.IfExp):
        return leaks(node.body) + leaks(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in TEXT_METHODS:
        return leaks(node.func.value)
    return []


def unwrapped(path: Path, base: Path = UI.parent.parent) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and not (
                isinstance(func.value, ast.Name) and func.value.id in {"self", "cls"}) and not (
                isinstance(func.value, ast.Name) and func.value.id[:1].isupper()):
            # parent.tr("…") looks the text up under the parent's class at run time, which no catalogue
            # knows: a fixed context (QCoreApplication.translate) is needed
            found.append(f"{path.relative_to(base)}:{node.lineno}: {ast.unparse(node)[:60]} (tr of another object)")
            continue
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name not in SINKS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for leak in leaks(arg):
                found.append(f"{path.relative_to(base)}:{leak.lineno}: {name}({ast.unparse(leak)[:60]})")
    return found


def test_every_chinese_text_shown_by_the_ui_goes_through_tr():
    found = [line for path in sorted(UI.rglob("*.py")) for line in unwrapped(path)]
    assert not found, "\n".join(found)


def test_the_scan_sees_the_ways_a_string_escapes(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label = QLabel("客户")\n'
        'button.setText(f"保存 {n}")\n'
        'box.setWindowTitle(self.tr("标题") + "：")\n'
        'QMessageBox.warning(self, self.tr("出错"), "共{n}条".format(n=3))\n'
        'menu.addAction("导出" if x else self.tr("打印"))\n'
        'ok.setText(self.tr("保存"))\n'
        'fine.setText(QCoreApplication.translate("ctx", "确定"))\n'
        'spacer.setText("\\u3000")\n'
        'plain.setText("PDF")\n'
        'other.setText(parent.tr("个人信息"))\n', encoding="utf-8")
    lines = [int(line.split(":")[1]) for line in unwrapped(sample, tmp_path)]
    assert lines == [1, 2, 3, 4, 5, 10]

