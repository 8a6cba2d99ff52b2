"""Every dialog and page of the GUI with the arguments it needs, on the small store of tests/ui/conftest.py.

Shared by the fit test (tests/ui/test_dialogs_fit.py: clipped labels and buttons at three text sizes) and
the translation test (issue 26 part B: English left in the zh_CN UI and the other way round), so a dialog
added to the program is added here once and both checks see it.

    for entry in catalogue(ctx):
        widget = entry.make()      # a fresh, not yet shown widget (dialogs parentless, pages in no window)

`prepare(ctx)` writes what the dialogs need beyond the fixture store (a lead, a repair order with lines, a
vehicle card) through the services, once per store; the entries read it from `Fixture`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from dealerdesk.services import catalogue as catalogue_service
from dealerdesk.services import reception as rc
from dealerdesk.services.aftersales.vehicles import get_vehicle_card
from dealerdesk.services.auth import SYSTEM
from dealerdesk.store.models import Lead, Vehicle
from dealerdesk.ui.pages import PAGES, may_open

NOW = dt.datetime(2026, 10, 15, 10, 0)


@dataclass(frozen=True)
class Entry:
    name: str  # "dialog:AppointmentDialog", "page:customers"
    make: Callable[[], QWidget]


@dataclass(frozen=True)
class Fixture:
    customer_id: int
    lead_id: int
    vehicle_id: int
    order_id: int


def prepare(ctx) -> Fixture:
    """The rows the dialogs open on: 李娜's car (粤B12345) checked in with two quote lines, 张伟's lead."""
    car = Vehicle.get(Vehicle.plate == "粤B12345")
    catalogue_service.ensure_default_catalogue(SYSTEM)
    items = {c.code: c.id for c in catalogue_service.list_catalogue(ctx.actor)}
    order = rc.check_in(ctx.actor, rc.CheckInInput(car.owner_id, car.id, 1000, advisor_id=ctx.actor.id), now=NOW)
    for code in ("P-OIL", "L-MAINT"):
        rc.add_line(ctx.actor, order.id, rc.LineInput(catalogue_item_id=items[code]), now=NOW)
    lead = Lead.select().order_by(Lead.id).first()
    return Fixture(customer_id=car.owner_id, lead_id=lead.id, vehicle_id=car.id, order_id=order.id)


def dialogs(ctx, fx: Fixture) -> list[Entry]:
    from dealerdesk.ui.about import AboutDialog
    from dealerdesk.ui.dialogs import (appointment, catalogue, check_in, complaint, customer_records, defeat,
                                      event, export, follow_up, import_wizard, lead, level_change, login,
                                      new_customer, order, privacy, repair_order, service_record, settle,
                                      store_connection, store_profile, survey, transfer, vehicle, walk_in)
    from dealerdesk.ui.dialogs.profile import ProfileWindow
    from dealerdesk.ui.first_run.wizard import FirstRunWizard
    from dealerdesk.ui.help import HelpDialog
    from dealerdesk.ui.widgets.pdf_preview import PdfPreview

    cid, lid = fx.customer_id, fx.lead_id
    card = lambda: get_vehicle_card(ctx.actor, fx.vehicle_id)  # noqa: E731
    line = lambda: rc.get_order(ctx.actor, fx.order_id).lines[0]  # noqa: E731
    makers: dict[str, Callable[[], QWidget]] = {
        "AppointmentDialog": lambda: appointment.AppointmentDialog(ctx, customer_id=cid,
                                                                   vehicle_id=fx.vehicle_id),
        "ModelDialog": lambda: catalogue.ModelDialog(ctx),
        "ItemDialog": lambda: catalogue.ItemDialog(ctx),
        "PackageDialog": lambda: catalogue.PackageDialog(ctx),
        "CheckInDialog": lambda: check_in.CheckInDialog(ctx),
        "ComplaintDialog": lambda: complaint.ComplaintDialog(ctx, customer_id=cid),
        "ContactLogDialog": lambda: customer_records.ContactLogDialog(ctx, cid),
        "PurchaseDialog": lambda: customer_records.PurchaseDialog(ctx, cid),
        "ContactPersonDialog": lambda: customer_records.ContactPersonDialog(ctx, cid),
        "DefeatDialog": lambda: defeat.DefeatDialog(ctx, lid),
        "DefeatApprovalDialog": lambda: defeat.DefeatApprovalDialog(ctx),
        "EventDialog": lambda: event.EventDialog(ctx),
        "ExportDialog": lambda: export.ExportDialog(ctx),
        "FollowUpDialog": lambda: follow_up.FollowUpDialog(ctx, lid),
        "ImportWizard": lambda: import_wizard.ImportWizard(ctx),
        "LeadDialog": lambda: lead.LeadDialog(ctx, customer_id=cid),
        "ReassignDialog": lambda: lead.ReassignDialog(ctx, [lid]),
        "LevelChangeDialog": lambda: level_change.LevelChangeDialog(ctx, lid),
        "LoginDialog": lambda: login.LoginDialog(store_label="ui.db"),
        "FirstAdminDialog": lambda: login.FirstAdminDialog(store_label="ui.db"),
        "ChangePasswordDialog": lambda: login.ChangePasswordDialog(ctx),
        "NewCustomerDialog": lambda: new_customer.NewCustomerDialog(ctx),
        "OrderDialog": lambda: order.OrderDialog(ctx, lid),
        "CancelOrderDialog": lambda: order.CancelOrderDialog(ctx, lid),
        "EraseCustomerDialog": lambda: privacy.EraseCustomerDialog(ctx, cid, "李娜"),
        "RepairOrderDialog": lambda: repair_order.RepairOrderDialog(ctx, fx.order_id),
        "LineEditDialog": lambda: repair_order.LineEditDialog(
            repair_order.RepairOrderDialog(ctx, fx.order_id), line()),
        "ServiceRecordDialog": lambda: service_record.ServiceRecordDialog(ctx, fx.vehicle_id),
        "SettleDialog": lambda: settle.SettleDialog(ctx, fx.order_id),
        "StoreConnectionDialog": lambda: store_connection.StoreConnectionDialog(ctx, "ui.db"),
        "StoreProfileDialog": lambda: store_profile.StoreProfileDialog(ctx),
        "SurveyDialog": lambda: survey.SurveyDialog(ctx, customer_id=cid),
        "TransferDialog": lambda: transfer.TransferDialog(ctx, card()),
        "VehicleDialog": lambda: vehicle.VehicleDialog(ctx, customer_id=cid),
        "RenewalDialog": lambda: vehicle.RenewalDialog(ctx, card()),
        "WalkInDialog": lambda: walk_in.WalkInDialog(ctx),
        "ProfileWindow": lambda: ProfileWindow(ctx, cid),
        "HelpDialog": lambda: HelpDialog(),
        "AboutDialog": lambda: AboutDialog(),
        "FirstRunWizard": lambda: FirstRunWizard(store_label="ui.db"),
        "PdfPreview": lambda: PdfPreview(),
    }
    return [Entry(f"dialog:{name}", make) for name, make in makers.items()]


def pages(ctx) -> list[Entry]:
    import importlib

    out = []
    for name, module, _label, _shortcut in PAGES:
        if may_open(ctx.actor, name):
            page_class = importlib.import_module(f"dealerdesk.ui.pages.{module}").Page
            out.append(Entry(f"page:{name}", lambda cls=page_class: cls(ctx)))
    return out


def windows(ctx) -> list[Entry]:
    from dealerdesk.ui.main_window import MainWindow

    return [Entry("window:MainWindow", lambda: MainWindow(ctx))]


def catalogue(ctx) -> list[Entry]:
    fx = prepare(ctx)
    return windows(ctx) + dialogs(ctx, fx) + pages(ctx)
