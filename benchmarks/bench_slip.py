"""Time from "Cetak slip" to the preview holding the loaded document (target: median < 200 ms).

Each run is the real button path of the handover dialog: record the slip (one write
transaction), build the slip's data, render the PDF with its QR code, and load the bytes
into the preview's QPdfDocument. The preview's ``exec`` is replaced by a stop-watch, so
nothing waits for a person. The first run also pays for importing ReportLab and parsing
the monospace font; it is reported apart, as "cold".

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_slip.py [runs]
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORK = Path(tempfile.mkdtemp(prefix="bench-slip-"))
os.environ["UKPBJ_DATA_DIR"] = str(WORK / "data")

from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ukpbj_desktop import credentials, services  # noqa: E402
from ukpbj_desktop.store.bootstrap import open_store  # noqa: E402
from ukpbj_desktop.store.db import database  # noqa: E402
from ukpbj_desktop.required_documents import CheckedDocument, required_documents  # noqa: E402
from ukpbj_desktop.ui.steps.handover import HandoverDialog  # noqa: E402
from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog  # noqa: E402

TARGET_MS = 200


def application_at_handover(operator):
    data = services.ApplicationInput(
        applicant=services.ApplicantInput(nip="196507051992031023", name="Drs. Yohanis Rumalutur, M.Si.",
                                          position="Kepala Bidang Bina Marga", work_unit="Dinas Pekerjaan Umum",
                                          email="yohanis@example.go.id"),
        sk_number="800/12/SK/2026", sk_date=dt.date(2026, 1, 5), certificate_type="LEVEL-1",
        certificate_number="LKPP-1/2025/0042")
    app = services.register_application(operator, data)
    app, _ = services.record_completeness(operator, app, [CheckedDocument(d.code, True, True)
                                                          for d in required_documents(False)])
    app = services.record_validity(operator, app, valid=True)
    return services.record_account(operator, app, "yohanis.r")


def main(runs: int = 20) -> float:
    qt = QApplication.instance() or QApplication([])
    operator = open_store(str(WORK / "bench.sqlite3"))
    dialog = HandoverDialog(operator, application_at_handover(operator), password=credentials.generate_password())
    stopped: list[float] = []

    def stop_watch(preview: PdfPreviewDialog) -> int:
        stopped.append(time.perf_counter())
        assert preview.document.status() == QPdfDocument.Status.Ready and preview.document.pageCount() == 1
        preview.deleteLater()
        return 0

    PdfPreviewDialog.exec = stop_watch
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        dialog.print_slip()
        times.append((stopped[-1] - start) * 1000)
        qt.processEvents()
    cold, warm = times[0], times[1:]
    median = statistics.median(warm)
    print(f"cold (first slip, imports ReportLab and the font): {cold:.0f} ms")
    print(f"median of {runs}: {median:.1f} ms  (min {min(warm):.1f}, max {max(warm):.1f}); "
          f"target < {TARGET_MS} ms: {'met' if median < TARGET_MS else 'MISSED'}")
    return median


if __name__ == "__main__":
    try:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
    finally:
        database.close()
        shutil.rmtree(WORK, ignore_errors=True)
