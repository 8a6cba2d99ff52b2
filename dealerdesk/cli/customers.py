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
        print("电话：" + ("、".join(detail.phones) or "—"))
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
CUSTOMER = Command("customer", "客户档案", actions=(
    Command("show", "显示一位客户", cmd_customer_show, _show_arguments),
))
