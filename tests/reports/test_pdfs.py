"""The printed reports: the monthly summary prints the known figures of the hand-built store, the profile
prints the customer (phones masked by role), pages are numbered "x / y", and output is reproducible."""
from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from dealerdesk.reports import fonts
from dealerdesk.reports.monthly import render_monthly
from dealerdesk.reports.profile import render_profile
from dealerdesk.services.auth import SYSTEM, actor_for_login
from dealerdesk.services.demo.data import SURNAMES
from dealerdesk.services.reporting.summary import monthly_summary, profile_data
from dealerdesk.store.db import close_store, open_store
from tests.factories import make_user

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kpi_store as ks

NOW = dt.datetime(2026, 11, 3, 9, 0)


@pytest.fixture(autouse=True)
def invariant():
    old = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = old


@pytest.fixture
def built(tmp_path):
    open_store(tmp_path / "t.db", create=True)
    yield ks.build()
    close_store()


def _pdf(render, data) -> bytes:
    buf = io.BytesIO()
    render(data, buf)
    return buf.getvalue()


def _pages(pdf: bytes) -> list[str]:
    return [(p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def _squash(text: str) -> str:
    return "".join(text.split())


def test_monthly_summary_prints_the_known_figures(built):
    pdf = _pdf(render_monthly, monthly_summary(actor_for_login("boss"), ks.MONTH, now=NOW))
    pages = _pages(pdf)
    cover = _squash(pages[0])
    assert "深圳鹏程吉利4S店月度经营汇总" in cover and "2026年10月" in cover
    # funnel rows: label, this month, previous month, change, last year, change
    assert "集客42+100.0%1+300.0%" in cover
    assert "留档32+50.0%1+200.0%" in cover
    assert "订单20—1+100.0%" in cover
    assert "到店率75.0%0.0%" in cover and "成交率50.0%" in cover and "战败率50.0%" in cover
    assert "跟进达标率33.3%" in cover
    text = _squash("".join(pages))
    # consultant rows: held, due, on time, compliance, orders, deliveries, defeats
    assert "张顾问12150.0%112" in text and "李顾问4100.0%100" in text
    assert "星越L112" in text and "缤越020" in text  # inventory H/A, B/C, D
    assert "星越L311" in text and "33.3%50.0%100.0%651" in text  # targets: plan and rates
    assert "共2位" in text and "盖磊" in text and "尉迟敏" in text  # hot customers
    assert "比亚迪汉2100.0%" in text and "价格1" in text
    assert "平均解决时长（小时）18.0" in text and "月末逾期未解决2" in text
    assert "满意率（非常满意+满意）66.7%" in text
    assert "高价值1" in text and "指标定义" in text


def test_pages_are_numbered_x_of_y_and_printed_at(built):
    pdf = _pdf(render_monthly, monthly_summary(actor_for_login("boss"), ks.MONTH, now=NOW))
    pages = _pages(pdf)
    n = len(pages)
    for i, text in enumerate(pages, 1):
        assert f"第 {i} 页 / 共 {n} 页" in text and "打印时间 2026-11-03 09:00" in text


def test_definitions_are_on_the_last_page(built):
    pages = _pages(_pdf(render_monthly, monthly_summary(actor_for_login("boss"), ks.MONTH, now=NOW)))
    last = _squash(pages[-1])
    assert "指标定义" in last and "战败数÷（订单数+战败数）" in last


def test_same_data_gives_the_same_bytes(built):
    summary = monthly_summary(actor_for_login("boss"), ks.MONTH, now=NOW)
    assert _pdf(render_monthly, summary) == _pdf(render_monthly, summary)


def test_profile_prints_the_customer_and_masks_phones_by_role(built):
    from dealerdesk.services.settings import set_setting

    desk = make_user("desk", "前台小周", "front_desk")
    set_setting(SYSTEM, "privacy.mask_phones_for", ["front_desk"])  # by default the front desk sees phones
    masked = _squash("".join(_pages(_pdf(render_profile, profile_data(desk, built["customer_a"], now=NOW)))))
    assert "客户档案：欧阳娜" in masked and "138****0001" in masked and "13800000001" not in masked
    clear = _squash("".join(_pages(_pdf(render_profile, profile_data(actor_for_login("boss"),
                                                                       built["customer_a"], now=NOW)))))
    assert "13800000001" in clear
    assert "H→O" in clear and "交车等待时间过长" in clear and "非常满意" in clear


def test_long_tables_split_across_pages_with_repeated_headers(built):
    from dealerdesk.store.models import Interaction

    for i in range(120):
        Interaction.create(customer=built["customer_a"], at=NOW - dt.timedelta(hours=i), channel="phone",
                           content=f"第{i}次电话回访")
    data = profile_data(actor_for_login("boss"), built["customer_a"], interactions=120, now=NOW)
    pages = _pages(_pdf(render_profile, data))
    assert len(pages) >= 3
    with_header = [p for p in pages if "方式" in p and "人员" in p and "回访" in p]
    assert len(with_header) >= 2


def test_the_bundled_font_has_every_glyph_we_print():
    assert fonts.font_path().is_file() and fonts.font_path().stat().st_size < 8_000_000
    surnames = "".join(s for s, _w in SURNAMES)
    assert fonts.missing_glyphs(surnames + "覃佘缪褚仇冼区朴查盖翟乐尉迟诸葛司徒欧阳") == set()
    from dealerdesk.domain.kpi import DEFINITIONS
    from dealerdesk.reports import styles as st

    labels = "".join(a + b for a, b in DEFINITIONS.values()) + "".join(st.LEVELS.values())
    assert fonts.missing_glyphs(labels) == set()


def test_profile_prints_labels_not_codes(built):
    """Purchase channels and complaint categories are printed in Chinese, never as stored codes."""
    from dealerdesk.store.models import Complaint, Purchase

    Purchase.create(customer=built["customer_a"], model_name="凯美瑞", purchased_on=dt.date(2025, 3, 1),
                    price=200000, channel="store")
    Complaint.create(customer=built["customer_a"], received_at=NOW - dt.timedelta(days=3),
                     category="service_attitude", content="接待态度冷淡", status="open")
    text = _squash("".join(_pages(_pdf(render_profile, profile_data(SYSTEM, built["customer_a"], now=NOW)))))
    assert "本店" in text and "服务态度" in text
    assert "store" not in text and "service_attitude" not in text


def test_the_printed_profile_and_monthly_summary_carry_the_store_profile(built):
    from dealerdesk.services.store_profile import save_profile
    from tests.ui.test_first_run_helpers import PNG_1PX

    boss = actor_for_login("boss")
    save_profile(boss, name="鹏程吉利旗舰店", address="龙岗区吉华路88号", phone="0755-23456789", logo=PNG_1PX)
    data = profile_data(boss, built["customer_a"], now=NOW)
    assert data.store_logo == PNG_1PX
    first = _squash(_pages(_pdf(render_profile, data))[0])
    assert "鹏程吉利旗舰店" in first and "龙岗区吉华路88号" in first and "0755-23456789" in first
    monthly = _pages(_pdf(render_monthly, monthly_summary(boss, "2026-10", now=NOW)))
    assert all("鹏程吉利旗舰店" in _squash(page) for page in monthly)
