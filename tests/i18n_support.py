"""Helpers for the translation tests: compile a .ts into a temp folder, with the translators' work applied
when it is on this machine (/work/trans/*.out.json, applied by the integrator to resources/translations)."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
TRANSLATORS = Path("/work/trans")
NOT_APPLIED = "translations are applied by the integrator"


def _script(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_translations_module():
    return _script(ROOT / "scripts" / "build_translations.py")


def compile_ts(folder: Path, language: str = "en", apply_translators: bool = True) -> Path:
    """dealerdesk_<language>.qm in `folder`, from the worktree's .ts (plus the translators' JSON if present)."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"dealerdesk_{language}.ts"
    shutil.copyfile(TS_DIR / ts.name, ts)
    outputs = sorted(TRANSLATORS.glob("r*_part*.out.json")) if TRANSLATORS.is_dir() else []
    tool = TRANSLATORS / "ts_tool.py"
    if apply_translators and language == "en" and outputs and tool.is_file():
        _script(tool).apply(str(ts), [str(p) for p in outputs])
    build_translations_module().build(folder)
    ts.unlink()
    return folder / f"dealerdesk_{language}.qm"
