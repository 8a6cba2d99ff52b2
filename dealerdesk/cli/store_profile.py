"""`dealerdesk store-profile`: the store's name, address, phone and logo (printed on every report) without the
first-run wizard — show them, or change the parts given (managers and administrators, audited)."""
from __future__ import annotations

import argparse

from dealerdesk.cli.common import Command, actor_for, open_store_for, print_json


def cmd_store_profile(args: argparse.Namespace) -> int:
    from dealerdesk.services import store_profile

    open_store_for(args)
    changing = any(v is not None for v in (args.name, args.address, args.phone, args.logo)) or args.clear_logo
    if changing:
        logo = store_profile.read_logo_file(args.logo) if args.logo else None
        profile = store_profile.save_profile(actor_for(args), name=args.name, address=args.address,
                                             phone=args.phone, logo=logo, clear_logo=args.clear_logo)
    else:
        profile = store_profile.get_profile()
    if args.json:
        print_json(profile.to_json())
        return 0
    print(f"门店名称：{profile.name}")
    print(f"地址：{profile.address}")
    print(f"电话：{profile.phone}")
    print(f"标志：{f'{len(profile.logo) // 1024 + 1} KB（{profile.logo_mime}）' if profile.logo else '无'}")
    return 0


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", help="门店名称")
    p.add_argument("--address", help="地址")
    p.add_argument("--phone", help="电话")
    logo = p.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", help="标志图片（PNG/JPG，存进数据库）")
    logo.add_argument("--clear-logo", action="store_true", help="去掉标志")
    p.add_argument("--json", action="store_true")


STORE_PROFILE = Command("store-profile", "门店资料：显示，或修改名称、地址、电话、标志（经理、系统管理员）",
                        cmd_store_profile, _arguments)
