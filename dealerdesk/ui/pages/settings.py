"""Settings (设置): a tab per group of domain/settings_spec, each a form of typed editors built from the spec.

Why built from the spec: every setting is declared once (default, type, range, label, help, permission), so
a new setting appears here with the right editor and nothing is typed as JSON. The follow-up tab leads with
the per-level cadence table, the report tab ends with the per-model order targets (a row per catalogue
model). Values are checked on screen with the spec's own rules, the message under the field, and saved
together through services.settings.save_settings (checked again, audited, all or nothing). Each setting is
editable only by the roles with its permission (managers the business ones, admins the system ones);
everybody else reads. Plus the Windows autostart option, which belongs to this PC, not to the store.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from dealerdesk import languages
from dealerdesk.domain import holidays, labels, levels, store_calendar
from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import DealerDeskError, InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.settings import get_settings, save_settings, target_models
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops, restart
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.models.columns.permissions import PERMISSION_SPEC, matrix_rows
from dealerdesk.ui.widgets.fields import FieldMessage
from dealerdesk.ui.widgets.messages import error_text
from dealerdesk.ui.widgets.tables import list_table
from dealerdesk.ui.widgets.setting_editors import (Editor, NumberTable, NumberTableModel, editor_for,
                                                   setting_label, tr)

RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
RUN_NAME = "DealerDesk"
LANGUAGE_KEY = "ui.language"
HELP_STYLE = "color: #666; font-size: small;"
_HOLIDAY_LABELS = {code: label for code, (_m, _d, label) in {**holidays.SOLAR_HOLIDAYS,
                                                             **holidays.LUNAR_HOLIDAYS}.items()}


def code_label(codeset: str, code: str) -> str:
    """The label of a code a setting chooses from, from the code set's own labels (translated)."""
    def translated(context: str, labels: dict[str, str]) -> str:
        return QCoreApplication.translate(context, labels[code]) if code in labels else code

    if codeset == "level":
        return f"{code} {QCoreApplication.translate('levels', levels.Level(code).label)}"
    if codeset == "holiday":
        return translated("holidays", _HOLIDAY_LABELS)
    registry = {"role": labels.ROLE, "satisfaction": labels.SATISFACTION, "repurchase": labels.REPURCHASE,
                "recommend": labels.RECOMMEND,
                "key_account_grade": labels.KEY_ACCOUNT_GRADE, "member_tier": labels.MEMBER_TIER}
    if codeset in registry:
        return ui_labels.text(registry[codeset], code)
    if codeset == "income":
        return QCoreApplication.translate("setting_labels", "未填") if code == "" else ui_labels.text(
            labels.INCOME_LEVEL, code)
    if codeset == "language":
        return dict(spec.LANGUAGES).get(code, code)
    return code


def autostart_command() -> str:
    """What the Run key starts: the bundle's exe, or this Python with `-m dealerdesk tray`."""
    if getattr(sys, "frozen", False):
        return f'"{Path(sys.executable)}" tray'
    return f'"{Path(sys.executable)}" -m dealerdesk tray'


def _help_line(text: str) -> QLabel:
    label = QLabel(tr(text))
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    return label


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.business = ctx.actor.can(spec.BUSINESS)
        self.system = ctx.actor.can(spec.SYSTEM)
        self.editors: dict[str, Editor] = {}
        self.messages: dict[str, FieldMessage] = {}  # key → the message under its editor (a table's is shared)
        self.table_of: dict[str, NumberTable] = {}  # key → the table holding it
        self.tab_of: dict[str, int] = {}  # key → its tab
        self.loaded: dict[str, object] = {}

        self.tabs = QTabWidget()
        for group in spec.groups():
            self.tabs.addTab(self._group_page(group), tr(group.label))
        self.tabs.addTab(self._permissions_page(), self.tr("角色权限"))

        self.save_button = QPushButton(self.tr("保存设置 (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("撤销修改"))
        self.revert_button.setToolTip(self.tr("放弃尚未保存的修改，恢复为已保存的设置"))
        self.revert_button.clicked.connect(self.revert)
        self.unsaved = QLabel(self.tr("有尚未保存的修改。"))
        self.unsaved.setStyleSheet("color: #b26a00;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.unsaved)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(bottom)

        for key, editor in self.editors.items():
            editor.set_editable(self._may_edit(key))
        for table in set(self.table_of.values()):
            table.set_editable(all(self._may_edit(k) for k in table.model.setting_keys()))
        if not self.business:
            self.status.setText(self.tr("只有经理可以修改业务设置，您可以查看。"))
        self.save_button.setEnabled(self.business or self.system)
        self.load()
        ctx.bus.settingsChanged.connect(self._changed_elsewhere)

    # --- building ---------------------------------------------------------------------------------
    def _permissions_page(self) -> QWidget:
        """Who may do what, read-only: the matrix the services check (domain/permissions.py)."""
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(_help_line(self.tr(
            "各角色能做的操作（✓ 可以，— 不可以），由程序规定，不能在此修改。销售顾问只能查看和修改自己负责的"
            "客户与线索（见“隐私”页的设置）；客户的负责销售只能由经理重新分配线索时更换；停用的用户不能做任何操作。")))
        self.permission_table, self.permission_model = list_table(PERMISSION_SPEC, page, rows=matrix_rows())
        self.permission_table.setObjectName("permissionMatrix")
        lay.addWidget(self.permission_table, 1)
        return page

    def _group_page(self, group: spec.Group) -> QWidget:
        inner = QWidget()
        lay = QVBoxLayout(inner)
        pairs = [s for s in group.settings if s.kind == spec.PAIR]
        if pairs:
            rows = [(code_label("level", s.key.rpartition(".")[2]), s) for s in pairs]
            model = NumberTableModel(rows, [self.tr("建议 x（天）"), self.tr("逾期 y（天）")], self)
            self.cadence = self._table(lay, model, self.tr("各级别跟进节奏"), pairs[0].help)
        if group.code == "calendar":
            self._calendar_notes(lay)
        form = QFormLayout()
        lay.addLayout(form)
        for setting in group.settings:
            if setting.kind != spec.PAIR:
                self._form_row(form, setting)
        if group.code == "reports":
            names = target_models(self.ctx.actor)
            rows = [(name, spec.find(spec.target_key(name))) for name in names]
            model = NumberTableModel(rows, [tr(spec.TARGET.label)], self)
            self.targets = self._table(lay, model, self.tr("各车型月订单目标"), spec.TARGET.help)
            if not names:
                lay.addWidget(_help_line(self.tr("车型目录中还没有在售车型。")))
        if group.code == "notify":
            self.autostart = QCheckBox(self.tr("开机时自动启动到托盘（本机，Windows）"))
            self.autostart.setEnabled(sys.platform == "win32")
            if sys.platform == "win32":
                self.autostart.setChecked(QSettings(RUN_KEY, QSettings.Format.NativeFormat).contains(RUN_NAME))
            else:
                self.autostart.setToolTip(self.tr("仅在 Windows 上可用"))
            self.autostart.toggled.connect(self.set_autostart)
            form.addRow(self.autostart)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _calendar_notes(self, lay: QVBoxLayout) -> None:
        """Which years the holiday data covers (a warning past them) and the closed days coming up."""
        template, params, warn = store_calendar.holiday_data_note(self.ctx.clock().date())
        self.holiday_note = _help_line(QCoreApplication.translate("calendar", template).format(**params))
        self.holiday_note.setObjectName("holidayDataNote")
        if warn:
            self.holiday_note.setStyleSheet("color: #b26a00;")
        self.closed_preview = _help_line("")
        self.closed_preview.setObjectName("closedDaysPreview")
        lay.addWidget(self.holiday_note)
        lay.addWidget(self.closed_preview)

    def _show_closed_preview(self, settings: dict[str, object]) -> None:
        if not hasattr(self, "closed_preview"):
            return
        try:
            cal = store_calendar.StoreCalendar.from_settings(settings)
        except (InvalidInput, ValueError):
            return
        today = self.ctx.clock().date()
        runs = store_calendar.closed_runs(cal, today, 90)
        parts = []
        for first, last, holiday, reason in runs[:12]:
            shown = ui_labels.day_reason(holiday, reason)
            days = first.strftime("%m-%d") if first == last else f"{first:%m-%d}–{last:%m-%d}"
            parts.append(f"{days} {shown}")
        text = "、".join(parts) if parts else self.tr("无")
        self.closed_preview.setText(self.tr("未来 90 天的休息日（按已保存的设置）：{days}").format(days=text))

    def _form_row(self, form: QFormLayout, setting: spec.Setting) -> None:
        editor = editor_for(setting, code_label)
        editor.changed.connect(self._update_dirty)
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(_help_line(setting.help))
        if setting.key == LANGUAGE_KEY:  # read at start only (app.install_translators): say so beside it
            column.addWidget(_help_line(QT_TRANSLATE_NOOP("setting_labels", "更改界面语言后需要重新启动程序才能生效；保存后可以立即重新启动。")))
        message = FieldMessage()
        column.addWidget(message)
        label = QLabel(setting_label(setting))
        label.setToolTip(tr(setting.help))
        label.setBuddy(editor)
        form.addRow(label, field)
        self.editors[setting.key] = editor
        self.messages[setting.key] = message
        self.tab_of[setting.key] = self.tabs.count()

    def _table(self, lay: QVBoxLayout, model: NumberTableModel, title: str, help: str) -> NumberTable:
        table = NumberTable(model)
        table.changed.connect(self._update_dirty)
        message = FieldMessage()
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold;")
        lay.addWidget(heading)
        lay.addWidget(_help_line(help))
        lay.addWidget(table)
        lay.addWidget(message)
        for key in model.setting_keys():
            self.table_of[key] = table
            self.messages[key] = message
            self.tab_of[key] = self.tabs.count()
        return table

    # --- values -----------------------------------------------------------------------------------
    def _may_edit(self, key: str) -> bool:
        setting = spec.find(key)
        return setting is not None and self.ctx.actor.can(setting.permission)

    def keys(self) -> list[str]:
        return [*self.editors, *self.table_of]

    def collect(self) -> dict[str, object]:
        """The values on screen, in the stored form (not yet checked)."""
        out = {key: editor.value() for key, editor in self.editors.items()}
        out.update({key: table.model.value(key) for key, table in self.table_of.items()})
        return out

    def load(self) -> None:
        """Show the saved settings (what is in effect: stored overrides or defaults)."""
        values = get_settings()
        for key, editor in self.editors.items():
            editor.set_value(spec.find(key).value_of(values))
        for key, table in self.table_of.items():
            table.model.set_value(key, spec.find(key).value_of(values))
        self.clear_messages()
        self.loaded = self.collect()
        self._update_dirty()
        self._show_closed_preview(values)

    def edits(self) -> dict[str, object]:
        """What the person changed on screen (and may change)."""
        return {k: v for k, v in self.collect().items() if v != self.loaded.get(k) and self._may_edit(k)}

    def is_dirty(self) -> bool:
        return bool(self.edits())

    def _update_dirty(self) -> None:
        dirty = bool(self.loaded) and self.is_dirty()
        self.unsaved.setVisible(dirty)
        self.revert_button.setEnabled(dirty)

    def clear_messages(self) -> None:
        for message in self.messages.values():
            message.clear_message()

    def show_error(self, key: str | None, text: str) -> None:
        """The message under the setting's editor (its tab shown, the editor focused), else in the status."""
        if key in self.messages:
            self.messages[key].show_error(text)
            self.tabs.setCurrentIndex(self.tab_of[key])
            if key in self.editors:
                self.editors[key].focus()
            else:
                self.table_of[key].focus(key)
        else:
            self.status.setText(text)

    # --- actions ----------------------------------------------------------------------------------
    def save(self) -> int:
        """Save what changed; returns how many settings were written (-1 when something was refused)."""
        self.clear_messages()
        edits = self.edits()
        errors: dict[str, str] = {}
        for key, value in edits.items():
            try:
                spec.validate_key(key, value)
            except InvalidInput as exc:
                errors[key] = error_text(exc)
        if errors:
            for key, text in reversed(errors.items()):  # a table's one message shows its first error
                self.messages[key].show_error(text)
            first = next(iter(errors))
            self.show_error(first, errors[first])
            self.status.setText(self.tr("有 {n} 项设置的值不对，请按提示修改后再保存。").format(n=len(errors)))
            return -1
        changed = ops.run(self, self.ctx, save_settings, edits, errors=self._refused)
        if changed is ops.FAILED:
            return -1
        self.load()
        self.status.setText(self.tr("已保存 {n} 项设置；新的跟进按新设置安排。").format(n=len(changed)))
        if LANGUAGE_KEY in edits:
            self.language_changed(str(edits[LANGUAGE_KEY]))
        return len(changed)

    def language_changed(self, code: str) -> None:
        """The new language is remembered on this PC and takes effect at the next start: offer it now."""
        languages.save_language(code)
        name = code_label("language", code)
        answer = QMessageBox.question(
            self, self.tr("界面语言"),
            self.tr("界面语言已改为 {name}，重新启动程序后生效。现在重新启动吗？").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            restart.request_restart()

    def _refused(self, exc: DealerDeskError) -> None:
        """A value the service refused goes under its editor; any other refusal into the status line."""
        if isinstance(exc, InvalidInput):
            self.show_error(exc.field, error_text(exc))
        else:
            self.status.setText(error_text(exc))

    def revert(self) -> None:
        self.load()
        self.status.setText(self.tr("已恢复为保存的设置。"))

    def _changed_elsewhere(self) -> None:
        """Settings saved elsewhere: show them, unless this page holds unsaved edits (kept, still flagged)."""
        if not self.is_dirty():
            self.load()

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

