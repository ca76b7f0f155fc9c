"""Fixtures shared by the dialog tests."""
import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from ukpbj_desktop.ui.pdf_preview import PdfPreviewDialog


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
