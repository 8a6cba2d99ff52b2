"""Ctrl+N follows the page shown: each page says what its "new" is, the main window routes one action to it.

Why declared by the page (issue 22): Ctrl+N on 服务接待 opened 新建客户 while the guide promised an
appointment. A page that has a "new" defines `new_action()` returning a `NewAction`; the main window's one
Ctrl+N action (File menu) takes its text and runs it. A page without one (reports, settings, …) leaves
Ctrl+N to 新建客户, the most common "new" of the front desk.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class NewAction:
    label: str  # translated, without accelerator or ellipsis: "新建预约"
    trigger: Callable[[], object]
    permission: str  # domain/permissions.py name the action needs (the menu entry is greyed out without it)


def new_action_of(page: QWidget | None) -> NewAction | None:
    """The page's "new", if it declares one."""
    declare = getattr(page, "new_action", None)
    return declare() if callable(declare) else None
