"""Message boxes: the buttons users press and what an error shows them."""
from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from ukpbj_desktop.errors import StorageError, ValidationError, WorkflowError
from ukpbj_desktop.ui.widgets import messages


class Boxes(list):
    """The boxes shown; ``press`` picks the button the fake user presses."""

    press = "default"

    def __call__(self, box: QMessageBox):
        self.append(box)
        return box.defaultButton() if self.press == "default" else box.escapeButton()

    @property
    def texts(self) -> list[str]:
        return [box.text() for box in self]


@pytest.fixture
def boxes(qapp, monkeypatch) -> Boxes:
    shown = Boxes()
    monkeypatch.setattr(messages, "exec_box", shown)
    return shown


@pytest.fixture
def hook(monkeypatch, tmp_path):
    """An installed excepthook whose logger writes to a file; restored afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = logging.getLogger("ukpbj_desktop.test_excepthook")
    handler = logging.FileHandler(tmp_path / "ukpbj.log", encoding="utf-8")
    log.addHandler(handler)
    yield messages.install_excepthook("UKPBJ Desktop", log)
    log.removeHandler(handler)
    handler.close()


def raise_and_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:  # noqa: BLE001 - handing it to the hook as Python would
        sys.excepthook(*sys.exc_info())


def test_enter_on_a_destructive_question_means_no(boxes):
    assert messages.confirm(None, "Hapus", "Hapus permohonan ini?", destructive=True) is False
    assert boxes[0].defaultButton().text() == "Tidak"


def test_enter_on_an_ordinary_question_means_yes(boxes):
    assert messages.confirm(None, "Lanjut", "Lanjutkan?") is True
    assert boxes[0].defaultButton().text() == "Ya"


@pytest.mark.parametrize("destructive", [False, True])
def test_escape_always_means_no(boxes, destructive):
    boxes.press = "escape"
    assert messages.confirm(None, "Lanjut", "Lanjutkan?", destructive=destructive) is False


@pytest.mark.parametrize("show, icon", [
    (messages.error, QMessageBox.Icon.Critical),
    (messages.warning, QMessageBox.Icon.Warning),
    (messages.info, QMessageBox.Icon.Information),
])
def test_notices_show_title_text_and_one_button(boxes, show, icon):
    show(None, "Judul", "Isi pesan.")
    box = boxes[0]
    assert (box.windowTitle(), box.text(), box.icon()) == ("Judul", "Isi pesan.", icon)
    assert [b.text() for b in box.buttons()] == ["OK"]


def test_user_error_is_translated_before_its_parameters_are_filled(boxes, qapp):
    class English(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if (context, source) == ("Validation", "NIP harus 18 digit, bukan {n}."):
                return "NIP must have 18 digits, not {n}."
            return None

    translator = English()
    qapp.installTranslator(translator)
    try:
        messages.show_user_error(None, ValidationError("NIP harus 18 digit, bukan {n}.", field="nip", n=5))
    finally:
        qapp.removeTranslator(translator)
    assert boxes.texts == ["NIP must have 18 digits, not 5."]
    assert boxes[0].windowTitle() == "Periksa isian"


def test_storage_errors_look_like_failures(boxes):
    messages.show_user_error(None, StorageError("Disk penuh."))
    assert boxes[0].icon() == QMessageBox.Icon.Critical
    assert boxes[0].windowTitle() == "Basis data bermasalah"


def test_excepthook_logs_the_traceback_and_shows_only_a_short_message(boxes, hook, tmp_path):
    raise_and_hook(ZeroDivisionError("division by zero in hitung_sla"))
    [text] = boxes.texts
    assert text.startswith("Terjadi kesalahan tak terduga.")
    assert str(tmp_path / "ukpbj.log") in text
    assert "Traceback" not in text and "ZeroDivisionError" not in text and "hitung_sla" not in text
    logged = (tmp_path / "ukpbj.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError: division by zero in hitung_sla" in logged
    assert boxes[0].windowTitle() == "UKPBJ Desktop"


def test_excepthook_shows_a_user_error_as_its_message(boxes, hook):
    raise_and_hook(WorkflowError("Langkah {step} tidak ada dalam SOP.", step=9))
    assert boxes.texts == ["Langkah 9 tidak ada dalam SOP."]


def test_errors_while_a_message_is_open_are_logged_not_stacked(monkeypatch, hook, tmp_path):
    shown = []

    def exec_box(box):
        shown.append(box.text())
        if len(shown) == 1:  # a repaint fails again while the first box is open
            raise_and_hook(RuntimeError("second"))
        return box.defaultButton()

    monkeypatch.setattr(messages, "exec_box", exec_box)
    raise_and_hook(RuntimeError("first"))
    assert len(shown) == 1
    assert "RuntimeError: second" in (tmp_path / "ukpbj.log").read_text(encoding="utf-8")
