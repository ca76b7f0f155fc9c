"""Choosing where the register export goes (CSV or XLSX).

The export is exactly what the register shows: the same filter is handed to the
``export-register`` command the child process runs (``cli.register_options``).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ukpbj_desktop.documents.export_files import safe_file_name
from ukpbj_desktop.store.models import now


def ask_register_file(parent: QWidget) -> Path | None:
    """The file to write; the chosen filter decides CSV or XLSX when the name has no suffix."""
    csv_filter = QCoreApplication.translate("RegisterExport", "CSV untuk Excel (*.csv)")
    xlsx_filter = QCoreApplication.translate("RegisterExport", "Buku kerja Excel (*.xlsx)")
    suggested = safe_file_name("register", f"{now():%Y-%m-%d}", suffix=".xlsx")
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("RegisterExport", "Ekspor register"),
                                               suggested, f"{xlsx_filter};;{csv_filter}")
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        out = out.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
    return out
