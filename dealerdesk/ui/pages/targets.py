"""目标与绩效: the month's targets per consultant (typed in a grid with totals and the check against the store's
target), the year plan and the X+Y rolling plan, the weekly progress and the scorecards with their trend.

The manager edits; a consultant sees their own targets, progress and scorecard (services/targets).
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.reports import targets as printouts
from dealerdesk.services import targets as tg
from dealerdesk.services.store_profile import get_profile
from dealerdesk.services.targets.confirmation import target_confirmation
from dealerdesk.services.targets.month import LESS, MISMATCH, MORE
from dealerdesk.services.targets.scorecards import history, pick
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.models.columns import RIGHT, Column
from dealerdesk.ui.models.columns.aftersales import list_spec
from dealerdesk.ui.models.grid import GridModel
from dealerdesk.ui.widgets.grid_view import GridView
from dealerdesk.ui.widgets.messages import error_text
from dealerdesk.ui.widgets.tables import list_table

C = "targets"
MEASURES = (("orders", QT_TRANSLATE_NOOP(C, "订单")), ("leads", QT_TRANSLATE_NOOP(C, "集客")),
            ("visits", QT_TRANSLATE_NOOP(C, "到店")), ("test_drives", QT_TRANSLATE_NOOP(C, "试驾")),
            ("ha_held", QT_TRANSLATE_NOOP(C, "H/A 保有")))


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _month_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, 1), parent)
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(True)
    return edit


def _month(edit: QDateEdit) -> str:
    d = edit.date()
    return f"{d.year():04d}-{d.month():02d}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _need(value: int | None) -> str:
    return "—" if value is None else str(value)


def _print(parent: QWidget, name: str, write: Callable[[Path], object], accept=None) -> int:
    """打印: `write` the printout to a temporary folder, then the system print dialog (or `accept`) and its
    pages; the pages printed."""
    from dealerdesk.ui import printing

    with tempfile.TemporaryDirectory(prefix="dealerdesk-print-") as tmp:
        pdf = Path(tmp) / name
        write(pdf)
        return printing.print_pdf(pdf, parent, accept=accept)


def _save(parent: QWidget, title: str, name: str, write: Callable[[Path], object]) -> Path | None:
    """另存为 PDF: `write` the printout where the person says (the save dialog starts in Documents)."""
    from dealerdesk.ui import printing

    path = printing.ask_pdf_path(parent, title, name)
    if path is not None:
        write(path)
        QMessageBox.information(parent, tr("已保存"), tr("已写入 {path}").format(path=path))
    return path


def _toolbar(parent: QWidget, fields, left, right) -> QHBoxLayout:
    """A tab's top row: labelled fields (each label the buddy of its field) and their buttons on the left, the
    printing and saving buttons on the right."""
    row = QHBoxLayout()
    for text, widget in fields:
        label = QLabel(text, parent)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row

class MonthTab(QWidget):
    """The month's targets: consultants × models for one measure at a time, totals and the store check."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = _month_edit(self, ctx.clock().date())
        self.measure = QComboBox(self)
        for code, label in MEASURES:
            self.measure.addItem(tr(label), code)
        self.load_button = QPushButton(tr("载入(&L)"), self)
        self.save_button = QPushButton(tr("保存目标(&S)"), self)
        self.print_button = QPushButton(tr("打印个人目标确认书…"), self)
        self.save_pdf_button = QPushButton(tr("另存为 PDF…"), self)
        self.grid = GridModel(self)
        self.view = GridView(self)
        self.view.setModel(self.grid)
        self.view.setObjectName("target_grid")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.hint = QLabel(tr("选一格直接输入数字，Tab 或回车到下一格；各顾问同一车型的订单目标之和须等于门店目标。"), self)
        self.hint.setWordWrap(True)
        top = _toolbar(self, ((tr("月份(&M)："), self.month), (tr("指标(&I)："), self.measure)), [self.load_button],
                       [self.print_button, self.save_pdf_button, self.save_button])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.data: dict[str, dict[tuple[str, str], int]] = {}
        self.targets: tg.month.MonthTargets | None = None
        self.current = "orders"
        self.can_write = gate(self.save_button, ctx.actor, "target.write")
        if not self.can_write:
            self.hint.setText(tr("经理为您分解的本月目标；可打印个人目标确认书。"))
        self.load_button.clicked.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda _c=False: self.print_confirmation())
        self.save_pdf_button.clicked.connect(lambda _c=False: self.save_confirmation())
        self.measure.currentIndexChanged.connect(self._show_measure)
        self.grid.problem = self._problem
        self.grid.dataChanged.connect(self._update_message)

    def load(self) -> None:
        result = ops.run(self, self.ctx, tg.month_targets, _month(self.month))
        if result is ops.FAILED:
            return
        self.targets = result
        self.data = {code: {} for code, _l in MEASURES}
        for line in result.lines:
            for code, _l in MEASURES:
                self.data[code][(line.login, line.model)] = line.value(code)
        self.current = self.measure.currentData()
        self._fill()

    def _people(self) -> list[tuple[str, str]]:
        assert self.targets is not None
        people = list(self.targets.consultants)
        known = {login for login, _n in people}
        people += sorted({(line.login, line.name) for line in self.targets.lines if line.login not in known})
        return people

    def _fill(self) -> None:
        assert self.targets is not None
        models = [(m.model, m.model) for m in self.targets.models]
        t = self.targets
        if self.current == "orders":
            checks = [(tr("门店目标"), lambda col: t.store_target(col)),
                      (tr("差额"), lambda col: self.grid.column_total(col) - t.store_target(col))]
        elif self.current == "leads":
            checks = [(tr("推算集客目标"), lambda col: next((m.leads for m in t.models if m.model == col), None))]
        else:
            checks = []
        if not self.can_write:  # a consultant sees their own row only: the store's check is the manager's
            checks = []
        self.grid.load(self._people(), models, self.data.get(self.current, {}), editable=self.can_write,
                       checks=checks)
        self.view.resizeColumnsToContents()
        self._update_message()

    def _show_measure(self) -> None:
        if self.targets is None:
            return
        self.data[self.current] = dict(self.grid.values)
        self.current = self.measure.currentData()
        self._fill()

    def _problem(self, model: str, total: int) -> str:
        if self.current != "orders" or self.targets is None or not self.can_write:
            return ""
        store = self.targets.store_target(model)
        if total == store or (total == 0 and not any(v for (_p, m), v in self._all_values() if m == model)):
            return ""
        diff = total - store
        return QCoreApplication.translate("errors", MISMATCH).format(
            model=model, total=total, store=store, diff=abs(diff),
            side=QCoreApplication.translate("errors", MORE if diff > 0 else LESS))

    def _all_values(self):
        merged = {code: dict(values) for code, values in self.data.items()}
        merged[self.current] = dict(self.grid.values)
        for values in merged.values():
            yield from values.items()

    def _update_message(self, *_args) -> None:
        self.message.setText("\n".join(self.grid.problems()))

    def lines(self) -> list[tg.TargetLine]:
        self.data[self.current] = dict(self.grid.values)
        keys = {k for values in self.data.values() for k, v in values.items() if v}
        names = dict(self._people())
        return [tg.TargetLine(login, model, name=names.get(login, login),
                              **{code: self.data[code].get((login, model), 0) for code, _l in MEASURES})
                for login, model in sorted(keys)]

    def save(self) -> bool:
        if self.targets is None:
            return False
        self.view.setFocus()  # an open editor commits first
        result = ops.run(self, self.ctx, tg.set_month_targets, self.targets.month, self.lines(),
                         models=[m.model for m in self.targets.models], now=self.ctx.clock(),
                         errors=lambda exc: self.message.setText(error_text(exc)))
        if result is ops.FAILED:
            return False
        self.targets = result
        self.message.setText(tr("已保存 {month} 的目标").format(month=result.month))
        return True

    def _confirmation(self):
        """The chosen consultant's (the current row's, else one's own) target confirmation; None if none."""
        if self.targets is None:
            return None
        row = self.view.currentIndex().row()
        people = self._people()
        login = people[row][0] if 0 <= row < len(people) else self.ctx.actor.login
        data = ops.run(self, self.ctx, target_confirmation, self.targets.month, login, now=self.ctx.clock())
        return None if data is ops.FAILED else data

    @staticmethod
    def _confirmation_name(data) -> str:
        return tr("个人目标确认书-{name}-{month}.pdf").format(name=data.name, month=data.month)

    def print_confirmation(self, accept=None) -> int:
        """打印个人目标确认书: the print dialog (or `accept`), then the pages; the pages printed."""
        data = self._confirmation()
        if data is None:
            return 0
        return _print(self, self._confirmation_name(data),
                      lambda pdf: printouts.write_target_confirmation(str(pdf), data), accept)

    def save_confirmation(self) -> Path | None:
        data = self._confirmation()
        if data is None:
            return None
        return _save(self, tr("保存个人目标确认书"), self._confirmation_name(data),
                     lambda pdf: printouts.write_target_confirmation(str(pdf), data))


class PlansTab(QWidget):
    """The year plan (months × models, typed) and the rolling plan's versions (read-only, newest first)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.clock().year)
        self.load_button = QPushButton(tr("载入年度计划"), self)
        self.save_button = QPushButton(tr("保存年度计划"), self)
        self.year_grid = GridModel(self)
        self.year_view = GridView(self)
        self.year_view.setModel(self.year_grid)
        self.versions = QComboBox(self)
        self.roll_button = QPushButton(tr("按本月滚动新版本…"), self)
        self.roll_grid = GridModel(self)
        self.roll_view = GridView(self)
        self.roll_view.setModel(self.roll_grid)
        self.can_write = gate(self.save_button, ctx.actor, "target.write")
        gate(self.roll_button, ctx.actor, "target.write")
        top = _toolbar(self, ((tr("年份(&Y)："), self.year),), [self.load_button], [self.save_button])
        roll = QHBoxLayout()
        label = QLabel(tr("滚动计划版本(&V)："), self)
        label.setBuddy(self.versions)
        roll.addWidget(label)
        roll.addWidget(self.versions, 1)
        roll.addWidget(self.roll_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.year_view, 3)
        layout.addLayout(roll)
        layout.addWidget(self.roll_view, 2)
        self.plans: list = []
        self.load_button.clicked.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.roll_button.clicked.connect(self.roll)
        self.versions.currentIndexChanged.connect(self._show_version)

    def load(self) -> None:
        year = self.year.value()
        cells = ops.run(self, self.ctx, tg.year_plan, year)
        month = ops.run(self, self.ctx, tg.month_targets, f"{year:04d}-01")
        if cells is ops.FAILED or month is ops.FAILED:
            return
        models = [(m.model, m.model) for m in month.models]
        months = [(f"{year:04d}-{m:02d}", tr("{m} 月").format(m=m)) for m in range(1, 13)]
        self.year_grid.load(months, models, {(c.month, c.model): c.orders for c in cells}, editable=self.can_write)
        self.year_view.resizeColumnsToContents()
        self._load_versions()

    def _load_versions(self) -> None:
        plans = ops.run(self, self.ctx, tg.plan_versions)
        if plans is ops.FAILED:
            return
        self.plans = plans
        self.versions.blockSignals(True)
        self.versions.clear()
        for p in plans:
            self.versions.addItem(tr("第 {id} 版：{month} 起 {x}+{y}，{who} {at}").format(
                id=p.id, month=p.base_month, x=p.firm_months, y=p.forecast_months, who=p.created_by,
                at=p.created_at.strftime("%Y-%m-%d %H:%M")), p.id)
        self.versions.blockSignals(False)
        self._show_version()

    def _show_version(self) -> None:
        i = self.versions.currentIndex()
        if not 0 <= i < len(self.plans):
            self.roll_grid.load([], [], {}, editable=False)
            return
        p = self.plans[i]
        firm = {c.month for c in p.cells if c.firm}
        months = [(m, m + (tr("（确定）") if m in firm else tr("（预测）"))) for m in p.months()]
        models = sorted({c.model for c in p.cells})
        self.roll_grid.load(months, [(m, m) for m in models], {(c.month, c.model): c.orders for c in p.cells},
                            editable=False)
        self.roll_view.resizeColumnsToContents()

    def save(self) -> None:
        cells = {(r, c): self.year_grid.value(r, c) for r, _l in self.year_grid.rows for c, _m in self.year_grid.cols}
        if ops.run(self, self.ctx, tg.set_year_plan, self.year.value(), cells, now=self.ctx.clock()) is not ops.FAILED:
            QMessageBox.information(self, tr("已保存"), tr("年度计划已保存"))

    def roll(self) -> None:
        today = self.ctx.clock().date()
        month = f"{today.year:04d}-{today.month:02d}"
        if QMessageBox.question(self, tr("滚动计划"), tr("从 {month} 起生成滚动计划的新版本？旧版本保留。").format(
                month=month)) != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.ctx, tg.roll_plan, month, now=self.ctx.clock()) is not ops.FAILED:
            self._load_versions()


def _progress_spec(name: str, first: str):
    return list_spec(name, C, (
        Column("name", first, lambda r: r.name),
        Column("target", QT_TRANSLATE_NOOP(C, "订单目标"), lambda r: r.target_orders, RIGHT),
        Column("orders", QT_TRANSLATE_NOOP(C, "已成交"), lambda r: r.orders, RIGHT),
        Column("gap", QT_TRANSLATE_NOOP(C, "差额"), lambda r: r.gap, RIGHT),
        Column("target_leads", QT_TRANSLATE_NOOP(C, "集客目标"), lambda r: r.target_leads, RIGHT),
        Column("leads", QT_TRANSLATE_NOOP(C, "已集客"), lambda r: r.leads, RIGHT),
        Column("visits", QT_TRANSLATE_NOOP(C, "到店"), lambda r: r.visits, RIGHT),
        Column("drives", QT_TRANSLATE_NOOP(C, "试驾"), lambda r: r.test_drives, RIGHT),
        Column("need_orders", QT_TRANSLATE_NOOP(C, "每周需订单"), lambda r: r.need_orders, RIGHT),
        Column("need_leads", QT_TRANSLATE_NOOP(C, "每周需集客"), lambda r: _need(r.need_leads), RIGHT),
        Column("need_visits", QT_TRANSLATE_NOOP(C, "每周需到店"), lambda r: _need(r.need_visits), RIGHT),
        Column("need_drives", QT_TRANSLATE_NOOP(C, "每周需试驾"), lambda r: _need(r.need_test_drives), RIGHT),
    ), state=lambda r: "late" if r.gap and r.need_orders > 1 else "")


PEOPLE_PROGRESS = _progress_spec("target_progress_people", QT_TRANSLATE_NOOP(C, "顾问"))
MODEL_PROGRESS = _progress_spec("target_progress_models", QT_TRANSLATE_NOOP(C, "车型"))


class ProgressTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.clock().date()
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(tr("刷新(&R)"), self)
        self.print_button = QPushButton(tr("打印周进度…"), self)
        self.save_pdf_button = QPushButton(tr("另存为 PDF…"), self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.people_view, self.people = list_table(PEOPLE_PROGRESS, self, widths=False)
        self.models_view, self.models = list_table(MODEL_PROGRESS, self, widths=False)
        top = _toolbar(self, ((tr("截至(&D)："), self.day),), [self.refresh_button],
                       [self.print_button, self.save_pdf_button])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(tr("按顾问"), self))
        layout.addWidget(self.people_view, 1)
        layout.addWidget(QLabel(tr("按车型"), self))
        layout.addWidget(self.models_view, 1)
        self.result = None
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(lambda _c=False: self.print_progress())
        self.save_pdf_button.clicked.connect(lambda _c=False: self.save_progress())

    def _at(self) -> dt.datetime:
        d = self.day.date()
        day = dt.date(d.year(), d.month(), d.day())
        now = self.ctx.clock()
        return now if day == now.date() else dt.datetime.combine(day + dt.timedelta(days=1), dt.time())

    def refresh(self) -> None:
        result = ops.run(self, self.ctx, tg.weekly_progress, self._at())
        if result is ops.FAILED:
            return
        self.result = result
        self.people.set_rows(result.consultants)
        self.models.set_rows(result.models)
        for view in (self.people_view, self.models_view):
            view.resizeColumnsToContents()
        r = result.rates
        self.note.setText(tr("{month}：本月还剩 {weeks} 周。按历史比率（成交率 {close}，试驾率 {drive}）推算每周还需要的量；"
                             "“—”表示缺少历史数据。").format(month=result.month, weeks=result.weeks_left,
                                                  close=_pct(r.close_rate), drive=_pct(r.test_drive_rate)))

    def _ready(self) -> bool:
        if self.result is None:
            self.refresh()
        return self.result is not None

    def _name(self) -> str:
        return tr("周进度-{day}.pdf").format(day=self.result.at.date().isoformat())

    def _write(self, pdf: Path) -> None:
        printouts.write_weekly_progress(str(pdf), self.result, get_profile())

    def print_progress(self, accept=None) -> int:
        """打印周进度: the print dialog (or `accept`), then the pages; the pages printed."""
        return _print(self, self._name(), self._write, accept) if self._ready() else 0

    def save_progress(self) -> Path | None:
        return _save(self, tr("保存周进度"), self._name(), self._write) if self._ready() else None


def _card_name(c) -> str:
    if c.key == c.role:
        return ui_labels.text(labels.DEPARTMENT, c.key)
    return c.name


CARD_COLUMNS = (
    Column("compliance", QT_TRANSLATE_NOOP(C, "跟进达标率"), lambda c: _pct(c.compliance), RIGHT),
    Column("leads", QT_TRANSLATE_NOOP(C, "集客"), lambda c: c.leads, RIGHT),
    Column("visits", QT_TRANSLATE_NOOP(C, "到店"), lambda c: c.visits, RIGHT),
    Column("orders", QT_TRANSLATE_NOOP(C, "订单"), lambda c: c.orders, RIGHT),
    Column("target", QT_TRANSLATE_NOOP(C, "订单目标"), lambda c: c.target_orders, RIGHT),
    Column("achievement", QT_TRANSLATE_NOOP(C, "目标完成率"), lambda c: _pct(c.achievement), RIGHT),
    Column("close", QT_TRANSLATE_NOOP(C, "成交率"), lambda c: _pct(c.close_rate), RIGHT),
    Column("defeats", QT_TRANSLATE_NOOP(C, "战败"), lambda c: c.defeats, RIGHT),
    Column("satisfied", QT_TRANSLATE_NOOP(C, "满意率"), lambda c: f"{_pct(c.satisfied_rate)}（{c.surveys}）", RIGHT),
    Column("complaints", QT_TRANSLATE_NOOP(C, "投诉"), lambda c: c.complaints, RIGHT),
    Column("reminders", QT_TRANSLATE_NOOP(C, "提醒按时率"), lambda c: _pct(c.reminder_rate), RIGHT),
)
CARDS = list_spec("target_scorecards", C, (Column("name", QT_TRANSLATE_NOOP(C, "人员 / 部门"), _card_name),
                                           Column("role", QT_TRANSLATE_NOOP(C, "岗位"),
                                                  lambda c: ui_labels.text(labels.ROLE, c.role)),
                                           *CARD_COLUMNS))
TREND = list_spec("target_trend", C, (Column("month", QT_TRANSLATE_NOOP(C, "月份"), lambda r: r[0]),
                                      *(Column(c.key, c.header, (lambda r, f=c.value: f(r[1]) if r[1] else ""),
                                               c.align) for c in CARD_COLUMNS)))


class ScoreTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = _month_edit(self, ctx.clock().date())
        self.refresh_button = QPushButton(tr("刷新"), self)
        self.print_button = QPushButton(tr("打印绩效考核表…"), self)
        self.save_pdf_button = QPushButton(tr("另存为 PDF…"), self)
        self.cards_view, self.cards = list_table(CARDS, self, widths=False)
        self.trend_view, self.trend = list_table(TREND, self, widths=False)
        self.trend_label = QLabel(tr("选中一行看近 6 个月趋势"), self)
        top = _toolbar(self, ((tr("月份："), self.month),), [self.refresh_button],
                       [self.print_button, self.save_pdf_button])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cards_view, 3)
        layout.addWidget(self.trend_label)
        layout.addWidget(self.trend_view, 2)
        self.result = None
        self.trend_rows: list = []
        self.history: list = []
        self.history_month = ""
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(lambda _c=False: self.print_cards())
        self.save_pdf_button.clicked.connect(lambda _c=False: self.save_cards())
        self.cards_view.selectionModel().currentRowChanged.connect(self._show_trend)

    def refresh(self) -> None:
        result = ops.run(self, self.ctx, tg.scorecards, _month(self.month))
        if result is ops.FAILED:
            return
        self.result = result
        self.cards.set_rows(result.people + result.departments)
        self.cards_view.resizeColumnsToContents()

    def _show_trend(self, current, _previous=None) -> None:
        card = self.cards.row_at(current.row()) if current.isValid() else None
        if card is None or self.result is None:
            return
        if self.history_month != self.result.month:  # six months of every scorecard, once per month shown
            months = ops.run(self, self.ctx, history, self.result.month)
            if months is ops.FAILED:
                return
            self.history, self.history_month = months, self.result.month
        rows = pick(self.history, card.key)
        self.trend_rows = rows
        self.trend.set_rows(rows)
        self.trend_view.resizeColumnsToContents()
        self.trend_label.setText(tr("{name} 近 6 个月趋势").format(name=_card_name(card)))

    def _ready(self) -> bool:
        if self.result is None:
            self.refresh()
        return self.result is not None

    def _name(self) -> str:
        return tr("绩效考核表-{month}.pdf").format(month=self.result.month)

    def _write(self, pdf: Path) -> None:
        printouts.write_scorecard(str(pdf), self.result, get_profile(), self.ctx.clock(), self.trend_rows or None,
                                  self.trend_label.text())

    def print_cards(self, accept=None) -> int:
        """打印绩效考核表: the print dialog (or `accept`), then the pages; the pages printed."""
        return _print(self, self._name(), self._write, accept) if self._ready() else 0

    def save_cards(self) -> Path | None:
        return _save(self, tr("保存绩效考核表"), self._name(), self._write) if self._ready() else None


class Page(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.month_tab = MonthTab(ctx, self)
        self.plans_tab = PlansTab(ctx, self)
        self.progress_tab = ProgressTab(ctx, self)
        self.score_tab = ScoreTab(ctx, self)
        self.tabs.addTab(self.month_tab, tr("月度目标"))
        self.tabs.addTab(self.plans_tab, tr("年度与滚动计划"))
        self.tabs.addTab(self.progress_tab, tr("每周进度"))
        self.tabs.addTab(self.score_tab, tr("绩效"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._load_tab)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._load_tab(self.tabs.currentIndex())

    def _load_tab(self, index: int) -> None:
        """Each tab computes when first looked at, not when the page opens."""
        if index in self.loaded:
            return
        self.loaded.add(index)
        widget = self.tabs.widget(index)
        {self.month_tab: self.month_tab.load, self.plans_tab: self.plans_tab.load,
         self.progress_tab: self.progress_tab.refresh, self.score_tab: self.score_tab.refresh}[widget]()
