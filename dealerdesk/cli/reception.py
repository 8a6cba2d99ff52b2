"""`dealerdesk appointments --date YYYY-MM-DD [--json]`: the day's bookings (contract: docs/cli.md)."""
from __future__ import annotations

import argparse

from dealerdesk.cli.common import Command, actor_for, open_store_for, parse_date, print_json


def cmd_appointments(args: argparse.Namespace) -> int:
    from dealerdesk.domain.reception import APPOINTMENT_LABELS
    from dealerdesk.services.reception import day_appointments

    day = parse_date(args.date)
    open_store_for(args)
    rows = day_appointments(actor_for(args), day)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.id:>6}  {r.start:%H:%M}  {r.customer_name:<8} {r.plate or '—':<9} {r.advisor:<10} "
              f"{APPOINTMENT_LABELS.get(r.status, r.status)}  {r.requested_work}")
    print(f"共 {len(rows)} 个预约")
    return 0


def _appointments_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", required=True, help="日期 YYYY-MM-DD")
    p.add_argument("--json", action="store_true")


APPOINTMENTS = Command("appointments", "某一天的维修保养预约", cmd_appointments, _appointments_arguments)
