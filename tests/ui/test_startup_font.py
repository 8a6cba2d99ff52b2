"""The PDF font (a 5 MB .ttc, ~0.2 s to parse) is registered when a PDF is made, not when the window starts:
a fresh interpreter that builds the main window and the reports page (restored at start when it was the last
page) has not registered it (issue 27: it cost 0.22 s of cold start)."""
import subprocess
import sys

CODE = """
import os, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dealerdesk.store.db import open_store
from tests.factories import make_user
open_store(sys.argv[1], create=True)
actor = make_user('boss', '经理', 'manager')
from dealerdesk.ui.context import AppContext
from dealerdesk.ui.pages.reports import Page
page = Page(AppContext(actor=actor))
page.show()
app.processEvents()
from reportlab.pdfbase import pdfmetrics
print('registered' if 'WQYMicroHei' in pdfmetrics.getRegisteredFontNames() else 'lazy',
      'styles' if 'dealerdesk.reports.styles' in sys.modules else 'no-styles')
"""


def test_reports_page_does_not_register_the_pdf_font(tmp_path):
    done = subprocess.run([sys.executable, "-c", CODE, str(tmp_path / "s.db")], capture_output=True, text=True,
                          timeout=120, env={"DEALERDESK_HOME": str(tmp_path / "home"), **_env()})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["lazy", "no-styles"]


def _env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("DEALERDESK_")}
