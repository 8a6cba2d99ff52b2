"""The reports page's KPI table: the funnel figures this month, last month and the same month last year."""
from __future__ import annotations

from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.reports.numbers import num, pct  # not styles: that registers the PDF font
from dealerdesk.ui.format import tr
from dealerdesk.ui.models.columns import RIGHT, Column, TableSpec

CONTEXT = "KpiTableModel"  # the translation context these texts have always had
_ROWS = (("new_leads", "集客", False), ("registered", "留档", False), ("visits", "到店", False),
         ("test_drives", "试驾", False), ("orders", "订单", False), ("deliveries", "交车", False),
         ("defeats", "战败", False), ("visit_rate", "到店率", True), ("test_drive_rate", "试驾率", True),
         ("close_rate", "成交率", True), ("defeat_rate", "战败率", True))


def kpi_rows(summary) -> list[tuple[str, str, str, str]]:
    """(label, this month, previous month, last year) per figure, then the follow-up compliance."""
    rows = []
    for key, label, is_rate in _ROWS:
        fmt = pct if is_rate else num
        rows.append((tr(CONTEXT, label), *(fmt(getattr(f, key)) for f in
                                           (summary.funnel, summary.previous, summary.last_year))))
    rows.append((tr(CONTEXT, "跟进达标率"), pct(summary.compliance), "", ""))
    return rows


KPI_SPEC = TableSpec("reports_kpi", (
    Column("label", QT_TRANSLATE_NOOP("KpiTableModel", "指标"), lambda r: r[0]),
    Column("month", QT_TRANSLATE_NOOP("KpiTableModel", "本月"), lambda r: r[1], RIGHT),
    Column("previous", QT_TRANSLATE_NOOP("KpiTableModel", "上月"), lambda r: r[2], RIGHT),
    Column("last_year", QT_TRANSLATE_NOOP("KpiTableModel", "去年同月"), lambda r: r[3], RIGHT),
), context=CONTEXT, sort_hint=False)
