"""`dealerdesk catalogue import|list` (docs/cli.md): a models sheet and a services sheet recognised from the
header, the JSON shapes, re-import changing nothing, exit 1 when nothing could be imported."""
from __future__ import annotations

import csv
import json

import pytest
from openpyxl import Workbook

from dealerdesk.cli import main
from dealerdesk.store.db import close_store, open_store
from tests.factories import make_cli_user


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    open_store(path, create=True)
    make_cli_user()
    close_store()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_models_then_list_them(db, tmp_path, capsys):
    wb = Workbook()
    for r in (["品牌", "车系", "车型", "指导价", "燃料类型"], ["广汽丰田", "凯美瑞", "凯美瑞 2.0G", 179800, "汽油"],
              ["广汽丰田", "bZ4X", "bZ4X 长续航", 199800, "纯电动"], ["", "", "", "", "柴油"]):
        wb.active.append(r)
    wb.save(tmp_path / "m.xlsx")
    code, out, _ = run(capsys, "--db", db, "catalogue", "import", tmp_path / "m.xlsx", "--json")
    assert code == 0
    result = json.loads(out)
    assert {k: result[k] for k in ("kind", "rows", "imported", "updated", "rejected")} == {
        "kind": "models", "rows": 3, "imported": 2, "updated": 0, "rejected": 1}
    assert result["rejects"][0]["row"] == 4
    code, out, _ = run(capsys, "--db", db, "catalogue", "import", tmp_path / "m.xlsx", "--json")
    assert (json.loads(out)["imported"], json.loads(out)["updated"]) == (0, 2)
    code, out, _ = run(capsys, "--db", db, "catalogue", "list", "models", "--json")
    models = {m["name"]: m for m in json.loads(out)}
    assert set(models) == {"凯美瑞 2.0G", "bZ4X 长续航"}
    assert models["bZ4X 长续航"]["new_energy"] is True and models["凯美瑞 2.0G"]["series"] == "凯美瑞"
    code, out, _ = run(capsys, "--db", db, "catalogue", "list", "models")
    assert code == 0 and "凯美瑞 2.0G" in out and "纯电动" in out


def test_import_services_with_a_package_then_list(db, tmp_path, capsys):
    path = tmp_path / "s.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows([["项目编码", "名称", "工时", "工时单价", "单价", "单位", "配件"],
                                 ["P-OIL", "机油", "", "", "68", "升", ""], ["L-MAINT", "保养工时", "1", "150", "", "", ""],
                                 ["PK-S", "小保养", "", "", "399", "", "P-OIL×4, L-MAINT"]])
    code, out, err = run(capsys, "--db", db, "catalogue", "import", path)
    assert code == 0, err
    assert "新建 3" in out
    code, out, _ = run(capsys, "--db", db, "catalogue", "list", "services", "--json")
    rows = {r["code"]: r for r in json.loads(out)}
    assert rows["L-MAINT"]["price"] == "150.00" and rows["P-OIL"]["unit"] == "升"
    assert rows["PK-S"]["kind"] == "package" and rows["PK-S"]["price"] == "399.00"
    assert [ln["code"] for ln in rows["PK-S"]["lines"]] == ["P-OIL", "L-MAINT"]


def test_nothing_importable_exits_1_with_one_line(db, tmp_path, capsys):
    path = tmp_path / "x.csv"
    path.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "catalogue", "import", path)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "认不出" in err
