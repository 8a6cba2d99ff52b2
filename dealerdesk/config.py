"""Where DealerDesk keeps its files, and the defaults of every business and system setting.

Business settings live in the database (`setting` table) so every PC of a store shares them; this module
only hands out their defaults, which are declared once, with type, label and permission, in
domain/settings_spec.py (the domain modules' DEFAULTS are views of it). QSettings holds only window
geometry and UI state.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from dealerdesk.domain import settings_spec

APP_NAME = "DealerDesk"
APP_AUTHOR = "DealerDesk"
ENV_DB = "DEALERDESK_DB"
ENV_USER = "DEALERDESK_USER"
ENV_PASSWORD = "DEALERDESK_PASSWORD"  # the acting user's (CLI, scripted GUI start); never logged
ENV_NEW_PASSWORD = "DEALERDESK_NEW_PASSWORD"  # `user add`: the new user's

PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """resources/ beside the package in a checkout or bundle, or <prefix>/share/dealerdesk when pip-installed."""
    candidates = (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources",
                  Path(sys.prefix) / "share" / "dealerdesk" / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    return PACKAGE_DIR.parent / "resources"


def data_dir() -> Path:
    override = os.environ.get("DEALERDESK_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    override = os.environ.get("DEALERDESK_HOME")
    return Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_db_path() -> Path:
    return data_dir() / "dealerdesk.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def store_choice_file() -> Path:
    """Which store this PC's user opens when neither --db nor DEALERDESK_DB says (文件 → 数据库连接…): one line,
    a file path or a postgresql:// URL. Per user, beside the default store, never inside a store."""
    return data_dir() / "dealerdesk-store.txt"


def saved_db_url() -> str | None:
    try:
        text = store_choice_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def save_db_url(url: str | None) -> None:
    """Remember `url` as this user's store (None: back to the default file). The file may hold a server
    password, so it is made readable by its owner only where the system has such modes."""
    path = store_choice_file()
    if url is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text(url + "\n", encoding="utf-8")


def db_url(cli_value: str | None = None) -> str:
    """--db wins, then DEALERDESK_DB, then the store chosen in the program, then the SQLite file in the user
    data folder."""
    return cli_value or os.environ.get(ENV_DB) or saved_db_url() or str(default_db_path())


def settings_defaults() -> dict[str, object]:
    """key → default of every store setting (fresh copies); declared once in domain/settings_spec.py."""
    return settings_spec.defaults()
