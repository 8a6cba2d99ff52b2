"""Before QApplication: can Qt open a window here (dealerdesk/qt_start.py)? When it cannot, the person gets a
sentence naming the cause and the fix, not Qt's abort ("no Qt platform plugin could be initialized")."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dealerdesk import qt_start


@pytest.fixture()
def plugins(tmp_path) -> Path:
    folder = tmp_path / "plugins" / "platforms"
    folder.mkdir(parents=True)
    for name in ("libqxcb.so", "libqoffscreen.so", "libqwayland.so", "qwindows.dll"):
        (folder / name).write_bytes(b"")
    return folder.parent


def everything(_lib: str) -> bool:
    return True


def test_no_desktop_is_said_in_one_sentence(plugins):
    assert qt_start.platform_problem({}, plugins, "linux", everything) == qt_start.NO_DESKTOP


def test_missing_xcb_libraries_name_the_packages_to_install(plugins):
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    text = qt_start.platform_problem({"DISPLAY": ":0"}, plugins, "linux", lambda lib: lib not in absent)
    assert "libxcb-icccm.so.4" in text and text.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_a_complete_desktop_the_offscreen_platform_and_wayland_pass(plugins):
    assert qt_start.platform_problem({"DISPLAY": ":0"}, plugins, "linux", everything) is None

    def nothing(_lib: str) -> bool:
        return False

    assert qt_start.platform_problem({"QT_QPA_PLATFORM": "offscreen"}, plugins, "linux", nothing) is None
    assert qt_start.platform_problem({"WAYLAND_DISPLAY": "wayland-0"}, plugins, "linux", nothing) is None


def test_a_missing_platform_plugin_is_named(plugins):
    (plugins / "platforms" / "qwindows.dll").unlink()
    text = qt_start.platform_problem({}, plugins, "win32", everything)
    assert text == qt_start.NO_PLUGIN.format(platform="windows", folder=plugins / "platforms")
    assert qt_start.platform_problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}, plugins, "linux", everything)


def test_the_library_list_covers_what_the_installed_xcb_plugin_needs():
    """LINUX_LIBRARIES (and README's apt-get line) must name every system library Qt's xcb plugin links."""
    if not sys.platform.startswith("linux") or not shutil.which("readelf"):
        pytest.skip("reads the Linux plugin's ELF header with readelf")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    needed: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                   qt / "lib" / "libQt6Gui.so.6", qt / "lib" / "libQt6DBus.so.6"):
        out = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[")[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line}
    system = {n for n in needed if not n.startswith(("libQt6", "libicu", "libc.", "libm.", "libstdc++", "libgcc_s",
                                                      "ld-linux", "libpthread", "libdl.", "librt.", "libz.",
                                                      "libzstd", "libgthread"))}
    assert system <= set(qt_start.LINUX_LIBRARIES), sorted(system - set(qt_start.LINUX_LIBRARIES))
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [pkg for pkg in set(qt_start.LINUX_LIBRARIES.values()) if pkg not in readme]
    assert not missing, f"README.md does not list {missing}"


def test_the_problem_is_one_line_on_stderr(capsys, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # no dialog in a test
    qt_start.show_start_problem(qt_start.NO_DESKTOP)
    assert capsys.readouterr().err == "DealerDesk: " + qt_start.NO_DESKTOP + "\n"


def test_starting_the_window_without_a_desktop_exits_1_with_the_sentence_not_a_qt_abort(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("DISPLAY is how Linux says there is a desktop")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DEALERDESK_HOME=str(tmp_path / "home"), DEALERDESK_NO_DIALOG="1")
    result = subprocess.run([sys.executable, "-m", "dealerdesk"], env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=120, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "DealerDesk: " + qt_start.NO_DESKTOP
