"""Every printout's header carries the store profile: name, address · phone and the logo from the store."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from dealerdesk.reports.layout import ReportDoc, store_header
from dealerdesk.services.store_profile import StoreProfile
from tests.ui.test_first_run_helpers import PNG_1PX


def _pdf(profile: StoreProfile) -> PdfReader:
    from reportlab.platypus import Paragraph

    from dealerdesk.reports import styles as st

    out = io.BytesIO()
    doc = ReportDoc(out, title="维修工单", printed_at=dt.datetime(2026, 10, 15, 9, 0), **store_header(profile))
    doc.build_story([Paragraph("正文", st.CELL)])
    return PdfReader(io.BytesIO(out.getvalue()))


def test_the_header_prints_the_store_name_address_phone_and_logo():
    reader = _pdf(StoreProfile(name="深圳鹏程吉利4S店", address="龙岗区吉华路 88 号", phone="0755-23456789",
                               logo=PNG_1PX, logo_mime="image/png"))
    text = reader.pages[0].extract_text()
    assert "深圳鹏程吉利4S店" in text and "龙岗区吉华路 88 号" in text and "0755-23456789" in text
    assert reader.pages[0]["/Resources"]["/XObject"]  # the logo image is drawn


def test_without_a_logo_nothing_is_drawn_and_the_name_still_prints():
    reader = _pdf(StoreProfile(name="鹏程汽车"))
    assert "鹏程汽车" in reader.pages[0].extract_text()
    assert "/XObject" not in reader.pages[0]["/Resources"]
