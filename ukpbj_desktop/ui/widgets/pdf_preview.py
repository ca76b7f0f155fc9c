"""Preview, print and save a generated PDF without it touching the disk unasked.

Documents such as the account slip carry a password, so the bytes stay in memory (a
QBuffer the document reads from) and reach the disk only through an explicit Save,
written atomically so a failed write never leaves half a file behind.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ukpbj_desktop.documents.export_files import safe_file_name
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen

# Pages are rasterised for printing; beyond this the image only grows, not the print.
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
ZoomIn, ZoomOut = QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut


class PdfPreviewDialog(QDialog):
    """Shows a PDF held in memory, with Print (Cetak), Save (Simpan) and Close (Tutup)."""
    HELP_SECTION = "pdf-preview"

    printed = Signal()
    saved = Signal(str)

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        parent: QWidget | None = None,
        save_warning: str | None = None,
        suggested_name: str = "dokumen.pdf",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._pdf_bytes = bytes(pdf_bytes)
        self._save_warning = save_warning
        self._suggested_name = suggested_name

        # The view is created before the document so it is destroyed first, and the
        # buffer is the document's child so it lives exactly as long as the document.
        self.view = QPdfView(self)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self.document)
        self._buffer.setData(QByteArray(self._pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self._build_ui()
        fit_to_screen(self, QSize(820, 900))

    def _build_ui(self) -> None:
        loaded = self.document.status() == QPdfDocument.Status.Ready
        self.page_label = QLabel(
            self.tr("%n halaman", "", self.document.pageCount()) if loaded
            else self.tr("Dokumen tidak dapat ditampilkan.")
        )
        zoom_out = self._zoom_button("−", self.tr("Perkecil (Ctrl+-)"), QKeySequence.keyBindings(ZoomOut),
                                     lambda: self.zoom_by(1 / ZOOM_STEP))
        zoom_in = self._zoom_button("+", self.tr("Perbesar (Ctrl++)"),
                                    [*QKeySequence.keyBindings(ZoomIn), QKeySequence("Ctrl+=")],
                                    lambda: self.zoom_by(ZOOM_STEP))
        fit = self._zoom_button(self.tr("Lebar halaman"), self.tr("Sesuaikan dengan lebar jendela (Ctrl+0)"),
                                [QKeySequence("Ctrl+0")], self.fit_to_width)

        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setEnabled(loaded)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)  # Enter must not print or save by surprise
        self.close_button.setDefault(True)

        bar = QHBoxLayout()
        for widget in (self.page_label, zoom_out, zoom_in, fit):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def _zoom_button(self, text: str, tip: str, keys: list[QKeySequence], slot) -> QToolButton:
        """A tool button whose action also answers ``keys`` anywhere in the dialog."""
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        return button

    # Zoom -----------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        """Zoom relative to what is shown now, leaving fit-to-width."""
        low, high = ZOOM_RANGE
        zoom = min(high, max(low, self._shown_zoom() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _shown_zoom(self) -> float:
        """The zoom factor on screen; QPdfView keeps 1.0 as its factor while fitting."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        page_width = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72
        return room / page_width if room > 0 and page_width > 0 else self.view.zoomFactor()

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # Printing -------------------------------------------------------------------

    def choose_printer(self, printer: QPrinter) -> bool:
        """Let the user pick printer and pages; False when cancelled. Tests replace this."""
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> None:
        """The Cetak button: ask for a printer, then print."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested_name)  # Qt's "print to file" names the file after it
        if self.choose_printer(printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the pages the printer asks for (all by default); report a failure.

        Each page is rendered at no more than :data:`MAX_PRINT_DPI` and scaled into the
        printable area, keeping its proportions.
        """
        pages = self._pages_to_print(printer)
        painter = QPainter()
        if not pages or not painter.begin(printer):
            self._print_failed()
            return False
        ok = True
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for n, page in enumerate(pages):
                if n and not printer.newPage():
                    ok = False
                    break
                self._paint_page(painter, page, QRect(0, 0, area.width(), area.height()), printer.resolution())
        finally:
            ok = painter.end() and ok
        if not ok or printer.printerState() == QPrinter.PrinterState.Error:
            self._print_failed()
            return False
        self.printed.emit()
        return True

    def _pages_to_print(self, printer: QPrinter) -> range:
        count = self.document.pageCount()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            return range(printer.fromPage() - 1, min(printer.toPage(), count))
        return range(count)

    def _paint_page(self, painter: QPainter, page: int, area: QRect, resolution: int) -> None:
        points = self.document.pagePointSize(page)
        dpi = min(resolution, MAX_PRINT_DPI)
        options = QPdfDocumentRenderOptions()
        options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
        image = self.document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                                     options)
        target = QSize(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(area.topLeft(), target), image)

    def _print_failed(self) -> None:
        messages.error(self, self.tr("Gagal mencetak"),
                       self.tr("Dokumen tidak dapat dicetak. Periksa apakah printer menyala, tersambung, "
                               "dan kertasnya cukup, lalu coba lagi."))

    # Saving ---------------------------------------------------------------------

    def choose_save_path(self) -> str | None:
        """Ask where to save; None when cancelled. Tests replace this."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), str(Path(folder) / self._suggested_name),
                                              self.tr("Dokumen PDF (*.pdf)"))
        return path or None

    def save(self) -> bool:
        """The Simpan button: warn if asked to, choose a file, write it atomically."""
        if self._save_warning and not messages.confirm(self, self.tr("Simpan PDF"), self._save_warning):
            return False
        path = self.choose_save_path()
        if not path:
            return False
        if not Path(path).suffix:
            path += ".pdf"
        try:
            write_atomically(Path(path), self._pdf_bytes)
        except OSError as exc:
            messages.error(self, self.tr("Gagal menyimpan"),
                           self.tr("Berkas tidak dapat disimpan ke:\n{path}\n\n{reason}\n\n"
                                   "Pastikan folder itu dapat ditulisi dan ruang disknya cukup, atau pilih "
                                   "tempat lain.").format(path=path, reason=exc.strerror or exc))
            return False
        self.saved.emit(path)
        return True


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, via a temporary file beside it.

    The temporary file is private to the user (mkstemp), and so is the result: these
    documents carry personal data.
    """
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def show_pdf(parent: QWidget, pdf: bytes, title: str, agenda_number: str, kind: str) -> None:
    """Preview a document about one application, offering a file name made from its agenda number."""
    PdfPreviewDialog(pdf, title, parent, suggested_name=safe_file_name(kind, agenda_number, suffix=".pdf")).exec()
