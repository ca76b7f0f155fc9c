"""The handover slip: from "Cetak slip" to the slip painted in the preview dialog.

Each run is the real button path of the handover dialog: record the slip (one write
transaction), build the slip's data, render the PDF with its QR code, load the bytes into
the preview's QPdfDocument and show the dialog until its page view has painted. Only the
dialog's modal wait for a person is left out: the preview closes once painted. The first
slip of a process also pays for importing ReportLab and parsing the font ("cold").

    python benchmarks/bench_slip.py child RUNS    (prints RESULT {json}; run_all.py runs it)
"""
from __future__ import annotations

import sys
import time

from harness import SCRATCH, Figure, results, run_python


def measure(runs: int, sessions: int) -> list[Figure]:
    warm = Figure("handover slip built, shown in preview", "1 file", "ms")
    cold = Figure("  first of a session (imports ReportLab)", "1 file", "ms")
    for _ in range(sessions):
        found = results(run_python(__file__, "child", str(runs)))
        cold.samples.append(found["cold_ms"])
        warm.samples += found["warm_ms"]
    return [warm, cold]


def application_at_handover(operator):
    import datetime as dt

    from ukpbj_desktop import services
    from ukpbj_desktop.required_documents import CheckedDocument, required_documents

    data = services.ApplicationInput(
        applicant=services.ApplicantInput(nip="196507051992031023", name="Drs. Yohanis Rumalutur, M.Si.",
                                          position="Kepala Bidang Bina Marga", work_unit="Dinas Pekerjaan Umum",
                                          email="yohanis@example.go.id"),
        sk_number="800/12/SK/2026", sk_date=dt.date(2026, 1, 5), certificate_type="LEVEL-1",
        certificate_number="LKPP-1/2025/0042")
    app = services.submit(operator, data)
    app, _ = services.check_completeness(operator, app, [CheckedDocument(d.code, True, True)
                                                          for d in required_documents(False)])
    app = services.check_validity(operator, app, valid=True)
    return services.create_account(operator, app, "yohanis.r")


def child(runs: int) -> None:
    import tempfile

    from gui_probe import PaintWatch, report
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from ukpbj_desktop import credentials
    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop.ui.steps.hand_over import HandOverDialog
    from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    qt = QApplication(sys.argv)
    operator = open_store(str(tempfile.mkdtemp(dir=SCRATCH) + "/slip.sqlite3"))
    dialog = HandOverDialog(operator, application_at_handover(operator), password=credentials.generate_password())
    shown: list[float] = []

    def show_until_painted(preview: PdfPreviewDialog) -> int:
        if preview.document.status() != QPdfDocument.Status.Ready or preview.document.pageCount() != 1:
            raise SystemExit("the slip did not load as a one-page PDF")
        watch = PaintWatch(preview.view.viewport())
        preview.show()
        shown.append(watch.wait())
        preview.close()
        preview.deleteLater()
        return 0

    PdfPreviewDialog.exec = show_until_painted
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        dialog.print_slip()
        times.append((shown[-1] - start) * 1000)
        qt.processEvents()
    report(cold_ms=times[0], warm_ms=times[1:])


if __name__ == "__main__":
    if sys.argv[1:2] != ["child"]:
        raise SystemExit(__doc__)
    child(int(sys.argv[2]))
