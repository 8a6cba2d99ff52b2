"""`dealerdesk leads`: a consultant's (or a customer's) leads, for scripts and quick checks."""
from __future__ import annotations

import argparse
from dataclasses import asdict


def cmd_leads(args: argparse.Namespace) -> int:
    from dealerdesk.cli import CliError, actor_for, open_store_for, print_json
    from dealerdesk.services.sales import leads
    from dealerdesk.store.models import User

    open_store_for(args)
    owner_id = None
    if args.user:
        user = User.get_or_none(User.login == args.user)
        if user is None:
            raise CliError(f"没有用户 {args.user}")
        owner_id = user.id
    rows = leads.list_leads(actor_for(args), customer_id=args.customer, status=args.status, owner_id=owner_id,
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


def add_commands(sub) -> None:
    p = sub.add_parser("leads", help="线索列表（顾问的或某位客户的）")
    p.add_argument("--user", help="只看此顾问（登录名）的线索")
    p.add_argument("--customer", type=int, help="只看此客户的线索")
    p.add_argument("--status", default="active",
                   help="active（默认：跟进中与战败待审批）、open、defeat_pending、defeated、cancelled、delivered")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_leads)
