"""PDF pages as images, pypdfium2 (what ui/printing.py uses) against QtPdf (PySide6-Addons), on the monthly
summary. Figures are in packaging/README.md. Not collected by pytest; run by hand:

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_pdf_pages.py MONTHLY.pdf   # e.g. from `report monthly`

QtPdf is measured only when PySide6-Addons is installed (it is not a dependency)."""
from __future__ import annotations

import sys
import time
from pathlib import Path


def pdfium(pdf: Path, dpi: int = 100) -> tuple[float, float, int]:
    import pypdfium2

    started = time.perf_counter()
    doc = pypdfium2.PdfDocument(str(pdf))
    doc[0].render(scale=dpi / 72)
    first = time.perf_counter() - started
    for i in range(len(doc)):
        doc[i].render(scale=dpi / 72)
    return first, time.perf_counter() - started - first, len(doc)


def qtpdf(pdf: Path, dpi: int = 100) -> tuple[float, float, int] | None:
    try:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    started = time.perf_counter()
    doc = QPdfDocument()
    doc.load(str(pdf))

    def render(i: int) -> None:
        size = doc.pagePointSize(i)
        doc.render(i, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))

    render(0)
    first = time.perf_counter() - started
    for i in range(doc.pageCount()):
        render(i)
    return first, time.perf_counter() - started - first, doc.pageCount()


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QtPdf needs it
    pdf = Path(sys.argv[1])
    for name, run in (("pypdfium2", pdfium), ("QtPdf", qtpdf)):
        if run(pdf) is None:  # also the warm-up
            print(f"{name}: not installed")
            continue
        first, rest, pages = min(run(pdf) for _ in range(3))
        print(f"{name}: page 1 {first * 1000:.1f} ms, all {pages} pages {rest * 1000:.1f} ms at 100 dpi")


if __name__ == "__main__":
    main()
