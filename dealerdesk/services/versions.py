"""Optimistic locking: an edit window saves with the version it loaded, and a save that finds a newer one is
refused with both versions shown (VersionConflict), never written over silently.

Why not a lock held while a window is open: a clerk may leave a window open for an hour; two PCs then wait
on each other. The version column (customer, lead, vehicle) is bumped by every write of the row, and the
check runs inside the write transaction (which holds the write lock on SQLite, store.db.make_database), so
two saves of the same version cannot both pass it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from dealerdesk.domain.errors import VersionConflict
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.store.models import AuditLog

_MSG = QT_TRANSLATE_NOOP(
    "errors", "{what}在您打开后已被 {who} 于 {at} 修改并保存。\n"
              "您填写的与已保存的不同之处：\n{diff}\n"
              "您填写的内容仍在窗口中：核对后再次保存将以您的内容为准；关闭窗口则保留已保存的内容。")
_NO_DIFF = QT_TRANSLATE_NOOP("errors", "（没有不同：对方保存的与您填写的相同）")
_EMPTY = QT_TRANSLATE_NOOP("errors", "（空）")
_DIFF_LINE = QT_TRANSLATE_NOOP("errors", "· {field}：您填写「{yours}」，已保存「{saved}」")

Differences = Callable[[], Iterable[tuple[str, object, object]]]


def check(entity: str, entity_id: int, what: str, expected: int | None, current: int,
          differences: Differences) -> None:
    """Raise VersionConflict when `expected` (the version the window loaded) is not `current`; `expected`
    None skips the check (callers that mean "last save wins" say so explicitly). `differences()` gives
    (field label, typed, saved) for the fields compared; only those that differ are shown."""
    if expected is None or expected == current:
        return
    diffs = [(label, _text(yours), _text(saved)) for label, yours, saved in differences()
             if _text(yours) != _text(saved)]
    last = (AuditLog.select(AuditLog.user_login, AuditLog.at)
            .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
            .order_by(AuditLog.id.desc()).first())
    who, at = (last.user_login or "?", last.at.strftime("%Y-%m-%d %H:%M")) if last else ("?", "?")
    text = "\n".join(_DIFF_LINE.format(field=f, yours=y or _EMPTY, saved=s or _EMPTY) for f, y, s in diffs) or _NO_DIFF
    raise VersionConflict(_MSG, current_version=current, differences=diffs, what=what, who=who, at=at,
                          diff=text)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(_text(v) for v in value)
    return str(value)
