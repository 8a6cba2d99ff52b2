"""Issue 23: the importer reads with bounded memory whatever the file claims. The two zip-bomb shapes (a
2 MB .xlsx whose one row expands to 2 GB; a 1 MB one whose shared-strings table expands to 1 GB) stop with
a clear message, nothing written, within 300 MB and 10 s: with the default limits (the zip's directory is
refused before anything is decompressed) and with the size and ratio limits raised (the row, cell and
string limits stop the streaming reader). Each import runs in a child process whose peak RSS (VmHWM; and
its own children's with getrusage: a big file is checked in a worker process) is measured."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import Workbook

from dealerdesk.domain.errors import InvalidInput
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.settings import set_setting
from dealerdesk.services.transfer.importer import preview, run_import
from dealerdesk.services.transfer.limits import ReadLimits
from dealerdesk.services.transfer.read import read_table
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer


ROOT = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from dealerdesk.domain.errors import InvalidInput
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.settings import set_setting
    from dealerdesk.services.transfer.importer import run_import
    from dealerdesk.store.db import close_store, open_store
    from dealerdesk.store.models import Customer
    from tests.services.transfer import zip_bombs

    kind, folder, raised = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "raised"
    bomb = getattr(zip_bombs, kind)(folder / (kind + ".xlsx"))
    open_store(folder / "t.db", create=True)
    if raised:  # past the directory check: the streaming reader must stop it
        set_setting(SYSTEM, "import.max_unzipped_mb", 100000)
        set_setting(SYSTEM, "import.max_ratio", 100000)
    start = time.monotonic()
    message = ""
    try:
        run_import(SYSTEM, bomb)
    except InvalidInput as exc:
        message = str(exc)
    seconds = time.monotonic() - start
    # this process's own peak: VmHWM (ru_maxrss of a process forked from a big pytest process starts at the
    # parent's size); its children's (the import's worker process, forked from this small one): getrusage
    hwm = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")]
    own = hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({{"message": message, "mb": rss / 1024, "seconds": seconds,
                      "customers": Customer.select().count()}}))
    close_store()
""")


@pytest.mark.parametrize("limits", ["default", "raised"])
@pytest.mark.parametrize("kind", ["one_huge_row", "huge_shared_strings"])
def test_zip_bombs_stop_with_a_clear_message_within_300_mb(tmp_path, kind, limits):
    out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), kind, str(tmp_path), limits],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert "文件可能已损坏或是恶意构造的，没有导入任何数据" in got["message"], got
    assert got["customers"] == 0
    assert got["mb"] <= 300, got
    if limits == "default":
        assert "压缩比" in got["message"] or "解压后超过" in got["message"]
    else:
        assert ("单元格超过" in got["message"]) if kind == "one_huge_row" else ("共享文字表超过" in got["message"])


def book(path, rows):
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


@pytest.fixture
def store(tmp_path):
    open_store(tmp_path / "t.db", create=True)
    yield tmp_path
    close_store()


def test_row_column_and_cell_limits_are_settings_and_nothing_is_written(store):
    rows = [["姓名", "手机", "备注"]] + [[f"客户{i}", f"138{i:08d}", "x"] for i in range(1500)]
    f = book(store / "many.xlsx", rows)
    set_setting(SYSTEM, "import.max_rows", 1000)
    with pytest.raises(InvalidInput, match="超过 1000 行"):
        run_import(SYSTEM, f)
    with pytest.raises(InvalidInput, match="超过 1000 行"):
        preview(SYSTEM, f)
    assert Customer.select().count() == 0
    set_setting(SYSTEM, "import.max_rows", 1000000)
    assert run_import(SYSTEM, f).imported == 1500
    wide = book(store / "wide.xlsx", [["姓名", "手机"] + [f"列{i}" for i in range(30)],
                                      ["甲", "13900000001"] + ["x"] * 30])
    set_setting(SYSTEM, "import.max_columns", 20)
    with pytest.raises(InvalidInput, match="超过 20 列"):
        run_import(SYSTEM, wide)
    long_cell = book(store / "long.xlsx", [["姓名", "手机", "备注"], ["乙", "13900000002", "长" * 200]])
    set_setting(SYSTEM, "import.max_cell_chars", 100)
    with pytest.raises(InvalidInput, match="单元格超过 100 个字"):
        run_import(SYSTEM, long_cell)
    assert Customer.select().count() == 1500


def test_csv_limits(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("姓名,手机,备注\n甲,13800000001," + "长" * 300 + "\n", encoding="utf-8")
    limits = ReadLimits(unzipped_bytes=10 << 20, ratio=200, rows=1000, columns=20, cell_chars=100,
                        strings_bytes=10 << 20)
    with pytest.raises(InvalidInput, match="单元格超过 100 个字"):
        read_table(f, limits=limits)
    small = ReadLimits(unzipped_bytes=100, ratio=200, rows=1000, columns=20, cell_chars=1000, strings_bytes=10 << 20)
    with pytest.raises(InvalidInput, match="解压后超过"):
        read_table(f, limits=small)
