"""Two processes appending to one store's audit log at the same time never fork the chain: each row links
to the row committed just before it (the insert takes SQLite's write lock before the previous row is read)."""
import subprocess
import sys
import textwrap

from dealerdesk.services import audit
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog

WRITER = textwrap.dedent("""
    import sys, time
    from dealerdesk.services import audit
    from dealerdesk.services.auth import SYSTEM
    from dealerdesk.store.db import db, open_store
    open_store(sys.argv[1])
    start = float(sys.argv[3])
    while time.time() < start:
        time.sleep(0.005)
    for i in range(40):
        with db.atomic():
            audit.record(SYSTEM, "test.concurrent", "writer", int(sys.argv[2]), n=i)
""")


def test_two_writers_keep_one_chain(store, tmp_path):
    import time

    path = store.url
    close_store()
    start = str(time.time() + 1.5)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(w), start]) for w in (1, 2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    open_store(path)
    rows = list(AuditLog.select().where(AuditLog.action == "test.concurrent").order_by(AuditLog.id))
    assert len(rows) == 80
    assert {r.entity_id for r in rows} == {1, 2}
    assert audit.verify_chain() == []
    hashes = [r.prev_hash for r in AuditLog.select()]
    assert len(hashes) == len(set(hashes))  # no two rows link to the same predecessor
