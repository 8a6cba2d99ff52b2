"""store/backup.py: a backup is written under a temporary name, checked and renamed, so a killed backup never
leaves a file under the target name; a damaged store is not backed up; rotation keeps N daily and M monthly."""
import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from dealerdesk.domain.errors import Conflict
from dealerdesk.store import backup, migrations, pg_backup

T = "2025-01-02 10:00:00"
COLUMNS = ("name, kind, gender, birthday_kind, email, wechat, address, city, occupation, income_level, source, "
           "owner_id, needs, tags, consent, category, tier, value_score, score_detail, archived, "
           "last_activity_at, created_at, updated_at, version")


def build_store(path: Path, customers: int = 2000, to_version: int | None = None) -> Path:
    """A DealerDesk store (schema `to_version`, default the newest) with `customers` rows, in WAL mode."""
    database = SqliteDatabase(str(path), pragmas={"journal_mode": "wal"})
    database.connect()
    migrations.migrate(database, 0, to_version)
    rows = [(f"客户{i}", "person", "", "", "", "", "", "", "", "", "walk_in", None, "需求" * 40, "", 1, "general",
             "low", 0, "", 0, T, T, T, 1) for i in range(customers)]
    with database.atomic():
        database.cursor().executemany(f"INSERT INTO customer ({COLUMNS}) VALUES ({', '.join('?' * 24)})", rows)
    database.close()
    return path


def damage(path: Path) -> None:
    """Overwrite the b-tree pages that hold the customers, their keys and the history (what a bad sector or a
    torn copy does). Pages holding rows, not "the middle of the file": as the schema grows, the middle page
    may be an empty table's, where a scribble lands in unused space and no check can notice."""
    with sqlite3.connect(path) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
                 for name in ("customer", "search_key", "interaction")]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in roots:
        start = (page - 1) * size
        data[start + 8:start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def customers_in(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0]


def test_backup_is_checked_marked_and_has_every_row(tmp_path):
    store = build_store(tmp_path / "store.db")
    report = backup.write_backup(store, tmp_path / "out" / "copy.db")
    assert report.path.exists() and report.counts["customer"] == 2000
    assert backup.is_backup_file(report.path) and not backup.is_backup_file(store)
    again = backup.examine(report.path)
    assert again.problems == () and again.schema_version == migrations.LATEST and again.counts == report.counts
    assert not list((tmp_path / "out").glob(f"*{backup.TEMP_SUFFIX}"))
    with sqlite3.connect(report.path) as conn:  # one self-contained file, no WAL beside it
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_damaged_store_is_not_backed_up_and_the_last_good_backup_is_kept(tmp_path):
    store = build_store(tmp_path / "store.db")
    target = tmp_path / "backup.db"
    backup.write_backup(store, target)
    good = target.read_bytes()
    damage(store)
    with pytest.raises(backup.StoreDamaged, match="损坏"):
        backup.write_backup(store, target)
    assert target.read_bytes() == good
    assert not list(tmp_path.glob(f"*{backup.TEMP_SUFFIX}"))


def test_a_second_backup_into_a_locked_folder_waits_then_says_why(tmp_path):
    store = build_store(tmp_path / "store.db", customers=10)
    with backup.folder_lock(tmp_path / "out"):
        code = ("import sys; from pathlib import Path; from dealerdesk.store import backup\n"
                "try:\n    backup.folder_lock(Path(sys.argv[1]), wait_seconds=0.3).__enter__()\n"
                "except Exception as exc:\n    print(type(exc).__name__)")
        proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "out")], capture_output=True, text=True,
                              check=True)
    assert proc.stdout.strip() == Conflict.__name__
    backup.write_backup(store, tmp_path / "out" / "b.db")  # released: the next one goes through


KILLED_BACKUP = """
import sys, time
from pathlib import Path
from dealerdesk.store import backup
backup.PAGES_PER_STEP = 4
print("start", flush=True)
backup.write_backup(Path(sys.argv[1]), Path(sys.argv[2]), progress=lambda done, total, stage: time.sleep(0.001))
print("done", flush=True)
"""


def test_a_killed_backup_never_leaves_a_file_under_the_target_name(tmp_path):
    """24 backups killed (SIGKILL) at random moments: the target is absent or a complete, checked backup (the
    previous one or the new one), never a partial file; the next backup removes the temporary leftovers."""
    store = build_store(tmp_path / "store.db", customers=1500)
    rng = random.Random(19)
    timing = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(store), str(tmp_path / "timing.db")],
                              stdout=subprocess.PIPE, text=True)
    timing.stdout.readline()
    started = time.monotonic()
    timing.wait()
    duration = time.monotonic() - started  # from "start" to the end of a whole backup
    interrupted = 0
    for trial in range(24):
        target = tmp_path / "out" / f"trial{trial}.db"
        if trial % 2:  # half the trials replace an existing good backup
            backup.write_backup(store, target)
        proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(store), str(target)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, duration * 1.3))  # some land after the rename
        proc.kill()
        proc.wait()
        finished = "done" in proc.stdout.read()
        interrupted += not finished
        if target.exists():
            report = backup.examine(target)
            assert report.problems == () and report.is_backup and report.counts["customer"] == 1500
        else:
            assert not finished and trial % 2 == 0
    assert interrupted >= 8, f"only {interrupted} of 24 kills landed during a backup: the test proves little"
    backup.write_backup(store, tmp_path / "out" / "after.db")
    assert not list((tmp_path / "out").glob(f"*{backup.TEMP_SUFFIX}"))


def test_examine_reads_without_writing_anything(tmp_path):
    store = build_store(tmp_path / "store.db", customers=50)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    report = backup.examine(store)
    assert report.schema_version == migrations.LATEST and report.counts["customer"] == 50
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before  # not even a -wal or -shm file


def test_a_restore_refuses_damaged_foreign_and_newer_files(tmp_path):
    damaged = build_store(tmp_path / "damaged.db")
    damage(damaged)
    with pytest.raises(backup.StoreDamaged):
        backup.refuse_unless_restorable(backup.examine(damaged))
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE x (a)")
    with pytest.raises(backup.BackupError, match="不是 DealerDesk 备份"):
        backup.refuse_unless_restorable(backup.examine(foreign))
    newer = build_store(tmp_path / "newer.db", customers=1)
    with sqlite3.connect(newer) as conn:
        conn.execute("INSERT INTO schema_version VALUES (?, 'future')", (migrations.LATEST + 1,))
    with pytest.raises(backup.BackupError, match="更新版本"):
        backup.refuse_unless_restorable(backup.examine(newer))
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(backup.BackupError):
        backup.examine(text)


def _touch_backups(folder: Path, stem: str, stamps: list[dt.datetime], reason: str = "daily") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stamp in stamps:
        (folder / backup.backup_name(stem, stamp, reason)).write_bytes(b"x")


def test_rotation_keeps_the_newest_n_days_and_the_newest_of_m_months(tmp_path):
    today = dt.date(2026, 12, 6)
    days = [dt.datetime(2026, 12, 6, 8, 0) - dt.timedelta(days=d) for d in range(400)]
    extra = [dt.datetime(2026, 12, 5, 18, 30), dt.datetime(2026, 11, 30, 19, 0)]  # a day's second backup
    _touch_backups(tmp_path, "dealerdesk", days + extra)
    _touch_backups(tmp_path, "dealerdesk", [dt.datetime(2026, 12, 2, 7, 0)], reason="pre-migrate-v8")
    _touch_backups(tmp_path, "demo", [dt.datetime(2020, 1, 1, 8, 0)])  # another store's backup
    (tmp_path / "dealerdesk-notes.db").write_bytes(b"x")  # not named like a backup: never touched

    removed = backup.rotate(tmp_path, "dealerdesk", keep_daily=7, keep_monthly=12, today=today)

    kept = {stamp for stamp, _ in backup.backups_of(tmp_path, "dealerdesk")}
    daily = {dt.datetime(2026, 12, 6, 8, 0), dt.datetime(2026, 12, 5, 18, 30)} | {
        dt.datetime(2026, 12, d, 8, 0) for d in (4, 3, 1)} | {dt.datetime(2026, 12, 2, 8, 0),
                                                            dt.datetime(2026, 11, 30, 19, 0)}
    monthly = {dt.datetime(2026, 12, 6, 8, 0), dt.datetime(2026, 11, 30, 19, 0)} | {
        max(s for s in days if (s.year, s.month) == (year, month))
        for year, month in [(2026, m) for m in range(1, 11)]}
    assert kept == daily | monthly and len(kept) == 7 + 12 - 2
    assert len(removed) == 400 + 3 - len(kept)
    assert (tmp_path / "demo-20200101-080000-daily.db").exists() and (tmp_path / "dealerdesk-notes.db").exists()
    assert not (tmp_path / "dealerdesk-20261202-070000-pre-migrate-v8.db").exists()  # rotated like the others


def test_rotation_with_no_monthly_backups_keeps_only_the_days(tmp_path):
    stamps = [dt.datetime(2026, 3, 1, 9) + dt.timedelta(days=d) for d in range(30)]
    _touch_backups(tmp_path, "s", stamps)
    backup.rotate(tmp_path, "s", keep_daily=3, keep_monthly=0, today=dt.date(2026, 3, 30))
    assert [stamp for stamp, _ in backup.backups_of(tmp_path, "s")] == stamps[-1:-4:-1]


def test_restore_in_place_is_seen_by_connections_already_open(tmp_path):
    """The reason restore copies into the store instead of renaming a file over it: a connection opened before
    (another thread, another PC) reads the restored data, not a deleted file."""
    store = build_store(tmp_path / "store.db", customers=30)
    saved = backup.write_backup(store, tmp_path / "bk.db").path
    with sqlite3.connect(store) as conn:
        conn.execute("DELETE FROM customer")
    already_open = sqlite3.connect(store)
    assert already_open.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 0
    report = backup.restore_into(saved, store)
    assert report.problems == () and report.counts["customer"] == 30 and not backup.is_backup_file(store)
    assert already_open.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 30
    already_open.close()


def test_a_store_sqlite_cannot_open_is_replaced_by_a_renamed_checked_copy(tmp_path):
    good = build_store(tmp_path / "good.db", customers=20)
    saved = backup.write_backup(good, tmp_path / "bk.db").path
    store = tmp_path / "live" / "store.db"
    store.parent.mkdir()
    store.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # a header and nothing SQLite can read
    Path(f"{store}-wal").write_bytes(b"stale")
    backup.replace_store(saved, store)
    assert customers_in(store) == 20 and not Path(f"{store}-wal").exists()
    assert not backup.is_backup_file(store) and not list(store.parent.glob(f"*{backup.TEMP_SUFFIX}"))


def test_a_folder_that_cannot_be_written_is_one_clear_error(tmp_path):
    store = build_store(tmp_path / "store.db", customers=5)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(backup.BackupError, match="备份没有写入"):
        backup.write_backup(store, blocked / "bk.db")


@pytest.mark.skipif(os.name == "nt", reason="the stand-in pg_dump is a script with a #! line")
def test_postgresql_backups_use_pg_dump_under_a_temporary_name_or_say_what_is_missing(tmp_path, monkeypatch):
    """No server needed: a stand-in pg_dump on PATH shows the arguments and the rename; without one the
    error names the tool to install."""
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(backup.BackupError, match="pg_dump"):
        pg_backup.pg_dump({"host": "db.local", "user": "dd"}, "store", tmp_path / "out" / "s.dump")
    (tmp_path / "bin").mkdir()
    fake = tmp_path / "bin" / "pg_dump"
    fake.write_text(f'#!{sys.executable}\nimport sys\nargs = sys.argv[1:]\n'
                    'open(args[args.index("--file") + 1], "w").write(" ".join(args))\n', encoding="utf-8")
    fake.chmod(0o755)
    target = pg_backup.pg_dump({"host": "db.local", "port": 5433, "user": "dd", "password": "pw"}, "store",
                            tmp_path / "out" / "s.dump")
    written = target.read_text(encoding="utf-8")
    assert "--host db.local --port 5433 --username dd --dbname store --format=custom" in written
    assert "pw" not in written  # the password goes through PGPASSWORD, never the command line
    assert not list((tmp_path / "out").glob(f"*{backup.TEMP_SUFFIX}"))


KILLED_RESTORE = """
import sys, time
from pathlib import Path
from dealerdesk.store import backup
backup.PAGES_PER_STEP = 4
print("start", flush=True)
backup.restore_into(Path(sys.argv[1]), Path(sys.argv[2]), progress=lambda done, total, stage: time.sleep(0.001))
print("done", flush=True)
"""


def test_a_killed_restore_leaves_the_store_as_it_was_or_fully_restored(tmp_path):
    """The backup is copied into the store in one write transaction: 10 restores killed at random moments
    leave a sound store with either all its own rows or all the backup's."""
    saved = backup.write_backup(build_store(tmp_path / "big.db", customers=800), tmp_path / "bk.db").path
    template = build_store(tmp_path / "template.db", customers=40)
    shutil.copyfile(template, tmp_path / "timing.db")
    timing = subprocess.Popen([sys.executable, "-c", KILLED_RESTORE, str(saved), str(tmp_path / "timing.db")],
                              stdout=subprocess.PIPE, text=True)
    timing.stdout.readline()
    started = time.monotonic()
    timing.wait()
    duration = time.monotonic() - started
    rng = random.Random(7)
    interrupted, outcomes = 0, []
    for trial in range(10):
        store = tmp_path / f"store{trial}.db"
        shutil.copyfile(template, store)
        proc = subprocess.Popen([sys.executable, "-c", KILLED_RESTORE, str(saved), str(store)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, duration * 1.3))
        proc.kill()
        proc.wait()
        interrupted += "done" not in proc.stdout.read()
        with sqlite3.connect(store) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            outcomes.append(conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0])
    assert set(outcomes) == {40, 800} and interrupted >= 4, outcomes  # kills before and after the commit
