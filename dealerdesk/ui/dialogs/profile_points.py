"""The profile's 会员积分 tab: the member tier and its benefits, the balance and what expires soon, the points
ledger (history), and for the right roles: add points (加积分) and set the tier by hand (调整等级)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from dealerdesk.domain import labels
from dealerdesk.services import loyalty
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui import ops
from dealerdesk.ui.access import gate
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.format import join_list
from dealerdesk.ui.models.columns.key_accounts import LEDGER_SPEC
from dealerdesk.ui.widgets.forms import FieldErrors, button_box, stack
from dealerdesk.ui.widgets.tables import list_table


def tr(text: str) -> str:
    return QCoreApplication.translate("profile_points", text)


def benefit_text(widget: QWidget, status: loyalty.MemberStatus) -> str:
    """The tier's benefits in one line (the profile and the check-in dialog)."""
    b = status.benefits
    parts = []
    if b.free_checks:
        parts.append(tr("每年免费检测 {n} 次").format(n=b.free_checks))
    if b.labour_discount:
        parts.append(tr("工时费优惠 {p}%").format(p=b.labour_discount))
    if b.priority_booking:
        parts.append(tr("优先预约"))
    if b.pickup:
        parts.append(tr("上门取送车"))
    return join_list(parts) or tr("无")


def member_line(widget: QWidget, status: loyalty.MemberStatus) -> str:
    return tr("{tier}　积分 {balance:,} 分　权益：{benefits}").format(
        tier=ui_labels.text(labels.MEMBER_TIER, status.tier), balance=status.balance,
        benefits=benefit_text(widget, status))


class AwardDialog(QDialog):
    """加积分: a reason (event, referral, manual correction …), points and a note."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("加积分"))
        self.errors = FieldErrors(self)
        self.reason = QComboBox(self)
        for code in ("event", "referral", "manual"):
            self.reason.addItem(ui_labels.text(labels.POINTS_REASON, code), code)
        self.points = QSpinBox(self)
        self.points.setRange(1, 1000000)
        self.points.setValue(loyalty.policy().event)
        self.points.setSuffix(self.tr(" 分"))
        self.ref = QLineEdit(self)
        self.ref.setPlaceholderText(self.tr("例如：车主沙龙 10 月"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("来源(&S)"), self.reason, "reason")
        self.errors.add_row(form, self.tr("积分(&P)"), self.points, "points")
        form.addRow(self.tr("说明(&N)"), self.ref)
        stack(self, form, button_box(self, self.save, ok_text=self.tr("加积分")))

    def save(self) -> None:
        self.errors.clear()
        got = ops.run(self, self.ctx, loyalty.award_points, self.customer_id, self.reason.currentData(),
                      self.points.value(), self.ref.text(), at=self.ctx.clock(), errors=self.errors.show)
        if got is not ops.FAILED:
            self.accept()


class PointsTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.ctx: AppContext = window.ctx
        self.customer_id: int = window.customer_id
        self.head = QLabel(self)
        self.head.setWordWrap(True)
        self.view, self.model = list_table(LEDGER_SPEC, self, name="pointsLedger")
        self.award_button = QPushButton(self.tr("加积分(&J)…"), self)
        self.tier = QComboBox(self)
        for code, text in ui_labels.choices(labels.MEMBER_TIER):
            self.tier.addItem(text, code)
        self.tier_button = QPushButton(self.tr("调整等级"), self)
        self.award_button.clicked.connect(self.award)
        self.tier_button.clicked.connect(self.set_tier)
        gate(self.award_button, self.ctx.actor, "points.award")
        gate(self.tier, self.ctx.actor, "member.tier")
        gate(self.tier_button, self.ctx.actor, "member.tier")
        bar = QHBoxLayout()
        bar.addWidget(self.award_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("会员等级"), self))
        bar.addWidget(self.tier)
        bar.addWidget(self.tier_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.status: loyalty.MemberStatus | None = None
        window.reloaded.connect(self.refresh)
        window.tabs.addTab(self, self.tr("会员积分"))

    def refresh(self) -> None:
        today = self.ctx.clock().date()
        status = ops.run(self, self.ctx, loyalty.member_status, self.customer_id, today=today)
        if status is ops.FAILED:
            return
        self.status = status
        text = member_line(self, status)
        if status.expiring_soon:
            text += self.tr("　30 天内将过期 {n:,} 分").format(n=status.expiring_soon)
        if status.next_tier:
            text += self.tr("　累计 {earned:,} 分，{points:,} 分升{tier}").format(
                earned=status.earned_total, points=status.next_tier_points,
                tier=ui_labels.text(labels.MEMBER_TIER, status.next_tier))
        if status.by_hand:
            text += self.tr("（等级为手动设定）")
        self.head.setText(text)
        self.tier.setCurrentIndex(max(self.tier.findData(status.tier), 0))
        ledger = ops.run(self, self.ctx, loyalty.points_ledger, self.customer_id, today=today)
        if ledger is not ops.FAILED:
            self.model.set_rows(list(reversed(ledger)))  # newest first

    def award(self) -> None:
        if AwardDialog(self.ctx, self.customer_id, self).exec():
            self.refresh()

    def set_tier(self) -> None:
        if ops.run(self, self.ctx, loyalty.set_tier, self.customer_id, self.tier.currentData(),
                   at=self.ctx.clock()) is not ops.FAILED:
            self.refresh()


def install(window) -> PointsTab | None:
    """Called by the profile window once its tabs exist; roles that may not see points get no tab."""
    return PointsTab(window) if window.ctx.actor.can("points.read") else None
