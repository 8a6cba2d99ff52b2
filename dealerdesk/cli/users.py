"""`dealerdesk user add|list|deactivate`: the administrator's user management for scripts.

The new user's password comes from DEALERDESK_NEW_PASSWORD or a prompt at a terminal (asked twice); it is
never an argument, so it does not end up in the shell history or the process list."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from dealerdesk import config
from dealerdesk.cli.common import CliError, Command, actor_for, open_store_for, print_json, read_password


def new_password(env_name: str, missing: str) -> str:
    """A new password from `env_name`, or typed twice at a terminal."""
    if env_name in os.environ:
        return os.environ[env_name]
    password = read_password(env_name, "新密码：", missing)
    if getpass.getpass("再输入一次：") != password:
        raise CliError("两次输入的密码不一致")
    return password


def cmd_user_add(args: argparse.Namespace) -> int:
    from dealerdesk.services.accounts import create_user

    open_store_for(args)
    actor = actor_for(args)
    password = new_password(config.ENV_NEW_PASSWORD,
                            "缺少新用户的密码：请设置环境变量 DEALERDESK_NEW_PASSWORD（非终端不能输入密码）")
    user = create_user(actor, args.login, args.name, args.role, password, technician=args.technician,
                       phone=args.phone or "", department=args.department or "")
    print(f"已添加用户 {user.login}（{user.display_name}）")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from dealerdesk.domain.labels import ROLE
    from dealerdesk.services.accounts import list_accounts

    open_store_for(args)
    rows = list_accounts(actor_for(args))
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        flags = ("技师 " if r.technician else "") + ("" if r.active else "已停用")
        sys.stdout.write(f"{r.login}\t{r.name}\t{ROLE.get(r.role, r.role)}\t{flags}".rstrip() + "\n")
    return 0


def cmd_user_deactivate(args: argparse.Namespace) -> int:
    from dealerdesk.services.accounts import deactivate_user

    open_store_for(args)
    row = deactivate_user(actor_for(args), args.login)
    print(f"已停用用户 {row.login}（{row.name}）")
    return 0


def _add_arguments(p: argparse.ArgumentParser) -> None:
    from dealerdesk.services.auth import ROLES

    p.add_argument("login", metavar="LOGIN", help="登录名")
    p.add_argument("--name", required=True, help="姓名")
    p.add_argument("--role", required=True, choices=ROLES, help="角色")
    p.add_argument("--technician", action="store_true", help="同时是技师")
    p.add_argument("--phone", help="电话（可不填）")
    p.add_argument("--department", help="部门（可不填）")


def _list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


def _deactivate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("login", metavar="LOGIN", help="登录名")


USER = Command("user", "用户管理（系统管理员）", actions=(
    Command("add", "添加用户（密码取自 DEALERDESK_NEW_PASSWORD 或终端输入）", cmd_user_add, _add_arguments),
    Command("list", "列出用户", cmd_user_list, _list_arguments),
    Command("deactivate", "停用用户", cmd_user_deactivate, _deactivate_arguments),
))
