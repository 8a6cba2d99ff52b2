"""Regenerate the help's screenshots: `python scripts/help_screenshots.py` (offscreen, no desktop needed).

Builds a small demo store (services/demo, 120 customers, a fixed seed and day so the pictures do not change
from run to run) in a temp folder, opens the main window logged in as the role whose help chapter shows the
page (ui/pages.HELP_CHAPTERS), shows each page and grabs the window into resources/help/img/<page>.png,
about 1000 px wide and reduced to an 8-bit palette (a UI picture loses nothing visible and the file is a
quarter of the size). resources/help/index.html and index.en.html show them; docs/user-guide.md links them.

Both languages by default: the Chinese UI into resources/help/img/ (index.html) and the English UI into
resources/help/img/en/ (index.en.html), each in its own process (the .qm files are compiled first).

Options: --lang zh_CN|en (one language only), --out FOLDER (with --lang; default resources/help/img[/en]),
--pages customers,worklist (default: all).
The user's own data folder and settings are never touched (DEALERDESK_HOME and QSettings point into the
temp folder).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 1000, 640
TODAY = dt.date(2026, 10, 15)
NOW = dt.datetime(2026, 10, 15, 10, 30)
#: the demo login that shows each role's chapter (services/demo/data.STAFF)
LOGINS = {"front_desk": "desk01", "sales": "sales01", "service_advisor": "service01",
          "manager": "manager01", "admin": "admin"}


def grab_pages(out: Path, pages: list[str] | None = None, language: str = "zh_CN") -> list[Path]:
    """Write one PNG per page into `out`; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dealerdesk-help-") as tmp:
        os.environ["DEALERDESK_HOME"] = tmp
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        from dealerdesk.app import install_translators, setup_application
        from dealerdesk.services.auth import actor_for_login
        from dealerdesk.services.demo import DemoOptions, generate_demo
        from dealerdesk.store.db import close_store, open_store
        from dealerdesk.ui.context import AppContext
        from dealerdesk.ui.main_window import MainWindow
        from dealerdesk.ui.pages import HELP_CHAPTERS, PAGES, may_open

        app = QApplication.instance() or QApplication(sys.argv[:1])
        setup_application(app)
        if language != "zh_CN":
            install_translators(app, language)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        QCoreApplication.setOrganizationName("DealerDeskHelp")
        store = Path(tmp) / "help.db"
        generate_demo(DemoOptions(path=store, customers=120, seed=7, today=TODAY))
        open_store(store)
        role_of = {page: role for _anchor, role, names in HELP_CHAPTERS for page in names}
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        windows: dict[str, MainWindow] = {}
        try:
            for name, *_ in PAGES:
                if pages and name not in pages:
                    continue
                role = role_of.get(name, "manager")
                if role not in windows:
                    ctx = AppContext(actor=actor_for_login(LOGINS[role]), db_label="help.db", clock=lambda: NOW)
                    window = MainWindow(ctx)
                    window.resize(WIDTH, HEIGHT)
                    window.show()
                    windows[role] = window
                window = windows[role]
                if not may_open(window.ctx.actor, name):
                    raise SystemExit(f"{LOGINS[role]} may not open {name}: fix HELP_CHAPTERS")
                window.show_page(name)
                for _ in range(5):  # let lazy models fill and layouts settle
                    app.processEvents()
                image = window.grab().toImage()
                image = image.convertToFormat(QImage.Format.Format_Indexed8,
                                              _no_dither())
                path = out / f"{name}.png"
                if not image.save(str(path), "PNG", 0):
                    raise SystemExit(f"could not write {path}")
                written.append(path)
        finally:
            for window in windows.values():
                window.close()
                window.deleteLater()
            app.processEvents()
            close_store()
    return written


def _no_dither():
    from PySide6.QtCore import Qt

    return Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--pages", default="")
    parser.add_argument("--lang", default="all", choices=("all", "zh_CN", "en"))
    args = parser.parse_args(argv)
    if args.lang == "all" and args.out is not None:  # a folder of one's own: the Chinese pictures
        args.lang = "zh_CN"
    if args.lang == "all":  # one process per language: each its own QApplication and translators
        import subprocess

        for language in ("zh_CN", "en"):
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "--lang", language,
                            "--pages", args.pages], check=True)
        return 0
    default = ROOT / "resources" / "help" / "img"
    out = args.out or (default if args.lang == "zh_CN" else default / args.lang.split("_")[0])
    if args.lang != "zh_CN":  # the .qm files are build output (scripts/build_translations.py)
        import subprocess

        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--optional"], check=True)
    written = grab_pages(out, [p for p in args.pages.split(",") if p] or None, args.lang)
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} screenshots in {out} ({total / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
