"""`dealerdesk demo --out FILE`: a generated demo store for training, screenshots and benchmarks."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dealerdesk.cli.common import CliError, Command, parse_today


def cmd_demo(args: argparse.Namespace) -> int:
    from dealerdesk.services import passwords
    from dealerdesk.services.demo import DEMO_PASSWORD, DemoOptions, generate_demo

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError(f"{out} 已存在；要覆盖请加 --force")
    if args.customers < 1:
        raise CliError("--customers 至少为 1")
    today = parse_today(args.today)
    password = DEMO_PASSWORD if args.password is None else args.password
    passwords.check_rule(password)

    def progress(done: int, total: int, stage: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{stage} {done}/{total}   ")
            sys.stderr.flush()

    stats = generate_demo(DemoOptions(path=out, customers=args.customers, seed=args.seed, today=today,
                                      overwrite=args.force, password=password), progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(f"演示门店已写入 {out}：{stats.customers} 位客户，{stats.leads} 条线索，{stats.vehicles} 辆车，"
          f"用时 {stats.seconds:.1f} 秒")
    if args.password is None:  # the public demo password, so a newcomer can log in (README says it too)
        print(f"演示用户 admin、manager01、sales01…… 的密码都是 {DEMO_PASSWORD}", file=sys.stderr)
    return 0


def _demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, help="新数据库文件")
    p.add_argument("--customers", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", help="数据以此日期为今天（YYYY-MM-DD，默认今天）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    p.add_argument("--password", metavar="PW", help="所有演示用户的密码（默认 demo1234）")


DEMO = Command("demo", "生成演示门店数据库", cmd_demo, _demo_arguments)
