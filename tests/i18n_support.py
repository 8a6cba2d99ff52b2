"""Helpers for the translation tests: compile the project's .ts into a temp folder."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def _script(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_translations_module():
    return _script(ROOT / "scripts" / "build_translations.py")


def compile_ts(folder: Path, language: str = "en") -> Path:
    """dealerdesk_<language>.qm in `folder`, from resources/translations/dealerdesk_<language>.ts."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"dealerdesk_{language}.ts"
    shutil.copyfile(TS_DIR / ts.name, ts)
    build_translations_module().build(folder)
    ts.unlink()
    return folder / f"dealerdesk_{language}.qm"
