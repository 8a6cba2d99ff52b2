"""The PIPL data export as a PDF (个人信息查询): every section of services.customers.privacy's export, for
handing to the customer who asked. Each row is one cell of "field: value" pairs, so every table of the store
prints the same way and nothing is cut off."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, Paragraph

from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import ReportDoc, cell, table
from dealerdesk.services.customers.privacy import CustomerDataExport

SECTION_TITLES = {
    "profile": "基本信息", "phones": "电话", "contacts": "联系人", "vehicles": "车辆", "leads": "线索",
    "follow_ups": "跟进计划", "orders": "订单", "purchases": "购车记录", "deliveries": "交车", "interactions": "互动记录",
    "complaints": "投诉", "surveys": "回访", "service_history": "服务记录", "reminders": "提醒",
    "repair_orders": "维修工单", "level_changes": "级别变化", "ownership_transfers": "过户", "appointments": "预约",
    "audit": "操作日志（涉及本客户）",
}


def _row_text(row: dict) -> str:
    return "；".join(f"{k}: {v}" for k, v in row.items() if v not in (None, ""))


def render_privacy_export(data: CustomerDataExport, target: str | Path | BinaryIO, store_name: str = "", *,
                          logo: bytes = b"", store_line: str = "") -> None:
    doc = ReportDoc(str(target) if isinstance(target, Path) else target, title=f"个人信息导出 {data.name}",
                    store_name=store_name, logo=logo, printed_at=data.generated_at, subject=str(data.customer_id),
                    store_line=store_line)
    story = [Paragraph(f"个人信息导出：{cell(data.name).text}", st.TITLE),
             Paragraph(f"客户编号 {data.customer_id}，导出时间 {data.generated_at:%Y-%m-%d %H:%M}", st.SUBTITLE)]
    for key, rows in data.sections.items():
        story += [CondPageBreak(60), Paragraph(f"{SECTION_TITLES.get(key, key)}（{len(rows)}）", st.H1),
                  table(["#", "内容"], [[i + 1, _row_text(r)] for i, r in enumerate(rows)], [6, 94])]
    doc.build_story(story)
