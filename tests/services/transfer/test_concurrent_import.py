"""Two imports of the same file at once (two PCs, or a double click) leave exactly one import's customers:
the duplicate check runs under the write lock the import holds until its COMMIT, so the second import waits
and then finds every row already there (on_duplicate="skip")."""
from __future__ import annotations

import multiprocessing

import pytest

from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import Customer, CustomerPhone
from tests.services.transfer.test_importer import book

ROWS = [["姓名", "手机", "车牌号"]] + [[f"客户{i}", f"139{i:08d}", f"粤B{i:05d}"] for i in range(400)]


def _importer(path: str, sheet: str, worker: bool, start, out) -> None:
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.services.transfer import source
    from dealerdesk.services.transfer.importer import ImportOptions, run_import

    source.PARALLEL_FROM_BYTES = 0 if worker else 1 << 40  # the big-sheet path (a check worker) or not
    open_store(path)
    try:
        start.wait(30)
        result = run_import(SYSTEM, sheet, ImportOptions(on_duplicate="skip"))
        out.put((result.imported, result.skipped))
    except BaseException as exc:  # noqa: BLE001 - the parent asserts on it
        out.put(repr(exc))
    finally:
        close_store()


@pytest.mark.parametrize("worker", [False, True], ids=["in-process", "check-worker"])
def test_two_imports_of_one_file_at_once_create_each_customer_once(tmp_path, worker):
    path = str(tmp_path / "store.db")
    sheet = str(book(tmp_path / "in.xlsx", ROWS))
    open_store(path, create=True)
    close_store()
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_importer, args=(path, sheet, worker, start, out)) for _ in range(2)]
    for p in procs:
        p.start()
    start.set()
    got = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(isinstance(g, tuple) for g in got), got
    assert sorted(got) == [(0, 400), (400, 0)]  # one imported everything, the other found everything
    open_store(path)
    try:
        assert Customer.select().count() == 400
        assert CustomerPhone.select().count() == 400
    finally:
        close_store()
