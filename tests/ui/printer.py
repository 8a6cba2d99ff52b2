"""A real PDF printer for the print path (ui/printing.py): what `accept` sets up instead of the dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter


def pdf_printer(printer: QPrinter, path: Path) -> bool:
    """Point `printer` at a PDF file (Qt's own PDF output, no printer driver) and say "print"."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return True


def pages(path: Path) -> int:
    """The pages in a PDF file (pypdf: a reader independent of the renderer that printed it)."""
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def pdf_text(path: Path) -> str:
    """The text of a PDF file as pdftotext lays it out."""
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def answer_save_dialog(monkeypatch, target: Path) -> list[str]:
    """The 另存为 PDF dialog (printing.ask_pdf_path's QFileDialog) answers `target`; the start paths it was
    shown with."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def answer(parent, title, start, *args):
        asked.append(start)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked
