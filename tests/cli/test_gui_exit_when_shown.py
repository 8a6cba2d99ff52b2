"""`dealerdesk gui --exit-when-shown` (docs/cli.md): run as a real process offscreen, it prints only the
milliseconds from process start to the first paint of the first window and exits 0 the ordinary way — the
main window when the environment logs in (its closing saves the window state, which proves it was the one
shown), the first-run dialog on a store nobody can log in to yet."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dealerdesk.services import open_check
from dealerdesk.store.db import close_store, open_store
from tests.factories import CLI_LOGIN, TEST_PASSWORD, make_cli_user, make_user


def _run(tmp_path: Path, db: Path, login: str | None) -> tuple[subprocess.CompletedProcess, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALERDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", DEALERDESK_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    if login:
        env.update(DEALERDESK_USER=login, DEALERDESK_PASSWORD=TEST_PASSWORD)
    done = subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(db), "gui", "--exit-when-shown"],
                          env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    saved = "".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in (tmp_path / "config").rglob("*") if p.is_file())
    return done, saved


def _assert_ms(done: subprocess.CompletedProcess) -> int:
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and lines[0].isdigit(), done.stdout  # the figure and nothing else
    ms = int(lines[0])
    assert 0 < ms < 120_000
    return ms


def test_empty_store_logged_in_shows_the_main_window(tmp_path):
    db = tmp_path / "empty.db"
    open_store(db, create=True)
    make_cli_user()
    make_user("root", "管理员", "admin")  # someone can log in: no first-run wizard
    close_store()
    done, saved = _run(tmp_path, db, CLI_LOGIN)
    _assert_ms(done)
    assert "main_window" in saved  # the main window was shown, then closed as a user closes it


def test_small_demo_store_shows_the_main_window(tmp_path, monkeypatch):
    db = tmp_path / "demo.db"
    made = subprocess.run([sys.executable, "-m", "dealerdesk", "demo", "--out", str(db), "--customers", "40",
                           "--password", TEST_PASSWORD], capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr[-2000:]
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))  # where the GUI notes its clean close
    done, saved = _run(tmp_path, db, "manager01")
    _assert_ms(done)
    assert "main_window" in saved
    # closed cleanly: noted, so the next start skips the quick check (services/open_check.py)
    assert open_check.unchanged_since_clean_close(db)
    done, _saved = _run(tmp_path, db, "manager01")
    _assert_ms(done)


@pytest.mark.parametrize("login", [None, CLI_LOGIN])
def test_a_store_nobody_can_log_in_to_shows_its_first_dialog(tmp_path, login):
    """A new file: the first-run dialog is the first window; it is closed as if dismissed (exit 0)."""
    done, saved = _run(tmp_path, tmp_path / "new.db", login)
    _assert_ms(done)
    assert "main_window" not in saved
