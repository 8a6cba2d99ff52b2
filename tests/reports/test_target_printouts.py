"""Targets on paper: the monthly PDF's 顾问目标完成 table prints the figures `kpi --json` gives in "consultants",
and the personal target confirmation, weekly progress and scorecard printouts carry their figures."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from dealerdesk.reports import targets as printouts
from dealerdesk.reports.monthly import render_monthly
from dealerdesk.reports.targets_section import rows as section_rows
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.reporting.summary import monthly_summary
from dealerdesk.services.store_profile import get_profile
from dealerdesk.services.targets import TargetLine, scorecards, set_month_targets, trend, weekly_progress
from dealerdesk.services.targets.confirmation import target_confirmation
from dealerdesk.store.db import close_store, open_store
from tests.factories import CLI_LOGIN, TEST_PASSWORD, make_cli_user

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kpi_store as ks

NOW = dt.datetime(2026, 11, 3, 9, 0)


@pytest.fixture(autouse=True)
def invariant():
    old = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = old


def _targets() -> None:
    # 星越L's store target is 3 (setting target.星越L): 2 for 张, 1 for 李
    set_month_targets(actor_for_login("boss"), ks.MONTH, [
        TargetLine("zhang", "星越L", orders=2, leads=5, visits=4, test_drives=2),
        TargetLine("li", "星越L", orders=1, leads=3, visits=2, test_drives=1),
    ], now=dt.datetime(2026, 10, 1, 9))


@pytest.fixture
def built(tmp_path):
    path = tmp_path / "t.db"
    open_store(path, create=True)
    ks.build()
    _targets()
    make_cli_user()
    yield path
    close_store()


def _text(pdf: bytes | Path) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_kpi_json_consultants_equal_the_pdf_table(built):
    summary = monthly_summary(actor_for_login("boss"), ks.MONTH, now=NOW)
    r = subprocess.run([sys.executable, "-m", "dealerdesk", "--db", str(built), "kpi", "--month", ks.MONTH,
                        "--json"], check=False, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
                       env={**os.environ, "DEALERDESK_USER": CLI_LOGIN, "DEALERDESK_PASSWORD": TEST_PASSWORD})
    assert r.returncode == 0, r.stderr
    consultants = {c["login"]: c for c in json.loads(r.stdout)["consultants"]}
    zhang, li = consultants["zhang"], consultants["li"]
    assert (zhang["target_orders"], zhang["orders"], zhang["target_leads"]) == (2, 1, 5)
    assert (li["target_orders"], li["orders"], li["target_leads"]) == (1, 1, 3)
    for c in consultants.values():
        assert {"login", "name", "target_orders", "orders", "target_leads", "leads", "compliance"} <= set(c)
    buf = io.BytesIO()
    render_monthly(summary, buf)
    text = _text(buf.getvalue())
    rows = {row[0]: row for row in section_rows(summary.consultant_targets)}
    assert "顾问目标完成" in text
    for login, name in (("zhang", "张顾问"), ("li", "李顾问")):
        c, row = consultants[login], rows[name]
        assert [row[1], row[2], row[4], row[5]] == [c["target_orders"], c["orders"], c["target_leads"], c["leads"]]
        printed = "".join(str(v) for v in row)
        assert printed in text, printed  # the row as the PDF prints it


def test_printouts_carry_their_figures(built, tmp_path):
    boss = actor_for_login("boss")
    conf = target_confirmation(boss, "2026-11", "zhang", now=NOW)
    path = printouts.write_target_confirmation(tmp_path / "c.pdf", conf)
    text = _text(path)
    assert "个人目标确认书" in text and "张顾问" in text and "销售顾问签字" in text and "销售经理签字" in text
    assert "星越L1/2" in text  # 上月（10月）星越L: 1 order done of a target of 2
    progress = weekly_progress(boss, dt.datetime(2026, 10, 12, 9))
    text = _text(printouts.write_weekly_progress(tmp_path / "w.pdf", progress, get_profile()))
    assert "每周进度" in text and "按顾问" in text and "按车型" in text and "张顾问" in text
    cards = scorecards(boss, ks.MONTH)
    text = _text(printouts.write_scorecard(tmp_path / "s.pdf", cards, get_profile(), NOW,
                                           trend(boss, ks.MONTH, "zhang"), "张顾问"))
    assert "绩效考核表" in text and "按部门" in text and "近6个月趋势" in text
