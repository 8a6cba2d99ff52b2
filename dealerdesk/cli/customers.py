"""`dealerdesk search TEXT` and `dealerdesk customer show ID`: finding and reading customers."""
from __future__ import annotations

import argparse

from dealerdesk.cli.common import CliError, Command, actor_for, open_store_for, print_json


def cmd_search(args: argparse.Namespace) -> int:
    from dealerdesk.services.search import search_customers

    open_store_for(args)
    if args.limit < 1:
        raise CliError("--limit 至少为 1")
    hits = search_customers(actor_for(args), args.text, limit=args.limit)
    if args.json:
        print_json([h.to_json() for h in hits])
    else:
        for h in hits:
            print(f"{h.id:>8}  {h.name:<10}  {h.matched:<6} {h.matched_value}")
        if not hits:
            print("没有找到匹配的客户")
    return 0


def cmd_customer_show(args: argparse.Namespace) -> int:
    from dealerdesk.services.customers.records import get_customer

    open_store_for(args)
    detail = get_customer(actor_for(args), args.id)
    if args.json:
        print_json(detail.to_json())
    else:
        print(f"{detail.name}（#{detail.id}）  类别 {detail.category}  分级 {detail.tier}  分值 {detail.value_score}")
        print("电话：" + ("、".join(detail.phones) or "—")
              + (f"（家庭/单位共用：{'、'.join(detail.shared_phones)}）" if detail.shared_phones else ""))
        print("顾问：" + (detail.owner_name or "—"))
        for v in detail.vehicles:
            print(f"车辆：{v.plate or '—'}  {v.model}  {v.vin}")
    return 0


def _search_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")


def _show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")


SEARCH = Command("search", "查找客户（姓名、拼音、电话尾号、车牌、车架号）", cmd_search, _search_arguments)


def cmd_customer_export(args: argparse.Namespace) -> int:
    """PIPL: everything about one customer, as JSON (or a PDF when FILE ends with .pdf)."""
    from pathlib import Path

    from dealerdesk.services.customers.privacy import export_customer_data, export_json

    open_store_for(args)
    out = Path(args.output)
    if out.suffix.lower() not in (".json", ".pdf"):
        raise CliError("导出文件应以 .json 或 .pdf 结尾")
    data = export_customer_data(actor_for(args), args.id)
    if out.suffix.lower() == ".pdf":
        from dealerdesk.reports.layout import store_header
        from dealerdesk.reports.privacy import render_privacy_export
        from dealerdesk.services.store_profile import get_profile

        render_privacy_export(data, out, **store_header(get_profile()))
    else:
        from dealerdesk.atomic import write_text

        write_text(out, export_json(data))  # whole or nothing under the user's name
    total = sum(len(v) for v in data.sections.values())
    print(f"已导出客户 {data.customer_id} 的全部信息（{len(data.sections)} 类，{total} 条）到 {out}")
    return 0


def cmd_customer_erase(args: argparse.Namespace) -> int:
    """PIPL: erase one customer's personal data; --confirm must be the customer's exact name."""
    from dealerdesk.services.customers.privacy import erase_customer

    open_store_for(args)
    result = erase_customer(actor_for(args), args.id, args.confirm)
    if args.json:
        print_json(result.to_json())
    else:
        print(f"已删除客户 {result.customer_id} 的个人信息（改写文字 {result.texts_redacted} 处，"
              f"操作日志脱敏 {result.audit_rows_redacted} 行，删除检索键 {result.search_keys_removed} 个）")
    return 0


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", required=True, help="FILE.json（或 .pdf）")


def _erase_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--confirm", required=True, metavar="NAME", help="客户姓名，须与档案完全一致")
    p.add_argument("--json", action="store_true")


CUSTOMER = Command("customer", "客户档案", actions=(
    Command("show", "显示一位客户", cmd_customer_show, _show_arguments),
    Command("export", "导出一位客户的全部信息（个人信息保护法）", cmd_customer_export, _export_arguments),
    Command("erase", "按客户要求删除其个人信息（个人信息保护法）", cmd_customer_erase, _erase_arguments),
))
