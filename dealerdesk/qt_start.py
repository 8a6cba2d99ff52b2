"""Can Qt open a window here? Asked before QApplication exists, because when it cannot, Qt aborts the whole
process with "no Qt platform plugin could be initialized" (console text, no dialog, exit code 134).

No Qt in this module (it must work when Qt's own libraries do not load): the answer is a sentence for the
person, shown by `show_start_problem` in a dialog where one is possible without Qt (Windows' MessageBox via
ctypes, tkinter where it is installed) and always as one line on stderr.

Cost: one dlopen per library below, all of which Qt loads a moment later anyway (~1 ms in all, measured in
packaging/README.md), so the window's cold start does not notice it.
"""
from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from dealerdesk.i18n import QT_TRANSLATE_NOOP

# What Qt 6's xcb platform plugin (libqxcb.so, libQt6XcbQpa.so.6) and QtGui/QtDBus load, and the Debian/Ubuntu
# package that holds each (README.md lists the same packages). ICU comes inside the PySide6 wheel.
LINUX_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
#: platforms that draw into memory or a framebuffer: no desktop libraries needed
HEADLESS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl"}

NO_DESKTOP = QT_TRANSLATE_NOOP(
    "qt_start", "没有找到图形桌面（DISPLAY 和 WAYLAND_DISPLAY 都没有设置），无法打开窗口。请在桌面里启动 "
    "DealerDesk；命令行功能见 dealerdesk --help。")
MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    "qt_start", "无法打开窗口：缺少 Qt 需要的系统库 {libraries}。请安装后再启动：sudo apt-get install {packages}")
NO_PLUGIN = QT_TRANSLATE_NOOP(
    "qt_start", "无法打开窗口：没有找到 Qt 的“{platform}”平台插件（{folder}）。请重新安装 DealerDesk。")
QT_NOT_LOADED = QT_TRANSLATE_NOOP(
    "qt_start", "无法打开窗口：Qt 无法加载（{reason}）。Linux 上请安装 README 里列出的系统库，Windows 上请重新安装 "
    "DealerDesk。")


def _loadable(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_linux_libraries(loadable: Callable[[str], bool] = _loadable) -> dict[str, str]:
    """library → package, for the libraries Qt's desktop (xcb) platform needs that cannot be loaded."""
    return {lib: pkg for lib, pkg in LINUX_LIBRARIES.items() if not loadable(lib)}


def platform_problem(env: Mapping[str, str], plugins_dir: Path | None, system: str = sys.platform,
                     loadable: Callable[[str], bool] = _loadable) -> str | None:
    """Why Qt cannot open a window with this environment (a sentence for the person), None when it can.

    `plugins_dir` is Qt's plugin folder (QLibraryInfo.PluginsPath; None when unknown)."""
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    platform = requested or ("windows" if system == "win32" else "cocoa" if system == "darwin" else "xcb")
    if plugins_dir is not None and plugins_dir.is_dir():
        folder = plugins_dir / "platforms"
        if not any(folder.glob(f"*q{platform}.*")):
            return NO_PLUGIN.format(platform=platform, folder=folder)
    if not system.startswith("linux") or platform in HEADLESS:
        return None
    if platform == "wayland" or (not requested and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        return None  # Qt's wayland plugin; a wayland desktop also runs X programs through XWayland
    if not env.get("DISPLAY"):
        return NO_DESKTOP
    missing = missing_linux_libraries(loadable)
    if missing:
        return MISSING_LIBRARIES.format(libraries="、".join(missing), packages=" ".join(sorted(set(missing.values()))))
    return None


def show_start_problem(text: str) -> None:
    """One line on stderr, and a dialog where one can be shown without Qt."""
    if sys.stderr is not None:  # None in the windowed launcher (pythonw / dealerdeskw.exe)
        print("DealerDesk: " + text, file=sys.stderr, flush=True)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or os.environ.get("DEALERDESK_NO_DIALOG"):
        return  # scripts and tests: the line is enough
    if sys.platform == "win32":
        ctypes.windll.user32.MessageBoxW(None, text, "DealerDesk", 0x10)  # MB_ICONERROR
        return
    if not os.environ.get("DISPLAY"):
        return
    try:
        import tkinter
        from tkinter import messagebox

        root = tkinter.Tk()
        root.withdraw()
        messagebox.showerror("DealerDesk", text, parent=root)
        root.destroy()
    except Exception:  # noqa: BLE001 - no tkinter, or it cannot reach the display either: stderr said it
        pass
