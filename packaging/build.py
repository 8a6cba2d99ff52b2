"""Build the DealerDesk bundle with PyInstaller and smoke-test it; exit non-zero if anything fails.

Why a script and not just `pyinstaller dealerdesk.spec`: a bundle that builds is not a bundle that runs
(a module imported by name, a data file or a Qt plugin missing only shows at run time), so every build
runs the bundled executable the way an installer user and an ops script would: `--version`, writing a
demo store, `check` on it and `--self-test` (login, search, the monthly report and its preview, offscreen) --
in a throw-away data folder so a developer's own store is never touched. The bundle's size is reported,
with its largest parts, so a Qt module creeping back in shows.

    python packaging/build.py                 # translations -> PyInstaller -> smoke test
    python packaging/build.py --smoke-only    # test an existing dist/dealerdesk
Requires: pip install -e ".[build]"  (PyInstaller; lrelease comes with PySide6-Essentials)
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "dealerdesk.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
# Files the running program looks for inside the bundle (config.resources_dir() = <bundle>/resources).
REQUIRED_IN_BUNDLE = ("resources/help/index.html", "resources/help/index.en.html",
                      "resources/translations/dealerdesk_en.qm", "resources/icons/dealerdesk.png",
                      "resources/fonts/wqy-microhei.ttc")


def step(title: str) -> float:
    print(f"\n== {title}", flush=True)
    return time.perf_counter()


def run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 1800) -> subprocess.CompletedProcess:
    print("$ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env, timeout=timeout, check=False,
                          capture_output=True, text=True, encoding="utf-8", errors="replace")


def prepare() -> None:
    """Compiled translations and the icon must exist before PyInstaller copies resources/."""
    result = run([sys.executable, str(ROOT / "scripts" / "build_translations.py")])
    print(result.stdout + result.stderr, end="")
    if result.returncode != 0:
        raise SystemExit("build: translations could not be compiled")
    if not (ROOT / "resources" / "icons" / "dealerdesk.ico").exists():
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = run([sys.executable, str(ROOT / "scripts" / "make_icon.py")], env=env)
        if result.returncode != 0:
            raise SystemExit("build: icon could not be drawn: " + result.stderr.strip())


def build(dist: Path, work: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('build: PyInstaller is not installed (pip install -e ".[build]")') from None
    result = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                  "--distpath", str(dist), "--workpath", str(work), str(SPEC)])
    if result.returncode != 0:
        print(result.stdout[-4000:] + result.stderr[-8000:])
        raise SystemExit("build: PyInstaller failed")
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
    for line in warnings[:30]:
        print("  " + line)


def smoke_test(bundle: Path) -> list[str]:
    """Run the bundled CLI like a user would; the failures, empty when the bundle works."""
    exe = bundle / f"dealerdesk{EXE_SUFFIX}"
    failures: list[str] = []
    if not exe.is_file():
        return [f"{exe} does not exist"]
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    failures += [f"missing in bundle: {rel}" for rel in REQUIRED_IN_BUNDLE if not (internal / rel).is_file()]
    if not (bundle / f"dealerdeskw{EXE_SUFFIX}").is_file():
        failures.append("the windowed launcher dealerdeskw is missing")

    with tempfile.TemporaryDirectory(prefix="dealerdesk-smoke-") as tmp:
        home = Path(tmp)
        env = dict(os.environ, DEALERDESK_HOME=str(home / "home"), QT_QPA_PLATFORM="offscreen")
        env.pop("DEALERDESK_DB", None)
        env.pop("DEALERDESK_USER", None)
        demo = home / "demo.db"
        checks = [
            ([str(exe), "--version"], lambda out: out.startswith("DealerDesk ")),
            ([str(exe), "demo", "--out", str(demo), "--customers", "50", "--seed", "1"], lambda out: demo.is_file()),
            ([str(exe), "--db", str(demo), "check"], lambda out: out.startswith("ok:")),
            # the whole path a clerk takes, offscreen: demo store, login, search, report PDF, its preview
            ([str(exe), "--self-test"], lambda out: out.startswith("自检通过")),
        ]
        for cmd, good in checks:
            started = time.perf_counter()
            try:
                result = run(cmd, env=env, timeout=300)
            except subprocess.TimeoutExpired:
                failures.append(f"{' '.join(cmd[1:])}: timed out")
                continue
            out = result.stdout.strip()
            print(f"  exit {result.returncode} in {time.perf_counter() - started:.1f}s: {out[-300:]}")
            if result.returncode != 0 or not good(out):
                failures.append(f"{' '.join(cmd[1:])}: exit {result.returncode}: "
                                f"{(result.stderr.strip() or out)[-500:]}")
    return failures


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path, top: int = 8) -> str:
    """The bundle's size and its largest files (MB), e.g. to see which Qt libraries came along."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    largest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:top]
    lines = [f"  bundle {folder_size(bundle) / 1e6:.0f} MB in {len(files)} files; largest:"]
    lines += [f"    {p.stat().st_size / 1e6:6.1f} MB  {p.relative_to(bundle)}" for p in largest]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder")
    parser.add_argument("--smoke-only", action="store_true", help="only test an existing bundle")
    args = parser.parse_args(argv)
    bundle = args.dist / "dealerdesk"
    total = time.perf_counter()
    if not args.smoke_only:
        started = step("translations and icon")
        prepare()
        print(f"  {time.perf_counter() - started:.1f}s")
        started = step("PyInstaller (onedir)")
        build(args.dist, args.work)
        print(f"  {time.perf_counter() - started:.1f}s, at {bundle}")
        print(size_report(bundle))
    started = step("smoke test")
    failures = smoke_test(bundle)
    print(f"  {time.perf_counter() - started:.1f}s")
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"\nOK: {bundle} works ({time.perf_counter() - total:.0f}s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
