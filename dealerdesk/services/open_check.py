"""The GUI's quick check at start, skipped when the store file is exactly as this PC left it.

Why: `open_store` runs `PRAGMA quick_check` before the login so a damaged store is refused (and a backup
offered) before anyone works in it; it reads the whole file — 0.5 s on a 20,000-customer store, the 3 s cap
on a 200,000-customer one — and was most of the cold start on a big store (issue 27). When the program closed
the store cleanly last time, it notes the file's size and modification time (with no -wal left); if both are
unchanged at the next start nothing has written the file since, so the check is skipped. Any write — this
program, another PC on a shared folder, a copy or restore, a tool — changes them and the check runs again.
Kept per user in the data folder (`store-checks.json`), never in the store folder (it may be read-only)."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from dealerdesk import config

log = logging.getLogger(__name__)
MEMO_FILE = "store-checks.json"
MAX_ENTRIES = 20


def _memo_path() -> Path:
    return config.data_dir() / MEMO_FILE


def _stamp(store: Path) -> list[int] | None:
    """[size, mtime in ns] of the store file, or None when it has a non-empty -wal (not cleanly closed)."""
    try:
        wal = Path(f"{store}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        st = store.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _read() -> dict[str, list[int]]:
    try:
        data = json.loads(_memo_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(store: Path) -> str:
    return os.path.normcase(str(store.resolve()))


def unchanged_since_clean_close(store: Path | None) -> bool:
    """True when `store` (a SQLite file) is as this program left it at its last clean close."""
    if store is None:
        return False
    stamp = _stamp(store)
    return stamp is not None and _read().get(_key(store)) == stamp


def remember_clean_close(store: Path | None) -> None:
    """After `close_store`: note the file's stamp (best effort; a failure only means a check next time)."""
    if store is None:
        return
    stamp = _stamp(store)
    memo = _read()
    key = _key(store)
    memo.pop(key, None)
    if stamp is not None:
        memo[key] = stamp
    memo = dict(list(memo.items())[-MAX_ENTRIES:])
    path = _memo_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".tmp")
        temp.write_text(json.dumps(memo), encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        log.info("could not note the store's clean close: %s", exc)


def forget(store: Path | None) -> None:
    """The next start checks `store` again (e.g. after a restore replaced it)."""
    if store is None:
        return
    memo = _read()
    if memo.pop(_key(store), None) is not None:
        try:
            _memo_path().write_text(json.dumps(memo), encoding="utf-8")
        except OSError:
            pass
