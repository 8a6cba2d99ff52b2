"""The campaigns half of the monthly summary's 客户活动 section (issue 24)."""
from __future__ import annotations

import datetime as dt
import io

from reportlab.platypus import Paragraph, SimpleDocTemplate

from dealerdesk.reports.campaigns_section import campaigns_section
from dealerdesk.reports.fonts import register
from dealerdesk.services.reporting.campaigns import CampaignFigures

ROWS = [CampaignFigures("国庆回访", "call_list", dt.datetime(2026, 10, 2), 40, 25, 6, 4),
        CampaignFigures("生日祝福", "batch", dt.datetime(2026, 10, 9), 120, 120, 2, 9)]


def _texts(story) -> str:
    out = []
    for f in story:
        for inner in getattr(f, "_content", [f]):
            if isinstance(inner, Paragraph):
                out.append(inner.getPlainText())
            elif hasattr(inner, "_cellvalues"):
                out.extend(str(c) for row in inner._cellvalues for c in row)
    return " ".join(out)


def test_section_lists_each_campaign_and_a_total():
    text = _texts(campaigns_section(ROWS))
    assert text.startswith("客户活动")
    assert "国庆回访" in text and "外呼名单" in text and "群发批次" in text
    assert "160" in text and "145" in text and "13" in text  # totals: size, reached, visits
    assert "客户活动" not in _texts(campaigns_section(ROWS, heading=False))


def test_section_builds_into_a_pdf_also_when_empty():
    register()
    for rows in (ROWS, []):
        buf = io.BytesIO()
        SimpleDocTemplate(buf).build(campaigns_section(rows))
        assert buf.getvalue()[:4] == b"%PDF"
