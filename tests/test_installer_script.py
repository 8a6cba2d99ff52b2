"""The Windows installer's inputs, checked here where no Inno Setup or Windows runs: packaging/installer.iss
parses as Inno Setup's INI-like sections with the keys ISCC requires, every file it names exists (or is what
packaging/build.py produces), and packaging/dealerdesk.spec bundles every resource folder the program reads."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "installer.iss"
SPEC = PACKAGING / "dealerdesk.spec"


class IssScript:
    """Inno Setup script: `#define NAME "value"` lines, [Sections] of `Key=value` ([Setup], [Messages]…) or of
    `Name: "value"; Flags: …` entries ([Files], [Icons]…); `;` starts a comment line, `\\` continues a line."""

    ENTRY_SECTIONS = {"Languages", "Tasks", "Files", "Icons", "Registry", "Run", "UninstallRun", "InstallDelete",
                      "UninstallDelete", "Dirs", "Types", "Components", "INI"}

    def __init__(self, text: str) -> None:
        self.defines: dict[str, str] = {}
        self.sections: dict[str, list[str]] = {}
        current = None
        pending = ""
        for raw in text.splitlines():
            line = pending + raw.strip()
            pending = ""
            if line.endswith("\\"):
                pending = line[:-1] + " "
                continue
            if not line or line.startswith(";"):
                continue
            if line.startswith("#"):
                m = re.match(r'#define\s+(\w+)\s+"([^"]*)"', line)
                if m:
                    self.defines.setdefault(m.group(1), m.group(2))
                continue
            m = re.fullmatch(r"\[(\w+)\]", line)
            if m:
                current = m.group(1)
                assert current not in self.sections, f"[{current}] appears twice"
                self.sections[current] = []
                continue
            assert current is not None, f"a line outside any section: {line}"
            self.sections[current].append(line)

    def expand(self, value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines[m.group(1)], value)

    def settings(self, section: str) -> dict[str, str]:
        out = {}
        for line in self.sections[section]:
            key, sep, value = line.partition("=")
            assert sep, f"[{section}] {line!r} is not Key=value"
            out[key.strip()] = self.expand(value.strip())
        return out

    def entries(self, section: str) -> list[dict[str, str]]:
        out = []
        for line in self.sections.get(section, []):
            entry = {}
            for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
                key, value = part
                entry[key] = self.expand(value.strip().strip('"').replace('""', '"'))
            assert entry, f"[{section}] {line!r} has no Key: value parameters"
            out.append(entry)
        return out


@pytest.fixture(scope="module")
def iss() -> IssScript:
    return IssScript(ISS.read_text(encoding="utf-8-sig"))


def test_the_script_has_the_sections_and_setup_keys_iscc_needs(iss):
    assert {"Setup", "Languages", "Files", "Icons", "Tasks", "Registry", "Run"} <= set(iss.sections)
    unknown = set(iss.sections) - iss.ENTRY_SECTIONS - {"Setup", "CustomMessages", "Messages", "Code"}
    assert not unknown
    setup = iss.settings("Setup")
    for key in ("AppId", "AppName", "AppVersion", "DefaultDirName", "OutputBaseFilename", "OutputDir"):
        assert setup.get(key), f"[Setup] lacks {key}"
    assert setup["PrivilegesRequired"] == "lowest"  # per user, no administrator (README)
    assert setup["DefaultDirName"] == "{autopf}\\DealerDesk"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])


def test_files_the_script_names_exist_or_are_the_bundle_build_py_makes(iss):
    setup = iss.settings("Setup")
    assert (PACKAGING / setup["SetupIconFile"].replace("\\", "/")).is_file()
    (files,) = iss.entries("Files")
    source = files["Source"].replace("\\", "/")
    assert source == "../dist/dealerdesk/*"  # build.py's default --dist, the spec's COLLECT name
    assert 'name="dealerdesk")' in SPEC.read_text(encoding="utf-8").replace(" ", "")
    spec = SPEC.read_text(encoding="utf-8")
    for exe in ("GuiExe", "CliExe"):
        name = iss.defines[exe].removesuffix(".exe")
        assert f'name="{name}", console={"False" if exe == "GuiExe" else "True"}' in spec


def test_every_task_message_and_shortcut_target_is_defined(iss):
    tasks = {e["Name"] for e in iss.entries("Tasks")}
    languages = {e["Name"] for e in iss.entries("Languages")}
    messages = {line.split("=", 1)[0] for line in iss.sections["CustomMessages"]}
    used_messages = set(re.findall(r"\{cm:(\w+)\}", ISS.read_text(encoding="utf-8-sig")))
    for name in used_messages:
        assert {f"{lang}.{name}" for lang in languages} <= messages, f"{{cm:{name}}} is not in every language"
    for section in ("Icons", "Registry", "Run"):
        for entry in iss.entries(section):
            assert set(entry.get("Tasks", "").split()) <= tasks
            target = entry.get("Filename", "") + entry.get("ValueData", "")
            if "{app}" in target:
                assert "dealerdeskw.exe" in target or "dealerdesk.exe" in target
    icons = {e["Name"] for e in iss.entries("Icons")}
    assert "{autoprograms}\\DealerDesk" in icons  # the Start menu entry README points to


def test_the_parser_rejects_a_broken_script():
    with pytest.raises(AssertionError):
        IssScript("AppName=x\n")  # outside a section
    with pytest.raises(AssertionError):
        IssScript("[Setup]\nAppName=x\n[Setup]\n")
    with pytest.raises(AssertionError):
        IssScript("[Setup]\nno value here\n").settings("Setup")


def _spec_sources() -> set[Path]:
    text = SPEC.read_text(encoding="utf-8")
    block = text[text.index("RESOURCE_DATAS = ["):]
    block = block[:block.index("]\n")]
    bases = {"RESOURCES": ROOT / "resources", "ROOT": ROOT}
    return {bases[b] / sub for b, sub in re.findall(r'\((RESOURCES|ROOT) / "([^"]+)"', block)}


def test_the_spec_bundles_every_resource_folder_and_pdfium():
    folders = {p for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert {"fonts", "help", "icons", "translations"} <= {p.name for p in folders}
    missing = folders - _spec_sources()
    assert not missing, f"packaging/dealerdesk.spec does not bundle {sorted(p.name for p in missing)}"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'path.suffix in {".ts"}' in spec  # sources skipped, so the compiled .qm beside them are shipped
    assert 'collect_dynamic_libs("pypdfium2_raw")' in spec  # the preview's and printing's PDF renderer
    assert "poppler" not in spec.lower()


def test_build_py_checks_the_bundle_with_the_self_test():
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert '"--self-test"' in build
    for rel in re.findall(r'"(resources/[^"]+)"', build):
        folder = ROOT / rel.rsplit("/", 1)[0]
        assert folder in _spec_sources() or folder.parent in _spec_sources()


def test_the_windows_workflow_builds_checks_and_compiles_the_installer():
    workflow = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    for step in ("python packaging/build.py", "choco install innosetup", "packaging\\installer.iss",
                 "dealerdesk --self-test", "dealerdesk.exe\" --self-test"):
        assert step in workflow, step


def test_pip_installs_a_console_command_and_a_windowed_one():
    """`dealerdesk` stays the console command (docs/cli.md); `dealerdeskw` opens the window without a console
    on Windows, like the bundle's dealerdeskw.exe; pypdfium2 comes with `pip install .` (preview, printing)."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["dealerdesk"] == "dealerdesk.cli:main"
    assert project["gui-scripts"]["dealerdeskw"] == "dealerdesk.cli:main"
    assert any(dep.startswith("pypdfium2") for dep in project["dependencies"])
