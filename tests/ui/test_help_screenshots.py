"""`python scripts/help_screenshots.py` (one command) grabs the help's pictures from a demo store, offscreen;
run here in a subprocess into a temp folder for one page so the committed pictures are not touched."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_the_script_grabs_a_page_as_a_small_png(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "help_screenshots.py"), "--out", str(tmp_path),
                             "--pages", "worklist"], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "1 screenshots" in result.stdout
    image = QImage(str(tmp_path / "worklist.png"))
    assert 900 <= image.width() <= 1200 and image.height() > 500
    assert image.format() == QImage.Format.Format_Indexed8 or image.colorCount() <= 256
    assert (tmp_path / "worklist.png").stat().st_size < 80_000
