"""The audit chain on real PostgreSQL (set DEALERDESK_TEST_PG=postgresql://user@host:port/db, an empty
database it may fill): two processes appending at once keep one chain (the advisory transaction lock), and a
refusal raised inside a transaction is still logged after the rollback.

Each test gets a new, migrated PostgreSQL store (tests/backends.py)."""
import os
import subprocess
import sys
import textwrap
import time

import pytest

PG = os.environ.get("DEALERDESK_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="DEALERDESK_TEST_PG not set")

WRITER = textwrap.dedent("""
    import sys, time
    from dealerdesk.store import audit_log
    from dealerdesk.store.db import db, make_database
    db.initialize(make_database(sys.argv[1]))
    start = float(sys.argv[3])
    while time.time() < start:
        time.sleep(0.005)
    for i in range(40):
        with db.atomic():
            audit_log.append(login="w" + sys.argv[2], action="test.concurrent", entity="writer",
                             entity_id=int(sys.argv[2]), customer_id=None, detail=str(i))
""")


@pytest.fixture
def pg():
    from dealerdesk.store.db import close_store, db, open_store
    from tests import backends

    name = backends.new_pg_database(empty=True)
    url = backends.pg_url(name)
    open_store(url, create=True)
    yield db, url
    close_store()
    backends.drop_pg_database(name)


def test_two_writers_keep_one_chain_on_postgresql(pg):
    from dealerdesk.services import audit
    from dealerdesk.store.models import AuditLog

    _db, url = pg
    start = str(time.time() + 1.5)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, str(w), start]) for w in (1, 2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    rows = list(AuditLog.select().order_by(AuditLog.id))
    assert len(rows) == 80 and {r.entity_id for r in rows} == {1, 2}
    assert audit.verify_chain() == []
    assert len({r.prev_hash for r in rows}) == 80


def test_refusal_survives_the_rollback_on_postgresql(pg):
    from dealerdesk.domain.errors import PermissionDenied
    from dealerdesk.services.auth import require
    from dealerdesk.store.models import AuditLog
    from tests.factories import make_user

    db, _url = pg
    desk = make_user("desk01", "前台小周", "front_desk")
    before = AuditLog.select().count()
    with pytest.raises(PermissionDenied):
        with db.atomic():
            AuditLog.create(action="doomed", entity="x")
            require(desk, "settings.system")
    assert [r.action for r in AuditLog.select().order_by(AuditLog.id)][before:] == ["permission.denied"]
