"""`dealerdesk catalogue import|list`: the car model catalogue and the service price list for scripts
(contract: docs/cli.md). Importing is the manager's or the admin's; listing is anyone's who reads customers."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dealerdesk.cli.common import CliError, Command, actor_for, open_store_for, print_json


def cmd_catalogue_import(args: argparse.Namespace) -> int:
    from dealerdesk.services.catalogue import import_catalogue

    open_store_for(args)
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件 {path}")
    result = import_catalogue(actor_for(args), path, sheet=args.sheet)
    if args.json:
        print_json(result.to_json())
    else:
        what = "车型" if result.kind == "models" else "维修项目"
        print(f"已导入{what}：共 {result.rows} 行，新建 {result.imported}，更新 {result.updated}，拒绝 {result.rejected}")
        for row, reason in result.rejects[:20]:
            print(f"  第{row}行：{reason}")
        if result.rejected > 20:
            print(f"  ……另有 {result.rejected - 20} 行")
    if result.rows and result.imported + result.updated == 0:
        print("dealerdesk: 没有可导入的行", file=sys.stderr)
        return 1
    if not result.rows:
        print("dealerdesk: 文件里没有数据行", file=sys.stderr)
        return 1
    return 0


def cmd_catalogue_list(args: argparse.Namespace) -> int:
    from dealerdesk.domain import labels
    from dealerdesk.services import catalogue

    open_store_for(args)
    actor = actor_for(args)
    if args.what == "models":
        rows = catalogue.list_models(actor, include_inactive=True)
        if args.json:
            print_json([r.to_json() for r in rows])
            return 0
        for r in rows:
            flags = ("" if r.own_brand else "竞品 ") + ("" if r.active else "停售")
            sys.stdout.write(f"{r.brand}\t{r.series}\t{r.name}\t{r.price}\t{labels.label(labels.FUEL, r.fuel)}\t"
                             f"{flags}".rstrip() + "\n")
        return 0
    items = catalogue.list_catalogue(actor, include_inactive=True)
    packages = catalogue.list_packages(actor, include_inactive=True)
    if args.json:
        print_json([r.to_json() for r in items] + [p.to_json() for p in packages])
        return 0
    for r in items:
        sys.stdout.write(f"{r.code}\t{r.name}\t{labels.label(labels.LINE_KIND, r.kind)}\t{r.unit_price}\t"
                         f"{'' if r.active else '停用'}".rstrip() + "\n")
    for p in packages:
        parts = "、".join(f"{ln.code}×{ln.qty.normalize()}" for ln in p.lines)
        sys.stdout.write(f"{p.code}\t{p.name}\t套餐\t{p.price}\t{parts}\t{'' if p.active else '停用'}".rstrip() + "\n")
    return 0


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="车型表或维修项目表（.xlsx、.xls 或 .csv），按表头识别")
    p.add_argument("--sheet", help="工作表名（默认第一个）")
    p.add_argument("--json", action="store_true")


def _list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("what", choices=("models", "services"), help="models：车型目录；services：维修项目、配件和套餐")
    p.add_argument("--json", action="store_true")


CATALOGUE = Command("catalogue", "车型目录和维修项目价目（导入、列出）", actions=(
    Command("import", "从 Excel/CSV 导入车型或维修项目（按表头识别；同名/同编码则更新）", cmd_catalogue_import,
            _import_arguments),
    Command("list", "列出车型（models）或维修项目和套餐（services）", cmd_catalogue_list, _list_arguments),
))
