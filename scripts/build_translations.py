"""Compile resources/translations/*.ts into the .qm files app.install_translators() loads.

The .qm files are build output (not committed): packaging/build.py runs this before PyInstaller, and a
developer runs it after editing a .ts in Qt Linguist. lrelease comes with PySide6-Essentials (as
`pyside6-lrelease` on PATH, or the `lrelease` binary inside the PySide6 package), so no Qt SDK is needed.

    python scripts/build_translations.py             # exit 1 if lrelease is missing
    python scripts/build_translations.py --optional  # warn and exit 0 instead (e.g. in a quick dev setup)
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def find_lrelease() -> list[str] | None:
    """The command that runs lrelease here, preferring the one matching the installed PySide6."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).resolve().parent
        for name in ("lrelease.exe", "lrelease", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def build(ts_dir: Path = TS_DIR) -> list[Path]:
    command = find_lrelease()
    if command is None:
        raise FileNotFoundError("lrelease not found (pip install PySide6-Essentials, or put Qt's lrelease on PATH)")
    built = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=False,
                                capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed for {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--optional", action="store_true", help="a missing lrelease is a warning, not an error")
    args = parser.parse_args(argv)
    try:
        built = build()
    except FileNotFoundError as exc:
        print(("warning: " if args.optional else "error: ") + str(exc), file=sys.stderr)
        return 0 if args.optional else 1
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for qm in built:
        print(f"{qm.relative_to(ROOT)} ({qm.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
