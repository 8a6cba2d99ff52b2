"""`dealerdesk kpi` and `dealerdesk report …` through the real entry point (docs/cli.md contract)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dealerdesk.store.db import close_store, open_store

from tests.factories import make_cli_user

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
import kpi_store as ks


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "t.db"
    open_store(path, create=True)
    ks.build()
    make_cli_user()
    close_store()
    return path


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(db), *args], check=False,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


def test_kpi_json_is_one_object_with_integer_counts_and_fraction_rates(db):
    r = run(db, "kpi", "--month", ks.MONTH, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    for key, value in ks.EXPECTED.items():
        assert data[key] == pytest.approx(value), key
    for key in ("new_leads", "registered", "visits", "test_drives", "orders", "deliveries", "defeats"):
        assert type(data[key]) is int
    for key in ("visit_rate", "test_drive_rate", "close_rate", "defeat_rate", "follow_up_compliance"):
        assert 0 <= data[key] <= 1
    assert data["previous_month"]["new_leads"] == 2 and data["complaints"] == ks.EXPECTED_COMPLAINTS


def test_reports_write_pdfs(db, tmp_path):
    r = run(db, "report", "monthly", "--month", ks.MONTH, "-o", str(tmp_path / "m.pdf"))
    assert r.returncode == 0, r.stderr
    r = run(db, "report", "profile", "--customer", "1", "-o", str(tmp_path / "p.pdf"))
    assert r.returncode == 0, r.stderr
    assert all((tmp_path / f).read_bytes()[:4] == b"%PDF" for f in ("m.pdf", "p.pdf"))


@pytest.mark.parametrize("args", [
    ("kpi", "--month", "2026-13", "--json"),
    ("report", "profile", "--customer", "99999", "-o", "x.pdf"),
    ("report", "monthly", "--month", ks.MONTH, "-o", "/no/such/dir/m.pdf"),
    ("--as", "zhang", "kpi", "--month", ks.MONTH, "--json"),
])
def test_errors_are_one_line_on_stderr_with_exit_1(db, args):
    r = run(db, *args)
    assert r.returncode == 1 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
