"""After-sales sub-commands: `reminders plan` (for a scheduled task at the start of the day),
`vehicle show PLATE_OR_VIN` (the service counter's look-up, for scripts) and `winback` (customers due and
not seen for months: the service manager's call list)."""
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
    _print_card(card)
    return 0


def _d(value) -> str:
    return value.isoformat() if value else "—"


def _print_card(card) -> None:
    """Everything the JSON has, as text: the vehicle, its owner and contact, insurance, inspection, open
    reminders, renewals, transfers (过户) and the service history."""
    from dealerdesk.domain import labels

    print(f"{card.plate or '—'}  {card.model or '—'}  {card.vin or '—'}"
          + ("" if card.vin_check_ok or not card.vin else "（车架号校验位不符）"))
    print(f"  车主：{card.owner_name or '（未知）'}  {'、'.join(card.owner_phones)}".rstrip())
    print(f"  颜色：{card.colour or '—'}  座位：{card.seats}  使用性质：{labels.label(labels.VEHICLE_USE, card.use)}"
          f"  能源：{labels.label(labels.VEHICLE_ENERGY, card.energy)}")
    where = "本店" if card.bought_here else (card.bought_where or "外店")
    print(f"  购车：{_d(card.purchase_date)}（{where}）  交车：{_d(card.delivered_on)}  上牌：{_d(card.registration_date)}")
    print(f"  里程：{card.mileage_km:,} 公里（{_d(card.mileage_date)}）")
    print(f"  交强险到期：{_d(card.insurance_compulsory_until)}  商业险到期：{_d(card.insurance_commercial_until)}"
          f"  保险公司：{card.insurer or '—'}")
    print(f"  下次年检：{_d(card.next_inspection)}" + ("（手工设定）" if card.next_inspection_on else ""))
    print(f"  待办提醒（{len(card.reminders)}）：")
    for r in card.reminders:
        print(f"    {r.deadline}  {labels.label(labels.REMINDER_KIND, r.kind)}  {r.owner_name}".rstrip())
    if card.renewals:
        print(f"  续保记录（{len(card.renewals)}）：")
        for r in card.renewals:
            print(f"    {r.renewed_on}  {labels.label(labels.RENEWAL_OUTCOME, r.outcome)}  "
                  f"{labels.label(labels.INSURANCE_KIND, r.kind)}  {r.insurer}  ¥{r.premium}")
    if card.transfers:
        print(f"  过户记录（{len(card.transfers)}）：")
        for t in card.transfers:
            print(f"    {t.at:%Y-%m-%d}  {t.from_name or '—'} → {t.to_name or '—'}  {t.by}  {t.note}".rstrip())
    print(f"  服务历史（{len(card.history)}）：")
    for record in card.history:
        print(f"    {record.service_date}  {labels.label(labels.SERVICE_KIND, record.kind):<6} "
              f"{record.mileage_km:>8,} 公里  {record.content}")


def cmd_winback(args: argparse.Namespace) -> int:
    from dealerdesk.services.aftersales.winback import export_winback, list_winback

    open_store_for(args)
    actor = actor_for(args)
    today = parse_today(args.today)
    if args.output:
        n = export_winback(actor, args.output, today, args.months)
        print(f"已导出 {n} 行到 {args.output}")
        return 0
    rows = list_winback(actor, today, args.months)
    if args.json:
        print_json(jsonable(rows))
        return 0
    print(f"保养已到期且 {args.months} 个月以上未到店：{len(rows)} 辆车")
    for r in rows:
        unseen = "从未到店" if r.months_unseen is None else f"{r.months_unseen} 个月未到店"
        print(f"  {r.name}（#{r.customer_id}） {r.phone}  {r.plate or '—'}  {r.model}  "
              f"上次到店 {_d(r.last_seen)}（{unseen}）  保养应到期 {r.maintenance_due}")
    return 0


def _plan_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--today", help="以此日期为今天（YYYY-MM-DD，默认今天）")
    p.add_argument("--json", action="store_true")


def _vehicle_show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text")
    p.add_argument("--json", action="store_true")


def _winback_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--months", type=int, default=6, help="多少个月未到店（默认6）")
    p.add_argument("--today", help="以此日期为今天（YYYY-MM-DD，默认今天）")
    p.add_argument("-o", "--output", help="导出为 CSV 文件（经理）")
    p.add_argument("--json", action="store_true")


REMINDERS = Command("reminders", "提醒（保养、续保、年检、生日……）", actions=(
    Command("plan", "为全店生成今后30天的提醒（可每天定时运行）", cmd_reminders_plan, _plan_arguments),
))
VEHICLE = Command("vehicle", "车辆", actions=(
    Command("show", "按车牌、车架号尾号、电话或姓名查车，显示车辆卡片和服务历史", cmd_vehicle_show,
            _vehicle_show_arguments),
))
WINBACK = Command("winback", "流失召回名单：保养已到期且6个月以上未到店的客户", cmd_winback, _winback_arguments)
