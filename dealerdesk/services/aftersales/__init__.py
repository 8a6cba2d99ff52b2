"""After-sales (售后): vehicles, service records, complaints, surveys and reminders.

Its use cases, listed once here in `__all__`.
"""
from dealerdesk.services.aftersales.complaints import (
    ComplaintInput,
    create_complaint,
    get_complaint,
    list_complaints,
)
from dealerdesk.services.aftersales.escalation import (
    escalate_overdue,
)
from dealerdesk.services.aftersales.reminders import (
    complete_reminder,
    dismiss_reminder,
    get_reminder,
    list_reminders,
    plan_reminders,
    plan_reminders_if_due,
    snooze_reminder,
)
from dealerdesk.services.aftersales.service_records import (
    ServiceRecordInput,
    add_service_record,
    check_mileage,
    list_history,
)
from dealerdesk.services.aftersales.surveys import (
    SurveyInput,
    list_surveys,
    record_survey,
)
from dealerdesk.services.aftersales.vehicles import (
    VehicleInput,
    create_vehicle,
    customer_vehicles,
    find_vehicles,
    get_vehicle_card,
    transfer_vehicle,
    update_vehicle,
)

__all__ = [
    "ComplaintInput",
    "ServiceRecordInput",
    "SurveyInput",
    "VehicleInput",
    "add_service_record",
    "check_mileage",
    "complete_reminder",
    "create_complaint",
    "create_vehicle",
    "customer_vehicles",
    "dismiss_reminder",
    "escalate_overdue",
    "find_vehicles",
    "get_complaint",
    "get_reminder",
    "get_vehicle_card",
    "list_complaints",
    "list_history",
    "list_reminders",
    "list_surveys",
    "plan_reminders",
    "plan_reminders_if_due",
    "record_survey",
    "snooze_reminder",
    "transfer_vehicle",
    "update_vehicle",
]
