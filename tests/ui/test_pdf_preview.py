"""The PDF preview: what the user sees, saves and prints."""
from __future__ import annotations

import errno
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen import canvas

from ukpbj_desktop.ui.widgets import messages, pdf_preview
from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog


def make_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n in range(1, pages + 1):
        pdf.drawString(100, 700, f"Halaman {n}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


PDF = make_pdf(2)


@pytest.fixture
def shown(monkeypatch):
    """Message boxes the dialog asked for, as (kind, title, text)."""
    calls = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: calls.append(("error", title, text)))
    return calls


@pytest.fixture
def dialog(qtbot):
    dlg = PdfPreviewDialog(PDF, "Slip akun SPSE")
    qtbot.addWidget(dlg)
    return dlg


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_shows_every_page_of_the_document(dialog):
    assert dialog.windowTitle() == "Slip akun SPSE"
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.view.document() is dialog.document
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.page_label.text() == "2 halaman"
    assert dialog.print_button.isEnabled()


def test_unreadable_bytes_are_reported_and_not_printable(qtbot):
    dlg = PdfPreviewDialog(b"not a pdf", "Rusak")
    qtbot.addWidget(dlg)
    assert dlg.page_label.text() == "Dokumen tidak dapat ditampilkan."
    assert not dlg.print_button.isEnabled()


def test_zoom_keys_and_escape(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    fitted = dialog._shown_zoom()

    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() == pytest.approx(fitted)
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_save_writes_exactly_the_bytes(dialog, qtbot, tmp_path, monkeypatch, shown):
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(target))
    with qtbot.waitSignal(dialog.saved) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(target)]
    assert target.read_bytes() == PDF
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]  # no temporary file left
    assert shown == []


def test_save_adds_the_pdf_suffix(dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(tmp_path / "slip"))
    assert dialog.save()
    assert (tmp_path / "slip.pdf").read_bytes() == PDF


def test_cancelled_save_writes_nothing(dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(dialog, "choose_save_path", lambda: None)
    assert not dialog.save()
    assert list(tmp_path.iterdir()) == []


def test_save_to_a_folder_that_cannot_be_written(dialog, tmp_path, monkeypatch, shown, qtbot):
    # A "folder" that is a file refuses writes even to root, unlike chmod.
    blocker = tmp_path / "arsip"
    blocker.write_text("not a folder")
    target = blocker / "slip.pdf"
    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(target))
    with qtbot.assertNotEmitted(dialog.saved):
        assert not dialog.save()
    assert [kind for kind, _, _ in shown] == ["error"]
    assert str(target) in shown[0][2]
    assert [p.name for p in tmp_path.iterdir()] == ["arsip"]


def test_disk_full_keeps_the_old_file_and_leaves_no_partial_one(dialog, tmp_path, monkeypatch, shown):
    target = tmp_path / "slip.pdf"
    target.write_bytes(b"previous version")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_preview.os, "fsync", disk_full)
    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(target))
    assert not dialog.save()
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]
    assert "No space left on device" in shown[0][2]


@pytest.mark.parametrize("accept", [True, False])
def test_save_warning_is_confirmed_first(qtbot, tmp_path, monkeypatch, accept):
    asked = []
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, title, text, destructive=False: asked.append(text) or accept)
    dlg = PdfPreviewDialog(PDF, "Slip", save_warning="Slip ini berisi kata sandi.")
    qtbot.addWidget(dlg)
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(dlg, "choose_save_path", lambda: str(target))
    assert dlg.save() is accept
    assert asked == ["Slip ini berisi kata sandi."]
    assert target.exists() is accept


def test_print_to_pdf_printer_prints_every_page(dialog, qtbot, tmp_path, shown):
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.printed):
        assert dialog.print_to(pdf_printer(out))
    pages = PdfReader(out).pages
    assert len(pages) == 2
    assert all(page["/Resources"]["/XObject"] for page in pages)  # each page carries its image
    assert shown == []


def test_print_honours_the_chosen_page_range(dialog, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer)
    assert len(PdfReader(out).pages) == 1


def test_print_button_prints_to_the_chosen_printer(dialog, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def choose(printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(dialog, "choose_printer", choose)
    with qtbot.waitSignal(dialog.printed):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(out).pages) == 2


def test_cancelled_print_dialog_prints_nothing(dialog, qtbot, monkeypatch):
    monkeypatch.setattr(dialog, "choose_printer", lambda printer: False)
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_document()


def test_printer_failure_is_reported(dialog, qtbot, tmp_path, shown):
    printer = pdf_printer(tmp_path / "missing-folder" / "printed.pdf")
    with qtbot.assertNotEmitted(dialog.printed):
        assert not dialog.print_to(printer)
    assert [(kind, title) for kind, title, _ in shown] == [("error", "Gagal mencetak")]
