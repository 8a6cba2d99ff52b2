"""Settings (设置): follow-up cadences per level, the N rule's hours, defeat approval, notices, and a plain
editable list of every other business setting; plus the Windows autostart option.

Why cadences get their own editors: they are what managers change most (brands prescribe them) and a typo
there silently moves every consultant's worklist, so they are spin boxes with the "x ≤ y" rule checked here
and again by the domain when used. Everything is saved through services.settings.set_setting (audited);
managers edit business settings, admins system ones, everybody else reads.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import levels
from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.settings import SYSTEM_PREFIXES, get_settings, set_setting
from dealerdesk.settings_labels import setting_label
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import level_text
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.messages import error_text

RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
RUN_NAME = "DealerDesk"
_N = QT_TRANSLATE_NOOP
N_RULE = (("n_rule.noon", _N("settings", "上午/下午分界")),
          ("n_rule.same_day_due", _N("settings", "上午来的：当天下午几点跟进")),
          ("n_rule.same_day_overdue", _N("settings", "上午来的：几点算逾期")),
          ("n_rule.next_day_due", _N("settings", "下午来的：次日几点跟进")),
          ("n_rule.next_day_overdue", _N("settings", "下午来的：次日几点算逾期")),
          ("workday.start", _N("settings", "上班时间（建议跟进的钟点）")))
NOTIFY = (("notify.quiet_start", _N("settings", "免打扰开始")), ("notify.quiet_end", _N("settings", "免打扰结束")))
OWN_KEYS = {f"cadence.{lv.value}" for lv in levels.CADENCE_LEVELS} | {k for k, _ in N_RULE + NOTIFY} | {
    "post_delivery.call_hours", "defeat.needs_approval", "ui.close_to_tray"}


def autostart_command() -> str:
    """What the Run key starts: the bundle's exe, or this Python with `-m dealerdesk tray`."""
    if getattr(sys, "frozen", False):
        return f'"{Path(sys.executable)}" tray'
    return f'"{Path(sys.executable)}" -m dealerdesk tray'


def _qtime(text: object) -> QTime:
    value = QTime.fromString(str(text), "HH:mm")
    return value if value.isValid() else QTime(9, 0)


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.values = get_settings()
        self.business = ctx.actor.can("settings.business")
        self.system = ctx.actor.can("settings.system")

        cad = QGroupBox(self.tr("跟进节奏（天）：上次联系后第 x 天建议跟进，超过第 y 天算逾期"))
        grid = QGridLayout(cad)
        grid.addWidget(QLabel(self.tr("级别")), 0, 0)
        grid.addWidget(QLabel(self.tr("建议 x")), 0, 1)
        grid.addWidget(QLabel(self.tr("逾期 y")), 0, 2)
        self.cadence: dict[str, tuple[QSpinBox, QSpinBox]] = {}
        for row, lv in enumerate(levels.CADENCE_LEVELS, 1):
            low, high = levels.setting_pair(self.values, levels.DEFAULTS, f"cadence.{lv.value}")
            spins = (QSpinBox(), QSpinBox())
            for spin, value in zip(spins, (low, high), strict=True):
                spin.setRange(0, 365)
                spin.setValue(value)
                spin.setSuffix(self.tr(" 天"))
            grid.addWidget(QLabel(level_text(lv.value)), row, 0)
            grid.addWidget(spins[0], row, 1)
            grid.addWidget(spins[1], row, 2)
            self.cadence[lv.value] = spins
        self.cadence_msg = FieldMessage()
        grid.addWidget(self.cadence_msg, len(levels.CADENCE_LEVELS) + 1, 0, 1, 3)

        nbox = QGroupBox(self.tr("N 级新线索的24小时规则与交车回访"))
        nform = QFormLayout(nbox)
        self.times: dict[str, QTimeEdit] = {}
        for key, label in N_RULE + NOTIFY:
            edit = QTimeEdit(_qtime(self.values.get(key, levels.DEFAULTS.get(key, "09:00"))))
            edit.setDisplayFormat("HH:mm")
            self.times[key] = edit
            if key.startswith("n_rule") or key == "workday.start":
                nform.addRow(QCoreApplication.translate("settings", label), edit)
        self.call_hours = QSpinBox()
        self.call_hours.setRange(1, 240)
        self.call_hours.setSuffix(self.tr(" 小时内"))
        self.call_hours.setValue(levels.setting_int(self.values, levels.DEFAULTS, "post_delivery.call_hours", 1))
        nform.addRow(self.tr("交车回访"), self.call_hours)

        other = QGroupBox(self.tr("审批与提醒"))
        oform = QFormLayout(other)
        self.needs_approval = QCheckBox(self.tr("顾问申请战败需经理审批"))
        self.needs_approval.setChecked(bool(self.values.get("defeat.needs_approval", True)))
        oform.addRow(self.needs_approval)
        for key, label in NOTIFY:
            oform.addRow(QCoreApplication.translate("settings", label), self.times[key])
        self.close_to_tray = QCheckBox(self.tr("关闭主窗口时保留在系统托盘"))
        self.close_to_tray.setChecked(bool(self.values.get("ui.close_to_tray", True)))
        self.close_to_tray.setEnabled(self.system)
        oform.addRow(self.close_to_tray)
        self.autostart = QCheckBox(self.tr("开机时自动启动到托盘（本机，Windows）"))
        self.autostart.setEnabled(sys.platform == "win32")
        if sys.platform == "win32":
            self.autostart.setChecked(QSettings(RUN_KEY, QSettings.Format.NativeFormat).contains(RUN_NAME))
        else:
            self.autostart.setToolTip(self.tr("仅在 Windows 上可用"))
        self.autostart.toggled.connect(self.set_autostart)
        oform.addRow(self.autostart)

        gbox = QGroupBox(self.tr("其他业务设置（值为 JSON：数字、\"文字\"、true/false、[列表]）"))
        glay = QVBoxLayout(gbox)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("设置项"), self.tr("值")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        keys = sorted(k for k in self.values if k not in OWN_KEYS)
        self.table.setRowCount(len(keys))
        for r, key in enumerate(keys):
            name = QTableWidgetItem(QCoreApplication.translate("setting_labels", setting_label(key)))
            name.setData(Qt.ItemDataRole.UserRole, key)
            name.setToolTip(key)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            value = QTableWidgetItem(json.dumps(self.values[key], ensure_ascii=False))
            if not self._may_edit(key):
                value.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, value)
        self.table.setMinimumHeight(220)
        glay.addWidget(self.table)
        self.table_msg = FieldMessage()
        glay.addWidget(self.table_msg)

        self.save_button = QPushButton(self.tr("保存设置 (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        if not self.business:
            self.status.setText(self.tr("只有经理可以修改业务设置，您可以查看。"))
            self.save_button.setEnabled(False)
            for w in [*(s for pair in self.cadence.values() for s in pair), *self.times.values(),
                      self.call_hours, self.needs_approval]:
                w.setEnabled(False)

        inner = QWidget()
        lay = QVBoxLayout(inner)
        row = QHBoxLayout()
        row.addWidget(cad)
        row.addWidget(nbox)
        lay.addLayout(row)
        lay.addWidget(other)
        lay.addWidget(gbox, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)

    def _may_edit(self, key: str) -> bool:
        return self.system if key.startswith(SYSTEM_PREFIXES) else self.business

    def collect(self) -> dict[str, object] | None:
        """The values on screen; None (with the message shown next to the group) when one is invalid."""
        self.cadence_msg.clear_message()
        self.table_msg.clear_message()
        out: dict[str, object] = {}
        for lv, (low, high) in self.cadence.items():
            if low.value() > high.value():
                self.cadence_msg.show_error(self.tr("{level}：建议天数不能大于逾期天数").format(level=level_text(lv)))
                return None
            out[f"cadence.{lv}"] = [low.value(), high.value()]
        for key, edit in self.times.items():
            out[key] = edit.time().toString("HH:mm")
        out["post_delivery.call_hours"] = self.call_hours.value()
        out["defeat.needs_approval"] = self.needs_approval.isChecked()
        out["ui.close_to_tray"] = self.close_to_tray.isChecked()
        for r in range(self.table.rowCount()):
            key, text = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole), self.table.item(r, 1).text()
            try:
                out[key] = json.loads(text)
            except ValueError:
                self.table_msg.show_error(self.tr("{key} 的值不是有效的 JSON：{text}").format(key=key, text=text))
                self.table.setCurrentCell(r, 1)
                return None
        return out

    def save(self) -> int:
        """Save what changed; returns how many settings were written (-1 when something was refused)."""
        values = self.collect()
        if values is None:
            return -1
        current = get_settings()
        changed = {k: v for k, v in values.items() if current.get(k) != v and self._may_edit(k)}
        try:
            for key, value in changed.items():
                set_setting(self.ctx.actor, key, value)
        except DealerDeskError as exc:
            self.table_msg.show_error(error_text(exc))
            return -1
        self.values = get_settings()
        self.status.setText(self.tr("已保存 {n} 项设置；新的跟进按新设置安排。").format(n=len(changed)))
        if changed:
            self.ctx.bus.settingsChanged.emit()
        return len(changed)

    def set_autostart(self, on: bool) -> None:
        """HKCU Run key through QSettings (Windows only): starts `dealerdesk tray` at log-on."""
        if sys.platform != "win32":
            return
        run = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
        if on:
            run.setValue(RUN_NAME, autostart_command())
        else:
            run.remove(RUN_NAME)
        run.sync()
