"""Order numbers never repeat, also with two writers on one SQLite file (threads with their own connections,
and separate processes)."""
import datetime as dt
import multiprocessing
import threading

from dealerdesk.services import reception as rc
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.db import close_store, db, open_store
from dealerdesk.store.models import NumberCounter, RepairOrder, Vehicle
from tests.factories import make_user

PER_WRITER = 15
NOW = dt.datetime(2026, 3, 2, 9, 0)


def _seed() -> int:
    make_user("adv", "赵顾问", "service_advisor")
    cust = create_customer(SYSTEM, CustomerInput(name="张伟", phones=["13800138000"]))
    return Vehicle.create(owner=cust.id, plate="粤B12345").id


def _check_in_many(vehicle_id: int, n: int) -> list[str]:
    actor = actor_for_login("adv")
    return [rc.check_in(actor, rc.CheckInInput(None, vehicle_id, 1000), now=NOW).number for _ in range(n)]


def test_numbers_are_sequential_and_restart_per_year(store):
    vid = _seed()
    actor = actor_for_login("adv")
    numbers = _check_in_many(vid, 3)
    later = rc.check_in(actor, rc.CheckInInput(None, vid, 1000), now=dt.datetime(2027, 1, 2, 9, 0)).number
    assert numbers == ["WO2026-00001", "WO2026-00002", "WO2026-00003"] and later == "WO2027-00001"


def test_a_failed_check_in_does_not_consume_a_number(store):
    vid = _seed()
    actor = actor_for_login("adv")
    _check_in_many(vid, 1)
    try:
        rc.check_in(actor, rc.CheckInInput(None, vid, 10), now=NOW)  # lower mileage: refused, rolled back
    except rc.LowerMileage:
        pass
    assert NumberCounter.get().last == 1
    assert rc.check_in(actor, rc.CheckInInput(None, vid, 1000), now=NOW).number == "WO2026-00002"


def test_two_threads_each_with_own_connection(store):
    vid = _seed()
    results: dict[str, list[str]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        try:
            start.wait()
            results[name] = _check_in_many(vid, PER_WRITER)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            db.close()  # peewee keeps one connection per thread

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    numbers = results["a"] + results["b"]
    assert len(set(numbers)) == 2 * PER_WRITER
    assert sorted(numbers) == [f"WO2026-{i:05d}" for i in range(1, 2 * PER_WRITER + 1)]
    assert RepairOrder.select().count() == 2 * PER_WRITER


def _process_writer(path: str, vehicle_id: int, n: int, queue) -> None:
    open_store(path)
    try:
        queue.put(_check_in_many(vehicle_id, n))
    except BaseException as exc:  # noqa: BLE001 - the parent asserts on it
        queue.put(repr(exc))
    finally:
        close_store()


def test_two_processes(tmp_path):
    path = str(tmp_path / "two.db")
    open_store(path, create=True)
    vid = _seed()
    close_store()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_process_writer, args=(path, vid, PER_WRITER, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    got = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(isinstance(g, list) for g in got), got
    numbers = got[0] + got[1]
    assert sorted(numbers) == [f"WO2026-{i:05d}" for i in range(1, 2 * PER_WRITER + 1)]
    open_store(path)
    try:
        assert sorted(RepairOrder.select(RepairOrder.number).tuples()) == [(n,) for n in sorted(numbers)]
    finally:
        close_store()
