"""The catalogue lists (车型目录, 维修项目价目): car models, service items and packages; discontinued rows grey."""
from __future__ import annotations

from dealerdesk.domain import labels
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.ui import labels as ui_labels
from dealerdesk.ui.format import tr
from dealerdesk.ui.models.columns import RIGHT, Column, TableSpec


def _yes(value: bool) -> str:
    return tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "是")) if value else ""


def _state(value: bool) -> str:
    return tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "在用")) if value \
        else tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "已停用"))


def _interval(r) -> str:
    parts = []
    if r.service_months:
        parts.append(tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "{n} 个月")).format(n=r.service_months))
    if r.service_km:
        parts.append(tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "{n:,} 公里")).format(n=r.service_km))
    return " / ".join(parts)


MODEL_SPEC = TableSpec("catalogue_models", (
    Column("brand", QT_TRANSLATE_NOOP("columns", "品牌"), lambda r: r.brand, width=90),
    Column("series", QT_TRANSLATE_NOOP("columns", "车系"), lambda r: r.series, width=90),
    Column("name", QT_TRANSLATE_NOOP("columns", "车型"), lambda r: r.name, width=170),
    Column("price", QT_TRANSLATE_NOOP("columns", "指导价"), lambda r: f"¥{r.price:,}" if r.price else "",
           align=RIGHT, width=90),
    Column("fuel", QT_TRANSLATE_NOOP("columns", "燃料类型"), lambda r: ui_labels.text(labels.FUEL, r.fuel), width=80),
    Column("plate", QT_TRANSLATE_NOOP("columns", "新能源牌"), lambda r: _yes(r.new_energy), width=70),
    Column("body", QT_TRANSLATE_NOOP("columns", "车身"), lambda r: ui_labels.text(labels.BODY, r.body), width=60),
    Column("year", QT_TRANSLATE_NOOP("columns", "年款"), lambda r: r.model_year or "", width=50),
    Column("interval", QT_TRANSLATE_NOOP("columns", "保养间隔"), _interval, width=150),
    Column("own", QT_TRANSLATE_NOOP("columns", "本店品牌"), lambda r: _yes(r.own_brand), width=70),
    Column("active", QT_TRANSLATE_NOOP("columns", "状态"),
           lambda r: tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "在售")) if r.active
           else tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "停售")), width=60),
), state=lambda r: "" if r.active else "lost", sort_hint=False)

ITEM_SPEC = TableSpec("catalogue_items", (
    Column("code", QT_TRANSLATE_NOOP("columns", "编码"), lambda r: r.code, width=90),
    Column("name", QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r.name, width=180),
    Column("kind", QT_TRANSLATE_NOOP("columns", "类型"), lambda r: ui_labels.text(labels.LINE_KIND, r.kind), width=60),
    Column("hours", QT_TRANSLATE_NOOP("columns", "工时"), lambda r: f"{r.hours}" if r.hours else "", align=RIGHT,
           width=60),
    Column("rate", QT_TRANSLATE_NOOP("columns", "工时单价"), lambda r: f"¥{r.rate:,.2f}" if r.rate else "",
           align=RIGHT, width=80),
    Column("price", QT_TRANSLATE_NOOP("columns", "价格"), lambda r: f"¥{r.unit_price:,.2f}", align=RIGHT, width=90),
    Column("unit", QT_TRANSLATE_NOOP("columns", "单位"), lambda r: r.unit, width=50),
    Column("active", QT_TRANSLATE_NOOP("columns", "状态"), lambda r: _state(r.active), width=60),
), state=lambda r: "" if r.active else "lost", sort_hint=False)

PACKAGE_SPEC = TableSpec("catalogue_packages", (
    Column("code", QT_TRANSLATE_NOOP("columns", "编码"), lambda r: r.code, width=90),
    Column("name", QT_TRANSLATE_NOOP("columns", "套餐"), lambda r: r.name, width=120),
    Column("lines", QT_TRANSLATE_NOOP("columns", "包含项目"),
           lambda r: "、".join(f"{ln.name}×{ln.qty.normalize()}" for ln in r.lines), width=400),
    Column("price", QT_TRANSLATE_NOOP("columns", "价格"), lambda r: f"¥{r.price:,.2f}", align=RIGHT, width=90),
    Column("fixed", QT_TRANSLATE_NOOP("columns", "定价方式"),
           lambda r: tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "固定价")) if r.fixed_price is not None
           else tr("catalogue", QT_TRANSLATE_NOOP("catalogue", "按项目合计")), width=80),
    Column("active", QT_TRANSLATE_NOOP("columns", "状态"), lambda r: _state(r.active), width=60),
), state=lambda r: "" if r.active else "lost", sort_hint=False, text_tooltips=True)
