"""Build hook: the wheel (and `pip install .`) ships compiled translations, not only their .ts sources.

Everything else about the package is in pyproject.toml. Before the package is built, build_py runs
scripts/build_translations.py (the one script that compiles resources/translations/*.ts with the lrelease of
the PySide6 in the build environment: pyproject.toml's build-system requires it) and adds the .qm files to
the data files installed under share/dealerdesk/resources/translations, where config.resources_dir() looks.
The .qm files are build output and never committed (.gitignore).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TARGET = "share/dealerdesk/resources/translations"


def _build_translations():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        built = [qm.relative_to(ROOT).as_posix() for qm in _build_translations()]
        # pyproject's data-files globs were expanded before the .qm files existed: add the ones missing
        data_files = self.distribution.data_files
        if data_files is None:
            data_files = self.distribution.data_files = []
        listed = {Path(f).as_posix() for target, files in data_files if target == TARGET for f in files}
        missing = [qm for qm in built if qm not in listed]
        if missing:
            data_files.append((TARGET, missing))
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
