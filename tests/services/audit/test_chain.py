"""The audit log's hash chain: intact, a row edited by hand, a row deleted by hand, old rows chained by the
migration, refusals surviving the rollback, and `dealerdesk check` naming the row."""
import datetime as dt
import sqlite3

import pytest

from dealerdesk.cli import main
from dealerdesk.domain.errors import PermissionDenied
from dealerdesk.services import audit
from dealerdesk.services.auth import SYSTEM, Actor, actor_from_user, require
from dealerdesk.store import migrations
from dealerdesk.store.db import close_store, db, open_store
from dealerdesk.store.models import AuditLog, Customer, User

pytestmark = pytest.mark.sqlite_only("rows are edited behind the program's back with sqlite3; tests/store/test_audit_chain_pg.py does the same on PostgreSQL")


def _write_rows(n=5):
    return [audit.record(SYSTEM, "test.event", "customer", i, at=dt.datetime(2026, 1, 1, 9, i), value=i)
            for i in range(1, n + 1)]


def test_intact_chain_verifies_and_links_each_row(store):
    ids = _write_rows()
    assert audit.verify_chain() == []
    rows = list(AuditLog.select().order_by(AuditLog.id))
    assert rows[0].prev_hash == "0" * 64
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.prev_hash == before.hash
    assert [r.id for r in rows][-5:] == ids


def _sql(path, statement):
    close_store()
    with sqlite3.connect(path) as conn:
        conn.execute(statement)
    conn.close()
    open_store(path)


def test_row_edited_by_hand_is_named(store):
    ids = _write_rows()
    _sql(store.path, f"UPDATE audit_log SET detail = '{{\"value\": 99}}' WHERE id = {ids[2]}")
    problems = audit.verify_chain()
    assert [p.row_id for p in problems] == [ids[2]] and problems[0].kind == "changed"


def test_row_user_edited_by_hand_is_named(store):
    ids = _write_rows()
    _sql(store.path, f"UPDATE audit_log SET user_login = 'nobody' WHERE id = {ids[1]}")
    assert [p.row_id for p in audit.verify_chain()] == [ids[1]]


def test_row_deleted_by_hand_names_the_row_after_the_gap(store):
    ids = _write_rows()
    _sql(store.path, f"DELETE FROM audit_log WHERE id = {ids[2]}")
    problems = audit.verify_chain()
    assert [(p.row_id, p.kind) for p in problems] == [(ids[3], "deleted")]
    assert str(ids[1]) in problems[0].note


def test_rehashing_an_edited_row_still_breaks_the_next_link(store):
    """A forger who recomputes the edited row's own hash still breaks the link of the row after it."""
    from dealerdesk.domain import audit_chain

    ids = _write_rows()
    row = AuditLog.get_by_id(ids[1])
    detail = '{"value": 42}'
    digest = audit_chain.detail_digest(detail)
    h = audit_chain.row_hash(id=row.id, at=row.at, user_login=row.user_login, action=row.action,
                             entity=row.entity, entity_id=row.entity_id, customer_id=row.customer_id,
                             detail_digest=digest, prev_hash=row.prev_hash)
    AuditLog.update(detail=detail, detail_digest=digest, hash=h).where(AuditLog.id == row.id).execute()
    assert [(p.row_id, p.kind) for p in audit.verify_chain()] == [(ids[2], "deleted")]


def test_check_command_exits_1_naming_the_edited_row(store, capsys):
    ids = _write_rows()
    path = store.path
    close_store()
    assert main(["--db", str(path), "check"]) == 0
    assert "audit chain ok" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE audit_log SET action = 'x' WHERE id = {ids[3]}")
    conn.close()
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert f"row {ids[3]}" in err and len(err.strip().splitlines()) == 1
    open_store(path)


def test_check_is_read_only(store):
    _write_rows()
    path = store.path
    close_store()
    before = path.read_bytes()
    assert main(["--db", str(path), "check"]) == 0
    assert path.read_bytes() == before
    open_store(path)


def test_migration_chains_rows_written_before_it(tmp_path):
    from peewee import SqliteDatabase

    path = tmp_path / "v9.db"
    database = SqliteDatabase(str(path))
    database.connect()
    migrations.migrate(database, 0, 9)
    database.execute_sql("INSERT INTO lead (customer_id, source, level, status, other_models, colour, "
                         "payment_intent, competitors, received_at, defeat_reason, defeat_competitor, defeat_note, "
                         "created_at, updated_at, version) VALUES (7, 'other', 'N', 'open', '', '', '', '', "
                         "'2025-01-01 09:00:00', '', '', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00', 1)")
    for i, (entity, eid, detail) in enumerate((("customer", 3, '{"name": "x"}'), ("lead", 1, ""),
                                               ("setting", None, '{"key": "k"}'))):
        database.execute_sql("INSERT INTO audit_log (at, user_login, action, entity, entity_id, detail) "
                             "VALUES (?, 'admin', 'old', ?, ?, ?)", (f"2025-01-0{i + 1} 10:00:00", entity, eid, detail))
    database.close()
    open_store(path)
    try:
        assert audit.verify_chain() == []
        assert [r.customer_id for r in AuditLog.select().order_by(AuditLog.id)] == [3, 7, None]
        audit.record(SYSTEM, "new", "customer", 3)
        assert audit.verify_chain() == []
    finally:
        close_store()


def test_refusal_is_logged_with_its_actor_although_the_transaction_rolls_back(store):
    user = User.create(login="desk01", display_name="前台", role="front_desk")
    desk = actor_from_user(user)
    with pytest.raises(PermissionDenied):
        with db.atomic():
            Customer.create(name="回滚客户")
            require(desk, "settings.system")
    assert not Customer.select().where(Customer.name == "回滚客户").exists()
    row = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (row.action, row.user_login) == ("permission.denied", "desk01")
    assert "settings.system" in row.detail
    assert audit.verify_chain() == []


def test_refusal_outside_a_transaction_is_logged_at_once(store):
    with pytest.raises(PermissionDenied):
        require(Actor(id=5, login="sales09", role="sales"), "audit.read")
    row = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (row.action, row.user_login) == ("permission.denied", "sales09")


def test_phone_numbers_never_reach_the_log(store):
    audit.record(SYSTEM, "note", "customer", 1, text="客户电话13812345678，座机010-62345678")
    detail = AuditLog.select().order_by(AuditLog.id.desc()).first().detail
    assert "13812345678" not in detail and "62345678" not in detail and "138****5678" in detail


def test_diff_gives_old_and_new_of_changed_fields_only():
    before = {"name": "王芳", "city": "深圳", "phones": ["13812345678"], "birthday": dt.date(1990, 1, 2)}
    after = {"name": "王芳", "city": "广州", "phones": ["13912345678"], "birthday": None}
    assert audit.diff(before, after) == {"birthday": ["1990-01-02", None], "city": ["深圳", "广州"],
                                         "phones": [["138****5678"], ["139****5678"]]}
    assert audit.diff({}, {"a": 1}) == {"a": [None, 1]}
