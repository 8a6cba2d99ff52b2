"""Charts of the monthly summary, drawn with reportlab.graphics (vector, same font as the text).

Why vector drawings: they print sharply, need no image library, and ReportLab renders them into the PDF
in a few milliseconds; every chart takes plain numbers, so the same function serves any month.
"""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String

from dealerdesk.domain.kpi import Funnel
from dealerdesk.reports import styles as st

FUNNEL_LABELS = (("new_leads", "集客"), ("registered", "留档"), ("visits", "到店"), ("test_drives", "试驾"),
                 ("orders", "订单"), ("deliveries", "交车"), ("defeats", "战败"))


def _title(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, drawing.height - 12, text, fontName=st.FONT, fontSize=10, fillColor=st.INK))


def _nice_max(value: float) -> float:
    if value <= 5:
        return 5
    step = 10 ** (len(str(int(value))) - 1)
    return ((int(value) // step) + 1) * step


def bars(items: Sequence[tuple[str, float]], title: str, width: float, height: float | None = None) -> Drawing:
    """Horizontal bars, one per (label, value), value printed at the bar end."""
    items = list(items) or [("（无）", 0)]
    height = height or max(70.0, 22 + 17 * len(items))
    d = Drawing(width, height)
    _title(d, title)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70, 8
    chart.width, chart.height = width - 110, height - 30
    chart.data = [[v for _l, v in reversed(items)]]
    chart.categoryAxis.categoryNames = [lab for lab, _v in reversed(items)]
    chart.categoryAxis.labels.fontName = st.FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(v for _l, v in items))
    chart.valueAxis.labels.fontName = st.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = st.GRID
    chart.bars[0].fillColor = st.ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = st.FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def funnel_chart(funnel: Funnel, width: float) -> Drawing:
    return bars([(lab, getattr(funnel, key)) for key, lab in FUNNEL_LABELS], "本月漏斗", width, 165)


def trend_chart(trend: Sequence[tuple[str, Funnel]], width: float, height: float = 190) -> Drawing:
    """New leads, orders, deliveries and defeats per month (the last `len(trend)` months)."""
    series = (("new_leads", "集客"), ("orders", "订单"), ("deliveries", "交车"), ("defeats", "战败"))
    d = Drawing(width, height)
    _title(d, f"近 {len(trend)} 个月趋势")
    chart = HorizontalLineChart()
    chart.x, chart.y = 35, 38
    chart.width, chart.height = width - 45, height - 62
    chart.data = [[getattr(f, key) for _m, f in trend] or [0] for key, _lab in series]
    chart.categoryAxis.categoryNames = [m[2:] for m, _f in trend] or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = st.FONT
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max([v for row in chart.data for v in row] + [1]))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = st.GRID
    for i in range(len(series)):
        chart.lines[i].strokeColor = st.SERIES[i]
        chart.lines[i].strokeWidth = 1.6
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 35, 12
    legend.fontName = st.FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = [(st.SERIES[i], lab) for i, (_k, lab) in enumerate(series)]
    d.add(legend)
    return d
