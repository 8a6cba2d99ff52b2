"""QA: the manager's 战败审批 list shows when each defeat was requested (the column was always empty)."""
import datetime as dt

from dealerdesk.services.sales import leads
from dealerdesk.services.auth import actor_for_login
from dealerdesk.store.models import Lead
from dealerdesk.ui.dialogs.defeat import DefeatApprovalDialog

from .conftest import NOW


def test_request_time_is_shown(qtbot, ctx, store):
    lead = Lead.get()
    leads.request_defeat(actor_for_login("li"), lead.id, "price", at=NOW - dt.timedelta(hours=3))
    dialog = DefeatApprovalDialog(ctx)
    qtbot.addWidget(dialog)
    column = DefeatApprovalDialog.HEADERS.index("申请时间")
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, column).text() == "10-15 07:00"
