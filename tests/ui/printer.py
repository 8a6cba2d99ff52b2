"""A real PDF printer for the print path (ui/printing.py): what `accept` sets up instead of the dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter


def pdf_printer(printer: QPrinter, path: Path) -> bool:
    """Point `printer` at a PDF file (Qt's own PDF output, no printer driver) and say "print"."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return True
