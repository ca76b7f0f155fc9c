"""Fixtures shared by the dialog tests."""
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QDialog

from ukpbj_desktop.ui.widgets import screen_fit
from ukpbj_desktop.ui.widgets.pdf_preview import PdfPreviewDialog


@pytest.fixture(autouse=True, scope="session")
def indonesian_ui(qapp):
    """The UI in its source language with Qt's texts and the locale in Indonesian, as the app starts."""
    from ukpbj_desktop.ui import i18n

    i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


@pytest.fixture
def language(qapp):
    """Switch the UI's language in a test (``language("en")``); back to Indonesian afterwards."""
    from ukpbj_desktop.ui import i18n

    yield lambda code: i18n.install_translator(qapp, code)
    i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """Window geometry goes to a settings file of this test, never the user's."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def office_screen(monkeypatch):
    """Windows size themselves for the usual office laptop (1366x768 less its taskbar), whatever the test
    platform's screen; a test may simulate another one the same way."""
    free = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: free)


@pytest.fixture
def previews(monkeypatch):
    """The text of each PDF handed to the preview (which is never shown)."""
    texts = []

    def capture(preview):
        reader = PdfReader(io.BytesIO(preview._pdf_bytes))
        texts.append(" ".join(" ".join(page.extract_text() for page in reader.pages).split()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfPreviewDialog, "exec", capture)
    return texts


@pytest.fixture
def boxes(monkeypatch):
    """(texts of the message boxes shown, answers to give to the next questions; default: no)."""
    from ukpbj_desktop.ui.widgets import messages

    shown, answers = [], []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, destructive=False: (
        shown.append(text), answers.pop(0) if answers else False)[1])
    for kind in ("error", "warning", "info"):
        monkeypatch.setattr(messages, kind, lambda parent, title, text, kind=kind: shown.append(f"{kind}: {text}"))
    return shown, answers


@pytest.fixture
def show(qtbot):
    """Show a widget as the user would see it, owned by the test; returns the widget."""
    def shown(widget):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return shown


class Shown(list):
    """Message boxes shown; ``answers`` are the replies to the next confirmations."""

    def __init__(self):
        super().__init__()
        self.answers = []


@pytest.fixture
def shown(monkeypatch):
    """Message boxes, as (kind, title, text); confirm answers from ``shown.answers`` (default yes)."""
    from ukpbj_desktop.ui.widgets import messages

    calls = Shown()

    def record(kind):
        return lambda parent, title, text: calls.append((kind, title, text))

    def confirm(parent, title, text, destructive=False):
        calls.append(("confirm", title, text))
        return calls.answers.pop(0) if calls.answers else True

    for kind in ("error", "warning", "info"):
        monkeypatch.setattr(messages, kind, record(kind))
    monkeypatch.setattr(messages, "confirm", confirm)
    return calls
