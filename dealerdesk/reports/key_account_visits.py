"""The printed visit tracking sheet (大用户走访跟踪表, seed 002 附件8) from services.key_accounts.VisitSheet.

Why this layout: the key-account manager brings it to the monthly review and to the next visit: per account
the facts the manager checks (grade, account manager, main contact, fleet, this year's and month's orders
against the account's own targets), then the period's visits as the handbook's table (date, who visited, who
was met, topic, result, next step, next visit), the open plan, and empty rows to write a visit by hand.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from dealerdesk.domain import labels
from dealerdesk.reports import styles as st
from dealerdesk.reports.layout import ReportDoc, table

HEADER = ["走访日期", "走访人", "接待人", "走访事由", "走访结果", "下一步", "下次走访"]
WIDTHS = [15, 8, 10, 18, 21, 15, 12]
BLANK_ROWS = 2


def _d(day) -> str:
    return day.isoformat() if day else ""


def _account_block(entry) -> list:
    a = entry.account
    grade = labels.KEY_ACCOUNT_GRADE.get(a.grade, a.grade)
    contact = a.main_contact + (f"（{entry.main_contact_title}）" if entry.main_contact_title else "")
    facts = (f"等级 {grade}　客户经理 {a.manager_name or '—'}　主要联系人 {contact or '—'}　车队 {a.vehicles} 台　"
             f"本年订单 {a.year_orders}/{a.year_target} 台　本月订单 {a.month_orders}/{a.month_target} 台")
    rows = []
    for v in entry.visits:
        if v.visited_on is None:
            rows.append([f"计划 {_d(v.planned_on)}", "", "", "", "", "", ""])
        else:
            rows.append([_d(v.visited_on), v.visitor, v.contact, v.topic, v.result, v.next_step, _d(v.next_visit_on)])
    rows += [[""] * len(HEADER) for _ in range(BLANK_ROWS)]
    overdue = "　（走访已逾期）" if a.overdue else ""
    return [CondPageBreak(60), KeepTogether([Paragraph(f"{a.name}{overdue}", st.H2), Paragraph(facts, st.SMALL),
                                             Spacer(1, 2)]),
            table(HEADER, rows, WIDTHS), Spacer(1, 6)]


def story_of(sheet) -> list:
    title = f"大用户走访跟踪表　{sheet.first.isoformat()} 至 {sheet.last.isoformat()}"
    story: list = [Paragraph(title, st.TITLE),
                   Paragraph(f"共 {len(sheet.accounts)} 家大用户；逾期的走访排在前面。“计划”行为已安排未走访的，"
                             "空行供手写补记。", st.SUBTITLE)]
    for entry in sheet.accounts:
        story += _account_block(entry)
    if not sheet.accounts:
        story.append(Paragraph("（没有大用户）", st.BODY))
    story += [Spacer(1, 14), Paragraph("客户经理签字：________________　　　销售经理审核：________________　　　"
                                       "日期：____________", st.BODY)]
    return story


def write_visit_sheet(sheet, target: str | Path | BinaryIO) -> None:
    """Write the sheet (services.key_accounts.VisitSheet) as PDF to a path or a binary file object."""
    doc = ReportDoc(str(target) if isinstance(target, Path) else target, title="大用户走访跟踪表",
                    store_name=sheet.store_name, logo=sheet.store_logo, store_line=sheet.store_line,
                    printed_at=sheet.printed_at, subject=f"{sheet.first}–{sheet.last}")
    doc.build_story(story_of(sheet))
