"""Which store this PC opens: a SQLite file here, or the store's PostgreSQL server (文件 → 数据库连接…).

The choice is the admin's (a system setting, but per PC, so it lives in a file beside the default store, not
in a store: config.store_choice_file). Testing a connection opens the other store on a connection of its own;
the store in use stays open until the program restarts.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from dealerdesk import config
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services.auth import Actor, require
from dealerdesk.store import dialect
from dealerdesk.store.db import StoreInfo, StoreProbe, close_store, open_store, probe, sqlite_path


@dataclass(frozen=True)
class ServerFields:
    host: str
    port: int
    database: str
    user: str
    password: str = ""


def server_url(fields: ServerFields) -> str:
    """postgresql://user[:password]@host[:port]/database, each part checked and quoted."""
    for name, value in (("host", fields.host), ("database", fields.database), ("user", fields.user)):
        if not value.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写{what}"), field=name,
                               what={"host": "服务器", "database": "数据库名", "user": "用户名"}[name])
    if not 1 <= fields.port <= 65535:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "端口应在 1 到 65535 之间"), field="port")
    auth = quote(fields.user.strip(), safe="")
    if fields.password:
        auth += ":" + quote(fields.password, safe="")
    host = fields.host.strip()
    if ":" in host and not host.startswith("["):  # an IPv6 address
        host = f"[{host}]"
    return f"postgresql://{auth}@{host}:{fields.port}/{quote(fields.database.strip(), safe='')}"


def server_fields(url: str) -> ServerFields | None:
    """The parts of a server URL (to fill the dialog), None for a file."""
    if not dialect.is_server_url(url):
        return None
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    return ServerFields(host=parts.hostname or "", port=parts.port or 5432, database=unquote(parts.path.lstrip("/")),
                        user=unquote(parts.username or ""), password=unquote(parts.password or ""))


def test_store(actor: Actor, url: str) -> StoreProbe:
    """Connect to the store at `url` and report what is there (StoreError with the reason if it cannot)."""
    require(actor, "settings.system")
    if not url.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写数据库文件或服务器"), field="path")
    return probe(url.strip())


def chosen_store() -> str | None:
    """The store this PC's user chose in the program (None: the default file)."""
    return config.saved_db_url()


def choose_store(actor: Actor, url: str | None) -> None:
    """Open `url` from the next start on (None: the default file). A file must exist or be creatable."""
    require(actor, "settings.system")
    if url is not None:
        url = url.strip()
        path = sqlite_path(url)
        if path is not None and not path.parent.is_dir():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "文件夹不存在：{path}"), field="path", path=str(path.parent))
    config.save_db_url(url or None)


def switch_store(url: str) -> StoreInfo:
    """Close the store in use and open the one at `url` (created and migrated when new). Only for the first-run
    wizard, before any window shows the old store's rows: afterwards a switch waits for the next start."""
    close_store()
    return open_store(url, create=True, backup_dir=config.backup_dir())


def store_label(info: StoreInfo) -> str:
    """The status bar's name of an open store: the file's name, or server/database (never the password)."""
    return info.path.name if info.path is not None else info.url.split("@")[-1].split("?")[0]
