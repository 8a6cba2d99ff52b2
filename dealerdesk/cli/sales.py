"""`dealerdesk due` (what is due or overdue) and `dealerdesk leads` (a consultant's or a customer's leads)."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from dealerdesk.cli.common import Command, actor_for, open_store_for, parse_datetime, print_json


def cmd_due(args: argparse.Namespace) -> int:
    from dealerdesk.services.sales.due import due_items

    open_store_for(args)
    at = parse_datetime(args.at)
    items = due_items(actor_for(args), at=at, owner_login=args.user)
    if args.json:
        print_json([i.to_json() for i in items])
    else:
        for i in items:
            flag = "逾期" if i.is_overdue(at) else "到期"
            print(f"{flag}  {i.due_at:%m-%d %H:%M}  {i.kind:<20} {i.customer_name:<8} {i.owner}")
        print(f"共 {len(items)} 项")
    return 0


def cmd_leads(args: argparse.Namespace) -> int:
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.services.sales import leads

    open_store_for(args)
    actor = actor_for(args)
    owner_id = actor_for_login(args.user).id if args.user else None  # an unknown login: 没有用户 …
    rows = leads.list_leads(actor, customer_id=args.customer, status=args.status, owner_id=owner_id,
                            limit=args.limit)
    if args.json:
        print_json([{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in asdict(r).items()}
                    for r in rows])
        return 0
    for r in rows:
        nxt = r.next_follow_up_at.strftime("%m-%d %H:%M") if r.next_follow_up_at else "—"
        print(f"{r.id:>7}  {r.level}  {r.status:<14} {r.customer_name:<8} {r.model_name or '—':<12} "
              f"{r.owner or '—':<10} 下次 {nxt}")
    print(f"共 {len(rows)} 条")
    return 0


def _due_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--at", help="时间点 YYYY-MM-DDTHH:MM（默认现在）")
    p.add_argument("--user", help="只看此用户（登录名）负责的")
    p.add_argument("--json", action="store_true")


def _leads_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", help="只看此顾问（登录名）的线索")
    p.add_argument("--customer", type=int, help="只看此客户的线索")
    p.add_argument("--status", default="active",
                   help="active（默认：跟进中与战败待审批）、open、defeat_pending、defeated、cancelled、delivered")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--json", action="store_true")


DUE = Command("due", "到期与逾期的跟进和提醒", cmd_due, _due_arguments)
LEADS = Command("leads", "线索列表（顾问的或某位客户的）", cmd_leads, _leads_arguments)
