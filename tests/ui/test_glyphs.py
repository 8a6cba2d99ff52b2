"""No character on screen that the bundled font cannot draw (an emoji such as the worklist's old 🎉 showed as
a box): every string literal under dealerdesk/ui, the code labels and the in-app help are checked against
resources/fonts (the font the window falls back to, and the one printouts use)."""
from __future__ import annotations

import ast
from pathlib import Path

from dealerdesk.reports import fonts

PACKAGE = Path(__file__).resolve().parents[2] / "dealerdesk"
HELP = PACKAGE.parent / "resources" / "help"


def _literals(path: Path) -> str:
    return "".join(node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Constant) and isinstance(node.value, str))


def test_every_character_the_ui_shows_is_in_the_bundled_font():
    sources = sorted((PACKAGE / "ui").rglob("*.py")) + [PACKAGE / "domain" / "labels.py"]
    missing = {}
    for path in sources:
        for char in fonts.missing_glyphs(_literals(path)):
            missing.setdefault(f"U+{ord(char):04X} {char}", path.relative_to(PACKAGE).as_posix())
    for path in HELP.glob("*.html"):
        for char in fonts.missing_glyphs(path.read_text(encoding="utf-8")):
            missing.setdefault(f"U+{ord(char):04X} {char}", path.name)
    assert not missing, missing


def test_the_check_sees_an_emoji():
    assert fonts.missing_glyphs("今天没有需要跟进的客户 🎉") == {"🎉"}
