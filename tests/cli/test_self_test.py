"""`dealerdesk --self-test` (docs/cli.md): the installed command checks a throw-away demo store end to end
(login, search, monthly summary PDF, its page 1 through the preview path) and says so in one line."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dealerdesk.cli import main, self_test


def _installed_command() -> str:
    """The `dealerdesk` console script pip installed beside this Python (not `python -m`): what a user runs."""
    exe = Path(sys.executable).parent / ("dealerdesk.exe" if os.name == "nt" else "dealerdesk")
    if not exe.exists():
        found = shutil.which("dealerdesk")
        if not found:
            pytest.skip("the dealerdesk command is not installed (pip install -e .)")
        return found
    return str(exe)


def test_installed_command_passes_the_self_test_without_touching_the_users_data(tmp_path):
    home = tmp_path / "home"
    empty_path = tmp_path / "no-tools"  # no pdftoppm or anything else from PATH: the preview needs none
    empty_path.mkdir()
    env = dict(os.environ, DEALERDESK_HOME=str(home), PATH=str(empty_path))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    result = subprocess.run([_installed_command(), "--self-test"], env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("自检通过：")
    for step in ("演示门店", "登录", "搜索", "月度汇总 PDF", "预览"):
        assert step in lines[0]
    assert not home.exists()  # the throw-away folder, not the user's data folder


def test_a_failing_step_is_one_line_on_stderr_and_exit_1(monkeypatch, capsys):
    monkeypatch.setattr(self_test, "SEARCH_TEXT", "查无此人ZZ")
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == "自检失败：搜索：搜索“查无此人ZZ”没有结果"


def test_self_test_restores_the_environment(monkeypatch):
    monkeypatch.setattr(self_test, "SEARCH_TEXT", "查无此人ZZ")  # stop before the GUI part (in-process)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb-was-here")
    monkeypatch.delenv("DEALERDESK_HOME", raising=False)
    assert self_test.run() == 1
    assert os.environ["QT_QPA_PLATFORM"] == "xcb-was-here" and "DEALERDESK_HOME" not in os.environ
