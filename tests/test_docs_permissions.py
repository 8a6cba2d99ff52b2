"""The user guide and the in-app help print the permission matrix as it is in domain/permissions.py."""
from __future__ import annotations

from pathlib import Path

from dealerdesk.domain import permissions as perms

ROOT = Path(__file__).resolve().parents[1]


def test_user_guide_has_the_matrix_from_the_module():
    assert perms.matrix_markdown() in (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")


def test_help_has_the_matrix_from_the_module():
    assert perms.matrix_html() in (ROOT / "resources" / "help" / "index.html").read_text(encoding="utf-8")
