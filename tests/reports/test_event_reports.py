"""客户活动 in print: the monthly summary's events section shows what `kpi --json` prints under "events", and the
printed event summary shows the event's result figures and who came (on the demo store's events)."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from dealerdesk.reports.event_summary import figure_rows, render_event_summary
from dealerdesk.reports.events_section import event_rows
from dealerdesk.reports.monthly import render_monthly
from dealerdesk.services import events as ev
from dealerdesk.services.auth import actor_for_login
from dealerdesk.services.demo.build import DemoOptions, generate_demo
from dealerdesk.services.events.printout import event_summary
from dealerdesk.services.reporting.summary import monthly_summary
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import AuditLog

TODAY = dt.date(2026, 10, 20)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "demo.db"
    generate_demo(DemoOptions(path=path, customers=600, seed=11, today=TODAY))
    return path


@pytest.fixture
def demo(demo_path):
    old = rl_config.invariant
    rl_config.invariant = 1
    open_store(demo_path)
    yield actor_for_login("manager01")
    close_store()
    rl_config.invariant = old


def _text(pdf: bytes) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_kpi_json_events_equal_the_pdf_sections_figures(demo):
    for month in ("2026-08", "2026-09", "2026-10"):
        summary = monthly_summary(demo, month)
        listed = summary.to_json()["events"]
        assert listed, month  # the demo holds an event every month shown
        rows = event_rows(summary.events)
        assert [[e["name"], e["invited"], e["replied"], e["attended"], e["leads"], e["orders"]] for e in listed] \
            == [[r[0], *r[3:8]] for r in rows]
        assert all(set(e) >= {"name", "date", "invited", "attended", "leads", "orders"} for e in listed)
        buf = io.BytesIO()
        render_monthly(summary, buf)
        text = _text(buf.getvalue())
        assert "客户活动" in text
        for r in rows:  # the printed row: name, date, kind, then the five counts
            assert "".join(str(v) for v in r).replace(" ", "") in text


def test_event_results_on_the_demo_equal_the_monthly_rows(demo):
    summary = monthly_summary(demo, "2026-09")
    for e in summary.events:
        assert ev.event_results(demo, e.id) == e


def test_printed_event_summary_shows_the_figures_and_the_attendees(demo):
    event = ev.list_events(demo, end=dt.datetime(2026, 10, 1))[0]  # the latest past event before October
    data = event_summary(demo, event.id, now=dt.datetime(2026, 10, 20, 9))
    assert [v for _t, v in figure_rows(data)][:6] == [data.figures.invited, data.figures.replied,
                                                      data.figures.replied_yes, data.figures.attended,
                                                      data.figures.walk_ins, data.figures.leads]
    buf = io.BytesIO()
    render_event_summary(data, buf)
    text = _text(buf.getvalue())
    assert "活动总结" in text and event.name in text
    assert f"到场客户（{data.figures.attended}人）" in text
    assert all(a.name in text for a in data.attendees)
    assert AuditLog.select().where(AuditLog.action == "event.print").count() >= 1
