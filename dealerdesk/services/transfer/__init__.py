"""Import and export (导入/导出): reading a file, planning and writing an import; exporting lists.

Its use cases, listed once here in `__all__`; generic names (``export.…``) stay behind their module.
"""
from dealerdesk.services.transfer import export
from dealerdesk.services.transfer.importer import (
    ImportOptions,
    preview,
    run_import,
)

__all__ = [
    "ImportOptions",
    "export",
    "preview",
    "run_import",
]
