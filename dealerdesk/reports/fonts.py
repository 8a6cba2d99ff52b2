"""The bundled CJK font for every PDF (WenQuanYi Micro Hei, Apache-2.0; see resources/fonts/).

Why bundled: a Windows PC may lack a CJK font ReportLab can embed (and the built-in CID fonts are not embedded,
so a PDF would show boxes elsewhere); the font is registered once per process because parsing the 5 MB .ttc
costs far more than a whole profile report.
"""
from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dealerdesk.config import resources_dir

FONT = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
_lock = threading.Lock()


class FontMissing(RuntimeError):
    """The bundled font is not where resources_dir() says (a broken install)."""


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def register() -> str:
    """Register the font with ReportLab (once) and return its name."""
    with _lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return FONT
        path = font_path()
        if not path.is_file():
            raise FontMissing(f"找不到报表字体 {path}")
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
        # bold/italic map to the same face: the font has one weight, headings use size instead
        from reportlab.lib.fonts import addMapping

        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT, bold, italic, FONT)
    return FONT


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` the font cannot draw (tests check names, labels and rare surnames)."""
    face = pdfmetrics.getFont(register()).face
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in face.charToGlyph}
