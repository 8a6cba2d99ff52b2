"""services/open_check.py: the GUI skips its quick check at start only for a store file exactly as the program
left it at a clean close; any write, an unfinished WAL or another file means the check runs."""
from dealerdesk.services import open_check
from dealerdesk.store.db import close_store, open_store
from tests.factories import make_user


def _store(tmp_path):
    path = tmp_path / "shop.db"
    open_store(path, create=True)
    make_user("boss", "经理", "manager")
    close_store()
    return path


def test_unchanged_after_a_clean_close(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    path = _store(tmp_path)
    assert not open_check.unchanged_since_clean_close(path)  # never noted: check
    open_check.remember_clean_close(path)
    assert open_check.unchanged_since_clean_close(path)
    assert not open_check.unchanged_since_clean_close(tmp_path / "other.db")
    assert not open_check.unchanged_since_clean_close(None)


def test_a_write_since_the_close_means_a_check(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    path = _store(tmp_path)
    open_check.remember_clean_close(path)
    open_store(path)
    make_user("li", "李顾问", "sales")
    close_store()
    assert not open_check.unchanged_since_clean_close(path)
    with open(path, "r+b") as f:  # a tool rewriting bytes in place (same size): the time changes
        f.seek(100)
        f.write(f.read(1))
    open_check.remember_clean_close(path)
    assert open_check.unchanged_since_clean_close(path)
    open_check.forget(path)
    assert not open_check.unchanged_since_clean_close(path)


def test_a_store_left_with_a_wal_is_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    path = _store(tmp_path)
    (tmp_path / "shop.db-wal").write_bytes(b"x" * 32)  # a crash left committed pages in the WAL
    open_check.remember_clean_close(path)
    assert not open_check.unchanged_since_clean_close(path)
