"""After-sales sub-commands: `reminders plan` (for a scheduled task at the start of the day) and
`vehicle show PLATE_OR_VIN` (the service counter's look-up, for scripts)."""
from __future__ import annotations

import argparse
import sys

from dealerdesk.cli.common import (
    CliError,
    Command,
    actor_for,
    jsonable,
    open_store_for,
    parse_today,
    print_json,
)


def cmd_reminders_plan(args: argparse.Namespace) -> int:
    from dealerdesk.services.aftersales.reminders import plan_reminders

    open_store_for(args)
    today = parse_today(args.today)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}   ")
            sys.stderr.flush()

    result = plan_reminders(actor_for(args), today, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print_json(jsonable(result))
    else:
        print(f"已为 {result.customers} 位客户生成提醒：新增 {result.created} 条，替换 {result.superseded} 条")
    return 0


def cmd_vehicle_show(args: argparse.Namespace) -> int:
    from dealerdesk.services.aftersales.vehicles import find_vehicles, get_vehicle_card

    open_store_for(args)
    actor = actor_for(args)
    hits = find_vehicles(actor, args.text, limit=2)
    if not hits:
        raise CliError(f"没有找到车辆：{args.text}")
    card = get_vehicle_card(actor, hits[0].vehicle_id)
    if args.json:
        print_json(jsonable(card))
        return 0
    print(f"{card.plate or '—'}  {card.model}  {card.vin}  里程 {card.mileage_km:,} 公里")
    for record in card.history:
        print(f"  {record.service_date}  {record.kind:<12} {record.mileage_km:>8,} 公里  {record.content}")
    return 0


def _plan_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--today", help="以此日期为今天（YYYY-MM-DD，默认今天）")
    p.add_argument("--json", action="store_true")


def _vehicle_show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text")
    p.add_argument("--json", action="store_true")


REMINDERS = Command("reminders", "提醒（保养、续保、年检、生日……）", actions=(
    Command("plan", "为全店生成今后30天的提醒（可每天定时运行）", cmd_reminders_plan, _plan_arguments),
))
VEHICLE = Command("vehicle", "车辆", actions=(
    Command("show", "按车牌、车架号尾号、电话或姓名查车，显示车辆卡片和服务历史", cmd_vehicle_show,
            _vehicle_show_arguments),
))
