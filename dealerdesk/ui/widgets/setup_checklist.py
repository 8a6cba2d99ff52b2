"""开店清单: the first steps of a new store on the home page (添加员工 · 录入车型 · 维修项目价目 · 导入客户).

Each step is ticked when done (services/store_profile.setup_progress: more than one user, any car model, any
priced service item, any customer) and has a button opening the place to do it. The list stays until every
step is done or the person closes it (不再显示, remembered per store in QSettings: it is screen state).

Where each step leads is `STEP_PAGES`: the users page for staff, the 车型与价目 page for the two catalogues.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dealerdesk.domain.errors import DealerDeskError
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import store_profile
from dealerdesk.ui.pages import may_open

DISMISSED_KEY = "home/setup_checklist_dismissed"

#: step → the page (ui/pages PAGES name) its button opens; the integrator points car_models and service_items
#: at the catalogue pages (h-catalogue) when they land.
STEP_PAGES: dict[str, str] = {"staff": "users", "car_models": "catalogue", "service_items": "catalogue"}


def tr(text: str) -> str:
    return QCoreApplication.translate("setup_checklist", text)


C = "setup_checklist"
STEPS = (  # (code, label, button text, what it is for)
    ("staff", QT_TRANSLATE_NOOP(C, "添加员工"), QT_TRANSLATE_NOOP(C, "打开用户管理"),
     QT_TRANSLATE_NOOP(C, "销售顾问、服务顾问和技师的账号：线索、预约和工单都要选人。")),
    ("car_models", QT_TRANSLATE_NOOP(C, "录入车型"), QT_TRANSLATE_NOOP(C, "打开车型目录"),
     QT_TRANSLATE_NOOP(C, "意向车型、订单和车辆从车型目录中选择。")),
    ("service_items", QT_TRANSLATE_NOOP(C, "维修项目价目"), QT_TRANSLATE_NOOP(C, "打开项目价目"),
     QT_TRANSLATE_NOOP(C, "工单的工时和配件按价目表报价。")),
    ("customers", QT_TRANSLATE_NOOP(C, "导入客户"), QT_TRANSLATE_NOOP(C, "导入 Excel"),
     QT_TRANSLATE_NOOP(C, "把现有的客户表导入，或在客户页逐个新建。")),
)


class SetupChecklist(QFrame):
    """The checklist; `refresh()` re-reads the progress (hidden once all is done or it was dismissed)."""

    def __init__(self, ctx, parent: QWidget | None = None, *, import_customers: Callable[[], object] | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setupChecklist")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#setupChecklist { background: #f4f8fc; border: 1px solid #c9d9ea; "
                           "border-radius: 4px; }")
        self.import_customers = import_customers
        self.progress: store_profile.SetupProgress | None = None
        title = QLabel(tr("开店清单：完成这几步，DealerDesk 就能用起来"), self)
        title.setStyleSheet("font-weight: bold;")
        self.close_button = QPushButton(tr("不再显示"), self)
        self.close_button.setObjectName("dismissChecklist")
        self.close_button.clicked.connect(self.dismiss)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.close_button)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, (code, label, button_text, why) in enumerate(STEPS):
            mark = QLabel(self)
            mark.setObjectName(f"mark_{code}")
            name = QLabel(tr(label), self)
            name.setStyleSheet("font-weight: bold;")
            hint = QLabel(tr(why), self)
            hint.setStyleSheet("color: #555;")
            hint.setWordWrap(True)
            button = QPushButton(tr(button_text), self)
            button.setObjectName(f"step_{code}")
            button.clicked.connect(lambda _checked=False, c=code: self.open_step(c))
            for col, widget in enumerate((mark, name, hint, button)):
                grid.addWidget(widget, row, col)
            self.marks[code], self.buttons[code] = mark, button
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid)
        self.refresh()

    def _dismiss_key(self) -> str:
        return f"{DISMISSED_KEY}/{self.ctx.db_label or 'default'}"

    @property
    def dismissed(self) -> bool:
        return str(QSettings().value(self._dismiss_key(), "false")).lower() == "true"

    def dismiss(self) -> None:
        QSettings().setValue(self._dismiss_key(), "true")
        self.hide()

    def refresh(self) -> None:
        try:
            self.progress = store_profile.setup_progress(self.ctx.actor)
        except DealerDeskError:
            self.progress = None
        if self.progress is None or self.progress.done or self.dismissed:
            self.hide()
            return
        done = self.progress.to_json()
        for code, _label, _button, _why in STEPS:
            ticked = done[code]
            self.marks[code].setText("✔" if ticked else "○")
            self.marks[code].setStyleSheet("color: #2e7d32; font-size: 13pt;" if ticked
                                           else "color: #888; font-size: 13pt;")
            self.marks[code].setToolTip(tr("已完成") if ticked else tr("未完成"))
            self.buttons[code].setEnabled(self._may(code))
        self.show()

    def _may(self, code: str) -> bool:
        if code == "customers":
            return self.ctx.actor.can("import") and self.import_customers is not None
        return may_open(self.ctx.actor, STEP_PAGES[code])

    def open_step(self, code: str) -> None:
        if code == "customers":
            if self.import_customers is not None:
                self.import_customers()
            self.refresh()
            return
        self.ctx.show_page(STEP_PAGES[code])
