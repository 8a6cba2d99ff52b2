"""`pip install .` ships compiled translations: a wheel built from a copy of the source tree holds
resources/translations/*.qm (setup.py's build hook runs scripts/build_translations.py), and the PyInstaller
spec takes the .qm files, not the .ts sources. Builds one wheel (about 15 s with pip's cache)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("dealerdesk", "resources", "scripts", "setup.py", "pyproject.toml", "README.md", "MANIFEST.in")


@pytest.mark.slow
def test_the_wheel_holds_the_compiled_translations(tmp_path):
    tree = tmp_path / "src"
    for name in SOURCES:  # a copy: the build writes build/ and the .qm files into the tree it builds
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
        else:
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, tree / name)
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", str(tree), "--no-deps", "-q",
                             "-w", str(tmp_path / "dist")], capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("dealerdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    folder = "/share/dealerdesk/resources/translations/"
    qm = sorted(n.rsplit("/", 1)[1] for n in names if folder in n and n.endswith(".qm"))
    assert qm == ["dealerdesk_en.qm", "dealerdesk_zh_CN.qm"]
    english = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("dealerdesk_en.qm")))
    from dealerdesk.languages import read_qm

    assert read_qm(english), "the English catalogue is compiled, not empty"


def test_the_bundle_takes_the_qm_files():
    spec = (ROOT / "packaging" / "dealerdesk.spec").read_text(encoding="utf-8")
    assert '(RESOURCES / "translations", "resources/translations")' in spec
    assert 'path.suffix in {".ts"}' in spec  # sources left out; the .qm built by packaging/build.py go in
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert "build_translations.py" in build and "dealerdesk_en.qm" in build
