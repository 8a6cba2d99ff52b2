"""Every write transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE, store.db.make_database),
so a use case that meets another writer waits for it (busy_timeout) instead of failing with "database is
locked"; read-only transactions (`read_txn`) do not queue behind a writer."""
import sqlite3
import threading
import time

import pytest

from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer, get_customer, update_customer
from dealerdesk.store.db import close_store, db, open_store, read_txn
from dealerdesk.store.models import Customer

HOLD = 1.0  # seconds the other writer keeps the lock


@pytest.fixture
def store(tmp_path):
    info = open_store(tmp_path / "store.db", create=True)
    yield info
    close_store()


def _other_writer(path: str, started: threading.Event, customer_id: int) -> None:
    """Another PC's write: takes the lock, changes the customer, holds the lock a moment, commits."""
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE customer SET city = '深圳', version = version + 1 WHERE id = ?", (customer_id,))
        started.set()
        time.sleep(HOLD)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_use_case_waits_for_another_writer_instead_of_failing(store):
    c = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"]))
    started = threading.Event()
    other = threading.Thread(target=_other_writer, args=(str(store.path), started, c.id))
    other.start()
    assert started.wait(10)
    # Deferred, this would read the customer (a snapshot), then ask for the lock, wait for the other writer
    # and fail at once when it commits: the snapshot is stale by then ("database is locked").
    saved = update_customer(SYSTEM, c.id, CustomerInput(name="张伟", phones=["13800138000"], city="广州"),
                            expected_version=None)  # the other writer's change is not the point here
    other.join()
    assert saved.city == "广州"
    assert saved.version == 3  # created 1, the other writer's 2, ours 3: nothing lost


def test_every_top_level_transaction_begins_immediate(store):
    with db.atomic():
        # a second connection cannot take the write lock while our transaction is open, even before we wrote
        conn = sqlite3.connect(str(store.path), timeout=0, isolation_level=None)
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
                took = True
            except sqlite3.OperationalError:
                took = False
        finally:
            conn.close()
    assert not took


def test_a_read_transaction_does_not_take_the_write_lock(store):
    create_customer(SYSTEM, CustomerInput(name="李娜", phones=["13900139000"]))
    with read_txn():
        assert Customer.select().count() == 1
        conn = sqlite3.connect(str(store.path), timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE customer SET city = '佛山'")
            conn.execute("COMMIT")
        finally:
            conn.close()
        assert get_customer(SYSTEM, 1).city != "佛山"  # our snapshot
    assert get_customer(SYSTEM, 1).city == "佛山"


def test_a_store_still_locked_after_the_busy_timeout_is_a_readable_error(store):
    from dealerdesk.store.db import StoreBusy

    db.execute_sql("PRAGMA busy_timeout = 100")  # not 10 s in a test
    other = sqlite3.connect(str(store.path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # a big import on another program
        with pytest.raises(StoreBusy, match="数据库正忙"):
            create_customer(SYSTEM, CustomerInput(name="王五", phones=["13700137000"]))
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert create_customer(SYSTEM, CustomerInput(name="王五", phones=["13700137000"])).name == "王五"
