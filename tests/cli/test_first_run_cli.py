"""A new store without the wizard (docs/cli.md): `migrate` creates it with its administrator, `user add` takes
the staff's phone and department, `store-profile` sets what every printout's header shows."""
import json
import sys

from dealerdesk.cli import main
from dealerdesk.store.db import close_store
from tests.ui.test_first_run_helpers import PNG_1PX


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


def test_a_new_store_is_set_up_from_the_shell(tmp_path, capsys, monkeypatch):
    path = tmp_path / "shop.db"
    monkeypatch.setattr(sys, "stdin", open("/dev/null"))
    monkeypatch.setenv("DEALERDESK_USER", "boss")
    monkeypatch.setenv("DEALERDESK_PASSWORD", "first-admin-1")
    assert run(capsys, "--db", path, "migrate", "--admin", "boss")[0] == 0
    monkeypatch.setenv("DEALERDESK_NEW_PASSWORD", "staff-pass-1")
    code, _, err = run(capsys, "--db", path, "user", "add", "li", "--name", "李明", "--role", "sales",
                       "--phone", "139 1234 5678", "--department", "销售部")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", path, "user", "list", "--json")
    li = next(r for r in json.loads(out) if r["login"] == "li")
    assert (li["phone"], li["department"]) == ("13912345678", "销售部")

    (tmp_path / "logo.png").write_bytes(PNG_1PX)
    code, out, err = run(capsys, "--db", path, "store-profile", "--name", "鹏程吉利4S店", "--phone", "0755-23456789",
                         "--logo", tmp_path / "logo.png", "--json")
    assert code == 0, err
    assert json.loads(out) == {"name": "鹏程吉利4S店", "address": "", "phone": "0755-23456789",
                               "logo_bytes": len(PNG_1PX), "logo_mime": "image/png"}
    code, out, _ = run(capsys, "--db", path, "store-profile")
    assert code == 0 and "门店名称：鹏程吉利4S店" in out


def test_a_consultant_may_not_change_the_store_profile_and_a_bad_logo_is_one_line(tmp_path, capsys, monkeypatch):
    path = tmp_path / "shop.db"
    monkeypatch.setattr(sys, "stdin", open("/dev/null"))
    monkeypatch.setenv("DEALERDESK_USER", "boss")
    monkeypatch.setenv("DEALERDESK_PASSWORD", "first-admin-1")
    assert run(capsys, "--db", path, "migrate", "--admin", "boss")[0] == 0
    (tmp_path / "logo.gif").write_bytes(b"GIF89a")
    code, _, err = run(capsys, "--db", path, "store-profile", "--logo", tmp_path / "logo.gif")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "PNG" in err
    monkeypatch.setenv("DEALERDESK_NEW_PASSWORD", "staff-pass-1")
    assert run(capsys, "--db", path, "user", "add", "li", "--name", "李明", "--role", "sales")[0] == 0
    monkeypatch.setenv("DEALERDESK_USER", "li")
    monkeypatch.setenv("DEALERDESK_PASSWORD", "staff-pass-1")
    code, _, err = run(capsys, "--db", path, "store-profile", "--name", "别的店")
    assert code == 1 and "不能修改门店资料" in err
