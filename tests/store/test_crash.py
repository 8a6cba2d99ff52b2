"""A writer killed at a random moment (SIGKILL: no cleanup, no atexit) loses nothing it had committed and
never leaves a damaged store: the store opens, passes integrity_check, and holds every row whose commit
returned. The child reports each committed id through a file it fsyncs before it goes on, so the parent
knows exactly what was promised. TRIALS here; tests/bench/bench_crash.py runs 1,000.

SIGKILL is what a crashed program, a killed task or Windows ending a hung process does; a power cut is the
other case (docs/operations.md, "synchronous").
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

TRIALS = int(os.environ.get("DEALERDESK_CRASH_TRIALS", "50"))

pytestmark = pytest.mark.skipif(sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(),
                                reason="SIGKILL of a forked writer (POSIX)")


def _child(store: str, report: str, seed: int) -> None:
    """Write as a clerk would, as fast as possible, until killed: customers, and repair orders."""
    from dealerdesk.services import reception as rc
    from dealerdesk.services.auth import actor_for_login
    from dealerdesk.services.customers.records import CustomerInput, create_customer
    from dealerdesk.store.db import open_store
    from dealerdesk.store.models import Vehicle

    rng = random.Random(seed)
    open_store(store)
    adv = actor_for_login("adv")
    vehicle = Vehicle.get().id
    fd = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    n = 0
    while True:
        n += 1
        if rng.random() < 0.7:
            c = create_customer(adv, CustomerInput(name=f"客户{seed}号{n}", phones=[f"13{seed % 10}{n:08d}"]))
            line = f"c {c.id}\n"
        else:
            order = rc.check_in(adv, rc.CheckInInput(None, vehicle, 1000), now=dt.datetime(2026, 3, 2, 9, 0),
                                confirm_low_mileage=True)
            line = f"o {order.number}\n"
        os.write(fd, line.encode())  # the commit returned: promised from here on
        os.fsync(fd)


def prepare(directory: Path) -> Path:
    from dealerdesk.services.auth import SYSTEM
    from tests.factories import make_user
    from dealerdesk.services.customers.records import CustomerInput, create_customer
    from dealerdesk.store.db import close_store, open_store
    from dealerdesk.store.models import Vehicle

    store = directory / "crash.db"
    open_store(store, create=True)
    try:
        make_user("adv", "赵顾问", "service_advisor")
        owner = create_customer(SYSTEM, CustomerInput(name="车主", phones=["13800138000"]))
        Vehicle.create(owner=owner.id, plate="粤B00001")
    finally:
        close_store()
    return store


def trial(store: Path, report: Path, seed: int, rng: random.Random) -> dict:
    """One child killed after a random time; what the store holds afterwards against what was promised."""
    ctx = multiprocessing.get_context("fork")  # the test process has dealerdesk imported: a fork starts at once
    child = ctx.Process(target=_child, args=(str(store), str(report), seed))
    child.start()
    time.sleep(rng.uniform(0.05, 0.5))
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)
    promised_customers, promised_orders = set(), set()
    for line in report.read_text().splitlines(keepends=True):
        if line.endswith("\n"):  # a line cut by the kill was not promised
            kind, value = line.split()
            (promised_customers if kind == "c" else promised_orders).add(int(value) if kind == "c" else value)
    conn = sqlite3.connect(store, timeout=10)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        customers = {r[0] for r in conn.execute("SELECT id FROM customer")}
        orders = {r[0] for r in conn.execute("SELECT number FROM repair_order")}
    finally:
        conn.close()
    return {"integrity": integrity, "lost_customers": promised_customers - customers,
            "lost_orders": promised_orders - orders, "promised": len(promised_customers) + len(promised_orders)}


def run_trials(directory: Path, trials: int, seed: int = 19) -> list[dict]:
    from dealerdesk.store.db import close_store, open_store

    store = prepare(directory)
    report = directory / "committed.txt"
    rng = random.Random(seed)
    results = []
    for i in range(trials):
        results.append(trial(store, report, i, rng))
        open_store(store)  # the app's own open path after the crash (recovers the WAL, checks the version)
        close_store()
    return results


def test_a_killed_writer_loses_no_committed_row_and_leaves_a_sound_store(tmp_path):
    results = run_trials(tmp_path, TRIALS)
    assert [r["integrity"] for r in results] == ["ok"] * TRIALS
    assert not any(r["lost_customers"] or r["lost_orders"] for r in results), \
        [r for r in results if r["lost_customers"] or r["lost_orders"]][:3]
    assert results[-1]["promised"] > TRIALS  # the children did commit work before they were killed
