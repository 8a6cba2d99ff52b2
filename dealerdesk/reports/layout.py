"""A4 page template shared by the reports: header with store name/logo and title, footer with
"第 x 页 / 共 y 页" and the print time, and tables that split across pages with repeated headers.

Why a numbering canvas: "of y" is only known after the last page, so pages are kept until save and numbered
then (the usual ReportLab recipe); tables are LongTable(repeatRows=1) with every cell a wrapping Paragraph,
so long Chinese text wraps instead of running off the page.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, LongTable, PageTemplate, Paragraph, Table, TableStyle

from dealerdesk.atomic import atomic_path
from dealerdesk.reports import styles as st

log = logging.getLogger(__name__)
PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
PADDING = 3
HEAD = st.CELL.clone("head", textColor=st.INK)


class _NumberedCanvas(pdfcanvas.Canvas):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - ReportLab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(st.FONT, 8)
            self.setFillColor(st.MUTED)
            self.drawRightString(PAGE_W - MARGIN, 9 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
            super().showPage()
        super().save()


class ReportDoc(BaseDocTemplate):
    def __init__(self, target, *, title: str, store_name: str, logo: str | bytes, printed_at: dt.datetime,
                 subject: str = "", store_line: str = "") -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=24 * mm,
                         bottomMargin=16 * mm, title=title, author=store_name or "DealerDesk",
                         subject=subject, creator="DealerDesk")
        self.report_title = title
        self.store_name = store_name
        self.store_line = store_line  # address · phone, under the name (services.store_profile)
        self.logo = _usable_logo(logo)
        self.printed_at = printed_at
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canv, doc) -> None:
        canv.saveState()
        top = PAGE_H - 12 * mm
        x = MARGIN
        if self.logo:
            try:
                canv.drawImage(self.logo, MARGIN, top - 5 * mm, width=18 * mm, height=9 * mm,
                               preserveAspectRatio=True, anchor="w", mask="auto")
                x += 21 * mm
            except Exception:  # a broken logo file must not stop the report
                log.warning("store logo could not be drawn", exc_info=True)
        canv.setFont(st.FONT, 10)
        canv.setFillColor(st.INK)
        canv.drawString(x, top, self.store_name)
        if self.store_line:
            canv.setFillColor(st.MUTED)
            canv.setFont(st.FONT, 7.5)
            canv.drawString(x, top - 4.3 * mm, self.store_line)
        canv.setFillColor(st.MUTED)
        canv.setFont(st.FONT, 8.5)
        canv.drawRightString(PAGE_W - MARGIN, top, self.report_title)
        canv.setStrokeColor(st.GRID)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 7 * mm, PAGE_W - MARGIN, top - 7 * mm)
        canv.line(MARGIN, 13 * mm, PAGE_W - MARGIN, 13 * mm)
        canv.setFont(st.FONT, 8)
        canv.drawString(MARGIN, 9 * mm, f"打印时间 {self.printed_at:%Y-%m-%d %H:%M}")
        canv.restoreState()

    def build_story(self, story: list) -> None:
        """Build the PDF; a file name is written whole or not at all (dealerdesk.atomic), a stream as is."""
        target = self.filename
        if not isinstance(target, (str, os.PathLike)):
            self.build(story, canvasmaker=_NumberedCanvas)
            return
        with atomic_path(target) as temp:
            self.filename = str(temp)
            try:
                self.build(story, canvasmaker=_NumberedCanvas)
            finally:
                self.filename = target



def write_story(path: str | Path, story: list, *, title: str, store_name: str = "", logo: str | bytes = "",
                store_line: str = "", printed_at: dt.datetime | None = None, subject: str = "") -> Path:
    """A printout's `story` as an A4 PDF at `path` (its folder made when missing), with the store's header;
    `printed_at` defaults to now. Returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = ReportDoc(str(path), title=title, store_name=store_name, logo=logo, store_line=store_line,
                    printed_at=printed_at or dt.datetime.now().replace(microsecond=0), subject=subject)
    doc.build_story(story)
    return path

def store_header(profile) -> dict[str, object]:
    """ReportDoc's store keywords from services.store_profile.StoreProfile (name, logo, address · phone)."""
    return {"store_name": profile.name, "logo": profile.logo, "store_line": profile.contact_line}


def _usable_logo(path: str | bytes) -> str | ImageReader:
    """The logo to draw: the image's bytes (the store profile, kept in the database) or, from before, a path."""
    if isinstance(path, (bytes, bytearray, memoryview)):
        return ImageReader(io.BytesIO(bytes(path))) if path else ""
    if path and Path(path).is_file():
        return path
    if path:
        log.warning("store.logo %s not found; printing without a logo", path)
    return ""


def cell(value: object, style=st.CELL) -> Paragraph:
    text = "" if value is None else str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    return Paragraph(text, style)


def facts_table(pairs: Sequence[tuple[str, str]], label_share: float = 0.12) -> Table:
    """A printout's head: label/value pairs two to a row over the content width, the labels shaded (an odd
    pair count leaves the last cell empty)."""
    if len(pairs) % 2:
        pairs = [*pairs, ("", "")]
    rows = [[cell(pairs[i][0], st.SMALL), cell(pairs[i][1]), cell(pairs[i + 1][0], st.SMALL), cell(pairs[i + 1][1])]
            for i in range(0, len(pairs), 2)]
    value_share = 0.5 - label_share
    t = Table(rows, colWidths=[CONTENT_W * w for w in (label_share, value_share, label_share, value_share)],
              hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, st.GRID), ("BACKGROUND", (0, 0), (0, -1), st.HEADER_BG),
                           ("BACKGROUND", (2, 0), (2, -1), st.HEADER_BG), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], *,
          align_right: Sequence[int] = (), empty: str = "（无）") -> LongTable:
    """A table over the content width that splits across pages and repeats its header row.

    Cells that fit on one line stay plain strings (drawn ~10x faster than a Paragraph, which matters for the
    profile's 150 ms budget); longer text becomes a wrapping Paragraph, so nothing is ever cut off.
    """
    scale = CONTENT_W / sum(widths)
    col_widths = [w * scale for w in widths]
    room = [w - 2 * PADDING - 1 for w in col_widths]

    def fit(value: object, col: int, style=st.CELL):
        text = "" if value is None else str(value)
        if "\n" not in text and stringWidth(text, st.FONT, style.fontSize) <= room[col]:
            return text
        return cell(text, style)

    data = [[fit(h, i, HEAD) for i, h in enumerate(header)]]
    for row in rows:
        data.append([fit(v, i) for i, v in enumerate(row)])
    if not rows:
        data.append([empty] + [""] * (len(header) - 1))
    t = LongTable(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands = [("FONT", (0, 0), (-1, -1), st.FONT, st.CELL.fontSize, st.CELL.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
                ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_BG), ("GRID", (0, 0), (-1, -1), 0.4, st.GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING)]
    commands += [("ALIGN", (col, 1), (col, -1), "RIGHT") for col in align_right]
    commands += [("BACKGROUND", (0, i), (-1, i), st.ZEBRA) for i in range(2, len(data), 2)]
    if not rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    t.setStyle(TableStyle(commands))
    return t
