"""Issue 20's CLI path for a new store, as a shell script would run it: migrate, user add, catalogue import
(models, then services), import customers; the leads land on the catalogue model (a series name finds the
series' current model) and on the consultant named in the sheet."""
from __future__ import annotations

import csv
import json

from dealerdesk.cli import main
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Lead, ServicePackage


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    close_store()
    return code, out, err


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    return path


def test_migrate_user_catalogue_and_customers_from_the_shell(tmp_path, capsys, monkeypatch):
    db = tmp_path / "new.db"
    monkeypatch.setenv("DEALERDESK_USER", "admin")
    monkeypatch.setenv("DEALERDESK_PASSWORD", "admin-pass-1")
    assert run(capsys, "--db", db, "migrate")[0] == 0
    monkeypatch.setenv("DEALERDESK_NEW_PASSWORD", "sales-pass-1")
    assert run(capsys, "--db", db, "user", "add", "sales01", "--name", "刘婷", "--role", "sales")[0] == 0
    models = _csv(tmp_path / "models.csv", [["品牌", "车系", "车型", "年款", "指导价", "燃料类型"],
                                           ["广汽丰田", "凯美瑞", "凯美瑞 2024款", 2024, 179800, "汽油"],
                                           ["广汽丰田", "凯美瑞", "凯美瑞 2025款", 2025, 189800, "油电混动"]])
    code, out, _ = run(capsys, "--db", db, "catalogue", "import", models, "--json")
    assert code == 0 and json.loads(out)["imported"] == 2
    items = _csv(tmp_path / "items.csv", [["项目编码", "名称", "工时", "工时单价", "单价", "配件"],
                                          ["P-OIL", "机油", "", "", "68", ""], ["L-MAINT", "保养工时", "1", "150", "", ""],
                                          ["PK-MINOR", "小保养", "", "", "399", "P-OIL×4、L-MAINT"]])
    assert run(capsys, "--db", db, "catalogue", "import", items)[0] == 0
    customers = _csv(tmp_path / "customers.csv", [["姓名", "手机", "意向车型", "销售顾问"],
                                                  ["张三", "13800138001", "凯美瑞", "刘婷"],
                                                  ["李四", "13800138002", "宝马3系", "不认识"]])
    code, out, err = run(capsys, "--db", db, "import", customers, "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 2 and json.loads(out)["warnings"]
    open_store(db)
    try:
        leads = {lead.customer.name: lead for lead in Lead.select()}
        assert leads["张三"].model.name == "凯美瑞 2025款" and leads["张三"].owner.login == "sales01"
        assert leads["李四"].model is None and leads["李四"].other_models == "宝马3系"
        assert ServicePackage.get(ServicePackage.code == "PK-MINOR").name == "小保养"
    finally:
        close_store()


def test_the_example_shell_script_sets_up_a_store(tmp_path):
    """docs/examples/new_store.sh run by bash, as a store's technician would: every step exits 0 and the
    imported lead is on the catalogue model, owned by the consultant the script added."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "docs" / "examples" / "new_store.sh"
    models = _csv(tmp_path / "models.csv", [["品牌", "车系", "车型", "年款", "指导价", "燃料类型"],
                                           ["广汽丰田", "凯美瑞", "凯美瑞 2025款", 2025, 189800, "油电混动"]])
    items = _csv(tmp_path / "items.csv", [["项目编码", "名称", "工时", "工时单价", "单价", "配件"],
                                          ["P-OIL", "机油", "", "", "68", ""],
                                          ["L-MAINT", "保养工时", "1", "150", "", ""],
                                          ["PK-MINOR", "小保养", "", "", "399", "P-OIL×4、L-MAINT"]])
    customers = _csv(tmp_path / "customers.csv", [["姓名", "手机", "意向车型", "销售顾问"],
                                                  ["张三", "13800138001", "凯美瑞", "刘婷"]])
    db = tmp_path / "shop.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALERDESK_")}
    env.update(DEALERDESK_PASSWORD="admin-pass-1", DEALERDESK_NEW_PASSWORD="sales-pass-1",
               DEALERDESK_HOME=str(tmp_path / "home"), PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '')}")
    done = subprocess.run(["bash", str(script), db, models, items, customers], env=env, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout[done.stdout.index("{"):])["imported"] == 1
    open_store(db)
    try:
        (lead,) = Lead.select()
        assert (lead.model.name, lead.owner.login) == ("凯美瑞 2025款", "sales01")
        assert ServicePackage.get(ServicePackage.code == "PK-MINOR").name == "小保养"
    finally:
        close_store()
