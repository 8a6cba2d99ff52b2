"""`dealerdesk import` and `dealerdesk export` (contract: docs/cli.md).

Exit 0 when the import ran, even with rejected rows; 1 when nothing could be imported or the file is
unreadable (one line on stderr). Progress goes to stderr so --json output on stdout stays clean.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dealerdesk.cli.common import CliError, Command, actor_for, open_store_for, print_json

STAGES = {"read": "读取", "check": "检查", "write": "写入", "keys": "索引", "commit": "提交", "export": "导出"}


def _progress():
    """Progress on stderr: a redrawn line on a terminal; otherwise a line every 5 s of a long run."""
    tty = sys.stderr.isatty()
    state = {"last": 0.0 if tty else time.monotonic()}  # not a terminal: only long runs print, every 5 s

    def report(done: int, total: int, stage: str) -> None:
        now = time.monotonic()
        if now - state["last"] < (0.2 if tty else 5.0):
            return
        state["last"] = now
        label = STAGES.get(stage, stage)
        text = f"{label} {min(100, done * 100 // total)}%" if total else label  # (bytes while a sheet streams)
        sys.stderr.write(("\r" + text + "   ") if tty else text + "\n")
        sys.stderr.flush()

    return report


def cmd_import(args: argparse.Namespace) -> int:
    from dealerdesk.services.transfer.fields import load_mapping
    from dealerdesk.services.transfer.importer import ImportOptions, run_import

    open_store_for(args)
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件 {path}")
    saved = load_mapping(args.mapping) if args.mapping else None
    options = ImportOptions(sheet=args.sheet, saved_mapping=saved, on_duplicate=args.on_duplicate,
                            dry_run=args.dry_run, rejects_path=Path(args.rejects) if args.rejects else None)
    result = run_import(actor_for(args), path, options, progress=_progress())
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print_json(result.to_json())
    else:
        verb = "将导入" if result.dry_run else "已导入"
        print(f"{verb}：共 {result.rows} 行，新建 {result.imported}，更新 {result.updated}，跳过 {result.skipped}，"
              f"拒绝 {result.rejected}" + (f"（错误行已写入 {result.rejects_file}）" if result.rejects_file else ""))
        for issue in result.rejects[:20]:
            print(f"  第{issue.row}行：{issue.reason}")
        if result.rejected > 20:
            print(f"  ……另有 {result.rejected - 20} 行")
        from dealerdesk.services.transfer.importer import group_issues, rows_text

        for reason, rows in group_issues(result.warnings)[:10]:
            print(f"  提示 {rows_text(rows)}：{reason}")
    accepted = result.imported + result.updated + result.skipped
    if result.rows and accepted == 0:
        print("dealerdesk: 没有可导入的行" + (f"，请看 {result.rejects_file}" if result.rejects_file else ""),
              file=sys.stderr)
        return 1
    if not result.rows:
        print("dealerdesk: 文件里没有数据行", file=sys.stderr)
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dealerdesk.services.transfer.export import export

    open_store_for(args)
    ids = None
    if args.ids:
        try:
            ids = [int(x) for x in args.ids.split(",") if x.strip()]
        except ValueError:
            raise CliError("--ids 应为逗号分隔的客户编号") from None
    result = export(actor_for(args), args.kind, Path(args.output), customer_ids=ids, progress=_progress())
    if args.json:
        print_json(result.to_json())
    else:
        note = "（电话已打码）" if result.masked else ""
        print(f"已导出 {result.rows} 行到 {result.path}{note}")
    return 0


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help=".xlsx、.xls 或 .csv 文件")
    p.add_argument("--sheet", help="工作表名（默认第一个）")
    p.add_argument("--mapping", help="列对应文件（JSON，向导里可保存）")
    p.add_argument("--on-duplicate", choices=("update", "skip", "create"), default="skip",
                   help="已有客户（手机号、车架号或车牌号相同）：更新、跳过（默认）或新建")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入；显示将会导入多少")
    p.add_argument("--rejects", help="把不能导入的行写到此 .xlsx（含错误原因），改好后可再导入")
    p.add_argument("--json", action="store_true")


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=("customers", "leads", "services", "reminders", "marketing"))
    p.add_argument("-o", "--output", required=True, help="输出文件（.xlsx 或 .csv）")
    p.add_argument("--ids", help="只导出这些客户（逗号分隔的编号）")
    p.add_argument("--json", action="store_true")


IMPORT = Command("import", "从 Excel/CSV 导入客户、车辆和线索", cmd_import, _import_arguments)
EXPORT = Command("export", "导出客户、线索、服务记录或提醒到 .xlsx/.csv", cmd_export, _export_arguments)
