"""What every command shares: the command record, errors, opening the store, the acting user, parsing dates
and printing JSON. It never imports a command module (they import it), so the cli package has no cycle."""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from dealerdesk import config
from dealerdesk.cli import language
from dealerdesk.domain.errors import DealerDeskError

log = logging.getLogger("dealerdesk.cli")


@dataclass(frozen=True)
class Command:
    """One `dealerdesk NAME` sub-command: its help line, its arguments and what it runs, or, for a group such
    as `customer show` or `report monthly`, its actions (each a Command) under `ACTION`/`action_metavar`."""

    name: str
    help: str
    run: Callable[[argparse.Namespace], int] | None = None
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None
    actions: tuple[Command, ...] = ()
    action_metavar: str = "ACTION"

    def add_to(self, subparsers) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(self.name, help=language.text(self.help))
        if self.add_arguments is not None:
            self.add_arguments(parser)
        if self.actions:
            sub = parser.add_subparsers(dest=f"{self.name}_command", metavar=self.action_metavar, required=True)
            for action in self.actions:
                action.add_to(sub)
        if self.run is not None:
            parser.set_defaults(func=self.run)
        return parser


class CliError(Exception):
    """A failure to report as one line on stderr (exit 1)."""


def run_reporting_errors(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command: its exit code, or 1 with one line on stderr for any error — never a traceback.

    The driver's and the system's errors (disk full, read-only, damaged, path missing, out of range, …) are
    said in words through the catalogue (services/failures.py); only a true bug is left, logged with its
    traceback to the log file, whose path the line names."""
    from dealerdesk.services import failures

    try:
        return int(func(args) or 0)
    except (CliError, DealerDeskError) as exc:
        print(f"dealerdesk: {_one_line(language.error_text(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dealerdesk: 已取消", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the catalogue, or a true bug: one line, the traceback in the log file
        log.debug("error shown through the catalogue", exc_info=True)
        print(f"dealerdesk: {_one_line(language.error_text(failures.user_error(exc)))}", file=sys.stderr)
        return 1


def _one_line(exc: BaseException | str) -> str:
    return " ".join(str(exc).split())


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def jsonable(value):
    """Dataclasses, dicts and lists as plain JSON values, dates as ISO text."""
    if dataclasses.is_dataclass(value):
        return {k: jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def open_store_for(args: argparse.Namespace, *, create: bool = False, check_damage: bool = True):
    """Open the store named by --db (or DEALERDESK_DB, or the default); a missing one only when `create`.
    A damaged store is refused (pointing at restore) unless `check_damage` is off: restore replaces it."""
    from dealerdesk.store.db import open_store

    return open_store(config.db_url(args.db), create=create, backup_dir=config.backup_dir(),
                      check_damage=check_damage)


def read_password(env_name: str, prompt: str, missing: str) -> str:
    """A password from the environment variable, else typed at a terminal (not echoed); on a non-terminal
    without the variable, a CliError (commands never wait for input there)."""
    password = os.environ.get(env_name)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CliError(missing)
    return getpass.getpass(prompt)


def actor_for(args: argparse.Namespace):
    """The acting user, logged in: --as or DEALERDESK_USER, the password from DEALERDESK_PASSWORD or a prompt
    on a terminal. No default user. A refused login is audited by the service and ends the command (exit 1);
    at a terminal the wait after failures is slept first, like login(1)."""
    from dealerdesk.domain.errors import LoginRefused
    from dealerdesk.services.accounts import authenticate

    login = getattr(args, "as_user", None) or os.environ.get(config.ENV_USER)
    if not login:
        if not sys.stdin.isatty():
            raise CliError("请用 --as LOGIN 或环境变量 DEALERDESK_USER 指定登录名，密码用 DEALERDESK_PASSWORD")
        login = input("登录名：").strip()
    password = read_password(config.ENV_PASSWORD, f"{login} 的密码：",
                             "缺少密码：请设置环境变量 DEALERDESK_PASSWORD（非终端不能输入密码）")
    try:
        return authenticate(login, password)
    except LoginRefused as exc:
        if sys.stdin.isatty() and 0 < exc.wait_seconds <= 30:
            time.sleep(exc.wait_seconds)
        raise


def parse_datetime(text: str | None) -> dt.datetime:
    if not text:
        return dt.datetime.now().replace(microsecond=0)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"时间格式应为 YYYY-MM-DDTHH:MM（收到 {text!r}）") from None


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期格式应为 YYYY-MM-DD（收到 {text!r}）") from None


def parse_today(text: str | None) -> dt.date:
    """--today: the given date, or today."""
    return parse_date(text) if text else dt.date.today()
