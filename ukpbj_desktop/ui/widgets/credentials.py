"""Credentials shown to be typed from paper: a large monospace line with a "Salin" button.

The font (DejaVu Sans Mono, shipped) tells 0/O and 1/l/I apart; a secret copied to the
clipboard asks clipboard managers to keep no history, and is forgotten when its dialog goes.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ukpbj_desktop.config import resources_dir

CREDENTIAL_POINT_SIZE = 20
_mono_family: list[str] = []  # the registered family, found once per process

# Clipboard formats that ask clipboard managers not to keep a copy: KDE's Klipper and
# the Windows clipboard history / cloud clipboard (a DWORD 0 means "do not include").
_NO_HISTORY = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


def credential_font(point_size: int = CREDENTIAL_POINT_SIZE) -> QFont:
    """DejaVu Sans Mono shipped in resources/fonts (registered once), else the system's fixed font."""
    if not _mono_family:
        path = resources_dir() / "fonts" / "DejaVuSansMono.ttf"
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _mono_family.append(families[0] if families else "")
    font = QFont(_mono_family[0]) if _mono_family[0] else QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    return font


def copy_text(text: str, secret: bool = False) -> None:
    """Put ``text`` on the clipboard; a ``secret`` one asks clipboard managers to keep no history."""
    mime = QMimeData()
    mime.setText(text)
    if secret:
        for fmt, value in _NO_HISTORY.items():
            mime.setData(fmt, QByteArray(value))
    QGuiApplication.clipboard().setMimeData(mime)


def forget_clipboard(text: str) -> None:
    """Empty the clipboard if it still holds ``text`` (a password must not outlive its dialog there)."""
    clipboard = QGuiApplication.clipboard()
    if text and clipboard.text() == text:
        clipboard.clear()


class CredentialField(QWidget):
    """A large monospace line with a "Salin" button beside it."""

    def __init__(self, copy_label: str, copy_tip: str, secret: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setFont(credential_font())
        self.edit.setReadOnly(secret)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("M" * 24))
        self.copy_button = QPushButton(copy_label, self)
        self.copy_button.setToolTip(copy_tip)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda: copy_text(self.value(), secret))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.copy_button)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text().strip()
