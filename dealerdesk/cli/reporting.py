"""`dealerdesk kpi` and `dealerdesk report monthly|profile` (contract: docs/cli.md).

Why thin: the figures come from services.reporting and the PDFs from dealerdesk.reports, exactly as in
the GUI, so a scripted month-end run prints what the manager sees on screen.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from dealerdesk.cli.common import CliError, Command, actor_for, open_store_for, print_json


def _month(text: str) -> str:
    from dealerdesk.domain.kpi import parse_month

    try:
        year, month = parse_month(text)
    except ValueError:
        raise CliError(f"月份格式应为 YYYY-MM（收到 {text!r}）") from None
    return f"{year:04d}-{month:02d}"


def _output(path: str) -> Path:
    out = Path(path)
    if out.parent and not out.parent.exists():
        raise CliError(f"目录不存在：{out.parent}")
    return out


def cmd_kpi(args: argparse.Namespace) -> int:
    from dealerdesk.domain.kpi import DEFINITIONS
    from dealerdesk.services.reporting.summary import monthly_summary

    month = _month(args.month)
    open_store_for(args)
    summary = monthly_summary(actor_for(args), month)
    if args.json:
        print_json(summary.to_json())
        return 0
    from dealerdesk.reports.styles import pct

    f = summary.funnel
    print(f"{month} 漏斗")
    for key in ("new_leads", "registered", "visits", "test_drives", "orders", "deliveries", "defeats"):
        print(f"  {DEFINITIONS[key][0]:<6} {getattr(f, key):>8}")
    for key in ("visit_rate", "test_drive_rate", "close_rate", "defeat_rate"):
        print(f"  {DEFINITIONS[key][0]:<6} {pct(getattr(f, key)):>8}")
    print(f"  跟进达标率 {pct(summary.compliance):>8}")
    return 0


def cmd_report_monthly(args: argparse.Namespace) -> int:
    from dealerdesk.reports.monthly import render_monthly
    from dealerdesk.services.reporting.summary import monthly_summary

    month = _month(args.month)
    out = _output(args.output)
    open_store_for(args)
    render_monthly(monthly_summary(actor_for(args), month), out)
    print(f"月度汇总已写入 {out}")
    return 0


def cmd_report_profile(args: argparse.Namespace) -> int:
    from dealerdesk.reports.profile import render_profile
    from dealerdesk.services.reporting.summary import profile_data

    out = _output(args.output)
    open_store_for(args)
    render_profile(profile_data(actor_for(args), args.customer), out)
    print(f"客户档案已写入 {out}")
    return 0


def cmd_report_key_accounts(args: argparse.Namespace) -> int:
    import datetime as dt

    from dealerdesk.reports.key_account_visits import write_visit_sheet
    from dealerdesk.services.key_accounts import visit_sheet

    year, mon = (int(x) for x in _month(args.month).split("-"))
    if not 1 <= args.months <= 24:
        raise CliError("--months 应在 1 到 24 之间")
    back = year * 12 + mon - 1 - (args.months - 1)
    first = dt.date(back // 12, back % 12 + 1, 1)
    last = dt.date(year + mon // 12, mon % 12 + 1, 1) - dt.timedelta(days=1)
    out = _output(args.output)
    open_store_for(args)
    write_visit_sheet(visit_sheet(actor_for(args), first, last, account_id=args.account), out)
    print(f"大用户走访跟踪表已写入 {out}")
    return 0


def _key_accounts_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, help="月份 YYYY-MM：列出到这个月底为止的走访和计划")
    p.add_argument("--months", type=int, default=3, help="列出最近几个月的走访（含 --month 那个月，默认 3）")
    p.add_argument("--account", type=int, default=None, help="只打印这一家大用户（编号）")
    p.add_argument("-o", "--output", required=True, help="PDF 文件")


def _kpi_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, help="月份 YYYY-MM")
    p.add_argument("--json", action="store_true", help="输出一个 JSON 对象（计数为整数，比率为 0–1 的小数）")


def _monthly_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, help="月份 YYYY-MM")
    p.add_argument("-o", "--output", required=True, help="PDF 文件")


def _profile_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--customer", required=True, type=int, help="客户编号")
    p.add_argument("-o", "--output", required=True, help="PDF 文件")


KPI = Command("kpi", "月度漏斗与经营指标", cmd_kpi, _kpi_arguments)
REPORT = Command("report", "打印报表（PDF）", action_metavar="REPORT", actions=(
    Command("monthly", "月度经营汇总", cmd_report_monthly, _monthly_arguments),
    Command("profile", "客户档案", cmd_report_profile, _profile_arguments),
    Command("key-accounts", "大用户走访跟踪表", cmd_report_key_accounts, _key_accounts_arguments),
))
